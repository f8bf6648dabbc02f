// The reads of the notifier's own tables (channels, subscriptions, deliveries) and of the
// projects it keeps of gitops' events, each one query.
import type { DbOrTx } from '@keywarden/db';
import { and, desc, eq, inArray, isNull, type SQL } from 'drizzle-orm';
import { channelSecrets, channels, deliveries, projects, subscriptions } from '../schema.js';
import type { Owner } from '../domain/channel/channel.js';

/** A channel with its encrypted secrets (decrypted only to send). */
export type ChannelRow = typeof channels.$inferSelect & { secretMaterial: string };
export type SubscriptionRow = typeof subscriptions.$inferSelect;
export type DeliveryRow = typeof deliveries.$inferSelect;

const ownerWhere = (o: Owner, table: typeof channels | typeof subscriptions): SQL =>
  o.userId ? and(eq(table.userId, o.userId), isNull(table.organizationId))! : and(eq(table.organizationId, o.organizationId!), isNull(table.userId))!;

const withSecrets = (db: DbOrTx) =>
  db.select({ c: channels, secretMaterial: channelSecrets.secretMaterial }).from(channels).innerJoin(channelSecrets, eq(channelSecrets.channelId, channels.id));
const channelRow = ({ c, secretMaterial }: { c: typeof channels.$inferSelect; secretMaterial: string }): ChannelRow => ({ ...c, secretMaterial });

export async function channelById(db: DbOrTx, id: string): Promise<ChannelRow | undefined> {
  const [row] = await withSecrets(db).where(eq(channels.id, id));
  return row && channelRow(row);
}

export async function channelsById(db: DbOrTx, ids: readonly string[]): Promise<Map<string, ChannelRow>> {
  if (ids.length === 0) return new Map();
  const rows = (await withSecrets(db).where(inArray(channels.id, [...ids]))).map(channelRow);
  return new Map(rows.map((r) => [r.id, r]));
}

export async function channelsOf(db: DbOrTx, owner: Owner): Promise<ChannelRow[]> {
  return (await withSecrets(db).where(ownerWhere(owner, channels)).orderBy(channels.createdAt)).map(channelRow);
}

export async function subscriptionById(db: DbOrTx, id: string): Promise<SubscriptionRow | undefined> {
  const [row] = await db.select().from(subscriptions).where(eq(subscriptions.id, id));
  return row;
}

export async function subscriptionsOf(db: DbOrTx, owner: Owner): Promise<SubscriptionRow[]> {
  return db.select().from(subscriptions).where(ownerWhere(owner, subscriptions)).orderBy(subscriptions.createdAt);
}

/** An owner's deliveries, newest first (through their channels), optionally of one channel or status. */
export async function deliveriesOf(db: DbOrTx, owner: Owner, filter: { channelId?: string; status?: string; limit: number }): Promise<DeliveryRow[]> {
  const filters: SQL[] = [ownerWhere(owner, channels)];
  if (filter.channelId) filters.push(eq(deliveries.channelId, filter.channelId));
  if (filter.status) filters.push(eq(deliveries.status, filter.status));
  const rows = await db
    .select({ d: deliveries })
    .from(deliveries)
    .innerJoin(channels, eq(channels.id, deliveries.channelId))
    .where(and(...filters))
    .orderBy(desc(deliveries.createdAt), desc(deliveries.id))
    .limit(filter.limit);
  return rows.map(({ d }) => d);
}

/** How many of these projects the notifier has seen created. */
export async function knownProjects(db: DbOrTx, projectIds: readonly string[]): Promise<number> {
  if (projectIds.length === 0) return 0;
  return (await db.select({ id: projects.projectId }).from(projects).where(inArray(projects.projectId, [...projectIds]))).length;
}
