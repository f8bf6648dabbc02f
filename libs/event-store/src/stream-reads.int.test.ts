import { connectDatabase, type Database } from '@keywarden/db';
import { createTestDatabase } from '@keywarden/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { appendToStream, migrateEventStore, readStream, storedSnapshots } from './index.js';
import { streamReads } from './stream-reads.js';
import { openEventStoreDatabase, type EventStoreTestDatabase } from './test-support/test-database.js';

let store: EventStoreTestDatabase;
let database: Database;

beforeAll(async () => {
  store = await openEventStoreDatabase('streamreads');
  database = store.database;
  for (let s = 0; s < 10; s++) {
    const events = Array.from({ length: s + 1 }, (_, i) => ({ type: 'Happened', data: { s, i } }));
    await database.db.transaction((tx) => appendToStream(tx, `sr-${s}`, events, { expectedVersion: 'no_stream' }));
  }
});
afterAll(async () => {
  await store.close();
});

describe('batched stream reads', () => {
  it("answers each of many concurrent reads with exactly its own stream's events after its version, in order", async () => {
    const reads = streamReads(database);
    // The same stream asked twice from different versions, streams that do not exist, reads past the end.
    const asks = [
      ...Array.from({ length: 10 }, (_, s) => ({ stream: `sr-${s}`, after: 0 })),
      ...Array.from({ length: 10 }, (_, s) => ({ stream: `sr-${s}`, after: Math.floor(s / 2) })),
      { stream: 'sr-9', after: 10 },
      { stream: 'sr-missing', after: 0 },
      { stream: 'sr-3', after: 2 },
    ];
    const answers = await Promise.all(asks.map((a) => reads.read(a.stream, a.after)));
    for (const [i, a] of asks.entries()) {
      const expected = await readStream(database.db, a.stream, { afterVersion: a.after });
      expect(answers[i]).toEqual(expected);
    }
    expect(answers[0]!.map((e) => e.data)).toEqual([{ s: 0, i: 0 }]);
    expect(answers[19]!.map((e) => e.streamVersion)).toEqual([5, 6, 7, 8, 9, 10]);
    expect(answers[20]).toEqual([]);
    expect(answers[21]).toEqual([]);
  });

  it("reads a stream's stored snapshot of the asked schema with only the events after it, in the same batch as plain reads", async () => {
    const snapshots = storedSnapshots<{ upTo: number }>({ schema: 'sr/v1', every: 4 });
    await database.db.transaction(async (tx) => {
      await snapshots.save(tx, 'sr-7', { upTo: 4 }, 3, 4);
      await snapshots.save(tx, 'sr-5', { upTo: 4 }, 3, 4);
      await tx.execute(sql`update snapshots set schema = 'sr/v0' where stream_id = 'sr-5'`);
    });
    const reads = streamReads(database);
    const [fromSnapshot, otherSchema, noSnapshot, missing, plain] = await Promise.all([
      reads.readFromSnapshot('sr-7', 'sr/v1'),
      reads.readFromSnapshot('sr-5', 'sr/v1'),
      reads.readFromSnapshot('sr-2', 'sr/v1'),
      reads.readFromSnapshot('sr-missing', 'sr/v1'),
      reads.read('sr-7'),
    ]);
    expect(fromSnapshot!.snapshot).toEqual({ state: { upTo: 4 }, version: 4 });
    expect(fromSnapshot!.events).toEqual(await readStream(database.db, 'sr-7', { afterVersion: 4 }));
    expect(fromSnapshot!.events.map((e) => e.streamVersion)).toEqual([5, 6, 7, 8]);
    // A snapshot of another shape is no snapshot: the whole stream.
    expect(otherSchema!.snapshot).toBeUndefined();
    expect(otherSchema!.events.map((e) => e.streamVersion)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(noSnapshot).toEqual({ snapshot: undefined, events: await readStream(database.db, 'sr-2') });
    expect(missing).toEqual({ snapshot: undefined, events: [] });
    expect(plain).toHaveLength(8);
  });

  it('rejects every read of a batch whose query fails, and is not left stuck: the next reads are served', async () => {
    const bare = await createTestDatabase('streamreadsbare');
    const other = connectDatabase(bare.url);
    try {
      const reads = streamReads(other);
      // No event store here yet: the batch's one query fails, and both reads with it.
      const failed = await Promise.allSettled([reads.read('sr-1'), reads.read('sr-2')]);
      expect(failed.map((r) => r.status)).toEqual(['rejected', 'rejected']);
      await migrateEventStore(other);
      await other.db.transaction((tx) => appendToStream(tx, 'sr-1', [{ type: 'Happened', data: {} }], { expectedVersion: 'no_stream' }));
      expect(await reads.read('sr-1')).toHaveLength(1);
    } finally {
      await other.close();
      await bare.drop();
    }
  });
});
