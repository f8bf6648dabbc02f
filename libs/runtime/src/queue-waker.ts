// The wake-up of a queue worker (gitops-sync's sync queue, the deployer's deploy
// queue): a pass runs when a row is queued (NOTIFY on the queue's channel, on
// any replica) and otherwise every `pollMs` (rows whose backoff or lease ended
// notify nobody). Never two passes at once; a wake during a pass runs one more
// right after it, so a row queued mid-pass is not left to the next poll.
import type { Database } from '@keywarden/db';

export type QueueWaker = {
  start(): Promise<void>;
  /** Stops listening and polling, and waits for the pass under way. */
  stop(): Promise<void>;
  /** Runs a pass now, or right after the current one. */
  wake(): void;
  readonly stopped: boolean;
};

/** Subscribes `onNotify` to a notification source; resolves to its unsubscribe. */
export type Listen = (onNotify: () => void) => Promise<() => Promise<void>>;

/** LISTEN on a PostgreSQL channel of the service's database. */
export function pgListen(database: Database, channel: string): Listen {
  return async (onNotify) => {
    const listener = await database.sql.listen(channel, onNotify);
    return () => listener.unlisten();
  };
}

export function queueWaker(options: { listen: Listen; pollMs: number; pass: () => Promise<void>; onError: (error: unknown) => void }): QueueWaker {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = true;
  let unlisten: (() => Promise<void>) | undefined;

  const loop = async () => {
    do {
      again = false;
      try {
        await options.pass();
      } catch (error) {
        options.onError(error);
      }
    } while (again && !stopped);
  };
  const wake = (): void => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    clearTimeout(timer);
    running = loop().finally(() => {
      running = undefined;
      if (stopped) return;
      if (again) wake();
      else timer = setTimeout(wake, options.pollMs);
    });
  };
  return {
    get stopped() {
      return stopped;
    },
    wake,
    start: async () => {
      stopped = false;
      unlisten = await options.listen(wake);
      wake();
    },
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await unlisten?.();
      await running;
    },
  };
}
