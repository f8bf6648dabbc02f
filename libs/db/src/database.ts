import { drizzle, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import postgres, { type Sql } from 'postgres';

export type Db = PostgresJsDatabase<Record<string, never>>;
/** A drizzle transaction: the unit of work of a command or a consumer batch. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Anything queries can run on. */
export type DbOrTx = Db | Tx;

export type Database = {
  /** The raw postgres.js pool: advisory locks, LISTEN/NOTIFY, bulk SQL. */
  sql: Sql;
  /** drizzle over the same pool: typed queries, transactions. */
  db: Db;
  close: () => Promise<void>;
};

export type DatabaseOptions = {
  /** Pool size; a service needs a few for commands, one for the relay lock, one for LISTEN. */
  max?: number;
  /** Shown in pg_stat_activity. */
  applicationName?: string;
};

export function connectDatabase(url: string, options: DatabaseOptions = {}): Database {
  const sql = postgres(url, {
    max: options.max ?? 10,
    onnotice: () => {},
    connection: { application_name: options.applicationName ?? 'keywarden' },
    // bigint columns (global positions) come back as JS numbers: positions stay far below 2^53.
    types: { bigint: { to: 20, from: [20], serialize: (x: number) => String(x), parse: (x: string) => Number(x) } },
  });
  const db = drizzle(sql) as unknown as Db;
  return { sql, db, close: () => sql.end({ timeout: 5 }) };
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
  return { ...database, db: tx as unknown as Db };
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
