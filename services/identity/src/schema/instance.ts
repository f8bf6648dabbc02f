// Settings of the whole installation. `instance_settings` is the inline
// projection of the instance stream: one row, absent while every setting is
// its default (password sign-in enabled).
import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const instanceSettings = pgTable('instance_settings', {
  /** Always "settings" (the stream is "instance-settings"). */
  id: text('id').primaryKey(),
  /** "enabled" or "disabled". */
  passwordSignIn: text('password_sign_in').notNull(),
  updatedAt: ts('updated_at').notNull(),
  updatedByUserId: text('updated_by_user_id').notNull(),
  version: integer('version').notNull(),
});
