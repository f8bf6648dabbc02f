// The audit service's tables: the trail itself, and the organizations of projects and
// applications learnt from each context's own events (to place events that name no organization).
import { index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const auditEntries = pgTable(
  'audit_entries',
  {
    eventId: uuid('event_id').primaryKey(),
    // Milliseconds, as a JavaScript Date holds them: a page token round-trips exactly.
    time: timestamp('time', { withTimezone: true, precision: 3 }).notNull(),
    context: text('context').notNull(),
    action: text('action').notNull(),
    actorKind: text('actor_kind').notNull(),
    actorId: text('actor_id').notNull(),
    resourceKind: text('resource_kind').notNull(),
    resourceId: text('resource_id').notNull(),
    resourceName: text('resource_name').notNull(),
    organizationId: text('organization_id'),
    outcome: text('outcome').notNull(),
    traceId: text('trace_id').notNull(),
    source: text('source').notNull(),
  },
  // Newest first everywhere: one index per filter a search leads with, keyset on (time, event_id).
  (t) => [
    index('audit_entries_time').on(t.time.desc(), t.eventId.desc()),
    index('audit_entries_org_time').on(t.organizationId, t.time.desc(), t.eventId.desc()),
    index('audit_entries_actor_time').on(t.actorId, t.time.desc(), t.eventId.desc()),
    index('audit_entries_resource_time').on(t.resourceKind, t.resourceId, t.time.desc(), t.eventId.desc()),
    index('audit_entries_action_time').on(t.action, t.time.desc(), t.eventId.desc()),
  ],
);

export const resourceOrganizations = pgTable(
  'audit_resource_organizations',
  {
    context: text('context').notNull(),
    kind: text('kind').notNull(),
    id: text('id').notNull(),
    organizationId: text('organization_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.context, t.kind, t.id] })],
);
