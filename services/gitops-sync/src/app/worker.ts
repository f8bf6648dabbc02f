// Drains the sync queue with libs/runtime's queue worker: claims due rows in
// batches (FOR UPDATE SKIP LOCKED under a short lease its heartbeat renews,
// so replicas share the work and a replica that dies leaves its rows to the
// others within KW_QUEUE_LEASE_MS), syncs them, deletes what is done and
// reschedules what must be retried with exponential backoff, all by fence: a
// replica that lost its rows (it stalled past the lease) settles nothing. A
// cluster outage keeps rows here until it is back: nothing is lost, nothing
// parked. The writes themselves are idempotent, and a token older than the
// one a Secret holds is never written (sync.ts), so a stale replica's last
// writes repeat work rather than undo it.
import type { Database } from '@keywarden/db';
import { backoff, queueWorker, type Lease, type QueueWorker, type WorkQueue } from '@keywarden/runtime';
import type { Logger } from '@keywarden/telemetry';
import type { GitopsSettings } from '../config.js';
import type { WorkItem } from './ports.js';
import type { Outcome, Syncer } from './sync.js';

const BATCH = 500;
/** A token that keeps being unavailable stops being retried here after this many runs; reconcile tries again. */
const MAX_TOKEN_ATTEMPTS = 8;

export function syncWorker(deps: { database: Database; queue: WorkQueue<WorkItem>; channel: string; syncer: Syncer; settings: GitopsSettings; logger: Logger }): QueueWorker {
  const { database, queue, settings, logger } = deps;
  const retryIn = backoff({ baseMs: settings.retryBaseMs, capMs: settings.retryCapMs });

  const settle = async (leases: ReadonlyArray<Lease<WorkItem>>, outcomes: readonly Outcome[]): Promise<void> => {
    const done: Array<Lease<WorkItem>> = [];
    const retry: Array<Lease<WorkItem>> = [];
    leases.forEach((lease, i) => {
      const outcome = outcomes[i]!;
      const retryable = (outcome.kind === 'failed' && outcome.retry && (outcome.reason === 'kubernetes_unavailable' || lease.attempts < MAX_TOKEN_ATTEMPTS))
        // A late broker answer older than the Secret: a later one carries the current grant.
        || (outcome.kind === 'newer_held' && lease.attempts < MAX_TOKEN_ATTEMPTS);
      (retryable ? retry : done).push(lease);
    });
    await database.db.transaction(async (tx) => {
      // A newer request for the same environment arrived meanwhile (version moved): kept, freed for the next pass.
      if (done.length) await queue.complete(done, { tx });
      if (retry.length) await queue.retry(retry, { tx, delayMs: (lease) => retryIn(lease.attempts) });
    });
    if (retry.length) logger.warn({ retrying: retry.length, nextInMs: Math.min(...retry.map((l) => retryIn(l.attempts))) }, 'git credential sync will be retried');
  };

  return queueWorker<WorkItem>({
    name: 'sync-worker', queue, logger, slots: BATCH, batch: BATCH, pollMs: settings.pollMs,
    channel: { database, name: deps.channel }, backoff: retryIn,
    // One batch at a time: one token request per account serves all of its Secrets in it.
    handleBatch: async (leases) => settle(leases, await deps.syncer.syncItems(leases.map((l) => l.item))),
  });
}
