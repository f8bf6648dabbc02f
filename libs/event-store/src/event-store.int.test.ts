import type { Database } from '@keywarden/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ConcurrencyError,
  appendToStream,
  commandHandler,
  readAll,
  readStream,
  rebuildProjection,
  storedSnapshots,
} from './index.js';
import { counterDecider, counterProjection, type CounterState } from './test-support/counter.js';
import { openEventStoreDatabase, type EventStoreTestDatabase } from './test-support/test-database.js';

let store: EventStoreTestDatabase;
let database: Database;

beforeAll(async () => {
  store = await openEventStoreDatabase('evstore');
  database = store.database;
});
afterAll(async () => {
  await store.close();
});

const outboxCount = async () => (await database.sql`select count(*)::int as n from outbox`)[0]!['n'] as number;

// Direct appends write 'NoteWritten' events, which no projection here handles.
describe('event store', () => {
  it('appends with an expected version and reads the stream back in order', async () => {
    const recorded = await database.db.transaction((tx) =>
      appendToStream(tx, 'counter-a', [
        { type: 'NoteWritten', data: { text: 'a' } },
        { type: 'NoteWritten', data: { text: 'b' } },
      ], { expectedVersion: 'no_stream', metadata: { actor: 'user-1' } }),
    );
    expect(recorded.map((e) => e.streamVersion)).toEqual([1, 2]);
    expect(recorded[1]!.globalPosition).toBeGreaterThan(recorded[0]!.globalPosition);
    const read = await readStream(database.db, 'counter-a');
    expect(read.map((e) => [e.type, e.data, e.metadata['actor']])).toEqual([
      ['NoteWritten', { text: 'a' }, 'user-1'],
      ['NoteWritten', { text: 'b' }, 'user-1'],
    ]);
  });

  it('raises ConcurrencyError on a stale expected version and appends nothing', async () => {
    const before = await readAll(database.db);
    const outboxBefore = await outboxCount();
    const stale = database.db.transaction((tx) =>
      appendToStream(tx, 'counter-a', [{ type: 'NoteWritten', data: { text: 'c' } }], { expectedVersion: 1 }),
    );
    await expect(stale).rejects.toBeInstanceOf(ConcurrencyError);
    await expect(stale).rejects.toMatchObject({ code: 'ERR_CONCURRENCY', status: 409, actual: 2 });
    const noStream = database.db.transaction((tx) =>
      appendToStream(tx, 'counter-a', [{ type: 'NoteWritten', data: { text: 'd' } }], { expectedVersion: 'no_stream' }),
    );
    await expect(noStream).rejects.toBeInstanceOf(ConcurrencyError);
    expect(await readAll(database.db)).toEqual(before);
    expect(await outboxCount()).toBe(outboxBefore);
  });

  it('lets exactly one of two racing writers win', async () => {
    await database.db.transaction((tx) =>
      appendToStream(tx, 'counter-race', [{ type: 'NoteWritten', data: { text: 'r' } }], { expectedVersion: 'no_stream' }),
    );
    const write = () =>
      database.db.transaction((tx) =>
        appendToStream(tx, 'counter-race', [{ type: 'NoteWritten', data: { text: 'c' } }], { expectedVersion: 1 }),
      );
    const results = await Promise.allSettled([write(), write(), write()]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results.filter((r) => r.status === 'rejected')) {
      expect((r as PromiseRejectedResult).reason).toBeInstanceOf(ConcurrencyError);
    }
    expect((await readStream(database.db, 'counter-race')).map((e) => e.streamVersion)).toEqual([1, 2]);
  });

  it('writes an outbox row per event in the same transaction, and none when it rolls back', async () => {
    const before = await outboxCount();
    await expect(
      database.db.transaction(async (tx) => {
        await appendToStream(tx, 'counter-rollback', [{ type: 'NoteWritten', data: { text: 'x' } }], { expectedVersion: 'no_stream' });
        throw new Error('the command failed after appending');
      }),
    ).rejects.toThrow('the command failed');
    expect(await outboxCount()).toBe(before);
    expect(await readStream(database.db, 'counter-rollback')).toEqual([]);
  });
});

describe('command handler', () => {
  it('loads, decides, appends and projects inline in one transaction', async () => {
    const run = commandHandler(database, counterDecider, [counterProjection]);
    await run('counter-b', { type: 'Open', name: 'b' });
    const result = await run('counter-b', { type: 'Increment', by: 5 });
    expect(result.version).toBe(2);
    expect(result.state).toEqual({ status: 'open', name: 'b', value: 5 });
    const [row] = await database.sql`select * from counters where id = 'counter-b'`;
    expect(row).toMatchObject({ name: 'b', value: 5, version: 2 });
  });

  it('leaves no event, no row and no outbox entry when the decider refuses', async () => {
    const run = commandHandler(database, counterDecider, [counterProjection]);
    const before = await outboxCount();
    await expect(run('counter-never', { type: 'Increment', by: 1 })).rejects.toThrow('counter not open');
    expect(await readStream(database.db, 'counter-never')).toEqual([]);
    expect(await outboxCount()).toBe(before);
  });

  it("runs in the caller's transaction when given one: its commands commit, or roll back, with it", async () => {
    const run = commandHandler(database, counterDecider, [counterProjection]);
    await database.db.transaction(async (tx) => {
      await run('counter-t1', { type: 'Open', name: 't1' }, { tx });
      await run('counter-t2', { type: 'Open', name: 't2' }, { tx });
    });
    expect((await readStream(database.db, 'counter-t1')).map((e) => e.streamVersion)).toEqual([1]);
    expect((await readStream(database.db, 'counter-t2')).map((e) => e.streamVersion)).toEqual([1]);
    const before = await outboxCount();
    await expect(database.db.transaction(async (tx) => {
      await run('counter-t3', { type: 'Open', name: 't3' }, { tx });
      throw new Error('the caller gives up');
    })).rejects.toThrow('the caller gives up');
    expect(await readStream(database.db, 'counter-t3')).toEqual([]);
    expect(await database.sql`select 1 from counters where id = 'counter-t3'`).toHaveLength(0);
    expect(await outboxCount()).toBe(before);
  });

  it('re-decides on fresh state when a concurrent command won', async () => {
    const run = commandHandler(database, counterDecider, [counterProjection]);
    await run('counter-c', { type: 'Open', name: 'c' });
    await Promise.all(Array.from({ length: 8 }, () => run('counter-c', { type: 'Increment', by: 1 }, { retries: 20 })));
    const [row] = await database.sql`select value, version from counters where id = 'counter-c'`;
    expect(row).toMatchObject({ value: 8, version: 9 });
  });

  it('starts from a snapshot and replays only the events after it', async () => {
    const plain = commandHandler(database, counterDecider, [counterProjection]);
    await plain('counter-s', { type: 'Open', name: 's' });
    for (let i = 0; i < 3; i++) await plain('counter-s', { type: 'Increment', by: 1 });
    // The snapshot claims version 3 with a value no replay of the log would give: only event 4 may be applied on top.
    const fromRow = commandHandler(database, counterDecider, [counterProjection], async () => ({ state: { status: 'open' as const, name: 's', value: 100 }, version: 3 }));
    const result = await fromRow('counter-s', { type: 'Increment', by: 10 });
    expect(result.state).toEqual({ status: 'open', name: 's', value: 111 });
    expect(result.version).toBe(5);
    expect((await readStream(database.db, 'counter-s', { afterVersion: 3 })).map((e) => e.streamVersion)).toEqual([4, 5]);
  });

  it('saves a snapshot every N events in the same transaction and ignores one of another schema', async () => {
    const store = storedSnapshots<CounterState>({ schema: 'counter/v1', every: 3 });
    const run = commandHandler(database, counterDecider, [counterProjection], store);
    await run('counter-n', { type: 'Open', name: 'n' });
    await run('counter-n', { type: 'Increment', by: 2 });
    expect(await database.sql`select * from snapshots where stream_id = 'counter-n'`).toHaveLength(0);
    await run('counter-n', { type: 'Increment', by: 3 });
    const [snap] = await database.sql`select stream_version, state, schema from snapshots where stream_id = 'counter-n'`;
    expect(snap).toMatchObject({ stream_version: 3, schema: 'counter/v1', state: { status: 'open', name: 'n', value: 5 } });
    // The next command starts from the snapshot: a tampered snapshot shows it was used.
    await database.sql`update snapshots set state = jsonb_set(state, '{value}', '1000') where stream_id = 'counter-n'`;
    expect((await run('counter-n', { type: 'Increment', by: 1 })).state).toMatchObject({ value: 1001 });
    // A new state shape ignores the old snapshot and replays the log.
    const v2 = commandHandler(database, counterDecider, [counterProjection], storedSnapshots<CounterState>({ schema: 'counter/v2', every: 3 }));
    expect((await v2('counter-n', { type: 'Increment', by: 1 })).state).toMatchObject({ value: 7 });
  });

  it('decides on a state the caller already read, and reloads when that state turns out stale', async () => {
    const run = commandHandler(database, counterDecider, [counterProjection]);
    await run('counter-f', { type: 'Open', name: 'f' });
    await run('counter-f', { type: 'Increment', by: 1 });
    // Current at version 2: nothing is read, the claimed state is used as is.
    const trusted = await run('counter-f', { type: 'Increment', by: 1 }, { from: { state: { status: 'open', name: 'f', value: 50 }, version: 2 } });
    expect(trusted.state).toMatchObject({ value: 51 });
    expect(trusted.version).toBe(3);
    // Stale (version 1): the append's expected version refuses it and the retry replays the log (increments 1, 1, then 5).
    const stale = await run('counter-f', { type: 'Increment', by: 5 }, { from: { state: { status: 'open', name: 'f', value: 1000 }, version: 1 } });
    expect(stale.state).toMatchObject({ value: 7 });
    expect(stale.version).toBe(4);
  });

  it('rebuilds a projection from the log into the same rows as the live one', async () => {
    const run = commandHandler(database, counterDecider, [counterProjection]);
    for (let i = 0; i < 30; i++) await run(`counter-r${i % 4}`, i < 4 ? { type: 'Open', name: `r${i}` } : { type: 'Increment', by: i });
    const live = await database.sql`select * from counters order by id`;
    const progress = await rebuildProjection(database, counterProjection, { pageSize: 7 });
    const rebuilt = await database.sql`select * from counters order by id`;
    expect(progress.applied).toBeGreaterThan(30);
    expect(rebuilt).toEqual(live);
  });
});
