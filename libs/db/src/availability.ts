// Whether this process can reach its PostgreSQL right now. Every part that
// talks to the database (relay, consumers, RPC handlers, tasks, /readyz) hands
// its failures here: the first one that says the database is gone starts an
// outage (one warning), a probe with capped, jittered backoff finds it back
// (one info line), and whoever waits for it resumes then. So an outage is two
// log lines, not one per query, and no part spins while it lasts.
import { AsyncResource } from 'node:async_hooks';
import { KeywardenError } from '@keywarden/errors';

export type DatabaseLogger = {
  info: (obj: object, msg?: string) => void;
  warn: (obj: object, msg?: string) => void;
};

export type DatabaseAvailability = {
  /** False from the first failure that says the database cannot be reached until a probe answers again. */
  readonly up: boolean;
  /** When the outage going on began. */
  readonly downSince: Date | undefined;
  /** Outages since the process started. */
  readonly outages: number;
  /**
   * Hands in an error a query raised. True when it says the database cannot be
   * reached (then an outage starts, unless one is going on): the caller should
   * wait and retry, and must not count it against the work it was doing.
   */
  noticeFailure: (error: unknown) => boolean;
  /**
   * Waits `backoffDelay(attempt)` and then until the database answers again
   * (at once when it is up); returns early when `signal` aborts.
   */
  pause: (attempt: number, signal?: AbortSignal) => Promise<void>;
  /** Stops probing (the database handle closes). */
  stop: () => void;
};

// postgres.js's own connection errors, and Node's socket errors it passes on.
const CONNECTION_CODES = new Set([
  'CONNECTION_CLOSED', 'CONNECTION_DESTROYED', 'CONNECT_TIMEOUT',
  'ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN',
]);
// SQLSTATEs of a server that is going away or not there yet: admin/crash shutdown,
// starting up or in recovery, too many connections; class 08 is "connection exception".
const SERVER_CODES = new Set(['57P01', '57P02', '57P03', '53300']);

/**
 * Whether an error (or one of its causes: drizzle wraps the driver's) says
 * PostgreSQL cannot be reached, as opposed to a query that is wrong or a
 * constraint that holds. CONNECTION_ENDED is not one: that is our own close.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && (CONNECTION_CODES.has(code) || SERVER_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/** The typed error a caller gets while the database is unreachable: 503, retryable. */
export function databaseUnavailable(cause?: unknown): KeywardenError<'ERR_UNAVAILABLE'> {
  return new KeywardenError('ERR_UNAVAILABLE', 503, 'The service cannot reach its database right now; retry shortly.', {
    errorId: 'DB-unav1',
    ...(cause === undefined ? {} : { cause }),
  });
}

/** Capped exponential backoff with full jitter in its upper half: 50 ms, 100 ms, ... up to `maxMs`. */
export function backoffDelay(attempt: number, { baseMs = 50, maxMs = 5000 } = {}): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, Math.min(attempt, 20)));
  return Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
}

/** A sleep that ends early when `signal` aborts. */
export function pauseFor(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** Tracks one database handle's availability; `probe` is one cheap query (select 1). */
export function trackAvailability(probe: () => Promise<unknown>, logger?: DatabaseLogger, options: { maxProbeDelayMs?: number } = {}): DatabaseAvailability {
  let downSince: Date | undefined;
  let outages = 0;
  let stopped = false;
  let waiters: Array<() => void> = [];
  const stopProbe = new AbortController();

  const backUp = () => {
    const since = downSince;
    downSince = undefined;
    logger?.info({ downtime_ms: since ? Date.now() - since.getTime() : 0 }, 'database reachable again');
    for (const wake of waiters.splice(0)) wake();
  };

  // Bound to where the tracker was made (no request): the probe and its log line
  // must not carry the trace of whichever request happened to notice the outage.
  const probeUntilUp = AsyncResource.bind(async () => {
    for (let attempt = 0; !stopped; attempt++) {
      await pauseFor(backoffDelay(attempt, { baseMs: 100, maxMs: options.maxProbeDelayMs ?? 2000 }), stopProbe.signal);
      if (stopped) return;
      try {
        await probe();
        backUp();
        return;
      } catch {
        // Still down: the outage's one warning was logged when it began.
      }
    }
  });

  const availability: DatabaseAvailability = {
    get up() {
      return downSince === undefined;
    },
    get downSince() {
      return downSince;
    },
    get outages() {
      return outages;
    },
    noticeFailure(error) {
      if (!isDatabaseUnavailable(error)) return false;
      if (downSince === undefined && !stopped) {
        downSince = new Date();
        outages++;
        logger?.warn({ err: { code: errorCode(error) } }, 'database unreachable; work that needs it waits and retries with backoff');
        void probeUntilUp();
      }
      return true;
    },
    async pause(attempt, signal) {
      await pauseFor(backoffDelay(attempt), signal);
      if (downSince === undefined || stopped || signal?.aborted) return;
      await new Promise<void>((resolve) => {
        const done = () => {
          signal?.removeEventListener('abort', done);
          waiters = waiters.filter((w) => w !== done);
          resolve();
        };
        waiters.push(done);
        signal?.addEventListener('abort', done, { once: true });
      });
    },
    stop() {
      stopped = true;
      stopProbe.abort();
      for (const wake of waiters.splice(0)) wake();
    },
  };
  return availability;
}

/** The code of the error or of its first cause that has one (never a message: it may quote parameters). */
function errorCode(error: unknown): string {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return (error as Error)?.name ?? 'unknown';
}
