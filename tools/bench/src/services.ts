// Two "services" wired as in production (libs/bus/src/test-support/pipeline.ts):
// identity appends and relays its outbox to JetStream; a reader service keeps a
// projection of identity's events in its own database, joined only by JetStream.
import { randomUUID } from 'node:crypto';
import { closeBus, connectBus, ensureEventStream, eventPublisher, startEventConsumer, type ConsumedEvent, type RunningConsumer } from '@keywarden/bus';
import { connectDatabase, type Database } from '@keywarden/db';
import {
  OutboxRelay,
  appendToStream,
  applyProjections,
  commandHandler,
  deadLetterStore,
  inboxBatchHandler,
  inboxHandler,
  migrateEventStore,
  type RecordedEvent,
} from '@keywarden/event-store';
import type { NatsConnection } from '@nats-io/nats-core';
import type { BenchInfra } from './infra.js';
import { projectedFromEnvelope, registerCommand, userDecider, usersSeenProjection, usersSeenRowProjection, usersSeenTable } from './users.js';

export const READER_DURABLE = 'reader--users-seen';

export type Identity = {
  database: Database;
  nc: NatsConnection;
  relay: OutboxRelay;
  /** Relay rounds that published something, and the events they carried. */
  relayRounds: { rounds: number; events: number };
  /** One command, one transaction, one event; resolves after the commit. */
  registerUser: (n: number) => Promise<RecordedEvent>;
  /** Bulk load: `count` users, `perTx` appends per transaction, 4 transactions at a time. */
  registerBulk: (count: number, perTx: number) => Promise<void>;
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
  const publish = eventPublisher(nc, { source: 'identity' });
  const relayRounds = { rounds: 0, events: 0 };
  const relay = new OutboxRelay({
    database,
    publish: (events) => {
      relayRounds.rounds++;
      relayRounds.events += events.length;
      return publish(events);
    },
    batchSize: options.relayBatch,
  });
  await relay.start();
  const handle = commandHandler(database, userDecider);
  return {
    database,
    nc,
    relay,
    relayRounds,
    registerUser: async (n) => {
      const userId = randomUUID();
      const result = await handle(`user-${userId}`, registerCommand(n, userId));
      return result.events[0]!;
    },
    registerBulk: async (count, perTx) => {
      let next = 0;
      const loader = async () => {
        while (next < count) {
          const from = next;
          const to = Math.min(count, from + perTx);
          next = to;
          await database.db.transaction(async (tx) => {
            for (let i = from; i < to; i++) {
              const userId = randomUUID();
              const events = userDecider.decide(registerCommand(i, userId), userDecider.initialState());
              await appendToStream(tx, `user-${userId}`, events, { expectedVersion: 'no_stream' });
            }
          });
        }
      };
      await Promise.all(Array.from({ length: 4 }, loader));
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

export type ReaderOptions = {
  natsUrl: string;
  databaseUrl: string;
  pool: number;
  live?: {
    batchSize: number;
    /** One multi-row insert per batch (applyBatch), or one insert per event. */
    batchApply: boolean;
    onCommitted: (events: readonly ConsumedEvent[]) => void;
  };
};

export async function startReader(options: ReaderOptions): Promise<Reader> {
  const database = connectDatabase(options.databaseUrl, { max: options.pool, applicationName: 'reader' });
  await migrateEventStore(database);
  await database.db.execute(usersSeenTable);
  const nc = await connectBus({ servers: options.natsUrl, name: 'reader' });
  let consumer: RunningConsumer | undefined;
  const live = options.live;
  if (live) {
    const handle = live.batchApply
      ? inboxBatchHandler(database, READER_DURABLE, (tx, events: readonly ConsumedEvent[]) =>
          applyProjections(tx, [usersSeenProjection], events.map(projectedFromEnvelope)),
        )
      : inboxHandler(database, READER_DURABLE, (tx, event: ConsumedEvent) =>
          applyProjections(tx, [usersSeenRowProjection], [projectedFromEnvelope(event)]),
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
    rows: () => countRows(database),
    close: async () => {
      await consumer?.stop();
      await closeBus(nc);
      await database.close();
    },
  };
}

export const countRows = async (database: Database): Promise<number> =>
  (await database.sql<Array<{ n: number }>>`select count(*)::int as n from users_seen`)[0]?.n ?? 0;
