// Drives a work queue: claims what there is room for (free slots), runs it,
// and settles what the work left unsettled. The work is the service's: it
// completes, retries or releases its leases itself, and watches each lease's
// signal (lost, or the worker stopping) before any step it must not take
// without the lease. What the work leaves held is released when it returns
// (with the attempt given back when the worker was stopping); a run that
// throws is tried again after a backoff, counted.
//
// A stop hands everything back at once: no new claims, every lease's signal
// aborts (QueueStoppingError), the runs end, and what they still hold is
// released for another replica (or this one, restarted) to claim at once
// instead of waiting out the lease.
import type { Database } from '@keywarden/db';
import type { Logger } from '@keywarden/telemetry';
import type { BackgroundTask } from '../service.js';
import { backoff, type Backoff } from './backoff.js';
import type { Lease } from './lease.js';
import { pgAnnounce, pgListen, queueWaker, type QueueWaker } from './waker.js';
import type { WorkQueue } from './work-queue.js';

export type QueueWorkerOptions<T> = {
  /** The task's name (logs, shutdown). */
  name: string;
  queue: WorkQueue<T>;
  logger: Logger;
  /** Leases held at once at most; a pass claims only what is free. */
  slots: number;
  /** Rows one claim takes at most (default: all free slots). */
  batch?: number;
  /** Poll for rows whose due time or lease ended (new work wakes the worker at once). */
  pollMs: number;
  /** LISTEN/NOTIFY channel on `database` through which replicas wake each other; none: wake() and the poll only. */
  channel?: { database: Database; name: string };
  /** Runs of a row whose runs keep failing: after this many the row goes to `exhausted` (default: retried for ever). */
  maxAttempts?: number;
  /** A row claimed past maxAttempts (its earlier runs died or failed): the service ends it (records a failure and completes it). */
  exhausted?: (lease: Lease<T>) => Promise<void>;
  /** Pause before the next run of a row whose run threw (default: 1 s doubling, at most 5 min, jittered). */
  backoff?: Backoff;
} & (
  | { handle: (lease: Lease<T>) => Promise<void>; handleBatch?: never }
  | { handleBatch: (leases: ReadonlyArray<Lease<T>>) => Promise<void>; handle?: never }
);

export type QueueWorker = {
  task(): BackgroundTask;
  /** New work was queued (call after its transaction committed): a pass here now, and on every other replica. */
  wake(): void;
  /** Test seam: the worker dies here and now, telling the database nothing (no release, no settle, no heartbeat). */
  abandon(): void;
  /** Runs being worked on now. */
  readonly inFlight: number;
};

export function queueWorker<T>(options: QueueWorkerOptions<T>): QueueWorker {
  const { queue, logger } = options;
  const retryIn = options.backoff ?? backoff({ baseMs: 1_000, capMs: 300_000 });
  const runs = new Set<Promise<void>>();
  const leases = new Set<Lease<T>>();
  let stopping = false;
  let abandoned = false;
  /** Ends a wait for the database when the worker stops. */
  let stopped = new AbortController();
  const errorOf = (error: unknown) => ({ type: (error as Error)?.name, code: (error as { code?: string })?.code });
  const announcer = options.channel ? pgAnnounce(options.channel.database, options.channel.name, (error) => logger.debug({ worker: options.name, err: errorOf(error) }, 'queue wake-up not sent')) : undefined;

  /** After a run: what it left held goes back to the queue (a thrown run after its backoff). */
  const afterRun = async (held: ReadonlyArray<Lease<T>>, failure: unknown): Promise<void> => {
    const left = held.filter((l) => l.held);
    if (left.length === 0 || abandoned) return;
    try {
      if (failure !== undefined && !stopping && queue.canRetry) {
        await queue.retry(left, { delayMs: (lease) => retryIn(lease.attempts) });
      } else {
        await queue.release(left, { refund: stopping || left.some((l) => l.signal.aborted) });
      }
    } catch (error) {
      // Their leases run out and the rows are claimed again.
      logger.warn({ worker: options.name, leases: left.length, err: errorOf(error) }, 'could not hand work back; it runs again when its lease ends');
    }
  };

  const start = (held: ReadonlyArray<Lease<T>>, work: () => Promise<void>): void => {
    for (const lease of held) leases.add(lease);
    const run: Promise<void> = work()
      .then(() => afterRun(held, undefined), (error: unknown) => {
        // An unreachable database is logged once, by its availability, not by every run it failed.
        const outage = queue.database.availability.noticeFailure(error);
        if (!outage && !held.every((l) => l.signal.aborted)) logger.error({ worker: options.name, err: errorOf(error) }, 'queued work failed; it is tried again after a backoff');
        return afterRun(held, error);
      })
      .finally(() => {
        runs.delete(run);
        for (const lease of held) leases.delete(lease);
        // A slot is free: more may be claimed.
        if (!stopping) waker.wake();
      });
    runs.add(run);
  };

  const runOne = (lease: Lease<T>) => {
    const exhausted = options.maxAttempts !== undefined && options.exhausted && lease.attempts > options.maxAttempts;
    return exhausted ? options.exhausted!(lease) : options.handle!(lease);
  };

  /**
   * A claim the database cannot answer (it is down or restarting) is the outage's: logged once by the
   * database's availability, not by every poll. The worker waits until a probe reaches the database and
   * claims again at once, instead of polling it with a growing pause that could keep due work waiting
   * for seconds after the database is back.
   */
  const claim = async (limit: number): Promise<Array<Lease<T>>> => {
    try {
      return await queue.claim(limit);
    } catch (error) {
      if (!queue.database.availability.noticeFailure(error)) throw error;
      await queue.database.availability.pause(1, stopped.signal);
      // A pass is running: this makes the waker run the next one right after it.
      if (!stopping) waker.wake();
      return [];
    }
  };

  const pass = async (): Promise<void> => {
    const free = options.slots - leases.size;
    const limit = Math.min(free, options.batch ?? free);
    if (limit <= 0 || stopping) return;
    const claimed = await claim(limit);
    if (claimed.length === 0) return;
    if (options.handleBatch) {
      const [due, exhausted] = partition(claimed, (l) => !(options.maxAttempts !== undefined && options.exhausted && l.attempts > options.maxAttempts));
      for (const lease of exhausted) start([lease], () => options.exhausted!(lease));
      if (due.length) start(due, () => options.handleBatch!(due));
    } else {
      for (const lease of claimed) start([lease], () => runOne(lease));
    }
    // A full claim: more may be due.
    if (claimed.length === limit) waker.wake();
  };

  const waker: QueueWaker = queueWaker({
    pollMs: options.pollMs, pass,
    ...(options.channel ? { listen: pgListen(options.channel.database, options.channel.name), ignore: announcer!.instance } : {}),
    onError: (error) => logger.error({ worker: options.name, err: errorOf(error) }, 'claiming queued work failed; trying again'),
  });

  return {
    get inFlight() {
      return leases.size;
    },
    wake: () => {
      waker.wake();
      announcer?.announce();
    },
    abandon: () => {
      abandoned = true;
      stopping = true;
      stopped.abort();
      queue.abandon();
      void waker.stop();
    },
    task: () => ({
      name: options.name,
      start: async () => {
        if (abandoned) return;
        stopping = false;
        stopped = new AbortController();
        await waker.start();
      },
      stop: async () => {
        stopping = true;
        stopped.abort();
        const waking = waker.stop();
        for (const lease of leases) lease.interrupt();
        await waking;
        // The runs of an abandoned worker are a dead process's: nothing waits for them.
        if (!abandoned) await Promise.allSettled([...runs]);
        queue.close();
      },
    }),
  };
}

function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  const yes: T[] = [];
  const no: T[] = [];
  for (const item of items) (test(item) ? yes : no).push(item);
  return [yes, no];
}
