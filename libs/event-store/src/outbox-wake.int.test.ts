// Waking the outbox relay without a NOTIFY in the append's transaction: two replicas of a service
// (two database handles on one database), each with its relay, the poll set far beyond the test's
// wait, so only a wake can explain an event published. Appends in the leader's own process wake it
// in process after their commit; appends in the follower's reach it through one NOTIFY sent after
// theirs; a process with no relay at all notifies as well.
import { connectDatabase, withinTransaction, type Database } from '@keywarden/db';
import { createTestDatabase, eventually, type TestDatabase } from '@keywarden/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutboxRelay, appendToStream, commandHandler, migrateEventStore, type Decider, type RecordedEvent } from './index.js';

const NEVER_MS = 600_000;
let testDb: TestDatabase;
const handles: Database[] = [];
const relays: OutboxRelay[] = [];
const published: string[] = [];

beforeAll(async () => {
  testDb = await createTestDatabase('outbox_wake');
});
afterAll(async () => {
  for (const relay of relays) await relay.stop();
  for (const handle of handles) await handle.close();
  await testDb.drop();
});

const connect = () => {
  const handle = connectDatabase(testDb.url, { max: 3 });
  handles.push(handle);
  return handle;
};
const startRelay = async (database: Database) => {
  const relay = new OutboxRelay({
    database, pollIntervalMs: NEVER_MS, leaderRetryMs: 50, takeoverGraceMs: 50,
    publish: async (events: readonly RecordedEvent[]) => {
      published.push(...events.map((e) => e.streamId));
      return events.map(() => ({ status: 'acked' as const }));
    },
  });
  relays.push(relay);
  await relay.start();
  return relay;
};

type Note = { type: 'NoteWritten'; data: { text: string } };
const notes: Decider<{ written: boolean }, { type: 'Write'; text: string }, Note> = {
  initialState: () => ({ written: false }),
  decide: (command, state) => (state.written ? [] : [{ type: 'NoteWritten', data: { text: command.text } }]),
  evolve: () => ({ written: true }),
};
const appendOne = (database: Database, streamId: string) =>
  database.db.transaction((tx) => appendToStream(tx, streamId, [{ type: 'NoteWritten', data: { text: streamId } }], { expectedVersion: 'no_stream' }));
const isPublished = (streamId: string) => () => published.includes(streamId);

describe('waking the outbox relay after commit', () => {
  it('wakes the leader in process, the leader of another replica by NOTIFY, and never needs the poll', async () => {
    const leaderSide = connect();
    await migrateEventStore(leaderSide);
    const followerSide = connect();
    const leader = await startRelay(leaderSide);
    await eventually(() => leader.isLeader);
    const follower = await startRelay(followerSide);
    // The first rounds are over: from here only a wake starts another one.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(follower.isLeader).toBe(false);

    await commandHandler(leaderSide, notes)('note-in-process', { type: 'Write', text: 'a' });
    await eventually(isPublished('note-in-process'));

    await commandHandler(followerSide, notes)('note-other-replica', { type: 'Write', text: 'b' });
    await eventually(isPublished('note-other-replica'));

    // A command recorded in the caller's transaction: woken once that transaction commits.
    await leaderSide.db.transaction(async (tx) => {
      await commandHandler(withinTransaction(leaderSide, tx), notes)('note-in-batch', { type: 'Write', text: 'c' });
    });
    await eventually(isPublished('note-in-batch'));

    // A process with no relay of its own (a one-off tool): its commits notify too, many at once coalesced.
    const tool = connect();
    const streams = Array.from({ length: 20 }, (_, i) => `note-tool-${i}`);
    await Promise.all(streams.map((s) => appendOne(tool, s)));
    await eventually(() => streams.every((s) => published.includes(s)));
    expect(published.filter((s) => s.startsWith('note-')).sort()).toEqual(['note-in-batch', 'note-in-process', 'note-other-replica', ...streams].sort());
  });

  it('does not wake anything for a transaction that rolled back, and publishes nothing of it', async () => {
    const database = connect();
    await expect(database.db.transaction(async (tx) => {
      await appendToStream(tx, 'note-rolled-back', [{ type: 'NoteWritten', data: { text: 'x' } }], { expectedVersion: 'no_stream' });
      throw new Error('rolled back');
    })).rejects.toThrow('rolled back');
    await appendOne(database, 'note-after-rollback');
    await eventually(isPublished('note-after-rollback'));
    expect(published).not.toContain('note-rolled-back');
  });
});
