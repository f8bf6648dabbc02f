// Scheduled provider syncs: one croner job per enabled auto-sync provider with a schedule
// (cron with seconds). Replicas all schedule; the sync's advisory lock lets one run it.
import type { BackgroundTask } from '@keywarden/runtime';
import type { Logger } from '@keywarden/telemetry';
import { Cron } from 'croner';
import type { ProvidersApp } from './providers.js';

export function syncScheduler(app: ProvidersApp, logger: Logger): BackgroundTask & { refresh: (providerId: string) => Promise<void> } {
  const jobs = new Map<string, Cron>();
  let stopped = false;
  const refresh = async (providerId: string) => {
    jobs.get(providerId)?.stop();
    jobs.delete(providerId);
    if (stopped) return;
    const provider = await app.get(providerId);
    if (!provider.enabled || !provider.autoSync || !provider.schedule) return;
    const job = new Cron(provider.schedule, { protect: true, catch: false }, async () => {
      try {
        await app.sync(providerId, 'schedule');
      } catch {
        // Already recorded as ProviderSyncFailed and logged by the sync itself.
      }
    });
    jobs.set(providerId, job);
    logger.info({ providerId, next: job.nextRun()?.toISOString() }, 'provider sync scheduled');
  };
  return {
    name: 'provider-sync-scheduler',
    refresh,
    start: async () => {
      app.onConfigured = (id) => void refresh(id).catch((error: unknown) => logger.warn({ providerId: id, err: { type: (error as Error).name } }, 'could not schedule sync'));
      // One unusable row (e.g. a schedule stored before schedules were validated) must not stop the service.
      for (const provider of await app.list()) {
        try {
          await refresh(provider.id);
        } catch (error) {
          logger.warn({ providerId: provider.id, err: { type: (error as Error).name } }, 'could not schedule sync; skipped');
        }
      }
    },
    stop: () => {
      stopped = true;
      for (const job of jobs.values()) job.stop();
      jobs.clear();
    },
  };
}
