import type { DbOrTx } from '@keywarden/db';
import type { Sql } from 'postgres';

/**
 * The postgres.js client under a drizzle database or transaction (the pool,
 * or the transaction's reserved connection). Its tagged-template queries are
 * prepared statements, parsed and planned once per connection: on the
 * command path (read the stream, append) that halves PostgreSQL's CPU per
 * command compared with drizzle's `execute`, which parses and plans every
 * time. Same connection, same transaction, same type parsers.
 */
export function pgClient(db: DbOrTx): Sql {
  const client = (db as unknown as { _?: { session?: { client?: unknown } } })._?.session?.client;
  if (typeof client !== 'function') throw new TypeError('the event store needs a drizzle postgres-js database or transaction');
  return client as Sql;
}
