// The deploy queue: one row per accepted deployment, inserted in the
// transaction that appends DeploymentRequested, with the trace context of
// the request so the worker continues the same trace. pg_notify fires at
// commit and wakes the worker on every replica.
import type { Tx } from '@keywarden/db';
import { injectTraceContext } from '@keywarden/telemetry';
import { sql } from 'drizzle-orm';
import { deployQueue } from '../adapters/db/schema.js';

export const QUEUE_CHANNEL = 'deployer_deploy_queue';

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
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`deployer-queue:${applicationId}`}))`);
  if (options.whenIdle) {
    const rows = await tx.execute(sql`
      select exists (select 1 from deploy_queue where application_id = ${applicationId}) as busy,
             (select current_version from applications where id = ${applicationId}) as current_version`);
    const row = (rows as unknown as Array<{ busy: boolean; current_version: string | null }>)[0];
    if (!row || row.busy || row.current_version !== options.whenIdle.currentVersion) throw new ApplicationBusy(applicationId);
  }
  const carrier = injectTraceContext<Record<string, string>>({});
  await tx.insert(deployQueue).values({ deploymentId, applicationId, traceparent: carrier['traceparent'] ?? '', tracestate: carrier['tracestate'] ?? '' });
  await tx.execute(sql`select pg_notify(${QUEUE_CHANNEL}, '')`);
}
