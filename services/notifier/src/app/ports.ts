// What the notifier's use cases need from outside, declared here and implemented by
// adapters/outgoing: the channels' senders (ChannelSenders), and the notifier's tables
// (ChannelStore, CreateLog, DeliveryStore: SQL lives in adapters/outgoing/db).
// service.ts hands the implementations in.
import type { Tx } from '@keywarden/db';
import type { ChannelKind, ChannelSecrets, ChannelSettings, Owner } from '../domain/channel/channel.js';
import type { DeliveryStep, SendOutcome } from '../domain/delivery/decider.js';
import type { Message } from '../domain/notification/templates/render.js';
import type { ChannelRow, SubscriptionRow } from '../projections/queries.js';

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

/** The channels' protocols (adapters/outgoing/channels), and what they accept as a target. */
export type ChannelSenders = {
  send: Record<ChannelKind, Sender>;
  /** Why a channel URL may not be used (not https, an internal host), or undefined when it may. */
  targetProblem(url: URL, allowPrivateTargets: boolean): string | undefined;
  /** A Standard Webhooks signing secret ("whsec_" + base64 of 24 to 64 bytes). */
  isWebhookSecret(secret: string): boolean;
};

export interface ChannelStore {
  /** Keeps a new channel's encrypted URL and secrets, in the transaction that records its ChannelCreated. */
  keepSecrets(tx: Tx, channelId: string, secretMaterial: string): Promise<void>;
}

/** Where an earlier create with an Idempotency-Key is found: the stream the key names. */
export interface CreateLog {
  /**
   * The request digest the create of this stream kept in its first event's metadata ('' when it kept none),
   * or undefined when the stream does not exist. By stream, not by the key's hash: the channels and
   * subscriptions created before they were streams got their events from a migration, which knew no hash.
   */
  requestOf(streamId: string): Promise<string | undefined>;
}

/** The delivery as its attempt knows it. */
export type AttemptedDelivery = {
  id: string; channel_id: string; kind: string; vars: Record<string, string>; locale: string | null; attempts: number;
  source_event_id: string; source_event_type: string; organization_id: string | null; user_id: string | null;
};

/** A notification one event asks for, before it is matched with subscriptions (adapters/outgoing/db/deliveries.ts). */
export type WantedNotification = {
  ord: number; event_id: string; event_type: string; kind: string; dedupe_key: string; user_id: string | null;
  account_id: string | null; provider_app_id: string | null; provider_id: string | null;
  organization_id: string | null; project_id: string | null; vars: Record<string, string>; credential: boolean;
  traceparent: string; tracestate: string;
};

export interface DeliveryStore {
  /** One pending delivery per matching subscription's channel, for a whole batch in one statement; repeats enqueue nothing. */
  enqueue(tx: Tx, wanted: readonly WantedNotification[], now: Date): Promise<void>;
  /** A test notification's delivery, logged like any other, attempted once ('sending'). */
  insertTest(row: { id: string; channelId: string; locale: string; organizationId: string | null; userId: string | null; now: Date }): Promise<void>;
  /** Applies an attempt's step to its row if the attempt is still this holder's (status sending, same attempt); false when not. */
  settle(tx: Tx, delivery: AttemptedDelivery, step: DeliveryStep): Promise<boolean>;
}

export type { ChannelRow, Owner, SubscriptionRow };
