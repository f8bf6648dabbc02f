// The wake-up of a queue worker: a pass runs when work is queued here (wake(),
// right after the enqueueing transaction committed), when another replica says
// so (NOTIFY on the queue's channel, sent after its commit, never inside the
// writing transaction: a transaction that notifies serializes every commit of
// the cluster behind it), and otherwise every `pollMs` (rows whose backoff or
// lease ended notify nobody). Never two passes at once; a wake during a pass
// runs one more right after it, so a row queued mid-pass is not left to the
// next poll. A pass that fails (the database is gone) is tried again after a
// growing pause, up to MAX_ERROR_PAUSE_MS, and at the poll once it works again.
import { randomUUID } from 'node:crypto';
import type { Database } from '@keywarden/db';

const MAX_ERROR_PAUSE_MS = 10_000;

export type QueueWaker = {
  start(): Promise<void>;
  /** Stops listening and polling, and waits for the pass under way. */
  stop(): Promise<void>;
  /** Runs a pass now, or right after the current one. */
  wake(): void;
  readonly stopped: boolean;
};

/** Subscribes `onNotify` to a notification source; resolves to its unsubscribe. */
export type Listen = (onNotify: (payload: string) => void) => Promise<() => Promise<void>>;

/** LISTEN on a PostgreSQL channel of the service's database (postgres.js listens again after a reconnect). */
export function pgListen(database: Database, channel: string): Listen {
  return async (onNotify) => {
    const listener = await database.sql.listen(channel, onNotify);
    return () => listener.unlisten();
  };
}

/**
 * NOTIFY on a channel from outside any transaction, at most one on its way at a time (wakes while one is
 * sent make one more after it). The payload names this process, whose own listener ignores it: it has
 * woken its worker already.
 */
export function pgAnnounce(database: Database, channel: string, onError: (error: unknown) => void): { announce: () => void; instance: string } {
  const instance = randomUUID();
  let sending = false;
  let again = false;
  const announce = (): void => {
    if (sending) {
      again = true;
      return;
    }
    sending = true;
    again = false;
    void database.sql`select pg_notify(${channel}, ${instance})`
      .catch(onError)
      .finally(() => {
        sending = false;
        if (again) announce();
      });
  };
  return { announce, instance };
}

export function queueWaker(options: { listen?: Listen; ignore?: string; pollMs: number; pass: () => Promise<void>; onError: (error: unknown) => void }): QueueWaker {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = true;
  let failures = 0;
  let unlisten: (() => Promise<void>) | undefined;

  const loop = async () => {
    do {
      again = false;
      try {
        await options.pass();
        failures = 0;
      } catch (error) {
        failures++;
        options.onError(error);
        // No tight loop against a database that is down: the next pass waits for the pause.
        again = false;
      }
    } while (again && !stopped);
  };
  const pause = () => (failures === 0 ? options.pollMs : Math.min(Math.max(options.pollMs, MAX_ERROR_PAUSE_MS), options.pollMs * 2 ** Math.min(failures, 16)));
  let pausing = false;
  const wake = (): void => {
    if (stopped || pausing) return;
    if (running) {
      again = true;
      return;
    }
    clearTimeout(timer);
    running = loop().finally(() => {
      running = undefined;
      if (stopped) return;
      if (again && failures === 0) return wake();
      pausing = failures > 0;
      timer = setTimeout(() => {
        pausing = false;
        wake();
      }, pause());
    });
  };
  return {
    get stopped() {
      return stopped;
    },
    wake,
    start: async () => {
      stopped = false;
      if (options.listen) unlisten = await options.listen((payload) => payload !== options.ignore && wake());
      wake();
    },
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      // A database that is gone does not hold the stop.
      await unlisten?.().catch(() => undefined);
      await running;
    },
  };
}
