// Read model of the token cleanup runs (inline: "run now" and the admin page read
// the figures back at once). One row per ExpiredTokensPurged.
import type { EventData } from '@keywarden/contracts';
import type { Database } from '@keywarden/db';
import type { Projection } from '@keywarden/event-store';
import { desc } from 'drizzle-orm';
import { tokenCleanupRuns } from '../schema/cleanup.js';

export const tokenCleanupRunsProjection: Projection = {
  name: 'token_cleanup_runs',
  handles: ['ExpiredTokensPurged'],
  async apply(tx, event) {
    const d = event.data as EventData<'ExpiredTokensPurged'>;
    await tx.insert(tokenCleanupRuns).values({
      runId: d.runId, trigger: d.trigger, finishedAt: d.timestamp ? new Date(d.timestamp) : event.time, durationMs: d.durationMs,
      cleanedCount: d.cleanedCount, remainingTokens: d.remainingTokens, totalCount: d.totalCount, expiredCount: d.expiredCount, validCount: d.validCount,
      cleanedRefreshTokenCount: d.cleanedRefreshTokenCount, cleanedPersonalAccessTokenCount: d.cleanedPersonalAccessTokenCount,
    }).onConflictDoNothing();
  },
  reset: async (tx) => {
    await tx.delete(tokenCleanupRuns);
  },
};

export type CleanupRunView = typeof tokenCleanupRuns.$inferSelect;

/** The last run's figures (one indexed row), if there was a run. */
export async function lastCleanupRun(database: Database): Promise<CleanupRunView | undefined> {
  const [lastRun] = await database.db.select().from(tokenCleanupRuns).orderBy(desc(tokenCleanupRuns.finishedAt)).limit(1);
  return lastRun;
}
