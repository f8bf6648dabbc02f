// The vault's read models of other contexts' facts, fed by its durable consumers
// (adapters/incoming/consumers.ts), each write committing with its inbox row:
//  - projects (EVT_GITOPS): project → organization and environments, which authorize project
//    and environment variables and say which environments exist;
//  - applications (EVT_DEPLOY): application → organization, project and environment, fixed at
//    registration, which authorize and place application variables without asking the deployer.
// The variables of a deleted project stay (their events are the history); the project's row goes,
// so only platform administrators reach them.
import type { ConsumedEvent } from '@keywarden/bus';
import type { DbOrTx, Tx } from '@keywarden/db';
import { eq } from 'drizzle-orm';
import { applications, projects } from '../schema.js';

export type ProjectRow = typeof projects.$inferSelect;
export type ApplicationRow = typeof applications.$inferSelect;

const str = (event: ConsumedEvent, key: string) => String(event.data[key] ?? '');

export async function onProjectEvent(tx: Tx, event: ConsumedEvent): Promise<void> {
  const projectId = str(event, 'projectId');
  if (!projectId) return;
  const at = new Date(event.time);
  switch (event.type) {
    case 'ProjectCreated': {
      const environments = (event.data['environments'] as string[] | undefined) ?? [];
      await tx.insert(projects).values({ id: projectId, organizationId: str(event, 'organizationId'), environments, updatedAt: at }).onConflictDoNothing();
      return;
    }
    case 'EnvironmentAdded':
    case 'EnvironmentRemoved': {
      const environment = str(event, 'environment');
      const [project] = await tx.select().from(projects).where(eq(projects.id, projectId)).for('update');
      if (!project) return;
      const others = project.environments.filter((e) => e !== environment);
      await tx.update(projects).set({ environments: event.type === 'EnvironmentAdded' ? [...others, environment] : others, updatedAt: at }).where(eq(projects.id, projectId));
      return;
    }
    case 'ProjectDeleted':
      await tx.delete(projects).where(eq(projects.id, projectId));
      return;
    default:
      return;
  }
}

export async function onApplicationRegistered(tx: Tx, event: ConsumedEvent): Promise<void> {
  const applicationId = str(event, 'applicationId');
  if (!applicationId) return;
  await tx.insert(applications).values({
    id: applicationId, name: str(event, 'name'), organizationId: str(event, 'organizationId'), projectId: str(event, 'projectId'),
    environment: str(event, 'environment'), updatedAt: new Date(event.time),
  }).onConflictDoNothing();
}

export async function findProject(db: DbOrTx, projectId: string): Promise<ProjectRow | undefined> {
  const [row] = await db.select().from(projects).where(eq(projects.id, projectId));
  return row;
}

export async function findApplication(db: DbOrTx, applicationId: string): Promise<ApplicationRow | undefined> {
  const [row] = await db.select().from(applications).where(eq(applications.id, applicationId));
  return row;
}
