// The deploy and lifecycle queues' own SQL (the claim, lease and settle are libs/runtime's work queue,
// configured in app/queue.ts and app/lifecycle.ts). A deployment's row is inserted in the transaction
// that appends DeploymentRequested, with the trace context of the request so the worker continues
// the same trace.
import type { Database, Tx } from '@keywarden/db';
import { traceColumns } from '@keywarden/runtime';
import { eq, sql } from 'drizzle-orm';
import { ApplicationBusy, type DeployerStore, type LifecycleJob } from '../../../app/ports.js';
import { deployerError } from '../../../domain/errors.js';
import { deployQueue } from '../../../schema.js';

const lockQueue = (tx: Tx, applicationId: string) => tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`deployer-queue:${applicationId}`}))`);

export function queueStore(database: Database): Pick<DeployerStore, 'enqueueDeployment' | 'refuseWhileDeploying' | 'deploymentQueued' | 'noteFailedRun' | 'enqueueLifecycle'> {
  return {
    async enqueueDeployment(tx, deploymentId, applicationId, options = {}) {
      // Requests of one application take their queue position one at a time, so the queue order (seq) is the commit
      // order and a request sees every earlier one of the same application.
      await lockQueue(tx, applicationId);
      const rows = await tx.execute(sql`
        select exists (select 1 from deploy_queue where application_id = ${applicationId}) as busy,
               (select current_version from applications where id = ${applicationId}) as current_version,
               (select lifecycle from applications where id = ${applicationId}) as lifecycle`);
      const row = (rows as unknown as Array<{ busy: boolean; current_version: string | null; lifecycle: string | null }>)[0];
      if (options.whenIdle) {
        if (!row || row.busy || row.current_version !== options.whenIdle.currentVersion || row.lifecycle !== 'active') throw new ApplicationBusy(applicationId);
      }
      // Checked under the lock a stop or delete takes too: no deployment is queued for an application they just ended.
      if (row?.lifecycle === 'stopped') throw deployerError('ERR_APPLICATION_STOPPED', 'the application is stopped: start it to deploy again', 'DEPLOY-7b48');
      if (row?.lifecycle === 'deleted') throw deployerError('ERR_APPLICATION_DELETED', 'the application was deleted', 'DEPLOY-ef59');
      await tx.insert(deployQueue).values({ deploymentId, applicationId, ...traceColumns() });
    },

    async refuseWhileDeploying(tx, applicationId, what) {
      // A rollout would scale the application up again or recreate what the delete removes; the lock is held to the
      // commit, so no deployment is queued in between.
      await lockQueue(tx, applicationId);
      const rows = await tx.execute(sql`select deployment_id from deploy_queue where application_id = ${applicationId} order by seq limit 1`);
      const busy = (rows as unknown as Array<{ deployment_id: string }>)[0];
      if (busy) throw deployerError('ERR_CONFLICT', `deployment ${busy.deployment_id} is queued or rolling out: ${what} the application once it has finished`, 'DEPLOY-1087');
    },

    async deploymentQueued(applicationId) {
      const [busy] = await database.db.select({ id: deployQueue.deploymentId }).from(deployQueue).where(eq(deployQueue.applicationId, applicationId)).limit(1);
      return Boolean(busy);
    },

    async noteFailedRun(tx, deploymentId, stage, error) {
      await tx.update(deployQueue).set({ lastStage: stage, lastError: error }).where(eq(deployQueue.deploymentId, deploymentId));
    },

    async enqueueLifecycle(tx, job: LifecycleJob) {
      const { traceparent, tracestate } = traceColumns();
      await tx.execute(sql`
        insert into lifecycle_queue (application_id, action, request_id, actor_user_id, traceparent, tracestate)
        values (${job.applicationId}, ${job.action}, ${job.requestId}, ${job.actorUserId}, ${traceparent}, ${tracestate})
        on conflict (application_id) do update set
          action = excluded.action, request_id = excluded.request_id, actor_user_id = excluded.actor_user_id, attempts = 0,
          version = lifecycle_queue.version + 1, next_attempt_at = now(), traceparent = excluded.traceparent, tracestate = excluded.tracestate`);
    },
  };
}
