// Two "services" wired as in production (libs/bus/src/test-support/pipeline.ts):
// identity appends and relays its outbox to JetStream; a reader service keeps a
// projection of identity's events in its own database, joined only by JetStream.
import { randomUUID } from 'node:crypto';
import { closeBus, connectBus, ensureEventStream, eventPublisher, startEventConsumer, type ConsumedEvent, type RunningConsumer } from '@keywarden/bus';
import { connectDatabase, type Database } from '@keywarden/db';
import {
  OutboxRelay,
  applyProjections,
  commandHandler,
  deadLetterStore,
  inboxHandler,
  migrateEventStore,
  type RecordedEvent,
} from '@keywarden/event-store';
import type { NatsConnection } from '@nats-io/nats-core';
import type { BenchInfra } from './infra.js';
import { projectedFromEnvelope, registerCommand, userDecider, usersSeenProjection, usersSeenTable } from './users.js';

export const READER_DURABLE = 'reader--users-seen';

export type Identity = {
  database: Database;
  nc: NatsConnection;
  relay: OutboxRelay;
  /** One command, one transaction, one event; resolves after the commit. */
  registerUser: (n: number) => Promise<RecordedEvent>;
  outboxSize: () => Promise<number>;
  close: () => Promise<void>;
};

export async function startIdentity(infra: BenchInfra, options: { pool: number; relayBatch: number }): Promise<Identity> {
  const database = connectDatabase(await infra.serviceDatabase('identity'), { max: options.pool, applicationName: 'identity' });
  await migrateEventStore(database);
  // identity's own read model of its users: the event-store rebuild target.
  await database.db.execute(usersSeenTable);
  const nc = await connectBus({ servers: infra.natsUrl, name: 'identity' });
  await ensureEventStream(nc, 'identity');
  const relay = new OutboxRelay({ database, publish: eventPublisher(nc, { source: 'identity' }), batchSize: options.relayBatch });
  await relay.start();
  const handle = commandHandler(database, userDecider);
  return {
    database,
    nc,
    relay,
    registerUser: async (n) => {
      const userId = randomUUID();
      const result = await handle(`user-${userId}`, registerCommand(n, userId));
      return result.events[0]!;
    },
    outboxSize: async () => (await database.sql<Array<{ n: number }>>`select count(*)::int as n from outbox`)[0]?.n ?? 0,
    close: async () => {
      await relay.stop();
      await closeBus(nc);
      await database.close();
    },
  };
}

export type Reader = {
  database: Database;
  nc: NatsConnection;
  /** The live durable consumer, when started with `live`. */
  consumer?: RunningConsumer;
  rows: () => Promise<number>;
  close: () => Promise<void>;
};

export async function startReader(
  infra: BenchInfra,
  options: { pool: number; live?: { batchSize: number; onCommitted: (events: readonly ConsumedEvent[]) => void } },
): Promise<Reader> {
  const database = connectDatabase(await infra.serviceDatabase('reader'), { max: options.pool, applicationName: 'reader' });
  await migrateEventStore(database);
  await database.db.execute(usersSeenTable);
  const nc = await connectBus({ servers: infra.natsUrl, name: 'reader' });
  let consumer: RunningConsumer | undefined;
  const live = options.live;
  if (live) {
    const handle = inboxHandler(database, READER_DURABLE, (tx, event: ConsumedEvent) =>
      applyProjections(tx, [usersSeenProjection], [projectedFromEnvelope(event)]),
    );
    consumer = await startEventConsumer(nc, {
      context: 'identity',
      durable: READER_DURABLE,
      types: usersSeenProjection.handles,
      batchSize: live.batchSize,
      // inboxHandler commits the batch; what is observed right after is the commit time.
      handleBatch: async (events) => {
        await handle(events);
        live.onCommitted(events);
      },
      park: deadLetterStore(database).park,
    });
  }
  return {
    database,
    nc,
    ...(consumer ? { consumer } : {}),
    rows: async () => (await database.sql<Array<{ n: number }>>`select count(*)::int as n from users_seen`)[0]?.n ?? 0,
    close: async () => {
      await consumer?.stop();
      await closeBus(nc);
      await database.close();
    },
  };
}
