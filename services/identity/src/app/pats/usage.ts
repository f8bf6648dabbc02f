// Last-used times without slowing verification: uses are buffered in memory
// (the latest per token) and written in one batched UPDATE every second, and
// once more when the service stops. A crash loses at most a second of
// last-used times, which are informational; while the database is away they
// wait in memory (the latest per token) and are written when it is back.
import type { BackgroundTask } from '@keywarden/runtime';
import type { Logger } from '@keywarden/telemetry';

export class UsageRecorder {
  private pending = new Map<string, Date>();
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly write: (uses: ReadonlyMap<string, Date>) => Promise<void>,
    private readonly logger: Logger,
    private readonly intervalMs = 1000,
    /** True for a failure that is a database outage: the outage is logged once elsewhere, not here every second. */
    private readonly isOutage: (error: unknown) => boolean = () => false,
  ) {}

  record(tokenId: string, at: Date): void {
    const previous = this.pending.get(tokenId);
    if (!previous || previous < at) this.pending.set(tokenId, at);
  }

  /** Writes what has been buffered; flushes run one after the other. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(async () => {
      if (this.pending.size === 0) return;
      const batch = this.pending;
      this.pending = new Map();
      try {
        await this.write(batch);
      } catch (error) {
        // Keep the uses for the next flush unless a newer one came in meanwhile.
        for (const [id, at] of batch) this.record(id, at);
        if (!this.isOutage(error)) this.logger.warn({ err: { type: (error as Error).name }, tokens: batch.size }, 'could not record personal access token uses');
      }
    });
    return this.flushing;
  }

  task(): BackgroundTask {
    return {
      name: 'pat-usage-flush',
      start: () => {
        this.timer = setInterval(() => void this.flush(), this.intervalMs);
        this.timer.unref();
      },
      stop: async () => {
        clearInterval(this.timer);
        this.timer = undefined;
        await this.flush();
      },
    };
  }
}
