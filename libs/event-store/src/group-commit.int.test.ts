import { isTransactionScoped, withinTransaction, type Database, type Tx } from '@keywarden/db';
import { InMemorySpanExporter, initTelemetry } from '@keywarden/telemetry';
import { trace } from '@opentelemetry/api';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi, type MockInstance } from 'vitest';
import { GROUPS_IN_FLIGHT, groupCommitter } from './group-commit.js';
import { registerLocalRelay } from './outbox-wake.js';
import { ConcurrencyError, commandHandler, readStream, storedSnapshots, type Projection, type RecordedEvent } from './index.js';
import { counterDecider, counterProjection, type CounterState } from './test-support/counter.js';
import { openEventStoreDatabase, type EventStoreTestDatabase } from './test-support/test-database.js';

// The grouped path (every command outside a caller's transaction): the tests hold one group open in a
// command's `within`, let the next commands queue behind it, then release it, so the queued commands
// are known to commit as one group (one transaction: one xmin on their rows).
const exporter = new InMemorySpanExporter();
const telemetry = initTelemetry({ serviceName: 'group-commit-test', exporter });
let store: EventStoreTestDatabase;
let database: Database;

beforeAll(async () => {
  store = await openEventStoreDatabase('groupcommit');
  database = store.database;
});
afterAll(async () => {
  await store.close();
  await telemetry.shutdown();
});

type Run = ReturnType<typeof commandHandler<CounterState, Parameters<typeof counterDecider.decide>[0], Parameters<typeof counterDecider.evolve>[1]>>;

/**
 * Holds every group slot open (a command per slot, each waiting in its `within`) until `rest` are all
 * queued, then lets everything commit: the queued commands then form one group.
 */
async function inOneGroupAfter<T>(hold: Hold, rest: () => Promise<T>[]) {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  const holders: Promise<unknown>[] = [];
  for (let slot = 0; slot < GROUPS_IN_FLIGHT; slot++) {
    let entered!: () => void;
    const inside = new Promise<void>((resolve) => (entered = resolve));
    holders.push(hold(`gc-hold${slot}`, () => (entered(), held)));
    await inside;
  }
  const others = rest();
  // Settled from the start: the group may reject a command before the holders' promises resolve.
  const settled = Promise.allSettled(others);
  await vi.waitFor(() => expect(groupCommitter(database).waiting).toBe(others.length), { timeout: 10_000 });
  release();
  await Promise.all(holders);
  return settled;
}

const xminsOf = async (streams: string[]) =>
  (await database.sql`select distinct xmin::text as x from events where stream_id = any(${streams})`).map((r) => r['x'] as string);
const outboxOf = async (streams: string[]) =>
  (await database.sql`select o.event_id from outbox o join events e using (global_position) where e.stream_id = any(${streams})`).length;

type Hold = (stream: string, within: (tx: Tx) => Promise<void>) => Promise<unknown>;
const opener = (run: Run): Hold => (stream, within) => run(stream, { type: 'Increment', by: 1 }, { within });

beforeAll(async () => {
  const open = commandHandler(database, counterDecider, [counterProjection]);
  for (let slot = 0; slot < GROUPS_IN_FLIGHT; slot++) await open(`gc-hold${slot}`, { type: 'Open', name: 'hold' });
});

describe('group commit', () => {
  it('commits concurrent commands in one transaction, each event projected and in the outbox exactly once', async () => {
    const run = commandHandler(database, counterDecider, [counterProjection]);
    const streams = Array.from({ length: 12 }, (_, i) => `gc-a${i}`);
    const results = await inOneGroupAfter(opener(run), () => streams.map((s) => run(s, { type: 'Open', name: s })));
    expect(results.every((r) => r.status === 'fulfilled')).toBe(true);
    expect(await xminsOf(streams)).toHaveLength(1);
    expect(await outboxOf(streams)).toBe(12);
    const rows = await database.sql`select id, name, version from counters where id = any(${streams}) order by id`;
    expect(rows.map((r) => r['id'])).toEqual([...streams].sort());
    for (const [i, result] of results.entries()) {
      const value = (result as PromiseFulfilledResult<{ version: number; events: RecordedEvent[] }>).value;
      expect(value.version).toBe(1);
      expect(value.events.map((e) => [e.streamId, e.type])).toEqual([[streams[i], 'CounterOpened']]);
    }
  });

  it("isolates a stale command's ConcurrencyError: the rest of its group commits", async () => {
    const run = commandHandler(database, counterDecider, [counterProjection]);
    for (const s of ['gc-b0', 'gc-b1', 'gc-b2']) await run(s, { type: 'Open', name: s });
    await run('gc-b1', { type: 'Increment', by: 1 });
    const stale = { state: { status: 'open' as const, name: 'gc-b1', value: 0 }, version: 1 };
    const results = await inOneGroupAfter(opener(run), () => [
      run('gc-b0', { type: 'Increment', by: 2 }),
      run('gc-b1', { type: 'Increment', by: 3 }, { from: stale, retries: 0 }),
      run('gc-b2', { type: 'Increment', by: 4 }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const error = (results[1] as PromiseRejectedResult).reason;
    expect(error).toBeInstanceOf(ConcurrencyError);
    expect(error).toMatchObject({ streamId: 'gc-b1', expected: 1, actual: 2 });
    expect((await readStream(database.db, 'gc-b1')).map((e) => e.streamVersion)).toEqual([1, 2]);
    const increments = await database.sql`select distinct xmin::text from events where stream_id in ('gc-b0', 'gc-b2') and stream_version = 2`;
    expect(increments).toHaveLength(1);
    const rows = await database.sql`select id, value from counters where id in ('gc-b0', 'gc-b1', 'gc-b2') order by id`;
    expect(rows.map((r) => r['value'])).toEqual([2, 1, 4]);
  });

  it('commits a group of bare appends (no projection, no own work) as one statement: conflicts isolated, the relay woken', async () => {
    const projected = commandHandler(database, counterDecider, [counterProjection]);
    const bare = commandHandler(database, counterDecider);
    // Decides an event without a type: the events table refuses it, so the server refuses the whole statement.
    const broken = commandHandler(database, { ...counterDecider, decide: () => [{ type: null, data: { name: 'x' } }] as never });
    for (const s of ['gc-s0', 'gc-s1']) await bare(s, { type: 'Open', name: s });
    await bare('gc-s1', { type: 'Increment', by: 1 });
    const woken = vi.fn();
    const unregister = registerLocalRelay(database, { isLeader: true, wakeUp: woken });
    try {
      const stale = { state: { status: 'open' as const, name: 'gc-s1', value: 0 }, version: 1 };
      // Spied once the holders' transactions are open: the group's statement opens none.
      let transactions!: MockInstance;
      const first = await inOneGroupAfter(opener(projected), () => {
        transactions = vi.spyOn(database.db, 'transaction');
        return [
          bare('gc-s0', { type: 'Increment', by: 2 }),
          bare('gc-s1', { type: 'Increment', by: 3 }, { from: stale, retries: 0 }),
          bare('gc-s2', { type: 'Open', name: 'gc-s2' }),
        ];
      });
      expect(transactions).not.toHaveBeenCalled();
      transactions.mockRestore();
      expect(first.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      expect((first[1] as PromiseRejectedResult).reason).toMatchObject({ streamId: 'gc-s1', expected: 1, actual: 2 });
      const together = await database.sql`select distinct xmin::text from events
        where (stream_id = 'gc-s0' and stream_version = 2) or (stream_id = 'gc-s2' and stream_version = 1)`;
      expect(together).toHaveLength(1);
      expect(await outboxOf(['gc-s0', 'gc-s1', 'gc-s2'])).toBe(5);
      expect(woken).toHaveBeenCalled();

      // Refused by the server, the statement committed nothing: each command reruns alone, and only the
      // broken one fails.
      const second = await inOneGroupAfter(opener(projected), () => [
        bare('gc-s2', { type: 'Increment', by: 5 }),
        broken('gc-s3', { type: 'Open' }, { retries: 0 }),
      ]);
      expect(second.map((r) => r.status)).toEqual(['fulfilled', 'rejected']);
      expect((second[1] as PromiseRejectedResult).reason).toMatchObject({ code: '23502' });
      expect((await readStream(database.db, 'gc-s2')).map((e) => e.type)).toEqual(['CounterOpened', 'CounterIncremented']);
      expect(await readStream(database.db, 'gc-s3')).toEqual([]);
    } finally {
      unregister();
    }
  });

  it("runs its commands' `within`s at once on its connection; one opening a savepoint makes the group rerun alone", async () => {
    const run = commandHandler(database, counterDecider, [counterProjection]);
    // Each of the two waits inside its `within` until the other has entered its own: one after the other, they would never end.
    let arrivals = 0;
    let bothIn!: () => void;
    const together = new Promise<void>((resolve) => (bothIn = resolve));
    const meet = async (tx: Tx, id: string) => {
      await tx.execute(sql`select 1 from counters where id = ${id}`);
      if (++arrivals === 2) bothIn();
      await together;
    };
    const first = await inOneGroupAfter(opener(run), () => [
      run('gc-w0', { type: 'Open', name: 'w0' }, { within: (tx) => meet(tx, 'gc-w0') }),
      run('gc-w1', { type: 'Open', name: 'w1' }, { within: (tx) => meet(tx, 'gc-w1') }),
    ]);
    expect(first.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled']);
    expect(await xminsOf(['gc-w0', 'gc-w1'])).toHaveLength(1);

    const inSavepoint = vi.fn(async (tx: Tx) => {
      await tx.transaction(async (savepoint) => {
        await savepoint.execute(sql`update counters set name = 'renamed' where id = 'gc-w2'`);
      });
    });
    const second = await inOneGroupAfter(opener(run), () => [
      run('gc-w2', { type: 'Open', name: 'w2' }, { within: inSavepoint }),
      run('gc-w3', { type: 'Open', name: 'w3' }),
    ]);
    expect(second.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled']);
    expect(inSavepoint).toHaveBeenCalledTimes(2);
    expect(await xminsOf(['gc-w2', 'gc-w3'])).toHaveLength(2);
    const rows = await database.sql`select id, name from counters where id in ('gc-w2', 'gc-w3') order by id`;
    expect(rows.map((r) => r['name'])).toEqual(['renamed', 'w3']);
    expect(await outboxOf(['gc-w2', 'gc-w3'])).toBe(2);
  });

  it("a failing projection or `within` fails only its own command, which leaves no event, row or outbox entry", async () => {
    const picky: Projection = {
      name: 'picky',
      handles: ['CounterOpened'],
      apply: async (_tx, event) => {
        if ((event.data as { name: string }).name === 'bad') throw new Error('picky refuses bad');
      },
      reset: async () => {},
    };
    const run = commandHandler(database, counterDecider, [counterProjection, picky]);
    const results = await inOneGroupAfter(opener(run), () => [
      run('gc-c0', { type: 'Open', name: 'good' }),
      run('gc-c1', { type: 'Open', name: 'bad' }),
      run('gc-c2', { type: 'Open', name: 'fine' }, { within: async () => { throw new Error('within fails'); } }),
      run('gc-c3', { type: 'Open', name: 'also good' }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason).toMatchObject({ message: 'picky refuses bad' });
    expect((results[2] as PromiseRejectedResult).reason).toMatchObject({ message: 'within fails' });
    expect(await readStream(database.db, 'gc-c1')).toEqual([]);
    expect(await readStream(database.db, 'gc-c2')).toEqual([]);
    expect(await outboxOf(['gc-c0', 'gc-c1', 'gc-c2', 'gc-c3'])).toBe(2);
    const rows = await database.sql`select id from counters where id like 'gc-c%' order by id`;
    expect(rows.map((r) => r['id'])).toEqual(['gc-c0', 'gc-c3']);
  });

  it('keeps a stream in order when its commands queue together, with idempotency keys and snapshots', async () => {
    const store = storedSnapshots<CounterState>({ schema: 'counter/v1', every: 2 });
    const run = commandHandler(database, counterDecider, [counterProjection], store);
    await run('gc-d', { type: 'Open', name: 'd' });
    const keyed = { idempotencyKey: 'key-d-1' };
    const results = await inOneGroupAfter(opener(run), () => [
      run('gc-d', { type: 'Increment', by: 1 }, { retries: 10 }),
      run('gc-d', { type: 'Increment', by: 10 }, { retries: 10 }),
      run('gc-d', { type: 'Increment', by: 100 }, { metadata: keyed, retries: 0 }),
      run('gc-d', { type: 'Increment', by: 100 }, { metadata: keyed, retries: 0 }),
    ]);
    // Queued behind each other, the later commands are stale: the unkeyed ones retry on fresh state, the keyed
    // twins (retries 0, as runIdempotent runs them) commit at most once and otherwise fail on the version.
    expect(results.slice(0, 2).map((r) => r.status)).toEqual(['fulfilled', 'fulfilled']);
    for (const r of results.slice(2)) if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(ConcurrencyError);
    const keyedRun = () => run('gc-d', { type: 'Increment', by: 100 }, { metadata: keyed, retries: 0 });
    if (results.slice(2).every((r) => r.status === 'rejected')) await keyedRun();
    else await expect(keyedRun()).rejects.toBeInstanceOf(ConcurrencyError);
    const events = await readStream(database.db, 'gc-d');
    expect(events.map((e) => e.streamVersion)).toEqual(events.map((_, i) => i + 1));
    expect(events.filter((e) => e.metadata['idempotencyKey'] === 'key-d-1')).toHaveLength(1);
    expect(events.reduce((sum, e) => sum + ((e.data as { by?: number }).by ?? 0), 0)).toBe(111);
    const [row] = await database.sql`select value, version from counters where id = 'gc-d'`;
    expect(row).toMatchObject({ value: 111, version: events.length });
    const [snap] = await database.sql`select stream_version, state from snapshots where stream_id = 'gc-d'`;
    expect(snap!['stream_version']).toBe(events.length - (events.length % 2));
    expect(snap!['state']).toMatchObject({ status: 'open' });
    expect((await run('gc-d', { type: 'Increment', by: 0 })).state).toMatchObject({ value: 111 });
  });

  it('reruns alone the commands of a group that deadlocked with another group: both commit', async () => {
    const run = commandHandler(database, counterDecider, [counterProjection]);
    for (const s of ['gc-g0', 'gc-g1', 'gc-x', 'gc-y']) await run(s, { type: 'Open', name: s });
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const entered: Array<Promise<void>> = [];
    // Each group (one command each, both slots taken) locks one row, waits for the other to lock its own,
    // then asks for the other's: PostgreSQL aborts one of the two transactions.
    const crossing = (stream: string, first: string, second: string) => {
      let inside!: () => void;
      entered.push(new Promise<void>((resolve) => (inside = resolve)));
      return run(stream, { type: 'Increment', by: 1 }, {
        within: async (tx) => {
          await tx.execute(sql`select 1 from counters where id = ${first} for update`);
          inside();
          await gate;
          await tx.execute(sql`select 1 from counters where id = ${second} for update`);
        },
      });
    };
    const g0 = crossing('gc-g0', 'gc-x', 'gc-y');
    await entered[0];
    const g1 = crossing('gc-g1', 'gc-y', 'gc-x');
    await entered[1];
    release();
    const results = await Promise.allSettled([g0, g1]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled']);
    const rows = await database.sql`select id, value from counters where id in ('gc-g0', 'gc-g1') order by id`;
    expect(rows.map((r) => r['value'])).toEqual([1, 1]);
    expect(await outboxOf(['gc-g0', 'gc-g1'])).toBe(4);
  });

  it("carries each command's own trace context into its events and its own work", async () => {
    const tracer = trace.getTracer('group-commit-test');
    const run = commandHandler(database, counterDecider, [counterProjection]);
    const seen = new Map<string, string | undefined>();
    const traced = (stream: string) =>
      tracer.startActiveSpan(`request ${stream}`, async (span) => {
        try {
          const within = async () => void seen.set(stream, trace.getActiveSpan()?.spanContext().traceId);
          const result = await run(stream, { type: 'Open', name: stream }, { within });
          return { traceId: span.spanContext().traceId, result };
        } finally {
          span.end();
        }
      });
    const results = await inOneGroupAfter(opener(run), () => ['gc-e0', 'gc-e1', 'gc-e2'].map(traced));
    const traces = new Set<string>();
    for (const [i, r] of results.entries()) {
      expect(r.status).toBe('fulfilled');
      const { traceId, result } = (r as PromiseFulfilledResult<Awaited<ReturnType<typeof traced>>>).value;
      traces.add(traceId);
      expect(result.events[0]!.metadata.traceparent).toContain(traceId);
      expect(seen.get(`gc-e${i}`)).toBe(traceId);
    }
    expect(traces.size).toBe(3);
    expect(await xminsOf(['gc-e0', 'gc-e1', 'gc-e2'])).toHaveLength(1);
  });

  it('starts a second group beside one that is held up: a command does not wait on another group\'s lock', async () => {
    const run = commandHandler(database, counterDecider, [counterProjection]);
    await run('gc-h0', { type: 'Open', name: 'h0' });
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let entered!: () => void;
    const inside = new Promise<void>((resolve) => (entered = resolve));
    const held = run('gc-h0', { type: 'Increment', by: 1 }, { within: async () => (entered(), gate) });
    await inside;
    // The group in flight waits (as on a lock) for as long as the test wants: the next command still commits.
    const other = await run('gc-h1', { type: 'Open', name: 'h1' });
    expect(other.version).toBe(1);
    release();
    expect((await held).state).toMatchObject({ value: 1 });
    expect(groupCommitter(database).waiting).toBe(0);
  });

  it("keeps the single path in a caller's transaction: its commands commit or roll back with it", async () => {
    const run = commandHandler(database, counterDecider, [counterProjection]);
    await database.db.transaction(async (tx) => {
      await run('gc-f0', { type: 'Open', name: 'f0' });
      await run('gc-f1', { type: 'Open', name: 'f1' }, { tx });
      await tx.execute(sql`select 1`);
    });
    expect(await xminsOf(['gc-f1'])).toHaveLength(1);
    await expect(database.db.transaction(async () => {
      await run('gc-f2', { type: 'Open', name: 'f2' });
      throw new Error('the caller gives up');
    })).rejects.toThrow('the caller gives up');
    // A command run inside a transaction's callback without `tx` is not grouped: it never waits on a group.
    expect(groupCommitter(database).waiting).toBe(0);
    // A handler on a transaction seen as a database (withinTransaction) commits or rolls back with it too.
    await expect(database.db.transaction(async (tx) => {
      await commandHandler(withinTransaction(database, tx), counterDecider, [counterProjection])('gc-f3', { type: 'Open', name: 'f3' });
      throw new Error('the caller gives up again');
    })).rejects.toThrow('the caller gives up again');
    expect(await readStream(database.db, 'gc-f3')).toEqual([]);
    expect(isTransactionScoped(withinTransaction(database, database.db as unknown as Tx))).toBe(true);
    expect(isTransactionScoped(database)).toBe(false);
  });
});
