// The per-account advisory lock that refreshes, re-connects and disconnects share,
// and how long a waiter may wait for it.
import { PROVIDER_TIMEOUT_MS } from '../adapters/providers/http.js';
import type { BrokerSettings } from '../config.js';
import { backoffMs } from '../domain/backoff.js';

// Advisory lock namespace (first key) so our locks never meet another feature's.
export const LOCK_CLASS = 0x4f41; // "OA"
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
export function refreshLockWaitMs(settings: Pick<BrokerSettings, 'inlineRetries' | 'inlineRetryBaseMs'>): number {
  let backoff = 0;
  for (let attempt = 1; attempt <= settings.inlineRetries; attempt++) {
    backoff += backoffMs(attempt, 1, { baseMs: settings.inlineRetryBaseMs, capMs: INLINE_BACKOFF_CAP_MS });
  }
  return (settings.inlineRetries + 1) * CALLS_PER_TRY * PROVIDER_TIMEOUT_MS + backoff + LOCK_SLACK_MS;
}
