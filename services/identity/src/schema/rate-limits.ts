// Sign-in attempt counters, fixed windows, shared by every replica: one upsert
// per check. (rate-limiter-flexible has a PostgreSQL store, but it drives the
// `pg` driver; we use postgres.js, and the counter is one statement anyway.)
import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const signInRateLimits = pgTable('sign_in_rate_limits', {
  /** "account:<normalized e-mail hash>" or "ip:<address>". */
  key: text('key').primaryKey(),
  windowStart: timestamp('window_start', { withTimezone: true, mode: 'date' }).notNull(),
  count: integer('count').notNull(),
});
