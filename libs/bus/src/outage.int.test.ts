// What the bus does while the service's database is away, told apart by the
// policy the runtime gives it (libs/runtime passes the database's availability;
// the real PostgreSQL restart is libs/runtime's pg-restart test). Here the
// outage is a handler failing with the driver's ECONNREFUSED until it "returns".
import { KeywardenError } from '@keywarden/errors';
import { jetstreamManager } from '@nats-io/jetstream';
import { eventually, sleep, testBus } from '@keywarden/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { RpcError, callRpc, closeBus, connectBus, endpoint, startRpcService, type ConsumedEvent, type UnavailablePolicy } from './index.js';
import { startConsumerService, startProducer } from './test-support/pipeline.js';

let closers: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const close of closers.reverse()) await close().catch(() => {});
  closers = [];
});

const refused = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });

describe('a consumer whose database is unreachable', () => {
  it('holds the batch through the outage, keeps it alive past ack_wait, and never counts it towards parking', async () => {
    const { natsUrl, namespace } = testBus();
    const nc = await connectBus({ servers: natsUrl, name: 'outage-test' });
    closers.push(() => closeBus(nc));
    let databaseUp = false;
    let waits = 0;
    const deliveries: number[] = [];
    const unavailable: UnavailablePolicy = {
      is: (error) => (error as { code?: string }).code === 'ECONNREFUSED',
      wait: async (_attempt, signal) => {
        waits++;
        if (!signal.aborted) await sleep(100);
      },
    };
    const producer = await startProducer(nc, namespace);
    const consumer = await startConsumerService(nc, namespace, {
      // One delivery allowed: a single failure counted against a message would park it.
      maxDeliver: 1,
      ackWaitMs: 1500,
      unavailable,
      failOn: (event: ConsumedEvent) => {
        if (!databaseUp) throw refused();
        deliveries.push(event.deliveryCount);
        return false;
      },
    });
    closers.push(
      () => producer.testDb.drop(), () => consumer.testDb.drop(), () => producer.database.close(), () => consumer.database.close(),
      () => producer.relay.stop(), () => consumer.running.stop(),
    );
    const ids = await producer.register(12);
    await eventually(() => consumer.running.stats.held > 0);
    // Longer than ack_wait: without the heartbeat JetStream would deliver the held messages again.
    await sleep(3500);
    databaseUp = true;
    const rows = await eventually(async () => {
      const r = await consumer.received();
      return r.length >= 12 ? r : undefined;
    }, { timeoutMs: 15_000 });
    expect(new Set(rows.map((r) => r.stream_id))).toEqual(new Set(ids.map((id) => `user-${id}`)));
    expect(rows).toHaveLength(12);
    expect(await consumer.deadLetters.count()).toBe(0);
    expect(consumer.running.stats).toMatchObject({ parked: 0, redelivered: 0 });
    expect(waits).toBeGreaterThan(1);
    expect(deliveries.every((d) => d === 1)).toBe(true);
    // JetStream delivered each message once: the held ones were kept alive with working(), not redelivered after ack_wait.
    const info = await (await jetstreamManager(nc)).consumers.info(`${namespace.toUpperCase()}_EVT_IDENTITY`, 'gateway--users-seen');
    expect(info.delivered.consumer_seq).toBe(12);
  });
});

describe('an RPC handler whose database is unreachable', () => {
  it('answers ERR_UNAVAILABLE (503) through mapError, and ERR_INTERNAL without it', async () => {
    const { natsUrl, namespace } = testBus();
    const nc = await connectBus({ servers: natsUrl, name: 'outage-rpc-test' });
    closers.push(() => closeBus(nc));
    const mapped = await startRpcService(nc, {
      name: 'identity', version: '0.1.0', namespace,
      endpoints: [endpoint('system.Ping', async () => {
        throw refused();
      })],
      mapError: (error) => ((error as { code?: string }).code === 'ECONNREFUSED' ? new KeywardenError('ERR_UNAVAILABLE', 503, 'database away') : error),
    });
    closers.push(() => mapped.stop());
    const call = callRpc(nc, 'system.Ping', { message: 'x' }, { namespace });
    await expect(call).rejects.toBeInstanceOf(RpcError);
    await expect(call).rejects.toMatchObject({ code: 'ERR_UNAVAILABLE', status: 503, detail: 'database away' });
    await mapped.stop();

    const plain = await startRpcService(nc, {
      name: 'identity', version: '0.1.0', namespace,
      endpoints: [endpoint('system.Ping', async () => {
        throw refused();
      })],
    });
    closers.push(() => plain.stop());
    await expect(callRpc(nc, 'system.Ping', { message: 'x' }, { namespace })).rejects.toMatchObject({ code: 'ERR_INTERNAL', status: 500 });
  });
});
