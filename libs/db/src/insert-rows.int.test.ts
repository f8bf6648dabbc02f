// insertRows: every value arrives as the column's type (quotes, backslashes, commas, braces, NULL,
// jsonb, timestamps), conflicts follow the clause given, it runs in the caller's transaction, and a
// failed insert writes nothing.
import { createTestDatabase, type TestDatabase } from '@keywarden/testing';
import { sql as q } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { connectDatabase, insertRows, type Database } from './index.js';

let testDb: TestDatabase;
let database: Database;

beforeAll(async () => {
  testDb = await createTestDatabase('insert_rows');
  database = connectDatabase(testDb.url, { max: 2 });
  await database.sql`create table items (
    id text primary key, n int, big bigint, ok boolean not null, tags jsonb, at timestamptz, ref uuid)`;
});
afterAll(async () => {
  await database.close();
  await testDb.drop();
});
beforeEach(async () => {
  await database.sql`truncate items`;
});

type Item = { id: string; n: number | null; big: number; ok: boolean; tags: object | string | null; at: Date | null; ref: string | null };
const columns = { id: 'text', n: 'int', big: 'bigint', ok: 'boolean', tags: 'jsonb', at: 'timestamptz', ref: 'uuid' } as const;
const insertItems = insertRows<Item>('items', columns);
// Timestamps come back as PostgreSQL's text here (drizzle turns postgres.js' date parsing off for its own mapping).
const all = async () => (await database.sql<Item[]>`select id, n, big, ok, tags, at, ref from items order by id collate "C"`)
  .map((r) => ({ ...r, at: r.at === null ? null : new Date(r.at as unknown as string) }));

describe('insertRows', () => {
  it('writes every row with each value as its column type, the characters an array literal quotes included', async () => {
    const at = new Date('2026-12-07T21:40:00.123Z');
    const rows: Item[] = [
      { id: 'a "quoted", {braced} \\ back\\slash', n: -7, big: 2 ** 40, ok: true, tags: { say: 'he said "hi" \\o/', list: [1, 'two'] }, at, ref: '7f1e3c2a-55b1-4d8e-9c61-0b7c1f2e3d4a' },
      { id: 'b NULL', n: null, big: 0, ok: false, tags: null, at: null, ref: null },
      { id: 'NULL', n: 0, big: -1, ok: false, tags: 'NULL', at, ref: null },
      { id: 'c\ttab\nnewline, a backslash before n \\n, é ü 𝄞', n: 2_147_483_647, big: 1, ok: true, tags: ['x'], at, ref: null },
    ];
    // The last row's control characters make its column's literal the element-by-element one: a batch of its own.
    await insertItems(database.db, rows.slice(0, 3));
    await insertItems(database.db, rows.slice(3));
    expect(await all()).toEqual([...rows].sort((x, y) => (x.id < y.id ? -1 : 1)));
  });

  it('sends nothing for no rows', async () => {
    await insertItems(database.db, []);
    expect(await all()).toEqual([]);
  });

  it('follows the conflict clause it was given, and fails on a conflict without one', async () => {
    const row = (id: string, n: number): Item => ({ id, n, big: 1, ok: true, tags: null, at: null, ref: null });
    await insertItems(database.db, [row('k', 1)]);
    const upsert = insertRows<Item>('items', columns, { conflict: '(id) do update set n = excluded.n' });
    await upsert(database.db, [row('k', 2), row('l', 3)]);
    expect((await all()).map((r) => [r.id, r.n])).toEqual([['k', 2], ['l', 3]]);
    await expect(insertItems(database.db, [row('m', 4), row('k', 5)])).rejects.toMatchObject({ code: '23505' });
    // The statement is atomic: the row before the conflicting one is not there either.
    expect((await all()).map((r) => r.id)).toEqual(['k', 'l']);
  });

  it("runs in the caller's transaction: rolled back with it", async () => {
    const row: Item = { id: 'tx', n: 1, big: 1, ok: true, tags: null, at: null, ref: null };
    await expect(database.db.transaction(async (tx) => {
      await insertItems(tx, [row]);
      const [seen] = await tx.execute<{ n: number }>(q`select count(*)::int as n from items`);
      expect(seen!.n).toBe(1);
      throw new Error('rolled back');
    })).rejects.toThrow('rolled back');
    expect(await all()).toEqual([]);
  });

  it('rejects a value its column type cannot take with PostgreSQL\'s error', async () => {
    const row: Item = { id: 'bad', n: 1, big: 1, ok: true, tags: null, at: null, ref: 'not-a-uuid' };
    await expect(insertItems(database.db, [row])).rejects.toMatchObject({ code: '22P02' });
  });

  it('refuses a column type that is not a plain type name when it is defined', () => {
    expect(() => insertRows('items', { id: 'text); drop table items; --' })).toThrow(TypeError);
    expect(() => insertRows('items', { id: 'text[]' })).toThrow(TypeError);
    expect(() => insertRows('items', {})).toThrow(TypeError);
  });
});
