import { drizzle } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import postgres, { type Sql } from 'postgres';
import { withCommitHooks } from './after-commit.js';
import { backoffDelay, trackAvailability, type DatabaseLogger } from './availability.js';
import type { Database, Db, DbOrTx, Tx } from './types.js';

export type { Database, Db, DbOrTx, Tx } from './types.js';

export type DatabaseOptions = {
  /** Pool size: commands, consumer batches, RPC handlers (the relay and LISTEN have their own connections). */
  max?: number;
  /** Shown in pg_stat_activity. */
  applicationName?: string;
  /** Where the availability's two lines per outage go. */
  logger?: DatabaseLogger;
};

export function connectDatabase(url: string, options: DatabaseOptions = {}): Database {
  const settings = {
    onnotice: () => {},
    connection: { application_name: options.applicationName ?? 'keywarden' },
    // bigint columns (global positions) come back as JS numbers: positions stay far below 2^53.
    types: { bigint: { to: 20, from: [20], serialize: (x: number) => String(x), parse: (x: string) => Number(x) } },
    // Reconnect delay in seconds: capped at 2 s (the driver's own grows to 20 s), so
    // the pool is back within moments of PostgreSQL, and queries meanwhile fail fast.
    backoff: (retries: number) => backoffDelay(retries, { baseMs: 50, maxMs: 2000 }) / 1000,
    connect_timeout: 10,
  };
  const sql = postgres(url, { ...settings, max: options.max ?? 10 });
  const db = drizzle(sql) as unknown as Db;
  const availability = trackAvailability(() => sql`select 1`, options.logger);
  const session = (sessionOptions: { onclose?: () => void } = {}) =>
    postgres(url, {
      ...settings,
      max: 1,
      // A session's state must not end because it grew old (no idle timeout either: the default).
      max_lifetime: null,
      ...(sessionOptions.onclose ? { onclose: sessionOptions.onclose } : {}),
    });
  const database: Database = {
    sql,
    db,
    availability,
    session,
    close: async () => {
      availability.stop();
      await sql.end({ timeout: 5 });
    },
  };
  // Its transactions run the hooks registered in them (afterCommit) once they committed.
  db.transaction = withCommitHooks(db, () => database);
  return database;
}

export type MigrationSet = {
  /** Folder of drizzle-kit generated SQL migrations. */
  folder: string;
  /** Bookkeeping table, one per set so a library's migrations and a service's never mix. */
  table: string;
};

/** Applies migrations at start; drizzle's migrator takes a lock-free but transactional path. */
export async function runMigrations(database: Database, ...sets: MigrationSet[]): Promise<void> {
  for (const set of sets) {
    await migrate(database.db, { migrationsFolder: set.folder, migrationsTable: set.table, migrationsSchema: 'public' });
  }
}

/**
 * The database seen through an open transaction: queries run in it, and
 * anything that opens its own transaction on it (commandHandler) gets a
 * savepoint of it, so many commands commit or roll back as one.
 */
export function withinTransaction(database: Database, tx: Tx): Database {
  const scoped = { ...database, db: tx as unknown as Db };
  transactionScoped.add(scoped);
  return scoped;
}

const transactionScoped = new WeakSet<Database>();

/** Whether `database` is a transaction seen as a database (`withinTransaction`): its work commits with that transaction. */
export function isTransactionScoped(database: Database): boolean {
  return transactionScoped.has(database);
}

/**
 * The postgres.js client under a drizzle database or transaction (the pool, or
 * the transaction's reserved connection). Its tagged-template queries are
 * prepared statements, parsed and planned once per connection: on hot paths
 * (the event store's append, identity's refresh) that halves PostgreSQL's CPU
 * compared with drizzle's `execute`. Same connection, same transaction.
 * Reaches into drizzle's session: kept here, the one place that knows drizzle.
 */
export function sqlClient(db: DbOrTx): Sql {
  const client = (db as unknown as { _?: { session?: { client?: unknown } } })._?.session?.client;
  if (typeof client !== 'function') throw new TypeError('expected a drizzle postgres-js database or transaction');
  return client as Sql;
}
