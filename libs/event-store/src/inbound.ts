// The service's half of an inbound message (contracts inbound.ts, libs/bus startInboundConsumer), written
// once for every receiving service: in ONE transaction, either the effect and its receipt, or the message
// parked in dead_letters and answered by a rejection event (appended by the service: its own context's
// event). A receipt keyed by (integration, ce-id) is kept for ever: a redelivery, a republish or a replay of
// the stream has no second effect and no second answer; the same ce-id with other content is refused
// (`idempotency_conflict`). A ce-id that was refused stays refused: publish a fix under a new ce-id.
import { createHash } from 'node:crypto';
import { inboundDecodeReason, peekInbound, type InboundMessage } from '@keywarden/contracts';
import type { Database, Tx } from '@keywarden/db';
import { unstorableText } from '@keywarden/errors';
import { canonical } from './idempotency.js';
import { pgClient } from './pg-client.js';

/** What the bus hands over (libs/bus InboundDelivery, structurally). */
export type InboundReceived = {
  consumer: string;
  stream: string;
  streamSequence: number;
  subject: string;
  headers: Record<string, string>;
  payload: Uint8Array;
  deliveryCount: number;
  message: InboundMessage | undefined;
  error: { code: string; message: string; field?: string | undefined } | undefined;
};

/** The data of the rejection event (keywarden.<context>.v1.*RequestRejected), camelCase. */
export type InboundRejection = {
  integration: string;
  organizationId: string;
  ceId: string;
  ceType: string;
  reason: string;
  detail: string;
  deadLetterId: number;
  actorUserId: string;
};

export type InboundRefusal = { reason: string; detail: string };

export type ReceiveInboundOptions = {
  namespace?: string | undefined;
  /** The effect, as the API's use case would have it; runs in a savepoint of the receipt's transaction. */
  apply: (tx: Tx, message: InboundMessage) => Promise<void>;
  /** A refusal's reason and plain detail; undefined when the error is no refusal (it is thrown: the bus retries). */
  refusal: (error: unknown) => InboundRefusal | undefined;
  /** Appends the rejection event in the transaction that parks the message (`message`: when it decoded). */
  answer: (tx: Tx, rejection: InboundRejection, message: InboundMessage | undefined) => Promise<void>;
};

export type InboundOutcome = 'applied' | 'replayed' | 'rejected' | 'already_answered';

/** The actor an integration acts as on the events it causes. */
export const integrationActor = (integration: string) => `integration:${integration}`;

/** Digest of what a message asks for: its type and its decoded data (the same for protobuf and JSON). */
export function inboundDigest(message: Pick<InboundMessage, 'type' | 'organizationId' | 'data'>): string {
  return createHash('sha256').update(canonical({ type: message.type, organizationId: message.organizationId, data: message.data }), 'utf8').digest('hex');
}

export async function receiveInbound(database: Database, received: InboundReceived, options: ReceiveInboundOptions): Promise<InboundOutcome> {
  return await database.db.transaction(async (tx) => {
    const message = received.message;
    if (!message) {
      const reason = inboundDecodeReason(received.error);
      return await rejectIn(tx, received, { reason, detail: received.error?.message ?? 'the message could not be decoded' }, options);
    }
    // Text PostgreSQL cannot store (a NUL, a lone surrogate) would fail every attempt: refused at once, as RPC input is.
    const unstorable = unstorableText(message.data);
    if (unstorable.length > 0) {
      return await rejectIn(tx, received, { reason: 'invalid_field', detail: `${unstorable.map((i) => i.path).join(', ')}: text that cannot be stored` }, options);
    }
    const sql = pgClient(tx);
    const digest = inboundDigest(message);
    const inserted = await sql`
      insert into inbound_receipts (integration, ce_id, digest, outcome) values (${message.integration}, ${message.ceId}, ${digest}, 'applied')
      on conflict do nothing returning 1`;
    if (inserted.length === 0) {
      const [prior] = await sql<Array<{ digest: string }>>`
        select digest from inbound_receipts where integration = ${message.integration} and ce_id = ${message.ceId}`;
      if (prior?.digest === digest) return 'replayed';
      return await rejectIn(tx, received, { reason: 'idempotency_conflict', detail: 'this ce-id was received before with other content; publish it under a new ce-id' }, options);
    }
    try {
      await tx.transaction((savepoint) => options.apply(savepoint, message));
      return 'applied';
    } catch (error) {
      const refusal = options.refusal(error);
      if (!refusal) throw error;
      await sql`update inbound_receipts set outcome = 'rejected' where integration = ${message.integration} and ce_id = ${message.ceId}`;
      return await rejectIn(tx, received, refusal, options);
    }
  });
}

/** Parks and answers a message the service could not handle after every attempt. */
export async function rejectInbound(database: Database, received: InboundReceived, refusal: InboundRefusal, options: Pick<ReceiveInboundOptions, 'answer' | 'namespace'>): Promise<InboundOutcome> {
  return await database.db.transaction((tx) => rejectIn(tx, received, refusal, options));
}

async function rejectIn(tx: Tx, received: InboundReceived, refusal: InboundRefusal, options: Pick<ReceiveInboundOptions, 'answer' | 'namespace'>): Promise<InboundOutcome> {
  const [row] = await pgClient(tx)<Array<{ id: number }>>`
    insert into dead_letters (consumer, stream, stream_sequence, subject, event_id, headers, payload, error_code, error, deliveries)
    values (${received.consumer}, ${received.stream}, ${received.streamSequence}, ${received.subject}, ${received.message?.ceId ?? null},
            ${JSON.stringify(received.headers)}::jsonb, ${Buffer.from(received.payload)}, ${refusal.reason}, ${refusal.detail}, ${received.deliveryCount})
    on conflict (consumer, stream, stream_sequence) do nothing
    returning id`;
  // Parked and answered before (the ack after that commit was lost): nothing more.
  if (!row) return 'already_answered';
  const seen = received.message
    ? { integration: received.message.integration, organizationId: received.message.organizationId, ceId: received.message.ceId, ceType: `keywarden.inbound.v1.${received.message.type}` }
    : peekInbound(received, options.namespace ? { namespace: options.namespace } : {});
  await options.answer(tx, {
    ...seen, reason: refusal.reason, detail: refusal.detail.slice(0, 500), deadLetterId: Number(row.id),
    actorUserId: seen.integration ? integrationActor(seen.integration) : '',
  }, received.message);
  return 'rejected';
}
