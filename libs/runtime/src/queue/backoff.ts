// Capped exponential backoff with jitter, by the number of runs a row has had.

/** Pause before the next run of a row after its `attempts`-th run (1-based) failed. */
export type Backoff = (attempts: number) => number;

/**
 * `baseMs` after the first run, doubling per run, at most `capMs`; `jitter` (0..1, default 0.2) takes up to that
 * share off at random, so rows that failed together do not come back together.
 */
export function backoff(options: { baseMs: number; capMs: number; jitter?: number; random?: () => number }): Backoff {
  const jitter = options.jitter ?? 0.2;
  const random = options.random ?? Math.random;
  return (attempts) => {
    const full = Math.min(options.capMs, options.baseMs * 2 ** Math.min(Math.max(attempts - 1, 0), 40));
    return Math.round(full * (1 - jitter + jitter * random()));
  };
}
