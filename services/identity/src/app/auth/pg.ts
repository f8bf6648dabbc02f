import type { DbOrTx } from '@keywarden/db';
import type { Sql } from 'postgres';

/**
 * The postgres.js client under a drizzle database or transaction. Its tagged
 * templates are prepared once per connection, which matters on the refresh
 * path (the event store does the same; its helper is not public).
 */
export function pg(db: DbOrTx): Sql {
  const client = (db as unknown as { _?: { session?: { client?: unknown } } })._?.session?.client;
  if (typeof client !== 'function') throw new TypeError('expected a drizzle postgres-js database or transaction');
  return client as Sql;
}

// drizzle's postgres-js driver makes timestamps travel as text both ways on this
// client: parameters go in as ISO strings, results come back as PostgreSQL text.
export const iso = (d: Date): string => d.toISOString();
export const toDate = (value: Date | string): Date => new Date(value);
