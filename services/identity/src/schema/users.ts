// Users. `users` is an inline projection of the user streams (rebuildable);
// its unique index on the normalized e-mail is what makes racing sign-ups of
// the same address end in one ERR_CONFLICT. Password hashes (argon2id) are
// secret material: they live in `user_credentials`, written in the same
// transaction as the event, never in one.
import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const users = pgTable('users', {
  id: text('id').primaryKey(),
  /** As typed. */
  email: text('email').notNull(),
  /** Trimmed, NFC, lower case: what uniqueness and look-ups use. */
  emailNormalized: text('email_normalized').notNull(),
  displayName: text('display_name').notNull(),
  roles: jsonb('roles').$type<string[]>().notNull(),
  status: text('status').notNull(),
  method: text('method').notNull(),
  identityProviderId: text('identity_provider_id').notNull().default(''),
  /** Access tokens issued before this instant are no longer valid (last password change). */
  passwordChangedAt: ts('password_changed_at'),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
}, (t) => [
  uniqueIndex('users_email_normalized_uq').on(t.emailNormalized),
  index('users_email_prefix_idx').on(sql`${t.emailNormalized} text_pattern_ops`),
]);

export const userCredentials = pgTable('user_credentials', {
  userId: text('user_id').primaryKey(),
  /** argon2id PHC string. */
  passwordHash: text('password_hash').notNull(),
  updatedAt: ts('updated_at').notNull(),
});
