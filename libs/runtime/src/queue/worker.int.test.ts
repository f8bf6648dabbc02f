// The queue worker against a real PostgreSQL: failing work backs off and is
// isolated after its attempts, a stop hands work back at once, a wake reaches
// the other replicas, claims survive a database that fails for a while, and a
// scheduled run left by a dead replica is taken over.
import type { Database } from '@keywarden/db';
import { createLogger } from '@keywarden/telemetry';
import { eventually, sleep } from '@keywarden/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { backoff } from './backoff.js';
import type { Lease } from './lease.js';
import { scheduledRuns } from './schedule.js';
import { addJobs, jobsDatabase, jobsQueue, silent, type Job } from './test-support/jobs.js';
import { queueWorker } from './worker.js';

let database: Database;
let close: () => Promise<void>;
beforeAll(async () => {
  const made = await jobsDatabase();
  database = made.database;
  close = made.close;
  await database.sql`
    create table schedule_claims (name text not null, slot timestamptz not null, claimed_at timestamptz not null default now(),
      lease_until timestamptz, fence bigserial, attempts integer not null default 1, completed_at timestamptz, primary key (name, slot))`;
});
afterAll(async () => close?.());
beforeEach(async () => {
  await database.sql`delete from jobs`;
});

const fast = backoff({ baseMs: 10, capMs: 20, jitter: 0 });

describe('queueWorker', () => {
  it('retries a failing row with backoff, hands it to `exhausted` after maxAttempts, and the other rows go on meanwhile', async () => {
    await addJobs(database, ['poison', 'good-1', 'good-2']);
    const done: string[] = [];
    const runs: number[] = [];
    const gaveUp: Array<{ id: string; attempts: number }> = [];
    const queue = jobsQueue(database);
    const worker = queueWorker<Job>({
      name: 'jobs', queue, logger: silent, slots: 2, pollMs: 20, maxAttempts: 3, backoff: fast,
      handle: async (lease) => {
        if (lease.item.id === 'poison') {
          runs.push(lease.attempts);
          throw new Error('poison');
        }
        await queue.complete([lease]);
        done.push(lease.item.id);
      },
      exhausted: async (lease) => {
        await queue.complete([lease]);
        gaveUp.push({ id: lease.item.id, attempts: lease.attempts });
      },
    });
    const task = worker.task();
    await task.start();
    try {
      await eventually(() => gaveUp.length === 1 && done.length === 2, { timeoutMs: 5_000 });
      expect(runs).toEqual([1, 2, 3]);
      expect(gaveUp).toEqual([{ id: 'poison', attempts: 4 }]);
      expect(done.sort()).toEqual(['good-1', 'good-2']);
      expect(await database.sql`select 1 from jobs`).toHaveLength(0);
    } finally {
      await task.stop();
    }
  });

  it('a stop hands the work under way back at once: lease freed, attempt given back, claimable by another replica', async () => {
    await addJobs(database, ['long']);
    let started: Lease<Job> | undefined;
    let reason: unknown;
    const worker = queueWorker<Job>({
      name: 'jobs', queue: jobsQueue(database), logger: silent, slots: 1, pollMs: 20,
      handle: async (lease) => {
        started = lease;
        // A long rollout: it ends when the lease's signal says so.
        await new Promise<void>((resolve) => lease.signal.addEventListener('abort', () => resolve(), { once: true }));
        reason = lease.signal.reason;
      },
    });
    const task = worker.task();
    await task.start();
    await eventually(() => started !== undefined);
    await task.stop();
    expect((reason as { code?: string }).code).toBe('ERR_QUEUE_STOPPING');
    expect((await database.sql`select attempts, lease_until from jobs where id = 'long'`)[0]).toMatchObject({ attempts: 0, lease_until: null });
    const other = jobsQueue(database);
    expect((await other.claim(1)).map((l) => l.item.id)).toEqual(['long']);
    other.close();
  });

  it('a wake after an enqueue reaches the worker of another replica at once, without waiting for its poll', async () => {
    const channel = { database, name: 'jobs_test_wake' };
    const seen: string[] = [];
    const queue = jobsQueue(database);
    const replica = queueWorker<Job>({
      name: 'jobs', queue, logger: silent, slots: 4, pollMs: 600_000, channel,
      handle: async (lease) => {
        seen.push(lease.item.id);
        await queue.complete([lease]);
      },
    });
    // The replica that queued the work has no worker running: only the NOTIFY can wake the other.
    const enqueuer = queueWorker<Job>({ name: 'jobs', queue: jobsQueue(database), logger: silent, slots: 4, pollMs: 600_000, channel, handle: async () => {} });
    const task = replica.task();
    await task.start();
    try {
      await addJobs(database, ['woken']);
      enqueuer.wake();
      await eventually(() => seen.includes('woken'), { timeoutMs: 5_000, message: 'the other replica claimed it' });
    } finally {
      await task.stop();
    }
  });

  it('survives a database that fails its claims for a while, and works again once it is back', async () => {
    let down = true;
    let failures = 0;
    // The same pool, with every queue statement failing while `down` (as while PostgreSQL restarts).
    const flaky = {
      ...database,
      sql: new Proxy(database.sql, {
        get: (target, property, receiver) => property === 'unsafe'
          ? (...args: Parameters<Database['sql']['unsafe']>) => {
            if (down) {
              failures++;
              return Promise.reject(Object.assign(new Error('connection refused'), { code: 'ECONNREFUSED' }));
            }
            return target.unsafe(...args);
          }
          : Reflect.get(target, property, receiver),
      }),
    } as Database;
    await addJobs(database, ['after-restart']);
    const seen: string[] = [];
    const queue = jobsQueue(flaky);
    const worker = queueWorker<Job>({
      name: 'jobs', queue, logger: silent, slots: 1, pollMs: 10,
      handle: async (lease) => {
        seen.push(lease.item.id);
        await queue.complete([lease]);
      },
    });
    const task = worker.task();
    await task.start();
    try {
      await eventually(() => failures >= 3, { timeoutMs: 5_000 });
      down = false;
      await eventually(() => seen.includes('after-restart'), { timeoutMs: 15_000, message: 'claimed once the database is back' });
    } finally {
      await task.stop();
    }
  }, 30_000);
});

describe('queueWorker through a database outage (found by the platform\'s fault suite)', () => {
  /** The pool with every queue statement refused while `down`, and an availability that says so, as libs/db's does. */
  function outage() {
    const state = { down: true, claims: 0 };
    const waiting: Array<() => void> = [];
    const availability: Database['availability'] = {
      get up() {
        return !state.down;
      },
      downSince: undefined, outages: 0,
      noticeFailure: (error) => (error as { code?: string }).code === 'ECONNREFUSED',
      pause: (_attempt, signal) => new Promise<void>((resolve) => {
        if (!state.down || signal?.aborted) return resolve();
        waiting.push(resolve);
        signal?.addEventListener('abort', () => resolve(), { once: true });
      }),
      stop: () => undefined,
    };
    const sql = new Proxy(database.sql, {
      get: (target, property, receiver) => property === 'unsafe'
        ? (...args: Parameters<Database['sql']['unsafe']>) => {
          if (!state.down) return target.unsafe(...args);
          state.claims++;
          return Promise.reject(Object.assign(new Error('connection refused'), { code: 'ECONNREFUSED' }));
        }
        : Reflect.get(target, property, receiver),
    });
    const lines: Array<{ level: string; msg: string }> = [];
    const logger = createLogger({ service: 'queue-test', destination: { write: (line: string) => void lines.push(JSON.parse(line) as { level: string; msg: string }) } });
    return {
      state, lines, logger, database: { ...database, sql, availability } as Database,
      back: () => {
        state.down = false;
        for (const resolve of waiting.splice(0)) resolve();
      },
    };
  }

  it('leaves the outage to the database\'s availability: one refused claim, no error logged, claims again as soon as the database is back', async () => {
    const db = outage();
    await addJobs(database, ['after-outage']);
    const seen: string[] = [];
    const queue = jobsQueue(db.database);
    const worker = queueWorker<Job>({
      name: 'jobs', queue, logger: db.logger, slots: 1, pollMs: 10,
      handle: async (lease) => {
        seen.push(lease.item.id);
        await queue.complete([lease]);
      },
    });
    const task = worker.task();
    await task.start();
    try {
      await eventually(() => db.state.claims === 1, { timeoutMs: 5_000 });
      // Polls every 10 ms when the database is there; while it is not, the worker waits for it instead.
      await sleep(300);
      expect(db.state.claims).toBe(1);
      db.back();
      await eventually(() => seen.includes('after-outage'), { timeoutMs: 5_000, message: 'claimed once the database is back' });
      expect(db.lines.filter((l) => l.level === 'error')).toEqual([]);
    } finally {
      await task.stop();
    }
  });

  it('stops at once while it waits for the database', async () => {
    const db = outage();
    const worker = queueWorker<Job>({ name: 'jobs', queue: jobsQueue(db.database), logger: db.logger, slots: 1, pollMs: 10, handle: async () => undefined });
    const task = worker.task();
    await task.start();
    await eventually(() => db.state.claims === 1, { timeoutMs: 5_000 });
    await task.stop();
    expect(db.state.down).toBe(true);
  });
});

describe('scheduledRuns', () => {
  it('runs a due time once across replicas, and a run whose replica died is taken over by another', async () => {
    const resumed: string[] = [];
    const replica = () => scheduledRuns({ database, logger: silent, leaseMs: 1_000, resume: (name) => () => Promise.resolve(void resumed.push(name)) });
    const a = replica();
    const b = replica();
    const slot = new Date('2031-01-01T03:00:00.000Z');
    const together = await Promise.all([a.fire('report', slot, async () => 'ran on a'), b.fire('report', slot, async () => 'ran on b')]);
    expect(together.filter(Boolean)).toHaveLength(1);
    expect(await b.fire('report', slot, async () => 'late')).toBeUndefined();

    // A dies in the middle of the next run: never finished, never handed back.
    const next = new Date('2031-01-01T04:00:00.000Z');
    let dying: Promise<unknown> | undefined;
    const started = new Promise<void>((resolve) => {
      dying = a.fire('report', next, () => {
        resolve();
        return new Promise(() => undefined);
      });
    });
    await started;
    a.abandon();
    const takeover = b.task();
    await takeover.start();
    try {
      await eventually(async () => (await database.sql`select 1 from schedule_claims where completed_at is null`).length === 0, { timeoutMs: 10_000, message: 'B took the run over and finished it' });
      const rows = await database.sql`select slot, completed_at, attempts from schedule_claims where name = 'report' order by slot`;
      expect(rows.map((r) => [new Date(r['slot'] as string).toISOString(), r['completed_at'] !== null, r['attempts']])).toEqual([
        ['2031-01-01T03:00:00.000Z', true, 1],
        ['2031-01-01T04:00:00.000Z', true, 2],
      ]);
      expect(resumed).toEqual(['report']);
    } finally {
      await takeover.stop();
    }
    void dying;
  });
});
