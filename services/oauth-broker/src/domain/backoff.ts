// Retry timing, pure: the caller passes the random draw.

/** Exponential backoff with full jitter: a delay in [base·2^(attempt-1)/2, base·2^(attempt-1)], capped. */
export function backoffMs(attempt: number, random: number, options: { baseMs: number; capMs: number }): number {
  const ceiling = Math.min(options.capMs, options.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + (ceiling / 2) * random);
}

/** When to refresh a grant: `margin` before it ends minus up to `jitter`, and at least every `idleMax`. */
export function nextRefreshAt(
  now: number,
  expiresAt: number,
  random: number,
  options: { marginMs: number; jitterMs: number; idleMaxMs: number },
): number {
  const beforeExpiry = expiresAt - options.marginMs - Math.round(options.jitterMs * random);
  return Math.max(now, Math.min(beforeExpiry, now + options.idleMaxMs));
}
