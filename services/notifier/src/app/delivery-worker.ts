// Sends due deliveries with libs/runtime's queue worker: claims as many as there are free
// sending slots (FOR UPDATE SKIP LOCKED, so replicas share the work), each under a short
// lease its heartbeat renews, and records each outcome with its event (NotificationSent, or
// NotificationFailed when the delivery is dead-lettered) in one transaction, batched. Sends
// run on their own: a slow or failing channel holds one slot for at most the send timeout,
// never the others. A replica that dies mid-send leaves its deliveries to another once the
// lease ends (KW_QUEUE_LEASE_MS); only the holder of a delivery's current lease (its fence)
// records an outcome for it. Such a delivery may reach its channel twice: every attempt
// carries the same delivery id (webhook-id, Feishu/Slack message key) for the receiver to
// drop the repeat.
import type { Keyring } from '@keywarden/crypto';
import type { Database } from '@keywarden/db';
import { queueWorker, type Clock, type Lease, type QueueWorker, type WorkQueue } from '@keywarden/runtime';
import { getTracer, SpanKind, withSpan, type Logger } from '@keywarden/telemetry';
import type { ChannelKind } from '../domain/channel/channel.js';
import type { RetryPolicy, SendOutcome } from '../domain/delivery/decider.js';
import { isNotificationKind } from '../domain/notification/kinds.js';
import { isLocale, render } from '../domain/notification/templates/render.js';
import { channelsById } from '../projections/queries.js';
import { channelTarget } from './channels.js';
import { deliveryRecorder } from './delivery-outcome.js';
import { countNotification, type NotificationResult } from './metrics.js';
import type { AttemptedDelivery, ChannelRow, ChannelSenders, ChannelTarget, DeliveryStore } from './ports.js';
const tracer = getTracer('@keywarden/notifier');

export type WorkerOptions = {
  database: Database;
  queue: WorkQueue<AttemptedDelivery>;
  /** The queue's LISTEN/NOTIFY channel, through which replicas wake each other's workers. */
  channel: string;
  store: DeliveryStore;
  senders: ChannelSenders;
  keyring: Keyring;
  clock: Clock;
  logger: Logger;
  policy: RetryPolicy;
  pollMs: number;
  sendTimeoutMs: number;
  /** KW_NOTIFIER_ALLOW_PRIVATE_TARGETS (see adapters/outgoing/channels/targets.ts). */
  allowPrivateTargets: boolean;
  batchSize?: number;
};

type Outcome = { lease: Lease<AttemptedDelivery>; channelKind: string; outcome: SendOutcome; at: Date; done: (error?: unknown) => void };

export function deliveryWorker(options: WorkerOptions): QueueWorker {
  const { queue, logger } = options;
  const capacity = options.batchSize ?? 50;
  const channels = channelLookup(options.database, options.keyring);
  const recorder = deliveryRecorder(options.database, options.store);
  const outcomes: Outcome[] = [];
  let flushing: Promise<void> | undefined;

  /** One transaction for every outcome waiting: one commit (and fsync) for many deliveries. */
  const flush = (): void => {
    if (flushing) return;
    flushing = (async () => {
      while (outcomes.length > 0) {
        const batch = outcomes.splice(0);
        try {
          const results = await options.database.db.transaction(async (tx) => {
            // Only the attempts whose lease is still this worker's are recorded; their rows stay locked until the commit.
            const held = new Set(await queue.lock(tx, batch.map((o) => o.lease)));
            const recorded: Array<[string, NotificationResult | undefined]> = [];
            for (const o of batch) {
              if (held.has(o.lease)) recorded.push([o.channelKind, await recorder.recordIn(tx, o.lease.item, o.channelKind, o.outcome, o.at, options.policy)]);
            }
            return recorded;
          });
          for (const [channel, result] of results) if (result) countNotification(channel, result);
          for (const o of batch) o.done();
        } catch (error) {
          // Not recorded: each delivery goes back to the queue after a backoff (or its lease runs out) and is attempted again.
          logger.error({ err: { type: (error as Error).name, code: (error as { code?: string }).code }, count: batch.length }, 'recording delivery outcomes failed');
          for (const o of batch) o.done(error);
        }
      }
    })().finally(() => {
      flushing = undefined;
      if (outcomes.length > 0) flush();
    });
  };

  const deliver = async (lease: Lease<AttemptedDelivery>): Promise<void> => {
    const delivery = lease.item;
    const channel = await channels.get(delivery.channel_id);
    // The worker is stopping (or the lease is gone): not sent, handed back.
    if (lease.signal.aborted) return;
    await withSpan(tracer, 'notify.deliver', {
      parent: lease.parent, kind: SpanKind.CLIENT,
      attributes: { 'keywarden.delivery_id': delivery.id, 'keywarden.notification_kind': delivery.kind, 'keywarden.channel_kind': channel?.row.kind ?? 'unknown', 'keywarden.attempt': delivery.attempts },
    }, async (span) => {
      const outcome = await send(delivery, channel);
      span.setAttribute('keywarden.delivery.result', outcome.ok ? 'sent' : outcome.errorClass);
      if (!outcome.ok) {
        logger.warn({ delivery: delivery.id, channel: delivery.channel_id, attempt: delivery.attempts, errorClass: outcome.errorClass, statusCode: outcome.statusCode }, 'delivery attempt failed');
      }
      await new Promise<void>((resolve, reject) => {
        outcomes.push({ lease, channelKind: channel?.row.kind ?? 'unknown', outcome, at: options.clock.now(), done: (error) => (error === undefined ? resolve() : reject(error)) });
        flush();
      });
    });
  };

  const send = async (delivery: AttemptedDelivery, channel: { row: ChannelRow; target: () => ChannelTarget } | undefined): Promise<SendOutcome> => {
    if (!channel || !channel.row.enabled || !isNotificationKind(delivery.kind)) return { ok: false, errorClass: 'invalid_config', retryable: false };
    const locale = delivery.locale && isLocale(delivery.locale) ? delivery.locale : isLocale(channel.row.locale) ? channel.row.locale : 'en';
    const message = render(delivery.kind, delivery.vars, locale);
    try {
      return await options.senders.send[channel.row.kind as ChannelKind](channel.target(), message, {
        deliveryId: delivery.id, now: options.clock.now(), timeoutMs: options.sendTimeoutMs, allowPrivateTargets: options.allowPrivateTargets,
      });
    } catch (error) {
      logger.warn({ delivery: delivery.id, err: { type: (error as Error).name } }, 'sender threw');
      return { ok: false, errorClass: 'network', retryable: true };
    }
  };

  return queueWorker<AttemptedDelivery>({
    name: 'delivery-worker', queue, logger, slots: capacity, batch: capacity, pollMs: options.pollMs,
    channel: { database: options.database, name: options.channel },
    handle: deliver,
  });
}

/**
 * The channels of the deliveries a pass claimed, read with one query (the pass starts them all at
 * once; their lookups within one tick are batched), each decrypted once, held only while their
 * sends run.
 */
function channelLookup(database: Database, keyring: Keyring) {
  type Entry = { row: ChannelRow; target: () => ChannelTarget };
  type Waiter = { resolve: (entry: Entry | undefined) => void; reject: (error: unknown) => void };
  let pending: Map<string, Waiter[]> | undefined;
  const load = async (wanted: Map<string, Waiter[]>) => {
    let rows: Map<string, ChannelRow>;
    try {
      rows = await channelsById(database.db, [...wanted.keys()]);
    } catch (error) {
      // The database failing is not a missing channel: those deliveries are attempted again later.
      for (const waiter of [...wanted.values()].flat()) waiter.reject(error);
      return;
    }
    for (const [id, waiters] of wanted) {
      const row = rows.get(id);
      let target: ChannelTarget | undefined;
      const entry = row ? { row, target: () => (target ??= channelTarget(keyring, row)) } : undefined;
      for (const waiter of waiters) waiter.resolve(entry);
    }
  };
  return {
    get: (id: string): Promise<Entry | undefined> => new Promise((resolve, reject) => {
      if (!pending) {
        const batch = new Map<string, Waiter[]>();
        pending = batch;
        setImmediate(() => {
          pending = undefined;
          void load(batch);
        });
      }
      pending.set(id, [...(pending.get(id) ?? []), { resolve, reject }]);
    }),
  };
}
