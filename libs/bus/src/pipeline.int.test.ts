import { join } from 'node:path';
import { encodeEvent } from '@keywarden/contracts';
import { startNatsServer, testBus, testRoot, eventually, uniqueName, type RunningNatsServer } from '@keywarden/testing';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { afterEach, describe, expect, it } from 'vitest';
import { toNatsHeaders } from './headers.js';
import { closeBus, connectBus, replayStream } from './index.js';
import { rawPublish, startConsumerService, startProducer, type ReceivedRow } from './test-support/pipeline.js';

type Closer = () => Promise<unknown>;
let closers: Closer[] = [];
afterEach(async () => {
  for (const close of closers.reverse()) await close().catch(() => {});
  closers = [];
});

async function wire(natsUrl: string, namespace: string, relayOptions = {}, consumerOptions = {}) {
  const nc = await connectBus({ servers: natsUrl, name: 'pipeline-test' });
  const producer = await startProducer(nc, namespace, relayOptions);
  const consumer = await startConsumerService(nc, namespace, consumerOptions);
  closers.push(
    () => closeBus(nc),
    () => producer.testDb.drop(),
    () => consumer.testDb.drop(),
    () => producer.database.close(),
    () => consumer.database.close(),
    () => producer.relay.stop(),
    () => consumer.running.stop(),
  );
  return { nc, producer, consumer };
}

type Consumer = Awaited<ReturnType<typeof wire>>['consumer'];

/** The consumer's projected rows once there are at least `count`. */
const receivedAtLeast = (consumer: Consumer, count: number) =>
  eventually(async () => {
    const rows = await consumer.received();
    return rows.length >= count ? rows : undefined;
  });

/** The consumer's dead letters once there are at least `count`. */
const parkedAtLeast = (consumer: Consumer, count: number) =>
  eventually(async () => {
    const letters = await consumer.deadLetters.list();
    return letters.length >= count ? letters : undefined;
  });

/** Every event arrived once, and each stream's versions arrived in order. */
function expectExactlyOnceInOrder(rows: ReceivedRow[], expectedUserIds: string[]) {
  expect(rows).toHaveLength(expectedUserIds.length);
  expect(new Set(rows.map((r) => r.event_id)).size).toBe(expectedUserIds.length);
  expect(new Set(rows.map((r) => r.stream_id))).toEqual(new Set(expectedUserIds.map((id) => `user-${id}`)));
  const lastVersion = new Map<string, number>();
  for (const row of rows) {
    expect(row.stream_version).toBeGreaterThan(lastVersion.get(row.stream_id) ?? 0);
    lastVersion.set(row.stream_id, row.stream_version);
  }
}

describe('pipeline: append, outbox relay, JetStream, consumer projection', () => {
  it('delivers an event appended in one service to another service exactly once, in order', async () => {
    const { natsUrl, namespace } = testBus();
    const { producer, consumer } = await wire(natsUrl, namespace);
    const ids = await producer.register(60);
    const rows = await receivedAtLeast(consumer, 60);
    expectExactlyOnceInOrder(rows, ids);
    // The global order of appends is the order of arrival.
    expect(rows.map((r) => r.email)).toEqual(ids.map((_, i) => `u${i + 1}@example.com`));
    const outbox = await producer.database.sql`select count(*)::int as n from outbox`;
    expect(outbox[0]!['n']).toBe(0);
  });

  it('loses and duplicates nothing when nats-server is killed with SIGKILL and restarted mid-stream', async () => {
    const storeDir = join(testRoot(), uniqueName('nats-kill-'));
    let server: RunningNatsServer = await startNatsServer({ storeDir });
    const port = server.port;
    closers.push(() => server.stop());
    const namespace = uniqueName('t');
    const { producer, consumer } = await wire(server.url, namespace);
    const first = await producer.register(40);
    await eventually(async () => (await consumer.received()).length > 0);
    await server.kill();
    // Appends go on while the bus is down: they wait in the outbox.
    const during = await producer.register(40);
    server = await startNatsServer({ storeDir, port });
    const after = await producer.register(40);
    const rows = await eventually(
      async () => {
        const r = await consumer.received();
        return r.length >= 120 ? r : undefined;
      },
      { timeoutMs: 30_000, message: 'all 120 events reach the consumer after the restart' },
    );
    expectExactlyOnceInOrder(rows, [...first, ...during, ...after]);
  });

  it('absorbs the republish when the relay dies between the JetStream ack and the outbox delete', async () => {
    const { natsUrl, namespace } = testBus();
    let crashed = false;
    const { nc, producer, consumer } = await wire(natsUrl, namespace, {
      afterPublish: async () => {
        if (!crashed) {
          crashed = true;
          throw new Error('relay process died');
        }
      },
    });
    const ids = await producer.register(25);
    await eventually(() => crashed);
    // The crashed leader is replaced by another relay, which finds the rows still in the outbox.
    await producer.relay.stop();
    const { OutboxRelay } = await import('@keywarden/event-store');
    const { eventPublisher } = await import('./index.js');
    const successor = new OutboxRelay({ database: producer.database, publish: eventPublisher(nc, { source: 'identity', namespace }), pollIntervalMs: 100 });
    await successor.start();
    closers.push(() => successor.stop());
    const rows = await receivedAtLeast(consumer, 25);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expectExactlyOnceInOrder(await consumer.received(), ids);
    expect(rows.length).toBe(25);
  });

  it('lets the consumer inbox absorb a republish after JetStream forgot the ids', async () => {
    const { natsUrl, namespace } = testBus();
    const { nc, producer, consumer } = await wire(natsUrl, namespace);
    const ids = await producer.register(10);
    await eventually(async () => (await consumer.received()).length >= 10);
    const { republish } = await import('@keywarden/event-store');
    const { eventPublisher } = await import('./index.js');
    // Purge the duplicate-tracking by publishing under a namespace whose stream has a tiny window.
    const jsm = await jetstreamManager(nc);
    const stream = `${namespace.toUpperCase()}_EVT_IDENTITY`;
    const info = await jsm.streams.info(stream);
    await jsm.streams.update(stream, { ...info.config, duplicate_window: 100_000_000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const count = await republish(producer.database, eventPublisher(nc, { source: 'identity', namespace }), { from: 1, to: 10 });
    expect(count).toBe(10);
    expect((await jsm.streams.info(stream)).state.messages).toBe(20);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expectExactlyOnceInOrder(await consumer.received(), ids);
  });

  it('parks a message that cannot be decoded and keeps the ones after it flowing', async () => {
    const { natsUrl, namespace } = testBus();
    const { nc, producer, consumer } = await wire(natsUrl, namespace);
    const before = await producer.register(3);
    await eventually(async () => (await consumer.received()).length >= 3);
    const js = jetstream(nc);
    await js.publish(`${namespace}.evt.identity.user.UserRegistered`, new Uint8Array([0xff, 0x00, 0x13]), { msgID: 'garbage-1' });
    const good = encodeEvent({
      eventId: '00000000-0000-4000-8000-000000000001',
      type: 'UserRegistered',
      streamId: 'user-unknown-type',
      streamVersion: 1,
      time: new Date().toISOString(),
      source: 'identity',
      data: { userId: 'x', email: 'x@example.com', displayName: 'X', method: 'password', roles: [] },
    }, { namespace });
    const unknownType = toNatsHeaders({ ...good.headers, 'ce-type': 'keywarden.identity.v1.NoSuchEvent' });
    await js.publish(good.subject.replace('UserRegistered', 'NoSuchEvent'), good.data, { msgID: 'garbage-2', headers: unknownType });
    const after = await producer.register(3);
    const rows = await receivedAtLeast(consumer, 6);
    expectExactlyOnceInOrder(rows, [...before, ...after]);
    const parked = await parkedAtLeast(consumer, 2);
    expect(parked.map((l) => l.errorCode)).toEqual(['ERR_MISSING_HEADER', 'ERR_UNKNOWN_EVENT_TYPE']);
    // Parked whole, so an operator can look at exactly what arrived.
    expect(Buffer.from(parked[0]!.payload)).toEqual(Buffer.from([0xff, 0x00, 0x13]));
  });

  it('parks a message whose header block nats.js refuses, keeping the headers that parse, and keeps the rest flowing', async () => {
    const { natsUrl, namespace } = testBus();
    const { producer, consumer } = await wire(natsUrl, namespace);
    const before = await producer.register(2);
    await eventually(async () => (await consumer.received()).length >= 2);
    // A name with a space: nats.js' own parse throws on it, so before the header block was read
    // by the bus itself such a message could not even be parked (it was nak'ed forever).
    const block = 'NATS/1.0\r\nce-id: 00000000-0000-4000-8000-0000000000b1\r\nbad name: x\r\n\r\n';
    await rawPublish(natsUrl, `${namespace}.evt.identity.user.UserRegistered`, block, new Uint8Array([1, 2, 3]));
    const after = await producer.register(2);
    const rows = await receivedAtLeast(consumer, 4);
    expectExactlyOnceInOrder(rows, [...before, ...after]);
    const parked = await parkedAtLeast(consumer, 1);
    expect(parked).toHaveLength(1);
    expect(parked[0]).toMatchObject({ errorCode: 'ERR_INVALID_HEADER', headers: { 'ce-id': '00000000-0000-4000-8000-0000000000b1' } });
    expect(Buffer.from(parked[0]!.payload)).toEqual(Buffer.from([1, 2, 3]));
  });

  it('parks an event holding text PostgreSQL cannot store, before its handler, and keeps the rest flowing', async () => {
    const { natsUrl, namespace } = testBus();
    const { nc, producer, consumer } = await wire(natsUrl, namespace);
    const before = await producer.register(2);
    await eventually(async () => (await consumer.received()).length >= 2);
    const bad = encodeEvent({
      eventId: '00000000-0000-4000-8000-0000000000a1', type: 'UserRegistered', streamId: 'user-nul', streamVersion: 1, time: new Date().toISOString(), source: 'identity',
      data: { userId: 'nul', email: 'nul\u0000@example.com', displayName: 'N', method: 'password', roles: [] },
    }, { namespace });
    await jetstream(nc).publish(bad.subject, bad.data, { msgID: bad.msgId, headers: toNatsHeaders(bad.headers) });
    const after = await producer.register(2);
    const rows = await receivedAtLeast(consumer, 4);
    expectExactlyOnceInOrder(rows, [...before, ...after]);
    const parked = await parkedAtLeast(consumer, 1);
    expect(parked.map((l) => [l.errorCode, l.eventId])).toEqual([['ERR_VALIDATION', '00000000-0000-4000-8000-0000000000a1']]);
  });

  it('parks a message whose handler keeps failing after bounded redelivery, without blocking the rest', async () => {
    const { natsUrl, namespace } = testBus();
    const { producer, consumer } = await wire(natsUrl, namespace, {}, {
      failOn: (event: { data: Record<string, unknown> }) => event.data['email'] === 'u2@example.com',
    });
    const ids = await producer.register(5);
    const parked = await parkedAtLeast(consumer, 1);
    expect(parked[0]).toMatchObject({ errorCode: 'ERR_TEST_REFUSED', deliveries: 3, consumer: 'gateway--users-seen' });
    const rows = await receivedAtLeast(consumer, 4);
    expect(rows.map((r) => r.email)).toEqual(['u1@example.com', 'u3@example.com', 'u4@example.com', 'u5@example.com']);
    expect(ids).toHaveLength(5);
  });

  it('replays the stream into an empty projection with the same rows as the live one', async () => {
    const { natsUrl, namespace } = testBus();
    const { nc, producer, consumer } = await wire(natsUrl, namespace);
    await producer.register(30);
    const live = await receivedAtLeast(consumer, 30);
    const replayed: Array<Omit<ReceivedRow, 'id'>> = [];
    const progress = await replayStream(nc, {
      context: 'identity',
      namespace,
      batchSize: 7,
      handleBatch: async (events) => {
        for (const e of events) replayed.push({ event_id: e.eventId, stream_id: e.streamId, stream_version: e.streamVersion, email: String(e.data['email']) });
      },
    });
    expect(progress.delivered).toBe(30);
    expect(replayed).toEqual(live.map(({ id: _id, ...rest }) => rest));
  });
});
