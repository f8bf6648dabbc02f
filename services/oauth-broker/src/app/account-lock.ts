// How long a waiter may wait for the per-account lock that refreshes, re-connects and
// disconnects share (the lock itself: AccountLock in ports.ts, adapters/outgoing/db/account-lock.ts).
import type { BrokerSettings } from '../config.js';
import { backoffMs } from '../domain/backoff.js';

export const INLINE_BACKOFF_CAP_MS = 10_000;
// Provider calls in one try at most (OAuth discovery, then the token endpoint).
const CALLS_PER_TRY = 2;
// Rate limiter waits and the database writes around the provider calls.
const LOCK_SLACK_MS = 10_000;

/**
 * How long to wait for another holder of an account's refresh lock: longer than
 * that holder's worst-case refresh (every try timing out, plus the backoff
 * between tries), so a waiter only gives up when something is really stuck.
 */
export function refreshLockWaitMs(settings: Pick<BrokerSettings, 'inlineRetries' | 'inlineRetryBaseMs'>, providerTimeoutMs: number): number {
  let backoff = 0;
  for (let attempt = 1; attempt <= settings.inlineRetries; attempt++) {
    backoff += backoffMs(attempt, 1, { baseMs: settings.inlineRetryBaseMs, capMs: INLINE_BACKOFF_CAP_MS });
  }
  return (settings.inlineRetries + 1) * CALLS_PER_TRY * providerTimeoutMs + backoff + LOCK_SLACK_MS;
}
