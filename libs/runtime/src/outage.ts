// How the parts of a service ride out a PostgreSQL outage, in one place: the
// database's availability (libs/db) notices it and logs it once; consumers
// hold their batch, RPC handlers answer ERR_UNAVAILABLE, background work waits
// and runs again. Nothing here counts an outage against a message or a job.
import type { UnavailablePolicy } from '@keywarden/bus';
import { databaseUnavailable, type Database } from '@keywarden/db';
import type { Logger } from '@keywarden/telemetry';
import type { BackgroundTask } from './service-types.js';

/** For consumers: a batch that failed because the database is unreachable is held and tried again after the outage. */
export function databaseOutagePolicy(database: Database): UnavailablePolicy {
  return {
    is: (error) => database.availability.noticeFailure(error),
    wait: (attempt, signal) => database.availability.pause(attempt, signal),
  };
}

/** For RPC handlers: an unreachable database answers ERR_UNAVAILABLE (503, retryable) instead of ERR_INTERNAL. */
export function databaseErrorMapper(database: Database): (error: unknown) => unknown {
  return (error) => (database.availability.noticeFailure(error) ? databaseUnavailable(error) : error);
}

/**
 * Runs `work`, and runs it again once the database answers whenever it failed
 * because the database was unreachable. Other failures are thrown; undefined
 * when `signal` aborted the wait (the service is stopping).
 */
export async function retryThroughOutage<T>(database: Database, work: () => Promise<T>, signal?: AbortSignal): Promise<T | undefined> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (!database.availability.noticeFailure(error)) throw error;
      if (signal?.aborted) return undefined;
      await database.availability.pause(attempt, signal);
      if (signal?.aborted) return undefined;
    }
  }
}

/**
 * A task that runs `work` every `intervalMs`, never two runs at once. A run
 * that fails because the database is unreachable is not logged (the outage
 * is, once) and the next run waits for the database; any other failure is
 * logged with its type and code, and the next run comes as usual.
 */
export function periodicTask(options: {
  name: string;
  intervalMs: number;
  database: Database;
  logger: Logger;
  work: () => Promise<unknown>;
}): BackgroundTask {
  const { name, intervalMs, database, logger, work } = options;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopping = new AbortController();
  const tick = () => {
    if (running) return;
    running = retryThroughOutage(database, work, stopping.signal)
      .then(
        () => undefined,
        (error: unknown) => logger.error({ task: name, err: { type: (error as Error)?.name ?? typeof error, code: (error as { code?: unknown })?.code } }, 'background task failed'),
      )
      .finally(() => {
        running = undefined;
      });
  };
  return {
    name,
    start: () => {
      stopping = new AbortController();
      timer = setInterval(tick, intervalMs);
      timer.unref();
    },
    stop: async () => {
      clearInterval(timer);
      stopping.abort();
      await running;
    },
  };
}
