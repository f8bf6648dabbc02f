// A delivery attempt's outcome, recorded: the attempt's step applied to the delivery row
// (DeliveryStore.settle: only while the attempt is still this holder's), and the command
// that records it on the delivery's stream through its decider (NotificationSent, or
// NotificationFailed when the delivery is dead-lettered; a retry records no event), at the
// stream's exact version, in one transaction. The worker records its attempts under their
// leases in batches (delivery-worker.ts: each command a savepoint of the batch's
// transaction); SendTestNotification records its single attempt here too.
import type { Database, Tx } from '@keywarden/db';
import { afterAttempt, type RetryPolicy, type SendOutcome } from '../domain/delivery/decider.js';
import { commands } from './commands.js';
import { countNotification, type NotificationResult } from './metrics.js';
import type { AttemptedDelivery, DeliveryStore } from './ports.js';

export type DeliveryRecorder = {
  /** Records one attempt in its own transaction (a test notification). */
  record(delivery: AttemptedDelivery, channelKind: string, outcome: SendOutcome, now: Date, policy: RetryPolicy): Promise<void>;
  /** What was recorded in the caller's transaction; undefined when the attempt was not this worker's to record any more. */
  recordIn(tx: Tx, delivery: AttemptedDelivery, channelKind: string, outcome: SendOutcome, now: Date, policy: RetryPolicy): Promise<NotificationResult | undefined>;
};

export function deliveryRecorder(database: Database, store: DeliveryStore): DeliveryRecorder {
  const handle = commands(database).delivery;

  const recordIn: DeliveryRecorder['recordIn'] = async (tx, delivery, channelKind, outcome, now, policy) => {
    const step = afterAttempt(delivery.attempts, outcome, now, policy);
    // Only the holder of this attempt records it: the worker has locked the rows its leases still
    // hold (fence), and an attempt claimed again since has moved attempts on.
    if (!(await store.settle(tx, delivery, step))) return undefined;
    await handle(`delivery-${delivery.id}`, {
      type: 'RecordAttempt',
      delivery: {
        deliveryId: delivery.id, channelId: delivery.channel_id, channelKind, kind: delivery.kind, sourceEventId: delivery.source_event_id,
        sourceEventType: delivery.source_event_type, organizationId: delivery.organization_id ?? '', userId: delivery.user_id ?? '',
      },
      attempt: delivery.attempts, outcome, at: now, policy,
    }, { tx });
    return step.status === 'sent' ? 'sent' : step.status === 'retry' ? 'retry' : 'failed';
  };

  return {
    recordIn,
    async record(delivery, channelKind, outcome, now, policy) {
      const result = await database.db.transaction((tx) => recordIn(tx, delivery, channelKind, outcome, now, policy));
      if (result) countNotification(channelKind, result);
    },
  };
}
