// tail, lag, dead-letters and republish against a real nats-server and PostgreSQL: a small
// service (the runtime's startService) owns the identity stream and one consumer that fails
// on demand, so messages get parked, retried and republished for real.
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { busNames } from '@keywarden/contracts';
import { connectDatabase, type Database } from '@keywarden/db';
import { appendToStream, inboxContains, type RecordedEvent } from '@keywarden/event-store';
import { loadConfig, startService, type RunningService } from '@keywarden/runtime';
import { createTestDatabase, eventually, testBus, type TestDatabase } from '@keywarden/testing';
import { AckPolicy, jetstreamManager, type JetStreamManager } from '@nats-io/jetstream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kw } from './test-support.js';

const bus = testBus();
const run = kw(bus);
const names = busNames(bus.namespace);
const STREAM = names.stream('identity');
const CONSUMER = 'identity--cli-test';
let db: TestDatabase;
let database: Database;
let service: RunningService;
let jsm: JetStreamManager;
let failing = true;
const handled: string[] = [];
const handledByOther: string[] = [];
const recorded: RecordedEvent[] = [];

async function register(n: number) {
  for (let i = 0; i < n; i++) {
    const userId = randomUUID();
    const events = await database.db.transaction((tx) => appendToStream(tx, `user-${userId}`, [{ type: 'UserRegistered',
      data: { userId, email: `u${recorded.length + 1}@example.com`, displayName: `User ${'x'.repeat(60)}`, method: 'password', roles: [] } }], { expectedVersion: 'no_stream' }));
    recorded.push(...events);
  }
}

beforeAll(async () => {
  db = await createTestDatabase('cli_bus');
  const env = { KW_NATS_URL: bus.natsUrl, KW_DATABASE_URL: db.url, KW_BUS_NAMESPACE: bus.namespace, KW_LOG_LEVEL: 'silent' };
  service = await startService({
    name: 'identity',
    context: 'identity',
    consumes: [{ context: 'identity', purpose: 'cli-test' }, { context: 'identity', purpose: 'cli-other' }],
    build: () => ({
      consumers: [{
        context: 'identity', purpose: 'cli-test', types: ['UserRegistered'], maxDeliver: 1,
        handle: async (_tx, event) => {
          if (failing) throw Object.assign(new Error('downstream unavailable'), { code: 'ERR_DOWNSTREAM' });
          handled.push(event.eventId);
        },
      }, {
        // Another consumer of the same stream that never fails.
        context: 'identity', purpose: 'cli-other', types: ['UserRegistered'], handle: async (_tx, event) => void handledByOther.push(event.eventId),
      }],
    }),
  }, loadConfig('identity', env), { logDestination: new Writable({ write: (_c, _e, cb) => cb() }) });
  database = connectDatabase(db.url, { max: 2 });
  jsm = await jetstreamManager(service.deps.nc);
  // A durable consumer nobody reads: everything on the stream stays pending for it.
  await jsm.consumers.add(STREAM, { durable_name: 'identity--idle', ack_policy: AckPolicy.Explicit });
  await register(3);
  await eventually(async () => (await database.sql`select 1 from dead_letters`).length === 3, { message: 'three messages parked' });
}, 60_000);

afterAll(async () => {
  await service?.stop();
  await database?.close();
  await db?.drop();
});

describe('kw tail', () => {
  it('prints past events decoded, one line each, long values cut', async () => {
    const result = await run(['tail', 'identity', '--since', '1', '--limit', '3']);
    expect(result.code, result.err).toBe(0);
    const lines = result.out.trim().split('\n');
    expect(lines).toHaveLength(3);
    const first = recorded[0]!;
    const userId = first.streamId.slice('user-'.length);
    expect(lines[0]).toBe(`${first.recordedAt.toISOString()} ${bus.namespace}.evt.identity.user.UserRegistered UserRegistered ${userId} ` +
      `userId=${userId} email=u1@example.com displayName="User ${'x'.repeat(34)}…" method=password`);
    expect(result.err).toContain(`following ${STREAM} since 1`);
    expect(result.err).toContain('3 events shown');
    // A duration back from now and a time start at the same place here.
    for (const since of ['1h', new Date(Date.now() - 3_600_000).toISOString()]) {
      const back = await run(['tail', 'identity', '--since', since, '--limit', '1']);
      expect(back.code, back.err).toBe(0);
      expect(back.out).toBe(`${lines[0]}\n`);
    }
  });

  it('follows new events until stopped', async () => {
    const stop = new AbortController();
    let following!: () => void;
    const ready = new Promise<void>((resolve) => (following = resolve));
    const seen: string[] = [];
    const tail = run(['tail'], { signal: stop.signal, onErr: (t) => t.startsWith('following') && following(), onOut: (t) => void seen.push(t) });
    await ready;
    await register(1);
    await eventually(() => seen.length === 1);
    stop.abort();
    const result = await tail;
    expect(result.code, result.err).toBe(0);
    expect(result.out).toContain(`UserRegistered ${recorded[3]!.streamId.slice('user-'.length)} `);
    // Streams that do not exist in this namespace are said, not fatal.
    expect(result.err).toContain(`${names.stream('deploy')}: no such stream yet, not followed`);
    expect(result.err).toContain('1 event shown');
  });

  it('refuses a --since it cannot read, with exit code 2', async () => {
    const result = await run(['tail', '--since', 'yesterday-ish']);
    expect(result.code).toBe(2);
    expect(result.err).toContain('--since must be a sequence');
  });
});

describe('kw lag', () => {
  it('shows every durable consumer with its pending count', async () => {
    await eventually(async () => (await service.deps.database!.sql`select 1 from outbox limit 1`).length === 0);
    const { state } = await jsm.streams.info(STREAM);
    const result = await run(['lag']);
    expect(result.code, result.err).toBe(0);
    const idle = result.out.split('\n').find((l) => l.includes('identity--idle'))!;
    expect(idle.split(/\s{2,}/).slice(0, 5)).toEqual([STREAM, 'identity--idle', String(state.messages), '0', '0']);
    const busy = result.out.split('\n').find((l) => l.includes(CONSUMER))!;
    expect(busy.split(/\s{2,}/).slice(0, 3)).toEqual([STREAM, CONSUMER, '0']);
    expect(busy).toMatch(/\d{4}-\d\d-\d\dT.*Z \(\d+s ago\)$/);
    expect(result.out).toContain(`3 durable consumers on 1 stream: ${state.messages} pending`);
  });
});

describe('kw dead-letters', () => {
  it('lists the parked messages with their reason', async () => {
    expect(recorded).toHaveLength(4);
    const result = await run(['dead-letters', 'identity', '--database-url', db.url]);
    expect(result.code, result.err).toBe(0);
    // The event of the follow test above was parked too.
    for (const event of recorded) expect(result.out).toMatch(new RegExp(`${CONSUMER} +${STREAM} +\\d+ +UserRegistered +${event.eventId} +ERR_DOWNSTREAM +1 +the handler failed 1 times`));
    expect(result.out).toContain('4 of 4 parked messages of identity shown');
  });

  it('retries one: only the consumer that parked it handles it again', async () => {
    failing = false;
    const [letter] = await database.sql<Array<{ id: number; event_id: string }>>`select id, event_id from dead_letters where event_id = ${recorded[0]!.eventId}`;
    const result = await run(['dead-letters', 'identity', '--retry', String(letter!.id), '--database-url', db.url]);
    expect(result.code, result.err).toBe(0);
    expect(result.out).toMatch(new RegExp(`retried dead letter ${letter!.id} \\(UserRegistered ${letter!.event_id} for ${CONSUMER}\\): published again as ${STREAM} sequence \\d+`));
    await eventually(() => handled.includes(letter!.event_id));
    expect(await inboxContains(database, CONSUMER, letter!.event_id)).toBe(true);
    // The other consumer got the copy too, and its inbox skipped it.
    await eventually(async () => {
      const other = await jsm.consumers.info(STREAM, 'identity--cli-other');
      return other.num_pending === 0 && other.num_ack_pending === 0 && other.delivered.stream_seq === (await jsm.streams.info(STREAM)).state.last_seq;
    });
    expect(handledByOther.filter((id) => id === letter!.event_id)).toHaveLength(1);
    expect((await database.sql`select 1 from dead_letters where id = ${letter!.id}`).length).toBe(0);
    expect((await run(['dead-letters', 'identity', '--retry', String(letter!.id), '--database-url', db.url])).code).toBe(1);
    expect((await run(['dead-letters', 'identity', '--retry', 'first', '--database-url', db.url])).code).toBe(2);
  });

  it("refuses to retry an event the outbox relay could not publish, and keeps the row", async () => {
    // As OutboxRelay parks one: no stream, no payload, the event's type as subject.
    const [row] = await database.sql<Array<{ id: number }>>`
      insert into dead_letters (consumer, stream, stream_sequence, subject, event_id, headers, payload, error_code, error, deliveries)
      values ('outbox-relay', 'outbox', 999999, 'UserRegistered', ${randomUUID()}, '{}'::jsonb, ''::bytea, 'ERR_EVENT_ENCODE',
              'the event does not fit its contract and cannot be published', 1)
      returning id`;
    const { state } = await jsm.streams.info(STREAM);
    const result = await run(['dead-letters', 'identity', '--retry', String(row!.id), '--database-url', db.url]);
    expect(result.code).toBe(1);
    expect(result.err).toContain(`dead letter ${row!.id} is an event the outbox relay could not publish`);
    expect((await database.sql`select 1 from dead_letters where id = ${row!.id}`).length).toBe(1);
    expect((await jsm.streams.info(STREAM)).state.last_seq).toBe(state.last_seq);
    await database.sql`delete from dead_letters where id = ${row!.id}`;
  });
});

describe('kw dead-letters, inbound', () => {
  it('refuses to retry an inbound request the rules refused (its ce-id is spent), and keeps the row', async () => {
    // As the deployer parks a refused DeployRequested: decoded (its ce-id as event id), answered with a rejection event.
    const [row] = await database.sql<Array<{ id: number }>>`
      insert into dead_letters (consumer, stream, stream_sequence, subject, event_id, headers, payload, error_code, error, deliveries)
      values ('deployer--inbound', 'EXT_INBOUND', 7, 'ext.ci.3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a.deploy.DeployRequested', 'ce-1',
              '{"ce-type":"keywarden.inbound.v1.DeployRequested"}'::jsonb, ''::bytea, 'unknown_application', 'Application not found', 1)
      returning id`;
    const result = await run(['dead-letters', 'identity', '--retry', String(row!.id), '--database-url', db.url]);
    expect(result.code).toBe(1);
    expect(result.err).toContain(`dead letter ${row!.id} is an inbound request refused with unknown_application and answered`);
    expect((await database.sql`select 1 from dead_letters where id = ${row!.id}`).length).toBe(1);
    await database.sql`delete from dead_letters where id = ${row!.id}`;
  });
});

describe('kw republish', () => {
  it('sends a range of events to the stream again with their original ids', async () => {
    // A short duplicate window, so JetStream stores the copies instead of dropping them.
    const info = await jsm.streams.info(STREAM);
    await jsm.streams.update(STREAM, { ...info.config, duplicate_window: 100_000_000 });
    await new Promise((resolve) => setTimeout(resolve, 250));
    const before = (await jsm.streams.info(STREAM)).state.last_seq;
    const [from, to] = [recorded[1]!.globalPosition, recorded[2]!.globalPosition];
    const result = await run(['republish', 'identity', '--from', String(from), '--to', String(to), '--database-url', db.url]);
    expect(result.code, result.err).toBe(0);
    expect(result.out).toContain(`republished 2 events of identity (positions ${from} to ${to}) to ${STREAM} with their original ids`);
    expect(result.err).toContain(`republishing 2 events (positions ${from} to ${to})`);
    const ids = [];
    for (let seq = before + 1; seq <= before + 2; seq++) {
      const m = (await jsm.streams.getMessage(STREAM, { seq }))!;
      expect(m.header.get('ce-id')).toBe(m.header.get('Nats-Msg-Id'));
      ids.push(m.header.get('ce-id'));
    }
    expect(ids).toEqual([recorded[1]!.eventId, recorded[2]!.eventId]);
    expect((await jsm.streams.info(STREAM)).state.last_seq).toBe(before + 2);
    expect((await run(['republish', 'identity', '--from', '3', '--to', '2', '--database-url', db.url])).code).toBe(2);
  });
});
