// Drains the deploy queue. A claim takes, for each application, its oldest
// queued deployment unless that one is already leased (so an application
// rolls out one deployment at a time, in order), FOR UPDATE SKIP LOCKED so
// replicas share the work. The lease outlives the rollout timeout: a worker
// that dies mid-rollout leaves the row to be run again (applies are
// idempotent; the decider ignores a second finish). A run that ends in an
// error is tried again after a backoff, at most KW_DEPLOYER_MAX_ATTEMPTS
// times in all (deploy.ts); a row claimed past that (its runs died with
// their workers) is recorded as failed at once. A worker that is stopped
// hands its rollouts back at once (lease released) rather than holding the
// shutdown for up to the rollout timeout.
import type { Database } from '@keywarden/db';
import { pgListen, queueWaker, type BackgroundTask, type QueueWaker } from '@keywarden/runtime';
import type { Logger } from '@keywarden/telemetry';
import { sql } from 'drizzle-orm';
import type { DeployerSettings } from '../config.js';
import type { DeployRunner } from './deploy.js';
import { QUEUE_CHANNEL } from './queue.js';

const BATCH = 50;

/** attempts: runs started, this one included; lastStage/lastError: where and why the previous run ended in an error. */
export type Claimed = { deploymentId: string; applicationId: string; traceparent: string; tracestate: string; attempts: number; lastStage: string; lastError: string };

export class DeployWorker {
  private readonly waker: QueueWaker;
  private readonly inFlight = new Set<Promise<void>>();

  constructor(private readonly database: Database, private readonly runner: DeployRunner, private readonly settings: DeployerSettings, private readonly logger: Logger) {
    this.waker = queueWaker({
      listen: pgListen(database, QUEUE_CHANNEL), pollMs: settings.pollMs, pass: () => this.claimAndStart(),
      onError: (error) => this.logger.error({ err: { type: (error as Error).name, code: (error as { code?: string }).code } }, 'claiming deployments failed'),
    });
  }

  task(): BackgroundTask {
    return {
      name: 'deploy-worker',
      start: async () => {
        this.runner.resume();
        await this.waker.start();
      },
      stop: async () => {
        const stopping = this.waker.stop();
        this.runner.interrupt();
        await stopping;
        await Promise.allSettled([...this.inFlight]);
      },
    };
  }

  /** Claims now (or right after the current claim). */
  wake(): void {
    this.waker.wake();
  }

  /** Starts what a claim returns; each deployment runs on its own, so a long rollout does not hold up other applications'. */
  private async claimAndStart(): Promise<void> {
    const free = this.settings.concurrency - this.inFlight.size;
    if (free <= 0) return;
    const claimed = await this.claim(Math.min(free, BATCH));
    for (const item of claimed) {
      const run: Promise<void> = this.runner.run(item)
        .catch((error: unknown) => this.logger.error({ deploymentId: item.deploymentId, err: { type: (error as Error).name, code: (error as { code?: string }).code } }, 'deployment run failed and could not be put back: it runs again when its lease ends'))
        .finally(() => {
          this.inFlight.delete(run);
          // Its application's next deployment (if any) is now free to run.
          this.wake();
        });
      this.inFlight.add(run);
    }
  }

  private async claim(limit: number): Promise<Claimed[]> {
    const leaseSeconds = Math.ceil(this.settings.rolloutTimeoutMs / 1000) + 120;
    const rows = await this.database.db.execute(sql`
      with heads as (
        select distinct on (application_id) deployment_id from deploy_queue order by application_id, seq
      ), due as (
        select q.deployment_id from deploy_queue q join heads h on h.deployment_id = q.deployment_id
        where (q.lease_until is null or q.lease_until < now())
          -- One rollout at a time per application, whatever the queue order says: no head is claimed while another
          -- deployment of its application holds a live lease (queue.ts also makes seq follow commit order).
          and not exists (select 1 from deploy_queue r where r.application_id = q.application_id and r.lease_until >= now())
        order by q.seq limit ${limit} for update of q skip locked
      )
      update deploy_queue q set lease_until = now() + make_interval(secs => ${leaseSeconds}), attempts = q.attempts + 1
      from due where q.deployment_id = due.deployment_id
      returning q.deployment_id, q.application_id, q.traceparent, q.tracestate, q.attempts, q.last_stage, q.last_error`);
    return (rows as unknown as Array<Record<string, unknown>>).map((r) => ({
      deploymentId: String(r['deployment_id']), applicationId: String(r['application_id']), traceparent: String(r['traceparent']),
      tracestate: String(r['tracestate']), attempts: Number(r['attempts']), lastStage: String(r['last_stage']), lastError: String(r['last_error']),
    }));
  }
}
