// The deployer's read model of gitops-sync's projects (its deployer--projects consumer,
// adapters/incoming/consumers.ts, and the operator's replay, projections/index.ts): project id →
// organization, slug and environments, which registration checks and namespaces come from.
import type { ConsumedEvent } from '@keywarden/bus';
import type { Tx } from '@keywarden/db';
import { eq } from 'drizzle-orm';
import { projects } from '../schema.js';

const str = (event: ConsumedEvent, key: string) => String(event.data[key] ?? '');

export async function onProjectEvent(tx: Tx, event: ConsumedEvent): Promise<void> {
  const projectId = str(event, 'projectId');
  if (!projectId) return;
  const at = new Date(event.time);
  switch (event.type) {
    case 'ProjectCreated': {
      const row = { id: projectId, organizationId: str(event, 'organizationId'), slug: str(event, 'slug'), environments: (event.data['environments'] as string[] | undefined) ?? [], updatedAt: at };
      await tx.insert(projects).values(row).onConflictDoNothing();
      return;
    }
    case 'EnvironmentAdded':
    case 'EnvironmentRemoved': {
      const environment = str(event, 'environment');
      const [project] = await tx.select().from(projects).where(eq(projects.id, projectId));
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
