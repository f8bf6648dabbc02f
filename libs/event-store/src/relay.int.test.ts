// Outbox relay leadership when the leader's database session dies (its
// backend terminated: what a PostgreSQL restart or a cut connection does to
// it). Two relays on two database handles compete for one outbox. The
// publisher here records what each relay sends: the bus side is covered by
// libs/bus's pipeline tests and libs/runtime's PostgreSQL restart test.
import { connectDatabase, type Database } from '@keywarden/db';
import { createTestDatabase, eventually, type TestDatabase } from '@keywarden/testing';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutboxRelay, appendToStream, migrateEventStore, type OutboxPublisher, type PublishOutcome, type RecordedEvent } from './index.js';

const LOCK_KEY = 0x6b77_0001;
const crashes: unknown[] = [];
const onCrash = (error: unknown) => crashes.push(error);
let testDb: TestDatabase;
const handles: Database[] = [];
let admin: postgres.Sql;

beforeAll(async () => {
  process.on('uncaughtException', onCrash);
  process.on('unhandledRejection', onCrash);
  testDb = await createTestDatabase('relay_lead');
  admin = postgres(testDb.url, { max: 1, onnotice: () => {} });
});
afterAll(async () => {
  for (const handle of handles) await handle.close();
  await admin.end();
  await testDb.drop();
  process.off('uncaughtException', onCrash);
  process.off('unhandledRejection', onCrash);
});

const connect = () => {
  const handle = connectDatabase(testDb.url, { max: 3 });
  handles.push(handle);
  return handle;
};

/** `count` events in one transaction: the relay finds them as one batch. */
async function append(database: Database, count: number, from: number): Promise<void> {
  await database.db.transaction(async (tx) => {
    for (let i = from; i < from + count; i++) await appendToStream(tx, `note-${i}`, [{ type: 'NoteWritten', data: { i } }], { expectedVersion: 'no_stream' });
  });
}

// pg_locks lists the whole cluster: the relays of other test files (their own databases, the same key) are not this one's.
const lockHolder = async () => (await admin<Array<{ pid: number }>>`
  select pid from pg_locks where locktype = 'advisory' and objid = ${LOCK_KEY} and granted
    and database = (select oid from pg_database where datname = current_database())`)[0]?.pid;

describe('outbox relay leadership', () => {
  it('is dropped the moment the leader session dies, taken over by one other relay, and the old leader deletes nothing', async () => {
    const first = connect();
    await migrateEventStore(first);
    const second = connect();
    // In order of happening (one process): who became leader, who stopped being one.
    const leadership: Array<{ relay: string; leader: boolean }> = [];
    const sent = new Map<string, string[]>();
    let hold: { release: () => void; reached: () => void } | undefined;
    const publisher = (relay: string): OutboxPublisher => async (events: readonly RecordedEvent[]) => {
      sent.set(relay, [...(sent.get(relay) ?? []), ...events.map((e) => e.eventId)]);
      if (relay === 'a' && hold) {
        const current = hold;
        hold = undefined;
        current.reached();
        await new Promise<void>((resolve) => (current.release = resolve));
      }
      return events.map(() => ({ status: 'acked' as const }));
    };
    const relay = (name: string, database: Database) =>
      new OutboxRelay({
        database, publish: publisher(name), pollIntervalMs: 50, leaderRetryMs: 50, takeoverGraceMs: 300,
        onLeadership: (leader) => leadership.push({ relay: name, leader }),
      });
    const a = relay('a', first);
    await a.start();
    await eventually(() => a.isLeader);
    const b = relay('b', second);
    await b.start();
    await append(first, 10, 0);
    await eventually(async () => (await first.sql`select 1 from outbox limit 1`).length === 0);
    expect(b.isLeader).toBe(false);

    // The next batch reaches a's publisher, which waits while a's session is killed under it.
    const reached = new Promise<void>((resolve) => {
      hold = { release: () => {}, reached: resolve };
    });
    const holding = hold!;
    await append(first, 5, 10);
    await reached;
    const pid = await lockHolder();
    expect(pid).toBeDefined();
    await admin`select pg_terminate_backend(${pid!})`;
    await eventually(() => !a.isLeader, { message: 'a notices it lost the lock' });
    await eventually(() => b.isLeader, { message: 'b takes over' });
    // b publishes the rows a has not deleted; a, released now, must not delete them under b.
    holding.release();
    await append(second, 5, 15);
    await eventually(async () => (await second.sql`select 1 from outbox limit 1`).length === 0);

    const all = (await admin<Array<{ event_id: string }>>`select event_id from events order by global_position`).map((r) => r.event_id);
    expect(all).toHaveLength(20);
    // Everything after a lost its lock went out through b, in order, the held batch included.
    expect(sent.get('b')).toEqual(all.slice(10));
    expect(sent.get('a')).toEqual(all.slice(0, 15));
    // a's delete of the held batch found its session without the lock: it counts only the first ten.
    expect(a.published).toBe(10);
    expect(b.published).toBe(10);

    let leaders = 0;
    for (const change of leadership) {
      leaders += change.leader ? 1 : -1;
      expect(leaders).toBeLessThanOrEqual(1);
    }
    expect(leadership).toEqual([{ relay: 'a', leader: true }, { relay: 'a', leader: false }, { relay: 'b', leader: true }]);
    expect(await lockHolder()).toBeDefined();

    await a.stop();
    await b.stop();
    // The lock goes with b's session: its backend may still be exiting when stop() returns.
    await eventually(async () => (await lockHolder()) === undefined);
    expect(leadership.at(-1)).toEqual({ relay: 'b', leader: false });
    expect(crashes).toEqual([]);
  });

  it('deletes what was acked, parks what was rejected, and keeps from the first event to retry on, in one statement per round', async () => {
    const database = connect();
    await migrateEventStore(database);
    await database.sql`delete from outbox`;
    // Per round, what the publisher answers for each event in order: the second round acks everything.
    const answers: PublishOutcome[][] = [
      [{ status: 'acked' }, { status: 'rejected', code: 'ERR_EVENT_ENCODE' }, { status: 'acked' }, { status: 'retry', code: 'ERR_BUS_ACK_TIMEOUT' }, { status: 'acked' }],
    ];
    const rounds: string[][] = [];
    const relay = new OutboxRelay({
      database, pollIntervalMs: 50, leaderRetryMs: 50, takeoverGraceMs: 50,
      publish: async (events) => {
        rounds.push(events.map((e) => e.eventId));
        const answer = answers.shift();
        return answer ?? events.map(() => ({ status: 'acked' as const }));
      },
    });
    await append(database, 5, 100);
    const ids = (await database.sql<Array<{ event_id: string; global_position: string }>>`
      select e.event_id, e.global_position from outbox o join events e using (global_position) order by global_position`);
    expect(ids).toHaveLength(5);
    await relay.start();
    await eventually(async () => (await database.sql`select 1 from outbox limit 1`).length === 0);
    await relay.stop();

    // The first round settled the first three; the fourth (to retry) and the fifth went again, in order.
    expect(rounds).toEqual([ids.map((r) => r.event_id), ids.slice(3).map((r) => r.event_id)]);
    expect(relay.published).toBe(4);
    expect(relay.rejected).toBe(1);
    const parked = await database.sql<Array<{ consumer: string; stream_sequence: string; event_id: string; error_code: string }>>`
      select consumer, stream_sequence, event_id, error_code from dead_letters where consumer = 'outbox-relay'`;
    expect(parked).toEqual([{ consumer: 'outbox-relay', stream_sequence: ids[1]!.global_position, event_id: ids[1]!.event_id, error_code: 'ERR_EVENT_ENCODE' }]);
  });
});
