// afterCommit: a hook registered inside a transaction of connectDatabase's `db` runs once, after the
// COMMIT returned (its rows visible to other sessions), also when registered in a savepoint or through
// withinTransaction; never for a transaction that rolled back; and not outside a transaction.
import { createTestDatabase, type TestDatabase } from '@keywarden/testing';
import { sql as q } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { afterCommit, connectDatabase, withinTransaction, type Database } from './index.js';

let testDb: TestDatabase;
let database: Database;
let other: postgres.Sql;

beforeAll(async () => {
  testDb = await createTestDatabase('after_commit');
  database = connectDatabase(testDb.url, { max: 2 });
  other = postgres(testDb.url, { max: 1, onnotice: () => {} });
  await database.sql`create table notes (id int primary key)`;
});
afterAll(async () => {
  await database.close();
  await other.end();
  await testDb.drop();
});

/** What another session sees of `notes` when the hook runs (read right away, before anything else). */
function seenByOthers(into: number[][], ran: Database[]) {
  return (db: Database) => {
    ran.push(db);
    void other<Array<{ id: number }>>`select id from notes order by id`.then((rows) => into.push(rows.map((r) => r.id)));
  };
}

describe('afterCommit', () => {
  it('runs once after the commit, with the database, the rows visible to other sessions', async () => {
    const seen: number[][] = [];
    const ran: Database[] = [];
    const hook = seenByOthers(seen, ran);
    await database.db.transaction(async (tx) => {
      await tx.execute(q`insert into notes values (1)`);
      afterCommit(hook);
      await tx.transaction(async (savepoint) => {
        await savepoint.execute(q`insert into notes values (2)`);
        afterCommit(hook);
      });
      // A command run on the caller's transaction (a savepoint of it) registers into the same transaction.
      await withinTransaction(database, tx).db.transaction(async () => afterCommit(hook));
      expect(ran).toEqual([]);
    });
    expect(ran).toEqual([database]);
    await expect.poll(() => seen).toEqual([[1, 2]]);
  });

  it('does not run for a transaction that rolled back', async () => {
    const ran: Database[] = [];
    await expect(database.db.transaction(async (tx) => {
      await tx.execute(q`insert into notes values (3)`);
      afterCommit((db) => ran.push(db));
      throw new Error('rolled back');
    })).rejects.toThrow('rolled back');
    expect(ran).toEqual([]);
    expect(await other`select id from notes where id = 3`).toHaveLength(0);
  });

  it('keeps the hooks of concurrent transactions apart, and does nothing outside a transaction', async () => {
    const ran: string[] = [];
    await Promise.all(['a', 'b'].map((name) => database.db.transaction(async (tx) => {
      await tx.execute(q`select pg_sleep(0.05)`);
      afterCommit(() => ran.push(name));
    })));
    expect(ran.sort()).toEqual(['a', 'b']);
    afterCommit(() => ran.push('outside'));
    await database.db.transaction(async () => {});
    expect(ran).toEqual(['a', 'b']);
  });

  it('lets the commit stand when a hook throws', async () => {
    await database.db.transaction(async (tx) => {
      await tx.execute(q`insert into notes values (4)`);
      afterCommit(() => {
        throw new Error('hook failed');
      });
    });
    expect(await other`select id from notes where id = 4`).toHaveLength(1);
  });
});
