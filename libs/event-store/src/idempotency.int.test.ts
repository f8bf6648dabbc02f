import { Keyring, generateMasterKey } from '@keywarden/crypto';
import type { Database } from '@keywarden/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerScope, commandHandler, idempotency, readStream, runIdempotent, uuidV5, type Idempotency } from './index.js';
import { counterDecider, counterProjection } from './test-support/counter.js';
import { openEventStoreDatabase, type EventStoreTestDatabase } from './test-support/test-database.js';

let store: EventStoreTestDatabase;
let database: Database;
const handle = () => commandHandler(database, counterDecider, [counterProjection]);

beforeAll(async () => {
  store = await openEventStoreDatabase('idempotency');
  database = store.database;
});
afterAll(async () => {
  await store.close();
});

/** "Create a counter": the id comes from the key when there is one; a replay reads what the first request made. */
async function openCounter(idem: Idempotency | undefined, name: string, calls: { runs: number }) {
  const id = idem?.id ?? crypto.randomUUID();
  return runIdempotent(database.db, idem, `counter-${id}`, async (options) => {
    calls.runs++;
    await handle()(`counter-${id}`, { type: 'Open', name }, options);
    return { id, name };
  }, async (prior) => ({ id: prior.streamId.slice('counter-'.length), name: String(prior.data['name']) }));
}

const scope = callerScope({ userId: 'u1', credential: 'session' });

describe('idempotent creates', () => {
  it('without a key, every call creates', async () => {
    const calls = { runs: 0 };
    const a = await openCounter(idempotency({ operation: 'counter.Open', scope, key: '', request: { name: 'a' } }), 'a', calls);
    const b = await openCounter(undefined, 'a', calls);
    expect(a.result.id).not.toBe(b.result.id);
    expect([a.replayed, b.replayed, calls.runs]).toEqual([false, false, 2]);
  });

  it('a retry with the key gets the first result, marked as a replay, and creates nothing', async () => {
    const request = { operation: 'counter.Open', scope, key: 'retry-1', request: { name: 'b' } };
    const calls = { runs: 0 };
    const first = await openCounter(idempotency(request), 'b', calls);
    const again = await openCounter(idempotency(request), 'b', calls);
    expect(first).toEqual({ result: { id: first.result.id, name: 'b' }, replayed: false });
    expect(again).toEqual({ result: first.result, replayed: true });
    expect(calls.runs).toBe(1);
    expect(await readStream(database.db, `counter-${first.result.id}`)).toHaveLength(1);
  });

  it('concurrent requests with one key: one object, one event, the others are replays of it', async () => {
    const request = { operation: 'counter.Open', scope, key: 'burst-1', request: { name: 'c' } };
    const calls = { runs: 0 };
    const results = await Promise.all(Array.from({ length: 8 }, () => openCounter(idempotency(request), 'c', calls)));
    expect(new Set(results.map((r) => r.result.id)).size).toBe(1);
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    expect(await readStream(database.db, `counter-${results[0]!.result.id}`)).toHaveLength(1);
  });

  it('the key with another request is ERR_IDEMPOTENCY_KEY_REUSED, also while both run at once', async () => {
    const calls = { runs: 0 };
    const first = await openCounter(idempotency({ operation: 'counter.Open', scope, key: 'reuse-1', request: { name: 'd' } }), 'd', calls);
    await expect(openCounter(idempotency({ operation: 'counter.Open', scope, key: 'reuse-1', request: { name: 'e' } }), 'e', calls))
      .rejects.toMatchObject({ code: 'ERR_IDEMPOTENCY_KEY_REUSED', status: 409 });
    const outcomes = await Promise.allSettled([
      openCounter(idempotency({ operation: 'counter.Open', scope, key: 'reuse-2', request: { name: 'f' } }), 'f', calls),
      openCounter(idempotency({ operation: 'counter.Open', scope, key: 'reuse-2', request: { name: 'g' } }), 'g', calls),
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    expect(outcomes.find((o) => o.status === 'rejected')).toMatchObject({ reason: { code: 'ERR_IDEMPOTENCY_KEY_REUSED' } });
    expect(await readStream(database.db, `counter-${first.result.id}`)).toHaveLength(1);
  });

  it('keys are the caller\'s and the operation\'s: the same key elsewhere is another object', () => {
    const base = { operation: 'counter.Open', scope, key: 'shared', request: {} };
    const ids = new Set([
      idempotency(base)!.id,
      idempotency({ ...base, scope: callerScope({ userId: 'u2', credential: 'session' }) })!.id,
      idempotency({ ...base, scope: callerScope({ userId: 'u1', credential: 'pat', tokenId: 't1' }) })!.id,
      idempotency({ ...base, operation: 'counter.Other' })!.id,
    ]);
    expect(ids.size).toBe(4);
    // Key order in the request does not matter; values do.
    expect(idempotency({ ...base, request: { a: 1, b: [1, { c: 2, d: 3 }] } })!.digest).toBe(idempotency({ ...base, request: { b: [1, { d: 3, c: 2 }], a: 1 } })!.digest);
    expect(idempotency({ ...base, request: { a: 1 } })!.digest).not.toBe(idempotency({ ...base, request: { a: 2 } })!.digest);
  });

  it('refuses a key that is not 1 to 255 printable ASCII characters', () => {
    for (const key of ['k'.repeat(256), 'tab\tkey', 'clé', ' padded']) {
      expect(() => idempotency({ operation: 'counter.Open', scope, key, request: {} })).toThrowError(expect.objectContaining({ code: 'ERR_VALIDATION' }));
    }
  });

  it('keeps the key as a hash and a request with secrets as a sealed digest only; another keyring cannot match it', async () => {
    const keyring = Keyring.fromConfig(`1:${generateMasterKey()}`);
    const secret = 'hunter2-guessable';
    const request = { operation: 'counter.Open', scope, key: 'sealed-1', request: { name: 'h', password: secret } };
    const calls = { runs: 0 };
    const first = await openCounter(idempotency(request, keyring), 'h', calls);
    const [event] = await readStream(database.db, `counter-${first.result.id}`);
    const stored = JSON.stringify(event!.metadata);
    expect(stored).not.toContain('sealed-1');
    expect(stored).not.toContain(secret);
    expect(stored).not.toContain(idempotency(request, keyring)!.digest);
    expect(event!.metadata['idempotencyRequest']).toMatch(/^sealed:kw1\./);
    expect(await openCounter(idempotency(request, keyring), 'h', calls)).toMatchObject({ replayed: true });
    await expect(openCounter(idempotency({ ...request, request: { name: 'h', password: 'other' } }, keyring), 'h', calls)).rejects.toMatchObject({ code: 'ERR_IDEMPOTENCY_KEY_REUSED' });
    const stranger = Keyring.fromConfig(`1:${generateMasterKey()}`);
    await expect(openCounter(idempotency(request, stranger), 'h', calls)).rejects.toMatchObject({ code: 'ERR_IDEMPOTENCY_KEY_REUSED' });
    expect(calls.runs).toBe(1);
  });

  it('an add to an existing aggregate: the retry is a replay, other writers to the stream do not break it', async () => {
    const id = crypto.randomUUID();
    await handle()(`counter-${id}`, { type: 'Open', name: 'i' });
    const increment = (key: string) => runIdempotent(database.db, idempotency({ operation: 'counter.Increment', scope, key, request: { by: 5 } }), `counter-${id}`,
      async (options) => (await handle()(`counter-${id}`, { type: 'Increment', by: 5 }, options)).version,
      async (prior) => prior.data['by'] as number);
    const outcomes = await Promise.all([
      increment('inc-1'), increment('inc-1'), increment('inc-1'),
      // Unrelated increments racing on the same stream.
      handle()(`counter-${id}`, { type: 'Increment', by: 1 }, { retries: 10 }), handle()(`counter-${id}`, { type: 'Increment', by: 1 }, { retries: 10 }),
    ]);
    const keyed = outcomes.slice(0, 3) as Array<{ result: number; replayed: boolean }>;
    expect(keyed.filter((o) => o.replayed).map((o) => o.result)).toEqual([5, 5]);
    const value = (await database.sql`select value from counters where id = ${`counter-${id}`}`)[0]!['value'];
    expect(value).toBe(7);
  });

  it('derives RFC 4122 version 5 ids', () => {
    // The RFC's example: the DNS namespace and www.example.com.
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });
});
