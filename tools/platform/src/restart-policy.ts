// When a supervised part (a service, nats-server, PostgreSQL) dies: restart it
// after a delay that doubles with each crash in a row, up to a cap; forget the
// crashes once it has stayed up for a while; give up after too many crashes
// that came soon after a start, within a window. A pure function of the times
// it is given, so the tests drive it with a fake clock.

export type RestartPolicyOptions = {
  /** Delay before the first restart; doubled for each further crash in a row. */
  initialDelayMs: number;
  /** The delay never grows past this. */
  maxDelayMs: number;
  /** Up at least this long: stable again (the delay starts over, earlier crashes are forgiven). */
  stableAfterMs: number;
  /** Give up at this many fast crashes (up less than `stableAfterMs`, or failed to start) ... */
  maxFastCrashes: number;
  /** ... within this window. */
  windowMs: number;
};

export type RestartDecision =
  | { restart: true; /** 1 for the first restart after a stable run. */ attempt: number; delayMs: number }
  | { restart: false; fastCrashes: number; windowMs: number };

export const DEFAULT_RESTART_POLICY: RestartPolicyOptions = {
  initialDelayMs: 1_000,
  maxDelayMs: 30_000,
  stableAfterMs: 30_000,
  maxFastCrashes: 5,
  windowMs: 120_000,
};

export class RestartPolicy {
  #attempt = 0;
  #fastCrashes: number[] = [];

  constructor(private readonly options: RestartPolicyOptions = DEFAULT_RESTART_POLICY) {}

  /** The part died at `at` (ms) after it had been up `upForMs` (0: it did not start at all). */
  crashed(at: number, upForMs: number): RestartDecision {
    const { initialDelayMs, maxDelayMs, stableAfterMs, maxFastCrashes, windowMs } = this.options;
    if (upForMs >= stableAfterMs) {
      this.#attempt = 0;
      this.#fastCrashes = [];
    } else {
      this.#fastCrashes = [...this.#fastCrashes.filter((t) => t > at - windowMs), at];
      if (this.#fastCrashes.length >= maxFastCrashes) return { restart: false, fastCrashes: this.#fastCrashes.length, windowMs };
    }
    this.#attempt += 1;
    // 2^n overflows to Infinity long after it passed the cap: min() still holds.
    const delayMs = Math.min(maxDelayMs, initialDelayMs * 2 ** (this.#attempt - 1));
    return { restart: true, attempt: this.#attempt, delayMs };
  }
}
