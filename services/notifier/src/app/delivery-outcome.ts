// A delivery attempt's outcome, recorded: the decider's step applied to the
// delivery row and the event it calls for (NotificationSent, or
// NotificationFailed when the delivery is dead-lettered), in one transaction.
// The worker records its attempts under their leases (delivery-worker.ts);
// SendTestNotification records its single attempt here too.
import type { Database, Tx } from '@keywarden/db';
import { appendToStream } from '@keywarden/event-store';
import { afterAttempt, type RetryPolicy, type SendOutcome } from '../domain/delivery/decider.js';
import { countNotification, type NotificationResult } from './metrics.js';
import type { AttemptedDelivery, DeliveryStore } from './ports.js';

/** Applies the decider's step to the row and appends the event it calls for, in one transaction. */
export async function recordOutcome(
  database: Database,
  store: DeliveryStore,
  delivery: AttemptedDelivery,
  channelKind: string,
  outcome: SendOutcome,
  now: Date,
  policy: RetryPolicy,
): Promise<void> {
  const result = await database.db.transaction((tx) => recordOutcomeIn(tx, store, delivery, channelKind, outcome, now, policy));
  if (result) countNotification(channelKind, result);
}

/** What was recorded; undefined when the attempt was not this worker's to record any more. */
export async function recordOutcomeIn(tx: Tx, store: DeliveryStore, delivery: AttemptedDelivery, channelKind: string, outcome: SendOutcome, now: Date, policy: RetryPolicy): Promise<NotificationResult | undefined> {
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
  // Only the holder of this attempt records it (DeliveryStore.settle): the worker has locked the rows its
  // leases still hold (fence), and an attempt claimed again since has moved attempts on.
  if (!(await store.settle(tx, delivery, step))) return undefined;
  switch (step.status) {
    case 'sent':
      await appendToStream(tx, `delivery-${delivery.id}`, [{ type: 'NotificationSent', data: { ...common, sentAt: step.sentAt.toISOString() } }], { expectedVersion: 'any' });
      return 'sent';
    case 'retry':
      return 'retry';
    case 'dead':
      await appendToStream(
        tx,
        `delivery-${delivery.id}`,
        [{ type: 'NotificationFailed', data: { ...common, errorClass: step.errorClass, statusCode: step.statusCode ?? 0, failedAt: step.failedAt.toISOString() } }],
        { expectedVersion: 'any' },
      );
      return 'failed';
    default: {
      const never: never = step;
      throw new Error(`unknown step ${String(never)}`);
    }
  }
}
