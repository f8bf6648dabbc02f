import type { Database } from '@keywarden/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applyProjections,
  commandHandler,
  inboxBatchHandler,
  inboxContains,
  rebuildProjection,
  type Projection,
} from './index.js';
import { counterDecider, counterProjection, type CounterEvent } from './test-support/counter.js';
import { openEventStoreDatabase, type EventStoreTestDatabase } from './test-support/test-database.js';

let store: EventStoreTestDatabase;
let database: Database;

beforeAll(async () => {
  store = await openEventStoreDatabase('inbox');
  database = store.database;
  await database.db.execute(sql`create table notes (id text primary key, text text not null)`);
});
afterAll(async () => {
  await store.close();
});

type Note = { eventId: string; text: string };
const note = (n: number): Note => ({ eventId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, text: `note ${n}` });
const notes = async () => (await database.sql<Array<{ id: string; text: string }>>`select * from notes order by id`).map((r) => r.text);

describe('inboxBatchHandler', () => {
  const calls: string[][] = [];
  // Built on first use: the database exists only once beforeAll has run.
  const handle = (messages: Note[]) =>
    inboxBatchHandler<Note>(database, 'test--notes', async (tx, fresh) => {
      calls.push(fresh.map((m) => m.text));
      if (fresh.some((m) => m.text === 'note 99')) throw new Error('refused');
      const rows = JSON.stringify(fresh.map((m) => ({ id: m.eventId, text: m.text })));
      await tx.execute(sql`insert into notes (id, text) select id, text from jsonb_to_recordset(${rows}::jsonb) as r(id text, text text)`);
    })(messages);

  it('hands the fresh messages of a batch to the handler at once, each id once, in order', async () => {
    const outcome = await handle([note(1), note(2), note(1), note(3)]);
    expect(outcome).toEqual({ handled: 3, duplicates: 1 });
    expect(calls.at(-1)).toEqual(['note 1', 'note 2', 'note 3']);
    expect(await notes()).toEqual(['note 1', 'note 2', 'note 3']);
  });

  it('skips what an earlier batch handled, and calls nothing when all of it was', async () => {
    const before = calls.length;
    expect(await handle([note(2), note(4)])).toEqual({ handled: 1, duplicates: 1 });
    expect(calls.at(-1)).toEqual(['note 4']);
    expect(await handle([note(1), note(4)])).toEqual({ handled: 0, duplicates: 2 });
    expect(calls.length).toBe(before + 1);
  });

  it('commits neither effects nor inbox rows when the handler fails', async () => {
    await expect(handle([note(5), note(99)])).rejects.toThrow('refused');
    expect(await inboxContains(database, 'test--notes', note(5).eventId)).toBe(false);
    expect(await notes()).not.toContain('note 5');
    expect(await handle([note(5)])).toEqual({ handled: 1, duplicates: 0 });
    expect(await notes()).toContain('note 5');
  });
});

describe('a projection with a batch form', () => {
  const batches: number[] = [];
  // The counter projection, applied through applyBatch (which here just loops, and counts the calls).
  const batched: Projection<CounterEvent> = {
    ...counterProjection,
    async applyBatch(tx, events) {
      batches.push(events.length);
      for (const event of events) await counterProjection.apply(tx, event);
    },
  };

  it('is applied a batch at a time, inline and in a rebuild, with the same rows as one at a time', async () => {
    const run = commandHandler(database, counterDecider, [batched]);
    await run('counter-x', { type: 'Open', name: 'x' });
    await run('counter-x', { type: 'Increment', by: 2 });
    expect(batches).toEqual([1, 1]);
    for (let i = 0; i < 10; i++) await run(`counter-y${i % 3}`, i < 3 ? { type: 'Open', name: `y${i}` } : { type: 'Increment', by: i });
    const live = await database.sql`select * from counters order by id`;
    batches.length = 0;
    await rebuildProjection(database, batched, { pageSize: 5 });
    expect(batches).toEqual([5, 5, 2]);
    expect(await database.sql`select * from counters order by id`).toEqual(live);
  });

  it('sees only the events it handles', async () => {
    batches.length = 0;
    await database.db.transaction((tx) =>
      applyProjections(tx, [batched], [
        { eventId: note(7).eventId, type: 'NoteWritten', streamId: 'note-7', streamVersion: 1, data: {}, time: new Date() },
      ]),
    );
    expect(batches).toEqual([]);
  });
});
