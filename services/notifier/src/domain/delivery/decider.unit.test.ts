import { describe, expect, it } from 'vitest';
import { afterAttempt, backoffDelay } from './decider.js';

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
