import type { Database } from '@keywarden/db';

/**
 * One `T` per pool, made on first use: the machinery that batches a process's work on a database (group
 * commit, batched stream reads) must be shared by every command handler on that pool, and go with it.
 */
export function perDatabase<T>(make: (database: Database) => T): (database: Database) => T {
  const made = new WeakMap<Database, T>();
  return (database) => {
    let value = made.get(database);
    if (value === undefined) made.set(database, (value = make(database)));
    return value;
  };
}
