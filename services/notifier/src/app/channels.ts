// Channels: settings in clear in ChannelCreated (and the channels read model), URLs and secrets
// encrypted with the channel id as additional data, kept beside the event in its transaction.
import { randomUUID } from 'node:crypto';
import type { Keyring } from '@keywarden/crypto';
import { validationError } from '@keywarden/errors';
import type { RunOptions } from '@keywarden/event-store';
import type { ChannelKind, ChannelSecrets, ChannelSettings, Owner } from '../domain/channel/channel.js';
import type { ChannelFacts } from '../domain/channel/decider.js';
import type { Locale } from '../domain/notification/templates/render.js';
import { channelStream, type Commands } from './commands.js';
import type { ChannelRow, ChannelSenders, ChannelStore, ChannelTarget } from './ports.js';

export type ChannelDeps = { store: ChannelStore; commands: Commands; keyring: Keyring; senders: ChannelSenders; allowPrivateTargets: boolean };

export type NewChannel = {
  owner: Owner;
  kind: ChannelKind;
  name: string;
  locale: Locale;
  url: string;
  signingSecret: string;
  email: (NonNullable<ChannelSettings['email']> & { password: string }) | undefined;
};

/** The channel URL, refused when it is not https or names an internal host (unless private targets are allowed); senders check resolved addresses too. */
function channelUrl(senders: ChannelSenders, url: string, field: string, allowPrivateTargets: boolean): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw validationError(`${field} must be a URL`, { errorId: 'NOTIFY-7489' });
  }
  const problem = senders.targetProblem(parsed, allowPrivateTargets);
  if (problem) throw validationError(`${field} ${problem}`, { errorId: 'NOTIFY-19d6' });
  return parsed;
}

/**
 * Records ChannelCreated on the channel's new stream, its secrets kept in the same transaction; the id.
 * `id`: the one an Idempotency-Key gives; `options`: runIdempotent's (the key's metadata on the event).
 */
export async function createChannel(deps: ChannelDeps, input: NewChannel, now: Date, id: string = randomUUID(), options?: RunOptions): Promise<string> {
  const { keyring, senders, allowPrivateTargets } = deps;
  const secrets: ChannelSecrets = {};
  let endpointHost: string;
  let settings: ChannelSettings = {};
  let signed = false;
  if (input.kind === 'email') {
    const email = input.email;
    if (!email?.host || !email.from || email.to.length === 0) throw validationError('email channels need host, from and at least one recipient', { errorId: 'NOTIFY-f9d5' });
    if (!['tls', 'starttls', 'none'].includes(email.security)) throw validationError('security must be tls, starttls or none', { errorId: 'NOTIFY-777a' });
    const { password, ...clear } = email;
    settings = { email: { ...clear, port: clear.port || (clear.security === 'tls' ? 465 : 587) } };
    if (password) secrets.smtpPassword = password;
    endpointHost = `smtp://${email.host}`;
  } else {
    const url = channelUrl(senders, input.url, 'url', allowPrivateTargets);
    secrets.url = input.url;
    endpointHost = `${url.protocol}//${url.host}`;
    if (input.kind === 'webhook' && !senders.isWebhookSecret(input.signingSecret)) throw validationError('webhook channels need a signing secret "whsec_<base64 of 24 to 64 bytes>"', { errorId: 'NOTIFY-c66b' });
    if (input.kind === 'slack' && input.signingSecret) throw validationError('Slack incoming webhooks are not signed', { errorId: 'NOTIFY-90f1' });
    if (input.signingSecret) {
      secrets.signingSecret = input.signingSecret;
      signed = true;
    }
  }
  const e = settings.email;
  const channel: ChannelFacts = {
    channelId: id, organizationId: input.owner.organizationId ?? '', userId: input.owner.userId ?? '', kind: input.kind, name: input.name,
    locale: input.locale, endpointHost, signed,
    ...(e ? { email: { host: e.host, port: e.port, security: e.security, tlsSkipVerify: !e.tlsRejectUnauthorized, username: e.username, from: e.from, to: e.to } } : {}),
  };
  const secretMaterial = keyring.encrypt(JSON.stringify(secrets), `notify-channel:${id}`);
  await deps.commands.channel(channelStream(id), { type: 'CreateChannel', channel, at: now }, {
    metadata: options?.metadata, retries: options?.retries, within: (tx) => deps.store.keepSecrets(tx, id, secretMaterial),
  });
  return id;
}

export function channelTarget(keyring: Keyring, row: ChannelRow): ChannelTarget {
  const secrets = JSON.parse(keyring.decryptString(row.secretMaterial, `notify-channel:${row.id}`)) as ChannelSecrets;
  return { id: row.id, kind: row.kind as ChannelKind, settings: row.settings, secrets };
}
