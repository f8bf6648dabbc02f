// Searching the trail: filters ANDed, newest first, keyset pages on (time, event_id) so a page
// costs one index range scan however deep it is, and entries written meanwhile never shift a page.
import type { Database } from '@keywarden/db';
import { and, desc, eq, gte, lt, or, type SQL } from 'drizzle-orm';
import { auditEntries } from '../schema.js';
import type { AuditEntry } from '../domain/entry.js';

export type SearchFilter = {
  /** Undefined: every organization (platform administrators only; the use case checks). */
  organizationId?: string | undefined;
  actorId?: string | undefined;
  resourceKind?: string | undefined;
  resourceId?: string | undefined;
  action?: string | undefined;
  outcome?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
};

/** Where the previous page ended: its last entry's time and event id. */
export type PageCursor = { time: Date; eventId: string };

export type EntryRow = AuditEntry;

export async function searchEntries(database: Database, filter: SearchFilter, pageSize: number, after: PageCursor | undefined): Promise<EntryRow[]> {
  const t = auditEntries;
  const where: SQL[] = [];
  if (filter.organizationId) where.push(eq(t.organizationId, filter.organizationId));
  if (filter.actorId) where.push(eq(t.actorId, filter.actorId));
  if (filter.resourceKind) where.push(eq(t.resourceKind, filter.resourceKind));
  if (filter.resourceId) where.push(eq(t.resourceId, filter.resourceId));
  if (filter.action) where.push(eq(t.action, filter.action));
  if (filter.outcome) where.push(eq(t.outcome, filter.outcome));
  if (filter.from) where.push(gte(t.time, filter.from));
  if (filter.to) where.push(lt(t.time, filter.to));
  if (after) where.push(or(lt(t.time, after.time), and(eq(t.time, after.time), lt(t.eventId, after.eventId)))!);
  const rows = await database.db.select().from(t).where(and(...where)).orderBy(desc(t.time), desc(t.eventId)).limit(pageSize);
  return rows.map((row) => ({ ...row, actorKind: row.actorKind as AuditEntry['actorKind'], outcome: row.outcome as AuditEntry['outcome'] }));
}
