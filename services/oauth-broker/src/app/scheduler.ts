// Refreshes grants before they expire. The grants are the queue (libs/runtime's
// work queue on account_grants: due at next_refresh_at, leased in
// claimed_until with the fence claim_fence): each pass claims a batch of due
// grants with FOR UPDATE SKIP LOCKED under a short lease its heartbeat renews,
// so replicas share the work and never take the same grant, and a replica that
// dies mid-refresh leaves its grants to another within KW_QUEUE_LEASE_MS. The
// refresh itself then runs under the per-account advisory lock and re-reads
// the grant first (Refresher): a refresh that already happened is not
// repeated, so there is one refresh per due grant however the leases go. Due
// times come from the service clock; leases from the database's.
import { queueWorker, type BackgroundTask, type Lease, type QueueWorker, type WorkQueue } from '@keywarden/runtime';
import { extractTraceContext, getTracer, withSpan, type Logger } from '@keywarden/telemetry';
import type { BrokerSettings } from '../config.js';
import type { DueGrant, GrantQueue } from './ports.js';
import type { Refresher } from './refresher.js';

const tracer = getTracer('@keywarden/oauth-broker');

export type TickResult = { claimed: number; refreshed: number; failed: number; fresh: number };
export type { DueGrant, GrantQueue };

export class RefreshScheduler {
  private readonly worker: QueueWorker;

  constructor(
    private readonly queue: GrantQueue,
    private readonly refresher: Refresher,
    private readonly settings: BrokerSettings,
    private readonly logger: Logger,
  ) {
    this.worker = queueWorker<DueGrant>({
      // Room for several batches: a full claim wakes the next pass at once, so the next batch is claimed while
      // this one's provider calls and records run.
      name: 'refresh-scheduler', queue: queue as WorkQueue<DueGrant>, logger, pollMs: settings.schedulerIntervalMs,
      slots: settings.schedulerBatch * settings.schedulerBatches, batch: settings.schedulerBatch,
      handleBatch: async (leases) => void (await this.refreshAll(leases)),
    });
  }

  /** Claims up to one batch of due grants and refreshes them (per-provider limits apply inside). */
  async tick(): Promise<TickResult> {
    return this.refreshAll(await this.queue.claim(this.settings.schedulerBatch));
  }

  /**
   * Refreshes until a claim finds nothing due, as the task does when woken: up to
   * KW_OAUTH_SCHEDULER_BATCHES batches at once, the next claimed while the others run.
   */
  async drain(): Promise<TickResult> {
    const total: TickResult = { claimed: 0, refreshed: 0, failed: 0, fresh: 0 };
    const running = new Set<Promise<void>>();
    let more = true;
    while (more || running.size > 0) {
      if (more && running.size < this.settings.schedulerBatches) {
        const leases = await this.queue.claim(this.settings.schedulerBatch);
        // A grant skipped (its lock held elsewhere) is claimed again: only an empty claim ends the drain.
        more = leases.length > 0;
        if (!more) continue;
        const run: Promise<void> = this.refreshAll(leases)
          .then((r) => void (Object.keys(total) as Array<keyof TickResult>).forEach((k) => (total[k] += r[k])))
          .finally(() => running.delete(run));
        running.add(run);
      } else {
        await Promise.race(running);
      }
    }
    return total;
  }

  /** The pass every KW_OAUTH_SCHEDULER_INTERVAL_MS (at once again after a full batch) on every replica. */
  task(): BackgroundTask {
    return this.worker.task();
  }

  private async refreshAll(leases: ReadonlyArray<Lease<DueGrant>>): Promise<TickResult> {
    const result: TickResult = { claimed: leases.length, refreshed: 0, failed: 0, fresh: 0 };
    // A claimed grant is due by its schedule (margin before expiry, or the idle rule): refresh it.
    // Each refresh is the root of its own trace (an empty carrier gives the root context, whatever is active):
    // TokenRefreshed and the Secrets it rewrites continue it.
    const outcomes = await this.refresher.refreshDue(leases.map(({ item }) => item.accountId), 'scheduler', (accountId, run) =>
      withSpan(tracer, 'oauth.scheduled-refresh', { parent: extractTraceContext({}), attributes: { 'keywarden.account_id': accountId } }, async (span) => {
        const outcome = await run();
        span.setAttribute('keywarden.refresh.outcome', outcome);
        return outcome;
      }));
    for (const outcome of outcomes) {
      if (outcome.status === 'rejected') {
        result.failed += 1;
        this.logger.warn({ err: { type: (outcome.reason as Error)?.name, code: (outcome.reason as { code?: string })?.code } }, 'scheduled refresh failed');
      } else if (outcome.value === 'refreshed') result.refreshed += 1;
      else if (outcome.value === 'failed') result.failed += 1;
      else result.fresh += 1;
    }
    // The refresh wrote the grant's next due time; the leases are handed back (those still this replica's).
    if (leases.length) {
      await this.queue.release(leases).catch((error: unknown) =>
        this.logger.warn({ err: { type: (error as Error)?.name, code: (error as { code?: string })?.code } }, 'could not hand scheduler claims back; they end with their lease'));
    }
    return result;
  }
}
