// The postgres.js patch (patches/postgres+3.4.9.patch) and the session client:
// a connection whose backend dies must fail its queries, never throw from a
// timer (which would end the process), and the pool must recover. Only this
// suite's own backends are terminated.
import { createTestDatabase, eventually, type TestDatabase } from '@keywarden/testing';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase, type Database } from './index.js';

const crashes: unknown[] = [];
const onCrash = (error: unknown) => crashes.push(error);
let testDb: TestDatabase;
let database: Database;
let killer: postgres.Sql;

beforeAll(async () => {
  process.on('uncaughtException', onCrash);
  testDb = await createTestDatabase('db_patch');
  database = connectDatabase(testDb.url, { max: 1 });
  killer = postgres(testDb.url, { max: 1, onnotice: () => {} });
});
afterAll(async () => {
  await database.close();
  await killer.end();
  await testDb.drop();
  process.off('uncaughtException', onCrash);
});

const terminate = (pid: number) => killer`select pg_terminate_backend(${pid})`;
const pidOf = async (sql: postgres.Sql | postgres.ReservedSql) => (await sql<Array<{ pid: number }>>`select pg_backend_pid() as pid`)[0]!.pid;

describe('a connection whose backend died', () => {
  it('fails every later query of a reserved connection with CONNECTION_CLOSED instead of crashing the process', async () => {
    const extra = connectDatabase(testDb.url, { max: 2 });
    const reserved = await extra.sql.reserve();
    await terminate(await pidOf(reserved));
    await expect(reserved`select 1`).rejects.toMatchObject({ code: expect.stringMatching(/^(CONNECTION_CLOSED|57P01|ECONNRESET)$/) });
    for (let i = 0; i < 3; i++) await expect(reserved`select 1`).rejects.toMatchObject({ code: 'CONNECTION_CLOSED' });
    await new Promise((resolve) => setImmediate(resolve));
    // The pool itself still serves.
    expect(await extra.sql`select 2 as n`).toEqual([{ n: 2 }]);
    // Released after its close, it goes back to the pool as closed, not as an open connection without a socket.
    reserved.release();
    expect(await Promise.all([extra.sql`select 3 as n`, extra.sql`select 4 as n`])).toEqual([[{ n: 3 }], [{ n: 4 }]]);
    await extra.close();
    expect(crashes).toEqual([]);
  });

  it('rejects a transaction cut off mid-way, and the same pooled connection then reconnects and serves', async () => {
    const pid = await pidOf(database.sql);
    const cut = database.sql.begin(async (tx) => {
      await tx`select 1`;
      await tx`select pg_sleep(5)`;
    });
    // Expected from the start: the close can reject it before terminate() has its own answer (an unhandled rejection).
    const rejected = expect(cut).rejects.toBeDefined();
    await eventually(async () => (await killer`select 1 from pg_stat_activity where pid = ${pid} and query like '%pg_sleep%'`).length > 0);
    await terminate(pid);
    await rejected;
    // One connection in this pool: a write left stuck by the close would hang every query from now on.
    const again = await eventually(async () => pidOf(database.sql));
    expect(again).not.toBe(pid);
    expect(crashes).toEqual([]);
  });
});

describe('a session client', () => {
  it('reconnects as a new session on the next query and says the old one closed', async () => {
    let closes = 0;
    const session = database.session({ onclose: () => closes++ });
    const first = await pidOf(session);
    await session`select pg_advisory_lock(4242)`;
    await terminate(first);
    await eventually(() => closes > 0);
    const second = await eventually(async () => pidOf(session));
    expect(second).not.toBe(first);
    // The lock went with the old session.
    const [held] = await killer<Array<{ n: number }>>`select count(*)::int as n from pg_locks where locktype = 'advisory' and objid = 4242`;
    expect(held!.n).toBe(0);
    await session.end();
    expect(crashes).toEqual([]);
  });
});
