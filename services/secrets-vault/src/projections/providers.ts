// Queries of the providers read model (read-models.ts keeps it), for the use cases in app/; never
// a provider's settings (they are encrypted material).
import type { DbOrTx } from '@keywarden/db';
import { asc, eq } from 'drizzle-orm';
import { providers, secretGroups } from '../schema.js';

export type ProviderRecord = typeof providers.$inferSelect;
export type ProviderSchedule = { id: string; enabled: boolean; autoSync: boolean; schedule: string };

export async function findProvider(db: DbOrTx, providerId: string): Promise<ProviderRecord | undefined> {
  const [row] = await db.select().from(providers).where(eq(providers.id, providerId));
  return row;
}

/** Every provider (or one) by name, with its group's name, in one query. */
export async function providerSummaries(db: DbOrTx, providerId?: string): Promise<Array<ProviderRecord & { groupName: string }>> {
  const rows = await db.select({ provider: providers, groupName: secretGroups.name }).from(providers)
    .leftJoin(secretGroups, eq(secretGroups.id, providers.groupId))
    .where(providerId ? eq(providers.id, providerId) : undefined).orderBy(asc(providers.name));
  return rows.map((r) => ({ ...r.provider, groupName: r.groupName ?? '' }));
}

/** What the scheduler needs of every provider (or of one), in one query. */
export async function providerSchedules(db: DbOrTx, providerId?: string): Promise<ProviderSchedule[]> {
  return db.select({ id: providers.id, enabled: providers.enabled, autoSync: providers.autoSync, schedule: providers.schedule })
    .from(providers).where(providerId ? eq(providers.id, providerId) : undefined);
}

/** The provider the group is linked to ('' or null: none), undefined when the group is gone. */
export async function providerOfGroup(db: DbOrTx, groupId: string): Promise<string | null | undefined> {
  const [group] = await db.select({ providerId: secretGroups.providerId }).from(secretGroups).where(eq(secretGroups.id, groupId));
  return group ? group.providerId : undefined;
}
