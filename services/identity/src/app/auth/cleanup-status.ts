// What the administration page shows of the token cleanup: the last run's figures
// (its read model, one indexed row) and the schedule with its next run.
import { Cron } from 'croner';
import { lastCleanupRun, type CleanupRunView } from '../../projections/token-cleanup-runs.js';
import type { CleanupDeps } from './cleanup.js';

const DAY_MS = 86_400_000;

export type { CleanupRunView };
export type CleanupStatus = {
  lastRun: CleanupRunView | undefined;
  schedule: { cron: string; timezone: string; nextRunAt: Date | undefined; retentionDays: number };
};

export async function tokenCleanupStatus(deps: Pick<CleanupDeps, 'database' | 'clock' | 'settings'>): Promise<CleanupStatus> {
  const { database, clock, settings } = deps;
  const lastRun = await lastCleanupRun(database);
  // Parsed only (no function): nothing is scheduled by asking. The expression was checked at start.
  const nextRunAt = new Cron(settings.cleanupCron, { timezone: settings.cleanupTimezone }).nextRun(clock.now()) ?? undefined;
  return {
    lastRun,
    schedule: { cron: settings.cleanupCron, timezone: settings.cleanupTimezone, nextRunAt, retentionDays: Math.round(settings.cleanupRetentionMs / DAY_MS) },
  };
}
