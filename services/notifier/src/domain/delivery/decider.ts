// The delivery aggregate (stream delivery-<id>): one notification of one source event to one
// channel, attempted until a channel accepts it (NotificationSent) or it is dead-lettered
// (NotificationFailed). A retry records no event: the deliveries table keeps the work queue's
// state (next attempt, lease), and only the end of a delivery is a fact others may follow.
// Pure: time and the retry policy come in with the command.
import { assertNever, type ContractData, type ContractEvent, type Decider } from '@keywarden/domain';
import { KeywardenError } from '@keywarden/errors';
import { NOTIFIER_ERROR_STATUS, type NotifierErrorCode } from '../errors.js';

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

// Event data is the contract's (notify/v1/delivery.proto); times are RFC 3339 strings.
type SentNarrowing = { sentAt: string };
type FailedNarrowing = { errorClass: ErrorClass; failedAt: string };
export type DeliveryEvent = ContractEvent<'NotificationSent', SentNarrowing> | ContractEvent<'NotificationFailed', FailedNarrowing>;

/** What every event of a delivery says of it: which notification, to which channel, about whom. */
export type DeliveryFacts = Omit<ContractData<'NotificationSent', SentNarrowing>, 'attempt' | 'sentAt'>;

export type DeliveryCommand = {
  type: 'RecordAttempt';
  delivery: DeliveryFacts;
  /** 1-based. */
  attempt: number;
  outcome: SendOutcome;
  at: Date;
  policy: RetryPolicy;
};

export type DeliveryState = { status: 'open' } | { status: 'sent' | 'failed'; attempt: number };

export type DeliveryErrorCode = Extract<NotifierErrorCode, 'ERR_DELIVERY_SETTLED'>;

/** A delivery already sent or dead-lettered takes no further attempt (the queue's fence keeps a stale worker from trying). */
export class DeliverySettled extends KeywardenError<DeliveryErrorCode> {
  constructor(status: 'sent' | 'failed') {
    super('ERR_DELIVERY_SETTLED', NOTIFIER_ERROR_STATUS.ERR_DELIVERY_SETTLED, `the delivery is already ${status}`, { errorId: 'NOTIFY-dl01' });
  }
}

export const deliveryDecider: Decider<DeliveryState, DeliveryCommand, DeliveryEvent> = {
  initialState: () => ({ status: 'open' }),
  decide: (command, state) => {
    if (state.status !== 'open') throw new DeliverySettled(state.status);
    const step = afterAttempt(command.attempt, command.outcome, command.at, command.policy);
    switch (step.status) {
      case 'sent':
        return [{ type: 'NotificationSent', data: { ...command.delivery, attempt: step.attempt, sentAt: step.sentAt.toISOString() } }];
      case 'retry':
        return [];
      case 'dead':
        return [{
          type: 'NotificationFailed',
          data: { ...command.delivery, attempt: step.attempt, errorClass: step.errorClass, statusCode: step.statusCode ?? 0, failedAt: step.failedAt.toISOString() },
        }];
      default:
        return assertNever(step);
    }
  },
  evolve: (_state, event) => {
    switch (event.type) {
      case 'NotificationSent':
        return { status: 'sent', attempt: event.data.attempt };
      case 'NotificationFailed':
        return { status: 'failed', attempt: event.data.attempt };
      default:
        return assertNever(event);
    }
  },
};
