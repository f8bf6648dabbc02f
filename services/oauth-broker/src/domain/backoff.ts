// Retry timing, pure: the caller passes the random draw.

/** Exponential backoff with full jitter: a delay in [base·2^(attempt-1)/2, base·2^(attempt-1)], capped. */
export function backoffMs(attempt: number, random: number, options: { baseMs: number; capMs: number }): number {
  const ceiling = Math.min(options.capMs, options.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + (ceiling / 2) * random);
}

/** The shortest wait before a scheduled refresh, however short-lived the token. */
export const MIN_REFRESH_INTERVAL_MS = 10_000;

/**
 * When to refresh a grant, `now` being when its token was issued (or last checked):
 *  - a token that lives well past the margin is refreshed `margin` (plus up to `jitter`) before it ends;
 *  - a token that lives less than four times that cannot keep the margin: it is refreshed once three
 *    quarters of its remaining life have passed (a 60 s token after 45 s, a 20 min one after 15 min),
 *    instead of at once, which with a margin longer than the token would refresh it continuously;
 *  - at least every `idleMax`;
 *  - never sooner than `floor` from now: a provider that hands out tokens with almost no life left (or
 *    already expired) gets one refresh per `floor`, not a loop. Callers that need a valid token still
 *    get one on demand (GetAccessToken refreshes first).
 */
export function nextRefreshAt(
  now: number,
  expiresAt: number,
  random: number,
  options: { marginMs: number; jitterMs: number; idleMaxMs: number; floorMs?: number },
): number {
  const remaining = expiresAt - now;
  const headroom = Math.min(options.marginMs + Math.round(options.jitterMs * random), Math.floor(remaining / 4));
  const at = Math.min(expiresAt - headroom, now + options.idleMaxMs);
  return Math.max(now + (options.floorMs ?? MIN_REFRESH_INTERVAL_MS), at);
}
