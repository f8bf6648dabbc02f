// The cluster work of an application's stop, start and delete, queued in the
// transaction of the event that asks for it (lifecycle_queue, one row per
// application: a newer request replaces the older and runs after it) and done
// by libs/runtime's queue worker:
//   scale_down  Deployment "<name>" to zero replicas (stop);
//   start       a deployment of the current version, which rebuilds the
//               environment from secrets-vault (a secret rotated while the
//               application was stopped is in it) and applies its replicas;
//   delete      Deployment "<name>" and Secret "<name>-env" removed.
// Each checks the application's lifecycle first and does nothing when a later
// command changed it (a start after a stop: the scale-down is skipped, the
// start's deployment runs). Failures back off and are retried; a cluster that
// keeps refusing (403, say) is given up after MAX_ATTEMPTS, logged.
import type { Database } from '@keywarden/db';
import { backoff, queueWorker, WorkQueue, type Lease, type QueueWorker } from '@keywarden/runtime';
import type { Logger } from '@keywarden/telemetry';
import { findApplication } from '../projections/queries.js';
import type { DeploymentsApp } from './deployments.js';
import { ApplicationBusy, type DeployTarget, type LifecycleAction, type LifecycleJob as Job } from './ports.js';
import { uuidV5 } from './signature.js';

export type { LifecycleAction };

/** LISTEN/NOTIFY channel through which replicas wake each other's lifecycle workers. */
const CHANNEL = 'deployer_lifecycle_queue';
const MAX_ATTEMPTS = 20;

export function lifecycleQueue(database: Database, leaseMs: number, logger: Logger): WorkQueue<Job> {
  return new WorkQueue<Job>({
    database, leaseMs, logger,
    table: {
      table: 'lifecycle_queue', key: { application_id: 'text' },
      columns: { version: 'version', traceparent: 'traceparent', tracestate: 'tracestate' },
      data: ['action', 'request_id', 'actor_user_id'],
    },
    map: (row) => ({
      applicationId: String(row['application_id']), action: String(row['action']) as LifecycleAction,
      requestId: String(row['request_id']), actorUserId: String(row['actor_user_id'] ?? ''),
    }),
  });
}

/** The lifecycle each action needs to still hold when it runs. */
const NEEDS: Record<LifecycleAction, string> = { scale_down: 'stopped', start: 'active', delete: 'deleted' };

export function lifecycleWorker(deps: {
  database: Database; queue: WorkQueue<Job>; target: DeployTarget; deployments: DeploymentsApp; logger: Logger; pollMs: number;
}): QueueWorker {
  const { database, queue, target, logger } = deps;
  const run = async (lease: Lease<Job>) => {
    const { applicationId, action, requestId, actorUserId } = lease.item;
    const app = await findApplication(database.db, applicationId);
    if (app && app.lifecycle === NEEDS[action]) {
      if (action === 'scale_down') await target.scale(app.namespace, app.name, 0);
      else if (action === 'delete') await target.remove(app.namespace, app.name);
      else if (app.currentVersion) {
        // Named after the start's event: a start retried after a crash asks for the same deployment, not a second.
        // Only when idle: a deployment asked for since the start brings the replicas back itself, and one of the
        // current version queued behind it would undo its newer version.
        await deps.deployments.request(app, {
          deploymentId: uuidV5(`start\n${requestId}`), version: app.currentVersion, trigger: 'manual', actorUserId, whenIdle: true,
        }).catch((error: unknown) => {
          if (!(error instanceof ApplicationBusy)) throw error;
        });
      }
      logger.info({ applicationId, application: app.name, namespace: app.namespace, action }, 'application lifecycle applied to the cluster');
    }
    await queue.complete([lease]);
  };
  return queueWorker<Job>({
    name: 'lifecycle-worker', queue, logger, slots: 4, pollMs: deps.pollMs,
    channel: { database, name: CHANNEL }, maxAttempts: MAX_ATTEMPTS,
    backoff: backoff({ baseMs: 1_000, capMs: 60_000 }),
    exhausted: async (lease) => {
      logger.error({ applicationId: lease.item.applicationId, action: lease.item.action, attempts: lease.attempts }, 'application lifecycle could not be applied to the cluster; given up');
      await queue.complete([lease]);
    },
    handle: run,
  });
}
