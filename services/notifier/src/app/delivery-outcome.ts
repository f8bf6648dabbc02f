// A delivery attempt's outcome, recorded: the decider's step applied to the
// delivery row and the event it calls for (NotificationSent, or
// NotificationFailed when the delivery is dead-lettered), in one transaction.
// The worker records its attempts under their leases (delivery-worker.ts);
// SendTestNotification records its single attempt here too.
import type { Database, Tx } from '@keywarden/db';
import { appendToStream } from '@keywarden/event-store';
import { and, eq } from 'drizzle-orm';
import { deliveries } from '../adapters/db/schema.js';
import { afterAttempt, type RetryPolicy, type SendOutcome } from '../domain/delivery/decider.js';
import { countNotification, type NotificationResult } from './metrics.js';

/** The delivery as its attempt knows it. */
export type AttemptedDelivery = {
  id: string; channel_id: string; kind: string; vars: Record<string, string>; locale: string | null; attempts: number;
  source_event_id: string; source_event_type: string; organization_id: string | null; user_id: string | null;
};

/** Applies the decider's step to the row and appends the event it calls for, in one transaction. */
export async function recordOutcome(
  database: Database,
  delivery: AttemptedDelivery,
  channelKind: string,
  outcome: SendOutcome,
  now: Date,
  policy: RetryPolicy,
): Promise<void> {
  const result = await database.db.transaction((tx) => recordOutcomeIn(tx, delivery, channelKind, outcome, now, policy));
  if (result) countNotification(channelKind, result);
}

/** What was recorded; undefined when the attempt was not this worker's to record any more. */
export async function recordOutcomeIn(tx: Tx, delivery: AttemptedDelivery, channelKind: string, outcome: SendOutcome, now: Date, policy: RetryPolicy): Promise<NotificationResult | undefined> {
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
  // Only the holder of this attempt records it: the worker has locked the rows its leases still
  // hold (fence), and an attempt claimed again since has moved attempts on.
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

