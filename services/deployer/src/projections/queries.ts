// Queries of the deployer's read models (applications, deployments: read-models.ts; projects:
// @keywarden/runtime's projects read model), for the use cases in app/. Each takes the database or the caller's transaction.
import type { DbOrTx } from '@keywarden/db';
import { and, asc, desc, eq, inArray, lt, ne, notInArray } from 'drizzle-orm';
import { applications, deployments, projects } from '../schema.js';

export type ApplicationRow = typeof applications.$inferSelect;
export type DeploymentRow = typeof deployments.$inferSelect;
export type ProjectRow = typeof projects.$inferSelect;

/** The project, unless deleted (its row is then a tombstone: @keywarden/runtime's projects read model). */
export async function findProject(db: DbOrTx, projectId: string): Promise<ProjectRow | undefined> {
  const [row] = await db.select().from(projects).where(and(eq(projects.id, projectId), eq(projects.deleted, false)));
  return row;
}

export async function findApplication(db: DbOrTx, applicationId: string): Promise<ApplicationRow | undefined> {
  const [row] = await db.select().from(applications).where(eq(applications.id, applicationId));
  return row;
}

export async function applicationNamed(db: DbOrTx, name: string): Promise<ApplicationRow | undefined> {
  const [row] = await db.select().from(applications).where(eq(applications.name, name));
  return row;
}

/** The applications of an organization and/or a project (neither: all), by name. */
export async function listApplications(db: DbOrTx, filter: { organizationId: string; projectId: string }): Promise<ApplicationRow[]> {
  const where = and(filter.organizationId ? eq(applications.organizationId, filter.organizationId) : undefined, filter.projectId ? eq(applications.projectId, filter.projectId) : undefined);
  return db.select().from(applications).where(where).orderBy(asc(applications.name));
}

export async function findDeployment(db: DbOrTx, deploymentId: string): Promise<DeploymentRow | undefined> {
  const [row] = await db.select().from(deployments).where(eq(deployments.id, deploymentId));
  return row;
}

/** Up to `limit` deployments of the application, newest first, before the position `beforeSeq` (the history's page key). */
export async function deploymentPage(db: DbOrTx, input: { applicationId: string; status: string; trigger: string; beforeSeq: number | undefined; limit: number }): Promise<DeploymentRow[]> {
  return db.select().from(deployments).where(and(
    eq(deployments.applicationId, input.applicationId),
    input.status ? eq(deployments.status, input.status) : undefined,
    input.trigger ? eq(deployments.trigger, input.trigger) : undefined,
    input.beforeSeq !== undefined ? lt(deployments.seq, input.beforeSeq) : undefined,
  )).orderBy(desc(deployments.seq)).limit(input.limit);
}

/** The application's latest successful deployment of a version other than `currentVersion` (a rollback's default target). */
export async function lastSuccessOtherThan(db: DbOrTx, applicationId: string, currentVersion: string): Promise<DeploymentRow | undefined> {
  const [row] = await db.select().from(deployments)
    .where(and(eq(deployments.applicationId, applicationId), eq(deployments.status, 'succeeded'), ne(deployments.version, currentVersion)))
    .orderBy(desc(deployments.seq)).limit(1);
  return row;
}

/** Marks the deployment's row in progress while a run rolls it out (the read model's own mark: no event says it). */
export async function markInProgress(db: DbOrTx, deploymentId: string): Promise<void> {
  await db.update(deployments).set({ status: 'in_progress' }).where(eq(deployments.id, deploymentId));
}

/**
 * What the drift check compares, in one query: applications with a successful deployment whose environment
 * fingerprint is known, not deleted, and not deploying or failed (their live Deployment may be mid-change or hold
 * a failed rollout's template, which is Keywarden's own doing, not drift). `ids` narrows to these applications.
 */
export async function driftCandidates(db: DbOrTx, ids?: readonly string[]): Promise<ApplicationRow[]> {
  const a = applications;
  return await db.select().from(a).where(and(
    ne(a.lifecycle, 'deleted'), ne(a.currentDeploymentId, ''), ne(a.appliedEnvFingerprint, ''), notInArray(a.status, ['deploying', 'failed']),
    ...(ids ? [inArray(a.id, [...ids])] : []),
  )).orderBy(a.namespace, a.name);
}
