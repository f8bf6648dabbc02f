import { decodeInbound, encodeInbound, isContractError, type ContractError, type InboundMessage } from '@keywarden/contracts';
import { connectDatabase, type Database, type Tx } from '@keywarden/db';
import { createTestDatabase, type TestDatabase } from '@keywarden/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateEventStore, receiveInbound, rejectInbound, type InboundReceived, type InboundRejection } from './index.js';
import { pgClient } from './pg-client.js';

// receiveInbound without a bus: the effect and its receipt, or the park and its answer, in one transaction,
// whatever JetStream redelivers.
const ORG = '6f1c2a4e-8b7d-4c1e-9f3a-2b5d7e9c1a3f';
let testDb: TestDatabase;
let database: Database;
let seq = 0;

beforeAll(async () => {
  testDb = await createTestDatabase('inbound');
  database = connectDatabase(testDb.url);
  await migrateEventStore(database);
  await database.db.execute(sql`create table slugs (slug text primary key)`);
});
afterAll(async () => {
  await database.close();
  await testDb.drop();
});

/** A message as the bus hands it over: decoded, or with its decoding error. */
function received(data: Record<string, unknown>, options: { id?: string; seq?: number; corrupt?: boolean } = {}): InboundReceived {
  const msg = encodeInbound({ integration: 'portal', organizationId: ORG, type: 'ProjectDeleted', id: options.id ?? `c-${++seq}`, source: 'portal', data });
  const payload = options.corrupt ? new Uint8Array([0xff, 0xff]) : msg.data;
  let message: InboundMessage | undefined;
  let error: ContractError | undefined;
  try {
    message = decodeInbound({ ...msg, data: payload });
  } catch (err) {
    if (!isContractError(err)) throw err;
    error = err;
  }
  return { consumer: 'test--inbound', stream: 'EXT_INBOUND', streamSequence: options.seq ?? ++seq, subject: msg.subject, headers: msg.headers, payload, deliveryCount: 1, message, error };
}

const answers: Array<{ rejection: InboundRejection; decoded: boolean }> = [];
const options = {
  // The effect: a row; a slug 'taken' is refused by the rules; 'boom' is a failure that is no refusal.
  apply: async (tx: Tx, message: InboundMessage) => {
    const slug = String(message.data['slug']);
    await pgClient(tx)`insert into slugs values (${slug})`;
    if (slug === 'boom') throw new Error('database gone');
    if (slug.startsWith('taken')) throw Object.assign(new Error(`slug ${slug} is taken`), { refused: true });
  },
  refusal: (error: unknown) => ((error as { refused?: boolean }).refused ? { reason: 'conflict', detail: (error as Error).message } : undefined),
  answer: async (tx: Tx, rejection: InboundRejection, message: InboundMessage | undefined) => {
    await pgClient(tx)`select 1`;
    answers.push({ rejection, decoded: message !== undefined });
  },
};
const slugs = async () => (await database.sql<Array<{ slug: string }>>`select slug from slugs order by slug`).map((r) => r.slug);
const letters = async () => database.sql<Array<{ id: number; error_code: string; event_id: string | null }>>`select id, error_code, event_id from dead_letters order by id`;

describe('receiveInbound', () => {
  it('applies a message once per (integration, ce-id), and refuses the ce-id with other content', async () => {
    const first = received({ slug: 'shop' }, { id: 'ce-shop' });
    expect(await receiveInbound(database, first, options)).toBe('applied');
    expect(await receiveInbound(database, first, options)).toBe('replayed');
    expect(await receiveInbound(database, received({ slug: 'shop' }, { id: 'ce-shop' }), options)).toBe('replayed');
    expect(await slugs()).toEqual(['shop']);
    const reused = received({ slug: 'other' }, { id: 'ce-shop' });
    expect(await receiveInbound(database, reused, options)).toBe('rejected');
    expect(answers.at(-1)!.rejection).toMatchObject({ reason: 'idempotency_conflict', ceId: 'ce-shop', integration: 'portal', organizationId: ORG, actorUserId: 'integration:portal' });
    expect(await slugs()).toEqual(['shop']);
  });

  it('rolls a refused effect back, parks the message and answers it in one go; a redelivery changes nothing', async () => {
    const refused = received({ slug: 'taken-1' });
    expect(await receiveInbound(database, refused, options)).toBe('rejected');
    expect(await slugs()).toEqual(['shop']);
    const [letter] = (await letters()).filter((l) => l.event_id === refused.message!.ceId);
    expect(letter).toMatchObject({ error_code: 'conflict' });
    expect(answers.at(-1)!.rejection).toMatchObject({ reason: 'conflict', detail: 'slug taken-1 is taken', deadLetterId: Number(letter!.id) });
    const count = answers.length;
    // The ack after that commit was lost: JetStream delivers the same stream sequence again.
    expect(await receiveInbound(database, refused, options)).toBe('replayed');
    expect(answers.length).toBe(count);
  });

  it('parks and answers what does not decode, once per stream sequence', async () => {
    const corrupt = received({ slug: 'x' }, { corrupt: true });
    expect(corrupt.message).toBeUndefined();
    expect(await receiveInbound(database, corrupt, options)).toBe('rejected');
    expect(answers.at(-1)).toEqual({ decoded: false, rejection: expect.objectContaining({ reason: 'undecodable_payload', ceType: 'keywarden.inbound.v1.ProjectDeleted', integration: 'portal' }) });
    expect(await receiveInbound(database, corrupt, options)).toBe('already_answered');
    expect((await letters()).filter((l) => l.error_code === 'undecodable_payload')).toHaveLength(1);
  });

  it('refuses text PostgreSQL cannot store at once, naming the field', async () => {
    const nul = received({ slug: 'a\u0000b' });
    expect(await receiveInbound(database, nul, options)).toBe('rejected');
    expect(answers.at(-1)!.rejection).toMatchObject({ reason: 'invalid_field', detail: expect.stringContaining('slug') });
  });

  it('throws a failure that is no refusal with nothing written, and parks it as handler_failed once the bus gives up', async () => {
    const failing = received({ slug: 'boom' });
    await expect(receiveInbound(database, failing, options)).rejects.toThrow('database gone');
    expect(await slugs()).toEqual(['shop']);
    expect((await database.sql`select 1 from inbound_receipts where ce_id = ${failing.message!.ceId}`).length).toBe(0);
    expect(await rejectInbound(database, failing, { reason: 'handler_failed', detail: 'the request failed 5 times' }, options)).toBe('rejected');
    expect(answers.at(-1)!.rejection).toMatchObject({ reason: 'handler_failed', ceId: failing.message!.ceId });
  });
});
