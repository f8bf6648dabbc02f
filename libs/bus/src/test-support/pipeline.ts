import { randomUUID } from 'node:crypto';
import { connect as tcpConnect } from 'node:net';
import { connectDatabase, type Database, type Tx } from '@keywarden/db';
import {
  OutboxRelay,
  appendToStream,
  deadLetterStore,
  inboxHandler,
  migrateEventStore,
  type RelayOptions,
} from '@keywarden/event-store';
import { createTestDatabase, type TestDatabase } from '@keywarden/testing';
import type { NatsConnection } from '@nats-io/nats-core';
import { sql } from 'drizzle-orm';
import { ensureEventStream, eventPublisher, startEventConsumer, type ConsumedEvent, type EventConsumerOptions } from '../index.js';

/**
 * Two "services" on real infrastructure: a producer (its own database, event
 * store, outbox relay) and a consumer (its own database, inbox, projection),
 * joined only by JetStream.
 */
export type Producer = { testDb: TestDatabase; database: Database; relay: OutboxRelay; register: (count: number) => Promise<string[]> };
export type Consumer = { testDb: TestDatabase; database: Database; received: () => Promise<ReceivedRow[]> };
export type ReceivedRow = { id: number; event_id: string; stream_id: string; stream_version: number; email: string };

export async function startProducer(nc: NatsConnection, namespace: string, relayOptions: Partial<RelayOptions> = {}): Promise<Producer> {
  const testDb = await createTestDatabase('producer');
  const database = connectDatabase(testDb.url);
  await migrateEventStore(database);
  await ensureEventStream(nc, 'identity', { namespace });
  const relay = new OutboxRelay({ database, publish: eventPublisher(nc, { source: 'identity', namespace }), pollIntervalMs: 200, ...relayOptions });
  await relay.start();
  let n = 0;
  const register = async (count: number) => {
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const userId = randomUUID();
      ids.push(userId);
      n++;
      await database.db.transaction((tx) =>
        appendToStream(tx, `user-${userId}`, [
          { type: 'UserRegistered', data: { userId, email: `u${n}@example.com`, displayName: `User ${n}`, method: 'password', roles: [] } },
        ], { expectedVersion: 'no_stream' }),
      );
    }
    return ids;
  };
  return { testDb, database, relay, register };
}

export async function startConsumerService(
  nc: NatsConnection,
  namespace: string,
  options: Partial<EventConsumerOptions> & { failOn?: (event: ConsumedEvent) => boolean } = {},
) {
  const testDb = await createTestDatabase('consumer');
  const database = connectDatabase(testDb.url);
  await migrateEventStore(database);
  await database.db.execute(sql`create table received (id bigserial primary key, event_id text not null, stream_id text not null, stream_version int not null, email text not null)`);
  const durable = options.durable ?? 'gateway--users-seen';
  const apply = async (tx: Tx, event: ConsumedEvent) => {
    if (options.failOn?.(event)) throw Object.assign(new Error('handler refused'), { code: 'ERR_TEST_REFUSED' });
    await tx.execute(sql`insert into received (event_id, stream_id, stream_version, email)
      values (${event.eventId}, ${event.streamId}, ${event.streamVersion}, ${String(event.data['email'])})`);
  };
  const running = await startEventConsumer(nc, {
    context: 'identity',
    namespace,
    durable,
    types: ['UserRegistered'],
    handleBatch: inboxHandler(database, durable, apply),
    park: deadLetterStore(database).park,
    backoffMs: [50],
    maxDeliver: 3,
    ...options,
  });
  const consumer: Consumer = {
    testDb,
    database,
    received: async () => (await database.sql<ReceivedRow[]>`select * from received order by id`) as unknown as ReceivedRow[],
  };
  return { ...consumer, running, deadLetters: deadLetterStore(database) };
}

/**
 * Publishes bytes nats.js would refuse to build (e.g. a header name with a space) over
 * the NATS protocol itself, as a client of another language could.
 */
export async function rawPublish(natsUrl: string, subject: string, headerBlock: string, payload: Uint8Array): Promise<void> {
  const url = new URL(natsUrl.includes('://') ? natsUrl : `nats://${natsUrl}`);
  const socket = tcpConnect(Number(url.port), url.hostname);
  try {
    let received = '';
    const seen = (text: string) =>
      new Promise<void>((resolve, reject) => {
        const check = () => (received.includes(text) ? resolve() : /-ERR/.test(received) ? reject(new Error(received)) : undefined);
        socket.on('data', (chunk) => {
          received += chunk.toString('latin1');
          check();
        });
        socket.once('error', reject);
        check();
      });
    await seen('INFO');
    const head = Buffer.from(headerBlock, 'latin1');
    socket.write(`CONNECT {"verbose":false,"pedantic":false,"headers":true,"protocol":1}\r\n`);
    socket.write(`HPUB ${subject} ${head.length} ${head.length + payload.length}\r\n`);
    socket.write(Buffer.concat([head, Buffer.from(payload), Buffer.from('\r\nPING\r\n')]));
    await seen('PONG');
  } finally {
    socket.destroy();
  }
}
