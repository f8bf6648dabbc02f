// What operators watch on the notifier's GET /metrics: delivery attempts by
// channel kind and result. Labels are bounded: the channel's kind, never its
// id, a recipient or an organization.
import { getMeter, type Counter } from '@keywarden/telemetry';

/** sent; retry: failed and tried again later; failed: failed for good (NotificationFailed). */
export type NotificationResult = 'sent' | 'retry' | 'failed';

// Made on first use, not at import: the metrics API hands out no-op meters until
// the runtime has registered the process's MeterProvider.
let attempts: Counter | undefined;

/** One recorded delivery attempt (counted after its transaction committed). */
export function countNotification(channel: string, result: NotificationResult): void {
  attempts ??= getMeter('@keywarden/notifier').createCounter('keywarden_notifications', {
    description: 'Notification delivery attempts by channel kind and result (sent, retry, failed)',
  });
  attempts.add(1, { channel, result });
}
