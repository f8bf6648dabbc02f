// Sends due deliveries. Claims them with FOR UPDATE SKIP LOCKED (replicas share the work),
// leases them while sending, and records each outcome with its event (NotificationSent, or
// NotificationFailed when the delivery is dead-lettered) in one transaction. Deliveries are
// sent concurrently and a failing one is rescheduled, so it never holds the others up.
import type { Keyring } from '@keywarden/crypto';
import type { Database, Tx } from '@keywarden/db';
import { appendToStream } from '@keywarden/event-store';
import type { BackgroundTask, Clock } from '@keywarden/runtime';
import type { Logger } from '@keywarden/telemetry';
import { and, eq } from 'drizzle-orm';
import { senders, type ChannelKind, type ChannelTarget } from '../adapters/channels/index.js';
import { deliveries } from '../adapters/db/schema.js';
import { afterAttempt, type RetryPolicy, type SendOutcome } from '../domain/delivery/decider.js';
import { isNotificationKind } from '../domain/notification/kinds.js';
import { isLocale, render } from '../templates/render.js';
import { channelTarget, channelsById, type ChannelRow } from './channel-store.js';
import { countNotification, type NotificationResult } from './metrics.js';

export type WorkerOptions = {
  database: Database;
  keyring: Keyring;
  clock: Clock;
  logger: Logger;
  policy: RetryPolicy;
  pollMs: number;
  sendTimeoutMs: number;
  /** KW_NOTIFIER_ALLOW_PRIVATE_TARGETS (see adapters/channels/targets.ts). */
  allowPrivateTargets: boolean;
  batchSize?: number;
};

type Claimed = { id: string; channel_id: string; kind: string; vars: Record<string, string>; locale: string | null; attempts: number; source_event_id: string; source_event_type: string; organization_id: string | null; user_id: string | null };

export class DeliveryWorker implements BackgroundTask {
  readonly name = 'delivery-worker';
  private timer: NodeJS.Timeout | undefined;
  private claiming: Promise<void> | undefined;
  private stopped = true;
  private again = false;
  private readonly inFlight = new Set<Promise<void>>();
  private readonly outcomes: Outcome[] = [];
  private flushing: Promise<void> | undefined;

  constructor(private readonly options: WorkerOptions) {}

  private get capacity(): number {
    return this.options.batchSize ?? 50;
  }

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.claiming;
    await Promise.all(this.inFlight);
    await this.flushing;
  }

  /** Look for due work now (after an enqueue, or when a send frees a slot) instead of at the next poll. */
  wake(): void {
    if (this.stopped) return;
    if (this.claiming) this.again = true;
    else this.schedule(5);
  }

  private schedule(ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.claiming = this.claimAndSend().finally(() => {
        this.claiming = undefined;
        if (!this.stopped) this.schedule(this.again ? 0 : this.options.pollMs);
        this.again = false;
      });
    }, ms);
  }

  /**
   * Claims as many due deliveries as there are free sending slots and starts them. Sends run
   * on their own: a slow or failing channel holds one slot for at most the send timeout, never
   * the others; outcomes are recorded in batches as they come in.
   */
  private async claimAndSend(): Promise<void> {
    try {
      const free = this.capacity - this.inFlight.size;
      if (free <= 0) return;
      const claimed = await this.claim(free);
      if (claimed.length === 0) return;
      const channelRows = await channelsById(this.options.database, [...new Set(claimed.map((c) => c.channel_id))]);
      // Decrypted once per channel and pass, held only while these sends run.
      const targets = new Map<string, ChannelTarget>();
      const targetOf = (row: ChannelRow) => targets.get(row.id) ?? targets.set(row.id, channelTarget(this.options.keyring, row)).get(row.id)!;
      for (const delivery of claimed) {
        const running = this.deliver(delivery, channelRows.get(delivery.channel_id), targetOf).finally(() => {
          this.inFlight.delete(running);
          this.wake();
        });
        this.inFlight.add(running);
      }
      if (claimed.length === free) this.again = true;
    } catch (error) {
      this.options.logger.error({ err: { type: (error as Error).name, message: (error as Error).message } }, 'delivery worker pass failed');
    }
  }

  private async claim(limit: number): Promise<Claimed[]> {
    const now = this.options.clock.now();
    const lease = new Date(now.getTime() + this.options.sendTimeoutMs * 3);
    return await this.options.database.sql<Claimed[]>`
      update notify_deliveries d set status = 'sending', lease_until = ${lease.toISOString()}::timestamptz, attempts = d.attempts + 1
      where d.id in (
        select id from notify_deliveries
        where (status = 'pending' and next_attempt_at <= ${now.toISOString()}::timestamptz) or (status = 'sending' and lease_until <= ${now.toISOString()}::timestamptz)
        order by next_attempt_at
        limit ${limit}
        for update skip locked
      )
      returning d.id, d.channel_id, d.kind, d.vars, d.locale, d.attempts, d.source_event_id, d.source_event_type, d.organization_id, d.user_id`;
  }

  private async deliver(delivery: Claimed, channel: ChannelRow | undefined, targetOf: (row: ChannelRow) => ChannelTarget): Promise<void> {
    let outcome: SendOutcome;
    if (!channel || !channel.enabled || !isNotificationKind(delivery.kind)) {
      outcome = { ok: false, errorClass: 'invalid_config', retryable: false };
    } else {
      const locale = delivery.locale && isLocale(delivery.locale) ? delivery.locale : isLocale(channel.locale) ? channel.locale : 'en';
      const message = render(delivery.kind, delivery.vars, locale);
      try {
        outcome = await senders[channel.kind as ChannelKind](targetOf(channel), message, {
          deliveryId: delivery.id,
          now: this.options.clock.now(),
          timeoutMs: this.options.sendTimeoutMs,
          allowPrivateTargets: this.options.allowPrivateTargets,
        });
      } catch (error) {
        this.options.logger.warn({ delivery: delivery.id, err: { type: (error as Error).name } }, 'sender threw');
        outcome = { ok: false, errorClass: 'network', retryable: true };
      }
    }
    if (!outcome.ok) {
      this.options.logger.warn({ delivery: delivery.id, channel: delivery.channel_id, attempt: delivery.attempts, errorClass: outcome.errorClass, statusCode: outcome.statusCode }, 'delivery attempt failed');
    }
    await new Promise<void>((resolve) => {
      this.outcomes.push({ delivery, channelKind: channel?.kind ?? 'unknown', outcome, at: this.options.clock.now(), done: resolve });
      this.flush();
    });
  }

  /** One transaction for every outcome waiting: one commit (and fsync) for many deliveries. */
  private flush(): void {
    if (this.flushing) return;
    this.flushing = (async () => {
      while (this.outcomes.length > 0) {
        const batch = this.outcomes.splice(0);
        try {
          const results = await this.options.database.db.transaction(async (tx) => {
            const recorded: Array<[string, NotificationResult | undefined]> = [];
            for (const o of batch) recorded.push([o.channelKind, await recordOutcomeIn(tx, o.delivery, o.channelKind, o.outcome, o.at, this.options.policy)]);
            return recorded;
          });
          for (const [channel, result] of results) if (result) countNotification(channel, result);
        } catch (error) {
          // Left in 'sending': the lease runs out and the deliveries are claimed again.
          this.options.logger.error({ err: { type: (error as Error).name, message: (error as Error).message }, count: batch.length }, 'recording delivery outcomes failed');
        }
        for (const o of batch) o.done();
      }
    })().finally(() => {
      this.flushing = undefined;
      if (this.outcomes.length > 0) this.flush();
    });
  }
}

type Outcome = { delivery: Claimed; channelKind: string; outcome: SendOutcome; at: Date; done: () => void };

/** Applies the decider's step to the row and appends the event it calls for, in one transaction. */
export async function recordOutcome(
  database: Database,
  delivery: Claimed,
  channelKind: string,
  outcome: SendOutcome,
  now: Date,
  policy: RetryPolicy,
): Promise<void> {
  const result = await database.db.transaction((tx) => recordOutcomeIn(tx, delivery, channelKind, outcome, now, policy));
  if (result) countNotification(channelKind, result);
}

/** What was recorded; undefined when the attempt was not this worker's to record any more. */
async function recordOutcomeIn(tx: Tx, delivery: Claimed, channelKind: string, outcome: SendOutcome, now: Date, policy: RetryPolicy): Promise<NotificationResult | undefined> {
  const step = afterAttempt(delivery.attempts, outcome, now, policy);
  const common = {
    deliveryId: delivery.id,
    channelId: delivery.channel_id,
    channelKind,
    kind: delivery.kind,
    sourceEventId: delivery.source_event_id,
    sourceEventType: delivery.source_event_type,
    attempt: step.attempt,
    organizationId: delivery.organization_id ?? '',
    userId: delivery.user_id ?? '',
  };
  // Only the holder of this attempt's claim records it: if the lease ran out and another
  // worker claimed the delivery again, attempts moved on and this outcome is dropped.
  const mine = and(eq(deliveries.id, delivery.id), eq(deliveries.status, 'sending'), eq(deliveries.attempts, delivery.attempts));
  {
    switch (step.status) {
      case 'sent': {
        const sent = await tx.update(deliveries).set({ status: 'sent', sentAt: step.sentAt, leaseUntil: null, lastErrorClass: null, lastStatusCode: null }).where(mine).returning({ id: deliveries.id });
        if (sent.length === 0) return undefined;
        await appendToStream(tx, `delivery-${delivery.id}`, [{ type: 'NotificationSent', data: { ...common, sentAt: step.sentAt.toISOString() } }], { expectedVersion: 'any' });
        return 'sent';
      }
      case 'retry': {
        const retried = await tx
          .update(deliveries)
          .set({ status: 'pending', nextAttemptAt: step.nextAttemptAt, leaseUntil: null, lastErrorClass: step.errorClass, lastStatusCode: step.statusCode ?? null })
          .where(mine)
          .returning({ id: deliveries.id });
        return retried.length === 0 ? undefined : 'retry';
      }
      case 'dead': {
        const dead = await tx
          .update(deliveries)
          .set({ status: 'dead', leaseUntil: null, lastErrorClass: step.errorClass, lastStatusCode: step.statusCode ?? null })
          .where(mine)
          .returning({ id: deliveries.id });
        if (dead.length === 0) return undefined;
        await appendToStream(
          tx,
          `delivery-${delivery.id}`,
          [{ type: 'NotificationFailed', data: { ...common, errorClass: step.errorClass, statusCode: step.statusCode ?? 0, failedAt: step.failedAt.toISOString() } }],
          { expectedVersion: 'any' },
        );
        return 'failed';
      }
      default: {
        const never: never = step;
        throw new Error(`unknown step ${String(never)}`);
      }
    }
  }
}

export type { Claimed as ClaimedDelivery };
