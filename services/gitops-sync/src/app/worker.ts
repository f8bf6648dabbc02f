// Drains the sync queue: claims due rows (FOR UPDATE SKIP LOCKED with a
// lease, so replicas share the work), syncs them, deletes what is done and
// reschedules what must be retried with exponential backoff. A cluster
// outage keeps rows here until it is back: nothing is lost, nothing parked.
import type { Database } from '@keywarden/db';
import { pgListen, queueWaker, type BackgroundTask, type QueueWaker } from '@keywarden/runtime';
import type { Logger } from '@keywarden/telemetry';
import { sql } from 'drizzle-orm';
import type { GitopsSettings } from '../config.js';
import { QUEUE_CHANNEL } from './queue.js';
import type { Outcome, Syncer, WorkItem } from './sync.js';

const BATCH = 500;
const LEASE_SECONDS = 120;
/** A token that keeps being unavailable stops being retried here; reconcile tries again. */
const MAX_TOKEN_ATTEMPTS = 8;

type Claimed = WorkItem & { version: number; attempts: number };

export class SyncWorker {
  private readonly waker: QueueWaker;

  constructor(private readonly database: Database, private readonly syncer: Syncer, private readonly settings: GitopsSettings, private readonly logger: Logger) {
    this.waker = queueWaker({
      listen: pgListen(database, QUEUE_CHANNEL), pollMs: settings.pollMs,
      // Batch after batch while they come back full.
      pass: async () => {
        while (!this.waker.stopped && (await this.pass()) === BATCH);
      },
      onError: (error) => this.logger.error({ err: { type: (error as Error).name, code: (error as { code?: string }).code } }, 'sync pass failed'),
    });
  }

  task(): BackgroundTask {
    return { name: 'sync-worker', start: () => this.waker.start(), stop: () => this.waker.stop() };
  }

  /** Runs now (or right after the current pass). */
  wake(): void {
    this.waker.wake();
  }

  /** One batch; returns how many rows it claimed. */
  async pass(): Promise<number> {
    const claimed = await this.claim();
    if (claimed.length === 0) return 0;
    const outcomes = await this.syncer.syncItems(claimed);
    await this.settle(claimed, outcomes);
    return claimed.length;
  }

  private async claim(): Promise<Claimed[]> {
    const rows = await this.database.db.execute(sql`
      update sync_queue q set lease_until = now() + make_interval(secs => ${LEASE_SECONDS})
      from (select project_id, environment from sync_queue
            where next_attempt_at <= now() and (lease_until is null or lease_until < now())
            order by next_attempt_at limit ${BATCH} for update skip locked) due
      where q.project_id = due.project_id and q.environment = due.environment
      returning q.project_id, q.environment, q.action, q.trigger, q.namespace, q.slug, q.account_id, q.force, q.version, q.attempts, q.traceparent`);
    return (rows as unknown as Array<Record<string, unknown>>).map((r) => ({
      projectId: String(r['project_id']), environment: String(r['environment']), action: r['action'] as WorkItem['action'],
      trigger: r['trigger'] as WorkItem['trigger'], namespace: String(r['namespace']), slug: String(r['slug']), accountId: String(r['account_id']),
      force: Boolean(r['force']), version: Number(r['version']), attempts: Number(r['attempts']), traceparent: String(r['traceparent'] ?? ''),
    }));
  }

  private async settle(claimed: readonly Claimed[], outcomes: readonly Outcome[]): Promise<void> {
    const done: Claimed[] = [];
    const retry: Array<{ item: Claimed; delayMs: number }> = [];
    claimed.forEach((item, i) => {
      const outcome = outcomes[i]!;
      const retryable = outcome.kind === 'failed' && outcome.retry && (outcome.reason === 'kubernetes_unavailable' || item.attempts + 1 < MAX_TOKEN_ATTEMPTS);
      if (retryable) retry.push({ item, delayMs: backoffMs(item.attempts, this.settings) });
      else done.push(item);
    });
    await this.database.db.transaction(async (tx) => {
      if (done.length) {
        const rows = JSON.stringify(done.map((d) => ({ p: d.projectId, e: d.environment, v: d.version })));
        // A newer request for the same environment arrived meanwhile (version moved): keep it, free it for the next pass.
        await tx.execute(sql`delete from sync_queue q using jsonb_to_recordset(${rows}::jsonb) as d(p text, e text, v int)
          where q.project_id = d.p and q.environment = d.e and q.version = d.v`);
        await tx.execute(sql`update sync_queue q set lease_until = null from jsonb_to_recordset(${rows}::jsonb) as d(p text, e text, v int)
          where q.project_id = d.p and q.environment = d.e`);
      }
      for (const { item, delayMs } of retry) {
        await tx.execute(sql`update sync_queue set attempts = attempts + 1, lease_until = null,
          next_attempt_at = case when version = ${item.version} then now() + make_interval(secs => ${delayMs / 1000}) else now() end
          where project_id = ${item.projectId} and environment = ${item.environment}`);
      }
    });
    if (retry.length) this.logger.warn({ retrying: retry.length, nextInMs: Math.min(...retry.map((r) => r.delayMs)) }, 'git credential sync will be retried');
  }
}

/** Exponential backoff with up to 20% jitter, capped. */
export function backoffMs(attempts: number, settings: Pick<GitopsSettings, 'retryBaseMs' | 'retryCapMs'>, random = Math.random): number {
  const base = Math.min(settings.retryCapMs, settings.retryBaseMs * 2 ** Math.min(attempts, 30));
  return Math.round(base * (0.8 + 0.2 * random()));
}
