// What a notification channel is: its kind, its settings in clear, and what of it is secret
// (kept encrypted, never in an event, a log or an error).

export const channelKinds = ['feishu', 'slack', 'email', 'webhook'] as const;
export type ChannelKind = (typeof channelKinds)[number];
export const isChannelKind = (value: string): value is ChannelKind => (channelKinds as readonly string[]).includes(value);

/** Non-secret settings of a channel (the SMTP password, URLs and signing secrets are secret material). */
export type ChannelSettings = {
  email?: { host: string; port: number; security: 'tls' | 'starttls' | 'none'; tlsRejectUnauthorized: boolean; username: string; from: string; to: string[] };
};

/** What is encrypted at rest: URLs embed credentials (Slack, Feishu), the rest are secrets. */
export type ChannelSecrets = { url?: string; signingSecret?: string; smtpPassword?: string };

/** Whom a channel or subscription belongs to: exactly one of an organization or a user. */
export type Owner = { organizationId: string | undefined; userId: string | undefined };
