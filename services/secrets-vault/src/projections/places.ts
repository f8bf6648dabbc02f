// The vault's read models of other contexts' facts, fed by its durable consumers
// (adapters/incoming/consumers.ts), each write committing with its inbox row:
//  - projects (EVT_GITOPS): project → organization and environments, which authorize project
//    and environment variables and say which environments exist; kept by @keywarden/runtime's
//    projects read model (the deployer keeps the same), which also reads through to gitops-sync
//    for a project created a moment ago (app/access.ts);
//  - applications (EVT_DEPLOY): application → organization, project and environment, fixed at
//    registration, which authorize and place application variables; an application registered a
//    moment ago, its event not here yet, is asked of the deployer (app/access.ts) and recorded.
// The variables of a deleted project stay (their events are the history); the project's row becomes a
// tombstone, so only platform administrators reach them.
import type { ConsumedEvent } from '@keywarden/bus';
import type { DbOrTx, Tx } from '@keywarden/db';
import { eq } from 'drizzle-orm';
import { applications } from '../schema.js';

export type ApplicationRow = typeof applications.$inferSelect;

const str = (event: ConsumedEvent, key: string) => String(event.data[key] ?? '');

export async function onApplicationRegistered(tx: Tx, event: ConsumedEvent): Promise<void> {
  const applicationId = str(event, 'applicationId');
  if (!applicationId) return;
  await recordApplication(tx, {
    id: applicationId, name: str(event, 'name'), organizationId: str(event, 'organizationId'), projectId: str(event, 'projectId'), environment: str(event, 'environment'),
  }, new Date(event.time));
}

/**
 * The application where it was registered, from its event or from the deployer's answer to a read-through
 * (app/access.ts): whichever comes second changes nothing, the place being fixed at registration.
 */
export async function recordApplication(db: DbOrTx, place: Omit<ApplicationRow, 'updatedAt'>, at = new Date()): Promise<void> {
  await db.insert(applications).values({ ...place, updatedAt: at }).onConflictDoNothing();
}

export async function findApplication(db: DbOrTx, applicationId: string): Promise<ApplicationRow | undefined> {
  const [row] = await db.select().from(applications).where(eq(applications.id, applicationId));
  return row;
}
