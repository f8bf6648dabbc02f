// What the vault follows of other contexts, each a durable consumer whose effects commit with
// its inbox row:
//  - secrets-vault--projects (EVT_GITOPS): project → organization and environments, which
//    authorize project and environment variables and say which environments exist;
//  - secrets-vault--applications (EVT_DEPLOY): application → organization, project and
//    environment, fixed at registration (ApplicationChanged carries none of them, so it is not
//    followed), which authorize and place application variables without asking the deployer.
// The variables of a deleted project stay (their events are the history); the project's row goes,
// so only platform administrators reach them.
import type { ConsumedEvent } from '@keywarden/bus';
import type { Tx } from '@keywarden/db';
import type { ConsumerSpec } from '@keywarden/runtime';
import { eq } from 'drizzle-orm';
import { applications, projects } from '../adapters/db/schema.js';

export const PROJECTS_CONSUMER = 'projects';
export const APPLICATIONS_CONSUMER = 'applications';

const str = (event: ConsumedEvent, key: string) => String(event.data[key] ?? '');

export function consumers(): ConsumerSpec[] {
  return [
    { context: 'gitops', purpose: PROJECTS_CONSUMER, types: ['ProjectCreated', 'EnvironmentAdded', 'EnvironmentRemoved', 'ProjectDeleted'], handle: onProjectEvent },
    { context: 'deploy', purpose: APPLICATIONS_CONSUMER, types: ['ApplicationRegistered'], handle: onApplicationRegistered },
  ];
}

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
