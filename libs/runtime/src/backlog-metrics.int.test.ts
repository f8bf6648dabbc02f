// Consumer lag, outbox backlog and dead letters as GET /metrics serves them:
// events wait in the outbox while the relay is stopped, then on the stream
// while the consumer is stopped, then unacknowledged while it is slow, and the
// gauges go back to 0 once it has caught up.
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { busNames } from '@keywarden/contracts';
import { appendToStream, deadLetterStore } from '@keywarden/event-store';
import { createTestDatabase, eventually, testBus, type TestDatabase } from '@keywarden/testing';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig, startService, type RunningService, type ServiceDefinition } from './index.js';

const quiet = new Writable({ write: (_c, _e, cb) => cb() });
const running: RunningService[] = [];
const dbs: TestDatabase[] = [];
afterAll(async () => {
  for (const service of running.reverse()) await service.stop();
  for (const db of dbs) await db.drop();
});

/** The value of one series on the service's GET /metrics, or undefined when it is not served. */
async function scrape(service: RunningService, series: string): Promise<number | undefined> {
  const text = await (await fetch(`http://127.0.0.1:${service.http!.port}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('backlog metrics', () => {
  it('serve consumer lag, outbox backlog and dead letters, and return to 0 once the consumer caught up', async () => {
    const { natsUrl, namespace } = testBus();
    const producerDb = await createTestDatabase('rt_lag_producer');
    const consumerDb = await createTestDatabase('rt_lag_consumer');
    dbs.push(producerDb, consumerDb);
    const env = (db: TestDatabase, name: string) => ({
      KW_SERVICE_NAME: name, KW_NATS_URL: natsUrl, KW_DATABASE_URL: db.url, KW_BUS_NAMESPACE: namespace, KW_HTTP_PORT: '0', KW_HTTP_HOST: '127.0.0.1',
      KW_LOG_LEVEL: 'warn', KW_METRICS_MAX_AGE_MS: '0',
    });
    const stream = busNames(namespace).stream('identity');
    const pending = `keywarden_consumer_pending{consumer="lagger--users",stream="${stream}"}`;
    const ackPending = `keywarden_consumer_ack_pending{consumer="lagger--users",stream="${stream}"}`;

    const producer = await startService({ name: 'identity', context: 'identity', build: () => ({}) }, loadConfig('identity', env(producerDb, 'lag-identity')), { logDestination: quiet });
    running.push(producer);
    // A consumer whose handler waits for the test to open the gate: a slow consumer.
    let open: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      open = resolve;
    });
    const lagger: ServiceDefinition = {
      name: 'lagger',
      consumes: [{ context: 'identity', purpose: 'users' }],
      build: async ({ database }) => {
        await database!.db.execute(sql`create table if not exists seen (event_id text primary key)`);
        return {
          consumers: [{
            context: 'identity', purpose: 'users', types: ['UserRegistered'],
            handle: async (tx, event) => {
              await gate;
              await tx.execute(sql`insert into seen (event_id) values (${event.eventId})`);
            },
          }],
        };
      },
    };
    const first = await startService(lagger, loadConfig('lagger', env(consumerDb, 'lagger')), { logDestination: quiet });
    running.push(first);
    await eventually(async () => ((await scrape(first, pending)) === 0 ? true : undefined));
    expect(await scrape(first, ackPending)).toBe(0);
    expect(await scrape(first, 'keywarden_dead_letters{service="lagger",consumer="lagger--users"}')).toBe(0);

    // Relay stopped: the events wait in the producer's outbox.
    await producer.relay!.stop();
    await first.consumers[0]!.stop();
    for (let i = 0; i < 3; i++) {
      const userId = randomUUID();
      await producer.deps.database!.db.transaction((tx) =>
        appendToStream(tx, `user-${userId}`, [{ type: 'UserRegistered', data: { userId, email: `lag${i}@example.com`, displayName: 'L', method: 'password', roles: [] } }], { expectedVersion: 'no_stream' }),
      );
    }
    expect(await scrape(producer, 'keywarden_outbox_pending{service="lag-identity"}')).toBe(3);

    // Relay again, consumer still stopped: the outbox empties and the events wait on the stream.
    await producer.relay!.start();
    await eventually(async () => ((await scrape(producer, 'keywarden_outbox_pending{service="lag-identity"}')) === 0 ? true : undefined));
    expect(await scrape(first, pending)).toBe(3);
    expect(await scrape(first, ackPending)).toBe(0);
    await first.stop();
    running.splice(running.indexOf(first), 1);

    // A new replica of the consumer service takes the durable up: delivered, but its handler is slow.
    const second = await startService(lagger, loadConfig('lagger', env(consumerDb, 'lagger')), { logDestination: quiet });
    running.push(second);
    await eventually(async () => ((await scrape(second, ackPending)) === 3 ? true : undefined));
    expect(await scrape(second, pending)).toBe(0);

    open();
    await eventually(async () => ((await scrape(second, ackPending)) === 0 ? true : undefined));
    expect(await scrape(second, pending)).toBe(0);
    expect(await second.deps.database!.sql`select event_id from seen`).toHaveLength(3);

    // A parked message shows up under its consumer.
    await deadLetterStore(second.deps.database!).park({
      consumer: 'lagger--users', stream, streamSequence: 999, subject: 'x', headers: {}, payload: new Uint8Array(), errorCode: 'ERR_HANDLER_FAILED', error: 'test', deliveries: 5,
    });
    expect(await scrape(second, 'keywarden_dead_letters{service="lagger",consumer="lagger--users"}')).toBe(1);
    expect(await scrape(producer, 'keywarden_dead_letters{service="lag-identity",consumer="outbox-relay"}')).toBe(0);
  });
});
