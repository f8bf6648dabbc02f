// Scheduled provider syncs: one croner job per enabled auto-sync provider with a schedule
// (cron, seconds optional). Schedules live in each replica's memory, so every replica reloads
// them from the database every KW_SECRETS_SCHEDULE_RELOAD_MS (and the replica that served a
// change refreshes that provider at once). Every replica's job fires; the one that claims the
// due time (schedule_claims) syncs and the others skip it, so a time is synced once. The claim
// is a lease (libs/runtime's scheduledRuns): a replica that dies mid-sync leaves the time to
// another, which syncs it again once the lease ends (KW_QUEUE_LEASE_MS), if the provider is
// still scheduled.
import type { Database } from '@keywarden/db';
import { retryThroughOutage, scheduledRuns, slotOf, type BackgroundTask } from '@keywarden/runtime';
import type { Logger } from '@keywarden/telemetry';
import { Cron } from 'croner';
import { ProviderError } from '../domain/provider/provider-error.js';
import type { ProviderSchedule, ProvidersApp } from './providers.js';

type SyncResult = Awaited<ReturnType<ProvidersApp['sync']>>;

export type SyncScheduler = BackgroundTask & {
  /** Re-reads one provider: after this replica configured it. */
  refresh: (providerId: string) => Promise<void>;
  /** Re-reads every provider (new, changed, disabled, deleted) and prunes old claims. */
  reload: () => Promise<void>;
  /** What a job does when it fires: the sync, or undefined when another replica claimed that time or the job is stale. */
  fire: (providerId: string, firedAt: Date) => Promise<SyncResult | undefined>;
  /** providerId → schedule, for the jobs this replica holds. */
  scheduled: () => Map<string, string>;
};

const JOB = 'provider-sync:';

export function syncScheduler(app: ProvidersApp, deps: { database: Database; logger: Logger; reloadMs: number; leaseMs: number }): SyncScheduler {
  const { database, logger } = deps;
  // A sync left unfinished by a replica that died: run again if the provider is still scheduled to sync on its own.
  const runs = scheduledRuns({
    database, logger, leaseMs: deps.leaseMs,
    resume: (name) => {
      if (!name.startsWith(JOB)) return undefined;
      const providerId = name.slice(JOB.length);
      return async () => {
        const [row] = await app.schedules(providerId);
        if (row?.enabled && row.autoSync && row.schedule) await app.sync(providerId, 'schedule').catch(ignoreRecorded);
      };
    },
  });
  const takeover = runs.task();
  const jobs = new Map<string, { schedule: string; cron: Cron }>();
  // Stored schedules croner refuses (rows written before schedules were validated): logged once, retried only when changed.
  const unusable = new Map<string, string>();
  const running = new Set<Promise<unknown>>();
  let stopped = false;
  const stopping = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  /** A database outage is logged once by the database's availability, not by every reload and job. */
  const outage = (error: unknown) => database.availability.noticeFailure(error);

  // Reads are applied in order, so a reload that read before a change cannot undo the refresh that follows it.
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };

  const drop = (providerId: string) => {
    jobs.get(providerId)?.cron.stop();
    jobs.delete(providerId);
    unusable.delete(providerId);
  };

  /** Brings one provider's job in line with its row (undefined: the provider is gone); only a changed schedule replaces the job. */
  const apply = (providerId: string, row: ProviderSchedule | undefined) => {
    const wanted = row?.enabled && row.autoSync && row.schedule ? row.schedule : '';
    if (!wanted || stopped) return drop(providerId);
    if (jobs.get(providerId)?.schedule === wanted || unusable.get(providerId) === wanted) return;
    drop(providerId);
    try {
      const cron = new Cron(wanted, { protect: true }, async (self) => void (await fire(providerId, self.currentRun() ?? new Date())));
      jobs.set(providerId, { schedule: wanted, cron });
      logger.info({ providerId, next: cron.nextRun()?.toISOString() }, 'provider sync scheduled');
    } catch (error) {
      unusable.set(providerId, wanted);
      logger.warn({ providerId, err: { type: (error as Error).name } }, 'could not schedule sync; skipped');
    }
  };

  const run = async (providerId: string, firedAt: Date): Promise<SyncResult | undefined> => {
    const schedule = jobs.get(providerId)?.schedule;
    if (!schedule) return undefined;
    try {
      // A time the database was away for is synced once it is back (unless its claim was taken before it went).
      return await retryThroughOutage(database, async () => {
        // The stored row decides: a job changed or disabled elsewhere and not yet reloaded here is refreshed instead of run.
        const [row] = await app.schedules(providerId);
        if (!row?.enabled || !row.autoSync || row.schedule !== schedule) {
          await serially(async () => apply(providerId, (await app.schedules(providerId))[0]));
          return undefined;
        }
        const slot = slotOf(schedule, firedAt);
        let ran = false;
        const result = await runs.fire(`${JOB}${providerId}`, slot, () => ((ran = true), app.sync(providerId, 'schedule')));
        if (!ran) logger.debug({ providerId, slot: slot.toISOString() }, 'scheduled sync claimed by another replica; skipped');
        return result;
      }, stopping.signal);
    } catch (error) {
      // A ProviderError is already recorded as ProviderSyncFailed and logged by the sync itself.
      if (!(error instanceof ProviderError)) logger.warn({ providerId, err: { type: (error as Error).name, code: (error as { code?: string }).code } }, 'scheduled sync failed');
      return undefined;
    }
  };

  const fire = (providerId: string, firedAt: Date) => {
    const sync = run(providerId, firedAt);
    running.add(sync);
    void sync.finally(() => running.delete(sync));
    return sync;
  };

  const refresh = (providerId: string) => serially(async () => apply(providerId, (await app.schedules(providerId))[0]));

  const reload = async () => {
    await serially(async () => {
      const rows = await app.schedules();
      const present = new Set(rows.map((r) => r.id));
      for (const id of [...jobs.keys(), ...unusable.keys()]) if (!present.has(id)) drop(id);
      for (const row of rows) apply(row.id, row);
    });
    const pruned = await runs.prune();
    if (pruned) logger.debug({ pruned }, 'old schedule claims pruned');
  };

  const next = () => {
    timer = setTimeout(() => {
      void reload()
        .catch((error: unknown) => outage(error) || logger.warn({ err: { type: (error as Error).name, code: (error as { code?: string }).code } }, 'could not reload provider schedules'))
        .finally(() => !stopped && next());
    }, deps.reloadMs);
  };

  return {
    name: 'provider-sync-scheduler',
    refresh,
    reload,
    fire,
    scheduled: () => new Map([...jobs].map(([id, job]) => [id, job.schedule])),
    start: async () => {
      // The change is saved either way; the next reload retries a refresh that failed here.
      app.onConfigured = (id) => refresh(id).catch((error: unknown) => logger.warn({ providerId: id, err: { type: (error as Error).name } }, 'could not schedule sync'));
      await reload();
      await takeover.start();
      if (!stopped) next();
    },
    stop: async () => {
      stopped = true;
      stopping.abort();
      clearTimeout(timer);
      for (const id of [...jobs.keys()]) drop(id);
      await queue;
      await Promise.all(running);
      await takeover.stop();
    },
  };
}

/** A ProviderError is already recorded as ProviderSyncFailed and logged by the sync itself. */
function ignoreRecorded(error: unknown): void {
  if (!(error instanceof ProviderError)) throw error;
}
