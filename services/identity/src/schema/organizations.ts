// Organizations and their members: inline projections of the organization
// streams (rebuildable from events). The slug's unique index is what makes
// two concurrent creations with one slug fail (ERR_CONFLICT).
import { index, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const organizations = pgTable('organizations', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  slug: text('slug').notNull(),
  ownerUserId: text('owner_user_id').notNull(),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
}, (t) => [uniqueIndex('organizations_slug_idx').on(t.slug)]);

export const organizationMembers = pgTable('organization_members', {
  organizationId: text('organization_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
  userId: text('user_id').notNull(),
  /** "owner", "admin" or "member". */
  role: text('role').notNull(),
  addedAt: ts('added_at').notNull(),
}, (t) => [
  primaryKey({ columns: [t.organizationId, t.userId] }),
  index('organization_members_user_idx').on(t.userId),
]);
