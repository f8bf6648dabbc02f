// The work queue against a real PostgreSQL: two queues on one table stand for
// two replicas. Claims are exclusive, a lease that is not renewed is taken
// over, a stale owner is fenced off, backoff follows the service's clock, and
// the trace of whoever queued the work reaches the worker.
import { connectDatabase, type Database } from '@keywarden/db';
import { InMemorySpanExporter, getTracer, initTelemetry, withSpan } from '@keywarden/telemetry';
import { TestClock, eventually } from '@keywarden/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LeaseLostError } from './lease.js';
import { addJobs, jobsDatabase, jobsQueue } from './test-support/jobs.js';
import { traceColumns } from './work-queue.js';

let database: Database;
let close: () => Promise<void>;
let url: string;
beforeAll(async () => {
  const made = await jobsDatabase();
  database = made.database;
  close = made.close;
  url = made.db.url;
});
afterAll(async () => close?.());
beforeEach(async () => {
  await database.sql`delete from jobs`;
});

const row = async (id: string) => (await database.sql`select attempts, lease_until, fence, version from jobs where id = ${id}`)[0];

describe('WorkQueue', () => {
  it('never gives one row to two replicas claiming at once, and each claim takes a new fence', async () => {
    const ids = Array.from({ length: 40 }, (_, i) => `j${i}`);
    await addJobs(database, ids);
    const a = jobsQueue(database);
    const b = jobsQueue(database);
    const claimed = (await Promise.all([a.claim(15), b.claim(15), a.claim(15), b.claim(15)])).flat();
    expect(claimed.map((l) => l.item.id).sort()).toEqual([...ids].sort());
    expect(new Set(claimed.map((l) => l.fence)).size).toBe(ids.length);
    expect(claimed.every((l) => l.attempts === 1)).toBe(true);
    expect(await a.claim(10)).toEqual([]);
    await a.complete(claimed);
    await b.complete(claimed);
    expect(await database.sql`select 1 from jobs`).toHaveLength(0);
    a.close();
    b.close();
  });

  it('keeps a lease alive by its heartbeat; a worker that dies leaves its row to another once the lease ends', async () => {
    await addJobs(database, ['beating', 'orphan']);
    const a = jobsQueue(database, { leaseMs: 1_000 });
    const b = jobsQueue(database, { leaseMs: 1_000 });
    const [first, second] = await a.claim(2);
    // Two and a half leases long: the heartbeat renews both, nobody else gets them.
    for (let i = 0; i < 5; i++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await b.claim(5)).toEqual([]);
    }
    expect(first!.held && second!.held).toBe(true);
    a.abandon();
    const taken = await eventually(async () => ((await b.claim(5)).length === 2 ? true : undefined), { timeoutMs: 10_000 });
    expect(taken).toBe(true);
    expect((await row('orphan'))!['attempts']).toBe(2);
    expect(Number((await row('orphan'))!['fence'])).toBeGreaterThan(Math.max(first!.fence, second!.fence));
    b.close();
  });

  it('fences off a stale owner: its renew throws, its settles change nothing, and its signal tells it to stop', async () => {
    await addJobs(database, ['contested']);
    const stale = jobsQueue(database, { leaseMs: 400 });
    const fresh = jobsQueue(database, { leaseMs: 10_000 });
    const [old] = await stale.claim(1);
    // The stale owner stalls past its lease (as in a long GC pause): the row is free in the database.
    await database.sql`update jobs set lease_until = now() - interval '1 second' where id = 'contested'`;
    const [taken] = await fresh.claim(1);
    expect(taken!.fence).toBeGreaterThan(old!.fence);
    expect(await stale.complete([old!])).toEqual([]);
    expect(await row('contested')).toMatchObject({ fence: taken!.fence });
    await eventually(() => old!.signal.aborted, { timeoutMs: 3_000, message: 'the stale owner is told to stop' });
    expect(old!.signal.reason).toBeInstanceOf(LeaseLostError);
    expect(old!.state).toBe('lost');
    await expect(stale.renew(old!)).rejects.toBeInstanceOf(LeaseLostError);
    expect(await stale.release([old!])).toEqual([]);
    expect(await stale.retry([old!], { delayMs: 1 })).toEqual([]);
    // The owner now: its renew holds, its complete deletes.
    await fresh.renew(taken!);
    expect(await fresh.complete([taken!])).toHaveLength(1);
    expect(await row('contested')).toBeUndefined();
    stale.close();
    fresh.close();
  });

  it('a worker whose heartbeat cannot reach the database stops acting before its lease ends', async () => {
    await addJobs(database, ['cut-off']);
    const own = connectDatabase(url, { max: 2 });
    const cutOff = jobsQueue(own, { leaseMs: 300 });
    const [lease] = await cutOff.claim(1);
    await own.close();
    await eventually(() => lease!.signal.aborted, { timeoutMs: 3_000, message: 'the lease counts as lost' });
    expect(lease!.signal.reason).toBeInstanceOf(LeaseLostError);
    // Declared lost here while the database still had it leased: it stopped first, then another could take over.
    const other = jobsQueue(database, { leaseMs: 300 });
    const [takeover] = await eventually(async () => {
      const got = await other.claim(1);
      return got.length ? got : undefined;
    }, { timeoutMs: 3_000 });
    expect(takeover!.item.id).toBe('cut-off');
    other.close();
  });

  it('retries after a backoff on the service clock, counting attempts; a release on stop gives the attempt back', async () => {
    await addJobs(database, ['flaky']);
    // The service's clock, here a second ahead of the database's.
    const clock = new TestClock(new Date(Date.now() + 1_000));
    const queue = jobsQueue(database, { clock });
    const [first] = await queue.claim(1);
    expect(await queue.retry([first!], { delayMs: 60_000 })).toHaveLength(1);
    expect(await queue.claim(1)).toEqual([]);
    clock.advance(60_000);
    const [second] = await queue.claim(1);
    expect(second!.attempts).toBe(2);
    expect(await queue.release([second!], { refund: true })).toHaveLength(1);
    expect(await row('flaky')).toMatchObject({ attempts: 1, lease_until: null });
    const [third] = await queue.claim(1);
    expect(third!.attempts).toBe(2);
    await queue.complete([third!]);
    queue.close();
  });

  it('frees instead of deleting a row that was asked for again while it ran, so the newer request runs too', async () => {
    await addJobs(database, ['coalesced']);
    const queue = jobsQueue(database);
    const [lease] = await queue.claim(1);
    await database.sql`update jobs set version = version + 1, payload = 'newer' where id = 'coalesced'`;
    expect(await queue.complete([lease!])).toHaveLength(1);
    const [again] = await queue.claim(1);
    expect(again!.item.payload).toBe('newer');
    expect(await queue.complete([again!])).toHaveLength(1);
    expect(await row('coalesced')).toBeUndefined();
    queue.close();
  });

  it('a rewrite that commits while the complete waits for its row lock frees the row: neither lost nor deleted', async () => {
    await addJobs(database, ['raced']);
    const queue = jobsQueue(database);
    const [lease] = await queue.claim(1);
    let commit!: () => void;
    const committed = new Promise<void>((resolve) => (commit = resolve));
    let rewritten!: () => void;
    const locked = new Promise<void>((resolve) => (rewritten = resolve));
    let second!: () => Promise<void>;
    const rewriteAgain = () => second();
    const rewrite = database.sql.begin(async (tx) => {
      await tx`update jobs set version = version + 1, payload = 'rewritten' where id = 'raced'`;
      second = async () => void (await tx`update jobs set version = version + 1 where id = 'raced'`);
      rewritten();
      await committed;
    });
    await locked;
    const completing = queue.complete([lease!]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    // Requests coalesce: the row is rewritten again in the same transaction before it commits.
    await rewriteAgain();
    commit();
    await rewrite;
    expect(await completing).toHaveLength(1);
    expect(await row('raced')).toMatchObject({ version: 3, lease_until: null });
    const [again] = await queue.claim(1);
    expect(again!.item.payload).toBe('rewritten');
    await queue.complete([again!]);
    queue.close();
  });

  it('with onePer, claims one row per key at a time, the oldest first', async () => {
    await addJobs(database, ['a1', 'a2'], 'app-a');
    await addJobs(database, ['b1'], 'app-b');
    const queue = jobsQueue(database, { table: { onePer: { column: 'grp', order: 'seq' } } });
    const first = await queue.claim(10);
    expect(first.map((l) => l.item.id).sort()).toEqual(['a1', 'b1']);
    expect(await queue.claim(10)).toEqual([]);
    await queue.complete(first.filter((l) => l.item.id === 'a1'));
    expect((await queue.claim(10)).map((l) => l.item.id)).toEqual(['a2']);
    queue.close();
  });

  it('carries the trace of whoever queued the work to the worker', async () => {
    const exporter = new InMemorySpanExporter();
    const telemetry = initTelemetry({ serviceName: 'queue-trace-test', exporter });
    try {
      const tracer = getTracer('queue-test');
      const traceId = await withSpan(tracer, 'enqueue', {}, async (span) => {
        const { traceparent, tracestate } = traceColumns();
        await database.sql`insert into jobs (id, traceparent, tracestate) values ('traced', ${traceparent}, ${tracestate})`;
        return span.spanContext().traceId;
      });
      const queue = jobsQueue(database);
      const [lease] = await queue.claim(1);
      const worked = await withSpan(tracer, 'work', { parent: lease!.parent }, async (span) => span.spanContext().traceId);
      expect(worked).toBe(traceId);
      await queue.complete([lease!]);
      queue.close();
    } finally {
      await telemetry.shutdown();
    }
  });
});
