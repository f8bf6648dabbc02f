import type { ChannelSettings } from '../db/schema.js';
import type { SendOutcome } from '../../domain/delivery/decider.js';
import type { Message } from '../../templates/render.js';

export const channelKinds = ['feishu', 'slack', 'email', 'webhook'] as const;
export type ChannelKind = (typeof channelKinds)[number];
export const isChannelKind = (value: string): value is ChannelKind => (channelKinds as readonly string[]).includes(value);

/** What is encrypted at rest: URLs embed credentials (Slack, Feishu), the rest are secrets. */
export type ChannelSecrets = { url?: string; signingSecret?: string; smtpPassword?: string };

/** A channel ready to send: settings plus its decrypted secrets (kept in memory only while sending). */
export type ChannelTarget = { id: string; kind: ChannelKind; settings: ChannelSettings; secrets: ChannelSecrets };

export type SendContext = {
  deliveryId: string;
  now: Date;
  /** Overall deadline of one send, well inside the worker's lease (3 x this). */
  timeoutMs: number;
  /** KW_NOTIFIER_ALLOW_PRIVATE_TARGETS: HTTP channels may reach loopback/private addresses and plain http. */
  allowPrivateTargets: boolean;
};

export type Sender = (target: ChannelTarget, message: Message, ctx: SendContext) => Promise<SendOutcome>;
