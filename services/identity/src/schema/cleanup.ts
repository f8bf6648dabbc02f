// Token cleanup runs: the inline projection of ExpiredTokensPurged, one row per
// run (a few a day), so the last run's figures are one indexed read.
import { bigint, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const count = (name: string) => bigint(name, { mode: 'number' }).notNull();

export const tokenCleanupRuns = pgTable('token_cleanup_runs', {
  runId: text('run_id').primaryKey(),
  /** "schedule" or "manual". */
  trigger: text('trigger').notNull(),
  /** When the run finished. */
  finishedAt: ts('finished_at').notNull(),
  durationMs: count('duration_ms'),
  cleanedCount: count('cleaned_count'),
  remainingTokens: count('remaining_tokens'),
  totalCount: count('total_count'),
  expiredCount: count('expired_count'),
  validCount: count('valid_count'),
  cleanedRefreshTokenCount: count('cleaned_refresh_token_count'),
  cleanedPersonalAccessTokenCount: count('cleaned_personal_access_token_count'),
}, (t) => [index('token_cleanup_runs_finished_idx').on(t.finishedAt)]);
