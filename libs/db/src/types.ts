// The handles a service works with: drizzle over postgres.js, its transactions, and the Database
// connectDatabase returns. Apart from database.ts so that after-commit.ts can name them without a cycle.
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import type { Sql } from 'postgres';
import type { DatabaseAvailability } from './availability.js';

export type Db = PostgresJsDatabase<Record<string, never>>;
/** A drizzle transaction: the unit of work of a command or a consumer batch. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Anything queries can run on. */
export type DbOrTx = Db | Tx;

export type Database = {
  /** The raw postgres.js pool: LISTEN/NOTIFY, bulk SQL, prepared statements on hot paths. */
  sql: Sql;
  /** drizzle over the same pool: typed queries, transactions. */
  db: Db;
  /** Whether PostgreSQL answers; parts hand their failures to it and wait on it (see availability.ts). */
  availability: DatabaseAvailability;
  /**
   * A client of its own with exactly one connection, for state that lives in a
   * session (a session advisory lock). Not `sql.reserve()`: a reserved
   * connection whose backend died stays dead, while this one reconnects on the
   * next query, as a new session, and `onclose` says the old one is gone, with
   * whatever it held. The caller ends it.
   */
  session: (options?: { onclose?: () => void }) => Sql;
  close: () => Promise<void>;
};
