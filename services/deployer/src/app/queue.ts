// The deploy queue: one row per accepted deployment, inserted in the
// transaction that appends DeploymentRequested (DeployerStore.enqueueDeployment),
// with the trace context of the request so the worker continues the same
// trace. The claim (libs/runtime's
// work queue) takes, for each application, its oldest queued deployment and
// only while no other deployment of it is leased: an application rolls out
// one deployment at a time, in order, across replicas. Whoever queued a
// deployment wakes the workers after the commit (DeploymentsApp's onQueued).
import type { Database } from '@keywarden/db';
import { WorkQueue } from '@keywarden/runtime';
import type { Logger } from '@keywarden/telemetry';

/** LISTEN/NOTIFY channel through which replicas wake each other's deploy workers. */
export const QUEUE_CHANNEL = 'deployer_deploy_queue';

/** lastStage/lastError: where and why the previous run ended in an error (what a final failure reports). */
export type QueuedDeployment = { deploymentId: string; applicationId: string; lastStage: string; lastError: string };

export function deploymentQueue(database: Database, leaseMs: number, logger: Logger): WorkQueue<QueuedDeployment> {
  return new WorkQueue<QueuedDeployment>({
    database, leaseMs, logger,
    table: {
      table: 'deploy_queue', key: { deployment_id: 'text' }, columns: { traceparent: 'traceparent', tracestate: 'tracestate' },
      // seq follows commit order per application (enqueueDeployment), so the oldest is the one asked for first.
      order: 'q.seq', onePer: { column: 'application_id', order: 'seq' },
      data: ['application_id', 'last_stage', 'last_error'],
    },
    map: (row) => ({
      deploymentId: String(row['deployment_id']), applicationId: String(row['application_id']),
      lastStage: String(row['last_stage'] ?? ''), lastError: String(row['last_error'] ?? ''),
    }),
  });
}
