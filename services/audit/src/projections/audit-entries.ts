// The audit trail as a projection: one row per event, whatever context it came from. The live
// consumers (one per context stream) and the operator's replay run this same code. Idempotent on
// the event id: a redelivered or replayed event writes nothing twice.
import type { Tx } from '@keywarden/db';
import { and, inArray, lt, or, eq, sql } from 'drizzle-orm';
import { auditEntries, auditEntryLinks, resourceOrganizations } from '../schema.js';
import { auditEntryOf, linkedResourcesOf, organizationKeysOf, type AuditEntry, type AuditSourceEvent } from '../domain/entry.js';

const str = (value: unknown): string => (typeof value === 'string' ? value : '');
/** Five parameters a link: well under PostgreSQL's 65,535 a statement. */
const LINKS_PER_STATEMENT = 5_000;
const keyOf = (context: string, kind: string, id: string) => `${context}\u0000${kind}\u0000${id}`;

/** Applies a batch of one context's events in order. */
export async function applyAuditEntries(tx: Tx, events: readonly AuditSourceEvent[]): Promise<void> {
  const entries = events.flatMap((event) => {
    const entry = auditEntryOf(event);
    return entry ? [{ entry, data: event.data, type: event.type }] : [];
  });
  if (entries.length === 0) return;
  const organizations = await knownOrganizations(tx, entries);
  const learnt: Array<typeof resourceOrganizations.$inferInsert> = [];
  let pending: AuditEntry[] = [];
  let links: Array<typeof auditEntryLinks.$inferInsert> = [];
  const flush = async () => {
    if (learnt.length > 0) {
      await tx.insert(resourceOrganizations).values(learnt.splice(0))
        .onConflictDoUpdate({ target: [resourceOrganizations.context, resourceOrganizations.kind, resourceOrganizations.id], set: { organizationId: sql`excluded.organization_id` } });
    }
    if (pending.length > 0) await tx.insert(auditEntries).values(pending).onConflictDoNothing({ target: auditEntries.eventId });
    // A deployment built with a group links to every secret in it: a batch of them can outgrow one statement's
    // 65,535 parameters, so the links go in slices.
    for (let at = 0; at < links.length; at += LINKS_PER_STATEMENT) {
      await tx.insert(auditEntryLinks).values(links.slice(at, at + LINKS_PER_STATEMENT)).onConflictDoNothing();
    }
    pending = [];
    links = [];
  };
  for (const { entry, data, type } of entries) {
    const keys = organizationKeysOf(data);
    if (entry.organizationId) {
      // An event that names its organization teaches it for the project or application it names.
      for (const key of keys) {
        const k = keyOf(entry.context, key.kind, key.id);
        if (organizations.get(k) === entry.organizationId) continue;
        organizations.set(k, entry.organizationId);
        learnt.push({ context: entry.context, kind: key.kind, id: key.id, organizationId: entry.organizationId });
      }
    } else {
      entry.organizationId = keys.map((key) => organizations.get(keyOf(entry.context, key.kind, key.id))).find(Boolean) ?? null;
    }
    pending.push(entry);
    for (const link of linkedResourcesOf(type, data)) {
      links.push({ eventId: entry.eventId, resourceKind: link.kind, resourceId: link.id, time: entry.time, context: entry.context });
    }
    if (entry.action === 'AuditEntriesPurged') {
      await flush();
      const cutoff = new Date(str(data['cutoff']));
      if (!Number.isNaN(cutoff.getTime())) {
        await tx.delete(auditEntries).where(lt(auditEntries.time, cutoff));
        await tx.delete(auditEntryLinks).where(lt(auditEntryLinks.time, cutoff));
      }
    }
  }
  await flush();
}

/** The organizations already learnt for every project and application the batch names: one query. */
async function knownOrganizations(tx: Tx, entries: ReadonlyArray<{ entry: AuditEntry; data: Record<string, unknown> }>): Promise<Map<string, string>> {
  const wanted = entries.flatMap(({ entry, data }) => organizationKeysOf(data).map((key) => ({ context: entry.context, ...key })));
  const known = new Map<string, string>();
  if (wanted.length === 0) return known;
  const rows = await tx.select().from(resourceOrganizations).where(or(...[...new Set(wanted.map((w) => w.context))].map((context) =>
    and(eq(resourceOrganizations.context, context), inArray(resourceOrganizations.id, [...new Set(wanted.filter((w) => w.context === context).map((w) => w.id))])))));
  for (const row of rows) known.set(keyOf(row.context, row.kind, row.id), row.organizationId);
  return known;
}

/** Clears one context's entries and what was learnt from its stream, for a rebuild of that context. */
export async function resetAuditEntries(tx: Tx, context: string): Promise<void> {
  await tx.delete(auditEntries).where(eq(auditEntries.context, context));
  await tx.delete(auditEntryLinks).where(eq(auditEntryLinks.context, context));
  await tx.delete(resourceOrganizations).where(eq(resourceOrganizations.context, context));
}
