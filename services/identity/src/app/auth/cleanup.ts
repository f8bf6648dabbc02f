// Token cleanup (seed 002, done in the database): deletes refresh tokens that
// expired, or were rotated or revoked, longer than the retention ago, and the
// PATs the pats area says are dead; emits ExpiredTokensPurged with the figures:
// cleaned, remaining, and what the run found (total = expired + still valid),
// all counted by aggregate queries, never by loading rows. Scheduled runs take a
// try-lock, so one replica runs and the others skip.
import { randomUUID } from 'node:crypto';
import type { Database } from '@keywarden/db';
import { retryThroughOutage, type BackgroundTask, type Clock } from '@keywarden/runtime';
import type { Logger } from '@keywarden/telemetry';
import { Cron } from 'croner';
import type { IdentitySettings } from '../../config.js';
import type { PatsPort, Transactions } from '../ports.js';
import type { TokenCleanupStore } from './ports.js';
import { commands } from '../commands.js';

/**
 * One run's figures. `totalCount` tokens were stored when it began: `expiredCount` no longer worked (expired,
 * rotated or revoked; the `cleanedCount` past the retention were deleted, the rest kept) and `validCount` still
 * did. So totalCount = cleanedCount + remainingTokens = expiredCount + validCount.
 */
export type CleanupFigures = {
  runId: string; cleanedCount: number; remainingTokens: number; durationMs: number; timestamp: Date;
  cleanedRefreshTokenCount: number; cleanedPersonalAccessTokenCount: number;
  totalCount: number; expiredCount: number; validCount: number;
};

export type CleanupDeps = {
  database: Database; clock: Clock; settings: IdentitySettings; pats: PatsPort; logger: Logger; store: TokenCleanupStore; transactions: Transactions;
};

/** Runs once; undefined when another replica holds the lock (scheduled runs only wait for nobody). */
export async function runTokenCleanup(deps: CleanupDeps, trigger: 'schedule' | 'manual', actorUserId = 'system'): Promise<CleanupFigures | undefined> {
  const { clock, settings } = deps;
  const started = performance.now();
  const { store } = deps;
  return await deps.transactions.run(async (tx, database) => {
    // Scheduled runs only try: another replica running it is enough.
    if (!(await store.lock(tx, trigger !== 'schedule'))) return undefined;
    const now = clock.now();
    const before = new Date(now.getTime() - settings.cleanupRetentionMs);
    const refreshPurged = await store.purgeRefreshTokens(tx, before);
    const pats = await deps.pats.purge(tx, before, now);
    // After the delete, in one statement: what is left, and how much of it still works.
    const left = await store.refreshTokensLeft(tx, now);
    // Housekeeping that is not counted: grace pairs past their window, counters of past windows.
    await store.housekeeping(tx, new Date(now.getTime() - settings.refreshGraceMs), new Date(now.getTime() - settings.signInWindowMs));
    const cleanedCount = refreshPurged + pats.purged;
    const remainingTokens = left.remaining + pats.remaining;
    const validCount = left.valid + pats.valid;
    const figures: CleanupFigures = {
      runId: randomUUID(), cleanedCount, remainingTokens, durationMs: Math.round(performance.now() - started), timestamp: clock.now(),
      cleanedRefreshTokenCount: refreshPurged, cleanedPersonalAccessTokenCount: pats.purged,
      totalCount: cleanedCount + remainingTokens, expiredCount: cleanedCount + remainingTokens - validCount, validCount,
    };
    await commands(database).cleanup(`cleanup-${figures.runId}`, {
      type: 'RecordPurge',
      figures: { ...figures, timestamp: figures.timestamp.toISOString(), trigger },
    }, { metadata: { actor: actorUserId }, retries: 0 });
    return figures;
  });
}

/** Checks the cron at build time: a bad expression stops the start with a clear message. */
export function cleanupSchedule(deps: CleanupDeps): BackgroundTask {
  const { settings, logger } = deps;
  const fields = settings.cleanupCron.trim().split(/\s+/).length;
  const options = { timezone: settings.cleanupTimezone, protect: true, unref: true };
  try {
    if (fields !== 6) throw new Error(`expected 6 fields (seconds first), got ${fields}`);
    // Without a function croner only parses: nothing is scheduled until start.
    if (!new Cron(settings.cleanupCron, options).nextRun()) throw new Error('the expression never fires');
  } catch (error) {
    throw new Error(`KW_IDENTITY_CLEANUP_CRON / KW_IDENTITY_CLEANUP_TIMEZONE are not valid ("${settings.cleanupCron}", "${settings.cleanupTimezone}"): ${(error as Error).message}`);
  }
  let cron: Cron | undefined;
  let stopping = new AbortController();
  return {
    name: 'token-cleanup',
    start: () => {
      stopping = new AbortController();
      cron = new Cron(settings.cleanupCron, options, async () => {
        try {
          // A run the database was away for runs once it is back (croner's protect skips the ticks meanwhile).
          const figures = await retryThroughOutage(deps.database, () => runTokenCleanup(deps, 'schedule'), stopping.signal);
          if (figures) {
            logger.info({
              run_id: figures.runId, cleaned_count: figures.cleanedCount, remaining_tokens: figures.remainingTokens, total_count: figures.totalCount,
              expired_count: figures.expiredCount, valid_count: figures.validCount,
            }, 'token cleanup done');
          }
        } catch (error) {
          logger.error({ err: { type: (error as Error).name, message: (error as Error).message } }, 'token cleanup failed');
        }
      });
    },
    stop: () => {
      stopping.abort();
      cron?.stop();
    },
  };
}
