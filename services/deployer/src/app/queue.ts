// The deploy queue: one row per accepted deployment, inserted in the
// transaction that appends DeploymentRequested, with the trace context of the
// request so the worker continues the same trace. The claim (libs/runtime's
// work queue) takes, for each application, its oldest queued deployment and
// only while no other deployment of it is leased: an application rolls out
// one deployment at a time, in order, across replicas. Whoever queued a
// deployment wakes the workers after the commit (DeploymentsApp's onQueued).
import type { Database, Tx } from '@keywarden/db';
import { WorkQueue, traceColumns } from '@keywarden/runtime';
import type { Logger } from '@keywarden/telemetry';
import { sql } from 'drizzle-orm';
import { deployQueue } from '../adapters/db/schema.js';
import { deployerError } from '../domain/errors.js';

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

/** A request made only if the application is idle (no deployment queued or running) was not: its transaction rolls back. */
export class ApplicationBusy extends Error {
  constructor(readonly applicationId: string) {
    super(`application ${applicationId} has a deployment queued or running, or another current version`);
    this.name = 'ApplicationBusy';
  }
}

/**
 * `whenIdle`: only if the application has no deployment queued or running and still runs this version (a secret
 * rotation's redeploy: queued behind a newer version, it would undo it).
 */
export async function enqueueDeployment(tx: Tx, deploymentId: string, applicationId: string, options: { whenIdle?: { currentVersion: string } } = {}): Promise<void> {
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
  if (row?.lifecycle === 'stopped') throw deployerError('ERR_APPLICATION_STOPPED', 'the application is stopped: start it to deploy again');
  if (row?.lifecycle === 'deleted') throw deployerError('ERR_APPLICATION_DELETED', 'the application was deleted');
  await tx.insert(deployQueue).values({ deploymentId, applicationId, ...traceColumns() });
}

const lockQueue = (tx: Tx, applicationId: string) => tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`deployer-queue:${applicationId}`}))`);

/**
 * For a stop or delete, in its transaction: no deployment of the application may be queued or rolling out (its
 * rollout would scale the application up again or recreate what the delete removes). Holds the queue's lock to the
 * commit, so no deployment is queued in between.
 */
export async function refuseWhileDeploying(tx: Tx, applicationId: string, what: string): Promise<void> {
  await lockQueue(tx, applicationId);
  const rows = await tx.execute(sql`select deployment_id from deploy_queue where application_id = ${applicationId} order by seq limit 1`);
  const busy = (rows as unknown as Array<{ deployment_id: string }>)[0];
  if (busy) throw deployerError('ERR_CONFLICT', `deployment ${busy.deployment_id} is queued or rolling out: ${what} the application once it has finished`);
}
