// Scheduled jobs across replicas: every replica's cron fires for the same due
// time, and the one whose insert creates the (name, slot) row runs it, under a
// lease its heartbeat renews. A replica that dies mid-run leaves the row
// unfinished: once its lease ends, another replica's takeover (a queue worker
// polling these rows) runs the job again, by name, within seconds. Finished
// rows stay (completed_at) as the record of which times ran, so a replica that
// fires late does not run a time again; they are pruned after three days.
// The service's migrations create the table:
//   schedule_claims(name text, slot timestamptz, claimed_at timestamptz default now(), lease_until timestamptz,
//                   fence bigserial, attempts integer default 1, completed_at timestamptz, primary key (name, slot))
import { performance } from 'node:perf_hooks';
import type { Database } from '@keywarden/db';
import type { Logger } from '@keywarden/telemetry';
import type { BackgroundTask } from '../service.js';
import type { ClaimedRow, Lease } from './lease.js';
import { queueWorker, type QueueWorker } from './worker.js';
import { WorkQueue } from './work-queue.js';

/** Claims are kept this long (a record of which times ran); only seconds of it are needed to dedupe. */
export const CLAIM_RETENTION_DAYS = 3;
/** A run whose runs died this many times is given up (a job that kills its worker must not kill every replica in turn). */
const MAX_RUNS = 3;

/**
 * The slot a cron run belongs to: croner never fires before the due time, so the fire time cut down
 * to the schedule's precision (the second for a six-field pattern with seconds, else the minute) is
 * the due time for any replica that fires less than one precision late.
 */
export function slotOf(schedule: string, firedAt: Date): Date {
  const precision = hasSeconds(schedule) ? 1_000 : 60_000;
  return new Date(Math.floor(firedAt.getTime() / precision) * precision);
}

function hasSeconds(schedule: string): boolean {
  const fields = schedule.trim().split(/\s+/);
  return !fields[0]?.startsWith('@') && fields.length >= 6;
}

type Run = { name: string; slot: Date };

export type ScheduledRuns = {
  /** A cron fire: runs the job here when this replica claims the slot first; undefined when another replica has it. */
  fire<R>(name: string, slot: Date, run: () => Promise<R>): Promise<R | undefined>;
  /** The takeover of runs whose replica died (and the pruning of old claims). */
  task(): BackgroundTask;
  /** Deletes claims older than the retention (every name, including jobs since removed); returns how many. */
  prune(): Promise<number>;
  /** Test seam: this replica dies now (its runs are neither finished nor handed back). */
  abandon(): void;
};

/**
 * `resume(name, slot)`: the job to run again for a run another replica left unfinished (undefined: the job is gone,
 * the run is closed unrun). `leaseMs`: KW_QUEUE_LEASE_MS.
 */
export function scheduledRuns(options: {
  database: Database; logger: Logger; leaseMs: number; resume: (name: string, slot: Date) => (() => Promise<unknown>) | undefined;
}): ScheduledRuns {
  const { database, logger } = options;
  const queue = new WorkQueue<Run>({
    database, logger, leaseMs: options.leaseMs,
    table: {
      table: 'schedule_claims', key: { name: 'text', slot: 'timestamptz' }, columns: { dueAt: null },
      ready: `q.completed_at is null and q.slot > now() - interval '${CLAIM_RETENTION_DAYS} days'`, order: 'q.slot',
      completeSet: 'completed_at = now()', data: [],
    },
    map: (row) => ({ name: String(row['name']), slot: new Date(row['slot'] as string) }),
  });

  const finish = async (lease: Lease<Run>) => {
    try {
      await queue.complete([lease]);
    } catch (error) {
      // Not recorded as finished: once its lease ends it runs again (scheduled jobs are idempotent).
      logger.warn({ job: lease.item.name, err: { type: (error as Error)?.name, code: (error as { code?: string })?.code } }, 'could not record a scheduled run as finished');
    }
  };

  const worker: QueueWorker = queueWorker<Run>({
    name: 'schedule-takeover', queue, logger, slots: 4, pollMs: Math.min(5_000, Math.max(100, Math.floor(options.leaseMs / 3))),
    maxAttempts: MAX_RUNS,
    exhausted: async (lease) => {
      logger.error({ job: lease.item.name, slot: lease.item.slot.toISOString(), runs: lease.attempts - 1 }, 'scheduled run died with its worker too often; given up');
      await finish(lease);
    },
    handle: async (lease) => {
      const job = options.resume(lease.item.name, lease.item.slot);
      logger.warn({ job: lease.item.name, slot: lease.item.slot.toISOString(), resumed: job !== undefined }, 'scheduled run left unfinished by another replica; taking it over');
      try {
        await job?.();
      } finally {
        await finish(lease);
      }
    },
  });

  let pruner: NodeJS.Timeout | undefined;
  const prune = async () => {
    const gone = await database.sql`delete from schedule_claims where slot < now() - make_interval(days => ${CLAIM_RETENTION_DAYS}::int)`;
    return gone.count;
  };

  return {
    fire: async (name, slot, run) => {
      const sentAt = performance.now();
      const [row] = await database.sql<ClaimedRow[]>`
        insert into schedule_claims (name, slot, lease_until, attempts)
        values (${name}, ${slot.toISOString()}::timestamptz, now() + ${options.leaseMs}::bigint * interval '1 millisecond', 1)
        on conflict do nothing
        returning name, slot, fence, attempts, 0 as version, '' as traceparent, '' as tracestate`;
      if (!row) return undefined;
      const lease = queue.adopt(row, sentAt);
      try {
        return await run();
      } finally {
        await finish(lease);
      }
    },
    prune,
    abandon: () => {
      clearInterval(pruner);
      worker.abandon();
    },
    task: () => {
      const takeover = worker.task();
      return {
        name: 'scheduled-runs',
        start: async () => {
          await takeover.start();
          pruner = setInterval(() => void prune().catch((error: unknown) => logger.debug({ err: { type: (error as Error)?.name } }, 'pruning schedule claims failed')), 3_600_000);
          pruner.unref();
        },
        stop: async () => {
          clearInterval(pruner);
          await takeover.stop();
        },
      };
    },
  };
}
