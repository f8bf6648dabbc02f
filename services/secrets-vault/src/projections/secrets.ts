// Queries of the groups and secrets read models (read-models.ts keeps them), for the use cases in
// app/. Each takes the database or the caller's transaction.
import type { DbOrTx, Tx } from '@keywarden/db';
import { and, asc, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import { providers, secretGroups, secrets, secretVersions } from '../schema.js';

export type SecretRecord = typeof secrets.$inferSelect;
export type GroupRecord = typeof secretGroups.$inferSelect;

/** The id of the group named `name`, if there is one. */
export async function groupNamed(db: DbOrTx, name: string): Promise<string | undefined> {
  const [row] = await db.select({ id: secretGroups.id }).from(secretGroups).where(eq(secretGroups.name, name));
  return row?.id;
}

export async function groupById(db: DbOrTx, groupId: string): Promise<GroupRecord | undefined> {
  const [row] = await db.select().from(secretGroups).where(eq(secretGroups.id, groupId));
  return row;
}

export async function findGroup(db: DbOrTx, groupId: string): Promise<(GroupRecord & { secretCount: number }) | undefined> {
  const row = await groupById(db, groupId);
  if (!row) return undefined;
  const [c] = await db.select({ n: count() }).from(secrets).where(eq(secrets.groupId, groupId));
  return { ...row, secretCount: c?.n ?? 0 };
}

/** Every group with its number of secrets, in two queries. */
export async function listGroups(db: DbOrTx): Promise<Array<GroupRecord & { secretCount: number }>> {
  const rows = await db.select().from(secretGroups).orderBy(asc(secretGroups.name));
  const counts = await db.select({ groupId: secrets.groupId, n: count() }).from(secrets).groupBy(secrets.groupId);
  const byGroup = new Map(counts.map((c) => [c.groupId, c.n]));
  return rows.map((r) => ({ ...r, secretCount: byGroup.get(r.id) ?? 0 }));
}

/** The group's row held for update by the caller's transaction (renames and deletions of a group wait for each other). */
export async function lockGroup(tx: Tx, groupId: string): Promise<{ id: string; name: string; description: string } | undefined> {
  const [row] = await tx.execute<{ id: string; name: string; description: string }>(sql`select id, name, description from secret_groups where id = ${groupId} for update`);
  return row;
}

/** The ids of the group's secrets, their rows held for update by the caller's transaction. */
export async function lockGroupSecrets(tx: Tx, groupId: string): Promise<string[]> {
  return [...(await tx.execute<{ id: string }>(sql`select id from secrets where group_id = ${groupId} order by name for update`))].map((r) => r.id);
}

/** The providers syncing into the group. */
export async function providersOfGroup(db: DbOrTx, groupId: string): Promise<Array<{ id: string; name: string }>> {
  return db.select({ id: providers.id, name: providers.name }).from(providers).where(eq(providers.groupId, groupId));
}

export async function secretNamed(db: DbOrTx, groupId: string, name: string): Promise<SecretRecord | undefined> {
  const [row] = await db.select().from(secrets).where(and(eq(secrets.groupId, groupId), eq(secrets.name, name)));
  return row;
}

export async function findSecret(db: DbOrTx, secretId: string): Promise<{ secret: SecretRecord; groupName: string } | undefined> {
  const [row] = await db.select({ secret: secrets, groupName: secretGroups.name }).from(secrets)
    .innerJoin(secretGroups, eq(secretGroups.id, secrets.groupId)).where(eq(secrets.id, secretId));
  return row;
}

/** The group's secrets by name. */
export async function secretsOfGroup(db: DbOrTx, groupId: string): Promise<SecretRecord[]> {
  return db.select().from(secrets).where(eq(secrets.groupId, groupId)).orderBy(asc(secrets.name));
}

/** The secrets a provider synced into its group. */
export async function syncedSecrets(db: DbOrTx, groupId: string, providerId: string): Promise<SecretRecord[]> {
  return db.select().from(secrets).where(and(eq(secrets.groupId, groupId), eq(secrets.source, 'synced'), eq(secrets.providerId, providerId)));
}

export async function secretHistory(db: DbOrTx, secretId: string) {
  return db.select().from(secretVersions).where(eq(secretVersions.secretId, secretId)).orderBy(desc(secretVersions.version));
}

/**
 * One page of secrets across groups whose lower-cased name holds `query`, ordered by
 * (lower(name), id) after the keyset cursor `after`. The pg_trgm index on lower(name) answers the
 * substring match and the btree on (lower(name), id) the order (drizzle/0002_env_scopes.sql).
 */
export async function searchSecretPage(db: DbOrTx, input: { query: string; after?: { name: string; id: string }; limit: number }) {
  const lowerName = sql`lower(${secrets.name})`;
  const conditions: SQL[] = [];
  if (input.query) conditions.push(sql`${lowerName} like ${`%${escapeLike(input.query)}%`}`);
  if (input.after) conditions.push(sql`(${lowerName}, ${secrets.id}) > (${input.after.name}, ${input.after.id}::uuid)`);
  return db.select({ secret: secrets, groupName: secretGroups.name }).from(secrets)
    .innerJoin(secretGroups, eq(secretGroups.id, secrets.groupId))
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(asc(lowerName), asc(secrets.id)).limit(input.limit);
}

/** `%`, `_` and `\` are matched as themselves (PostgreSQL's default LIKE escape is `\`). */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
