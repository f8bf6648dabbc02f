import { deciderSpec } from '@keywarden/testing/decider';
import { describe, expect, it } from 'vitest';
import { afterAttempt, backoffDelay, deliveryDecider, type DeliveryCommand, type DeliveryEvent, type SendOutcome } from './decider.js';

const policy = { maxAttempts: 4, backoffMs: 1000 };
const now = new Date('2026-05-01T00:00:00Z');

describe('delivery after an attempt', () => {
  it('given a success, then the delivery is sent', () => {
    expect(afterAttempt(2, { ok: true }, now, policy)).toEqual({ status: 'sent', attempt: 2, sentAt: now });
  });

  it('given a retryable failure before the last attempt, then it retries with exponential backoff', () => {
    const failure = { ok: false as const, errorClass: 'http_5xx' as const, statusCode: 503, retryable: true };
    expect(afterAttempt(1, failure, now, policy)).toMatchObject({ status: 'retry', nextAttemptAt: new Date(now.getTime() + 1000), statusCode: 503 });
    expect(afterAttempt(3, failure, now, policy)).toMatchObject({ status: 'retry', nextAttemptAt: new Date(now.getTime() + 4000) });
  });

  it('given a failure at the last attempt, then it is dead-lettered', () => {
    expect(afterAttempt(4, { ok: false, errorClass: 'timeout', retryable: true }, now, policy)).toEqual({ status: 'dead', attempt: 4, failedAt: now, errorClass: 'timeout', statusCode: undefined });
  });

  it('given a final failure (a 404, a bad signature), then it is dead-lettered at once', () => {
    expect(afterAttempt(1, { ok: false, errorClass: 'http_4xx', statusCode: 404, retryable: false }, now, policy)).toMatchObject({ status: 'dead', attempt: 1 });
  });

  it('caps the backoff at a day', () => {
    expect(backoffDelay(40, policy)).toBe(86_400_000);
  });
});

const delivery = {
  deliveryId: 'd-1', channelId: 'c-1', channelKind: 'webhook', kind: 'refresh_token_expiring', sourceEventId: 'e-1',
  sourceEventType: 'RefreshTokenExpiring', organizationId: '', userId: 'u-1',
};
const attempt = (n: number, outcome: SendOutcome): DeliveryCommand => ({ type: 'RecordAttempt', delivery, attempt: n, outcome, at: now, policy });
const sent: DeliveryEvent = { type: 'NotificationSent', data: { ...delivery, attempt: 1, sentAt: now.toISOString() } };
const failed: DeliveryEvent = {
  type: 'NotificationFailed', data: { ...delivery, attempt: 4, errorClass: 'http_5xx', statusCode: 503, failedAt: now.toISOString() },
};
const spec = deciderSpec(deliveryDecider);

describe('delivery decider', () => {
  it('given an open delivery, when a channel accepts it, then NotificationSent', () => {
    spec.given([]).when(attempt(1, { ok: true })).then([sent]);
  });

  it('given an open delivery, when an attempt fails and may be retried, then nothing is recorded yet', () => {
    spec.given([]).when(attempt(2, { ok: false, errorClass: 'network', retryable: true })).thenNothing();
  });

  it('given an open delivery, when the last attempt fails, then NotificationFailed (dead-lettered)', () => {
    spec.given([]).when(attempt(4, { ok: false, errorClass: 'http_5xx', statusCode: 503, retryable: true })).then([failed]);
  });

  it('given an open delivery, when the channel refuses for good, then NotificationFailed at once with status 0 when there was none', () => {
    spec.given([]).when(attempt(1, { ok: false, errorClass: 'invalid_config', retryable: false })).thenMatches([
      { type: 'NotificationFailed', data: { attempt: 1, errorClass: 'invalid_config', statusCode: 0 } },
    ]);
  });

  it('given a sent delivery, when another attempt is recorded, then it is refused', () => {
    spec.given([sent]).when(attempt(2, { ok: true })).thenThrows('ERR_DELIVERY_SETTLED');
  });

  it('given a dead-lettered delivery, when another attempt is recorded, then it is refused', () => {
    spec.given([failed]).when(attempt(5, { ok: false, errorClass: 'timeout', retryable: true })).thenThrows('ERR_DELIVERY_SETTLED');
  });
});
