// What happens to a delivery after one attempt. Pure: time and the retry policy come in.

export type SendOutcome =
  | { ok: true }
  | { ok: false; errorClass: ErrorClass; statusCode?: number; retryable: boolean };

export type ErrorClass = 'timeout' | 'network' | 'http_4xx' | 'http_5xx' | 'rejected' | 'smtp' | 'invalid_config';

export type RetryPolicy = { maxAttempts: number; backoffMs: number };

export type DeliveryStep =
  | { status: 'sent'; attempt: number; sentAt: Date }
  | { status: 'retry'; attempt: number; nextAttemptAt: Date; errorClass: ErrorClass; statusCode: number | undefined }
  | { status: 'dead'; attempt: number; failedAt: Date; errorClass: ErrorClass; statusCode: number | undefined };

/** Delay before the attempt after `attempt`: backoff, doubled each time, capped at a day. */
export function backoffDelay(attempt: number, policy: RetryPolicy): number {
  return Math.min(policy.backoffMs * 2 ** Math.max(0, attempt - 1), 86_400_000);
}

/** Decides the delivery's next status from the outcome of attempt number `attempt` (1-based). */
export function afterAttempt(attempt: number, outcome: SendOutcome, now: Date, policy: RetryPolicy): DeliveryStep {
  if (outcome.ok) return { status: 'sent', attempt, sentAt: now };
  const statusCode = outcome.statusCode;
  if (!outcome.retryable || attempt >= policy.maxAttempts) {
    return { status: 'dead', attempt, failedAt: now, errorClass: outcome.errorClass, statusCode };
  }
  return { status: 'retry', attempt, nextAttemptAt: new Date(now.getTime() + backoffDelay(attempt, policy)), errorClass: outcome.errorClass, statusCode };
}
