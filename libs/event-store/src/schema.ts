import { sql } from 'drizzle-orm';
import { bigint, bigserial, customType, index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';

const bytea = customType<{ data: Uint8Array; driverData: Buffer }>({ dataType: () => 'bytea' });

/** The append-only log of one service (ARCHITECTURE §3). */
export const events = pgTable(
  'events',
  {
    globalPosition: bigserial('global_position', { mode: 'number' }).primaryKey(),
    streamId: text('stream_id').notNull(),
    streamVersion: integer('stream_version').notNull(),
    eventId: uuid('event_id').notNull().unique(),
    type: text('type').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    metadata: jsonb('metadata').$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [unique('events_stream_version_unique').on(t.streamId, t.streamVersion), index('events_type_idx').on(t.type)],
);

/** Events appended but not yet acknowledged by JetStream; written in the append's transaction. */
export const outbox = pgTable('outbox', {
  globalPosition: bigint('global_position', { mode: 'number' }).primaryKey(),
  eventId: uuid('event_id').notNull(),
});

/** What each consumer has already handled: the effect and this row commit together. */
export const inbox = pgTable(
  'inbox',
  {
    consumer: text('consumer').notNull(),
    eventId: text('event_id').notNull(),
    handledAt: timestamp('handled_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.consumer, t.eventId] })],
);

/** Messages a consumer could not decode or kept failing on: kept whole, reported, never blocking the rest. */
export const deadLetters = pgTable(
  'dead_letters',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    consumer: text('consumer').notNull(),
    stream: text('stream').notNull(),
    streamSequence: bigint('stream_sequence', { mode: 'number' }).notNull(),
    subject: text('subject').notNull(),
    eventId: text('event_id'),
    headers: jsonb('headers').$type<Record<string, string>>().notNull(),
    payload: bytea('payload').notNull(),
    errorCode: text('error_code').notNull(),
    error: text('error').notNull(),
    deliveries: integer('deliveries').notNull(),
    parkedAt: timestamp('parked_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [unique('dead_letters_consumer_seq_unique').on(t.consumer, t.stream, t.streamSequence)],
);

/**
 * The latest snapshot of a long-lived stream's decider state (written in the
 * command's transaction every N events). `schema` names the state's shape: a
 * snapshot written by code with another shape is ignored, never misread.
 */
export const snapshots = pgTable('snapshots', {
  streamId: text('stream_id').primaryKey(),
  schema: text('schema').notNull(),
  streamVersion: integer('stream_version').notNull(),
  state: jsonb('state').$type<unknown>().notNull(),
  takenAt: timestamp('taken_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

/**
 * What a company's service published into Keywarden (EXT_INBOUND), by (integration, ce-id), kept for ever:
 * written in the transaction of the message's effect or rejection, so a redelivery or a republish with the same
 * ce-id changes nothing twice, and the same ce-id with other content is refused (`digest` of type and data).
 */
export const inboundReceipts = pgTable(
  'inbound_receipts',
  {
    integration: text('integration').notNull(),
    ceId: text('ce_id').notNull(),
    digest: text('digest').notNull(),
    /** 'applied' or 'rejected'. */
    outcome: text('outcome').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.integration, t.ceId] })],
);
