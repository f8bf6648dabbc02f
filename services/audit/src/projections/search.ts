// Searching the trail: filters ANDed, newest first, keyset pages on (time, event_id) so a page
// costs one index range scan however deep it is, and entries written meanwhile never shift a page.
import type { Database } from '@keywarden/db';
import { and, desc, eq, gte, inArray, lt, or, type SQL } from 'drizzle-orm';
import { auditEntries, auditEntryLinks } from '../schema.js';
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
  if (filter.resourceKind && filter.resourceId) {
    // A resource's timeline: its own entries and those linked to it (audit_entry_links), each side a keyset range
    // scan of its own index cut to the page, merged by the outer order.
    const l = auditEntryLinks;
    const linkWhere = [eq(l.resourceKind, filter.resourceKind), eq(l.resourceId, filter.resourceId)];
    if (filter.from) linkWhere.push(gte(l.time, filter.from));
    if (filter.to) linkWhere.push(lt(l.time, filter.to));
    if (after) linkWhere.push(or(lt(l.time, after.time), and(eq(l.time, after.time), lt(l.eventId, after.eventId)))!);
    const linked = database.db.select({ eventId: l.eventId }).from(l).where(and(...linkWhere)).orderBy(desc(l.time), desc(l.eventId)).limit(pageSize);
    where.push(or(and(eq(t.resourceKind, filter.resourceKind), eq(t.resourceId, filter.resourceId)), inArray(t.eventId, linked))!);
  } else {
    if (filter.resourceKind) where.push(eq(t.resourceKind, filter.resourceKind));
    if (filter.resourceId) where.push(eq(t.resourceId, filter.resourceId));
  }
  if (filter.action) where.push(eq(t.action, filter.action));
  if (filter.outcome) where.push(eq(t.outcome, filter.outcome));
  if (filter.from) where.push(gte(t.time, filter.from));
  if (filter.to) where.push(lt(t.time, filter.to));
  if (after) where.push(or(lt(t.time, after.time), and(eq(t.time, after.time), lt(t.eventId, after.eventId)))!);
  const rows = await database.db.select().from(t).where(and(...where)).orderBy(desc(t.time), desc(t.eventId)).limit(pageSize);
  return rows.map((row) => ({ ...row, actorKind: row.actorKind as AuditEntry['actorKind'], outcome: row.outcome as AuditEntry['outcome'] }));
}
