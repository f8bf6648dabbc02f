/** A counting semaphore: at most `size` holders at once, the rest wait in order. */
export class Semaphore {
  private active = 0;
  private readonly waiting: Array<() => void> = [];
  constructor(private readonly size: number) {}

  async run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.active >= this.size) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.active += 1;
    try {
      return await fn();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.active -= 1;
    }
  }
}

/** One semaphore per key (provider), created on first use. */
export class KeyedLimits {
  private readonly byKey = new Map<string, Semaphore>();
  constructor(private readonly size: number) {}
  run<T>(key: string, fn: () => Promise<T>): Promise<T> {
    let semaphore = this.byKey.get(key);
    if (!semaphore) this.byKey.set(key, (semaphore = new Semaphore(this.size)));
    return semaphore.run(fn);
  }
}

/** At most `perSecond` starts per key, spaced evenly (a provider's rate limit, per replica). */
export class KeyedRate {
  private readonly nextSlot = new Map<string, number>();
  constructor(private readonly perSecond: number, private readonly now: () => number = Date.now) {}

  /** Resolves when the caller may start; reserves its slot at once so waiters queue in order. */
  async take(key: string): Promise<void> {
    if (this.perSecond <= 0) return;
    const spacing = 1000 / this.perSecond;
    const now = this.now();
    const slot = Math.max(now, this.nextSlot.get(key) ?? 0);
    this.nextSlot.set(key, slot + spacing);
    if (slot > now) await new Promise((resolve) => setTimeout(resolve, slot - now));
  }
}
