// Work that must wait until a transaction's rows are visible to others: waking the outbox relay for
// the events it appended, without a NOTIFY inside the transaction (a transaction that notifies takes a
// cluster-wide lock at commit and holds it through the WAL flush, so concurrent commits would queue
// behind each other). Registered inside the transaction, run once after the outermost commit.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Database, Db } from './types.js';

/** Told the database the transaction committed on; runs synchronously after the commit, once per transaction. */
export type CommitHook = (database: Database) => void;

// The hooks of the transaction the current code runs in: savepoints (tx.transaction) and
// withinTransaction's databases run inside the outermost transaction's callback, so they share it.
const current = new AsyncLocalStorage<Set<CommitHook>>();

/**
 * Runs `hook` after the transaction this code runs in commits (not at all if it rolls back). The same
 * hook registered many times in one transaction runs once. Outside a transaction of `connectDatabase`'s
 * `db` nothing runs: callers must treat it as a hint (the relay polls as well).
 */
export function afterCommit(hook: CommitHook): void {
  current.getStore()?.add(hook);
}

/** Whether this code runs inside a transaction of `connectDatabase`'s `db` (its callback, or work it started). */
export function inTransaction(): boolean {
  return current.getStore() !== undefined;
}

/** drizzle's `db.transaction`, with the hooks of the transaction run after its COMMIT returned. */
export function withCommitHooks(db: Db, database: () => Database): Db['transaction'] {
  const begin = db.transaction.bind(db);
  return async (transaction, config) => {
    const hooks = new Set<CommitHook>();
    const result = await current.run(hooks, () => begin(transaction, config));
    for (const hook of hooks) {
      try {
        hook(database());
      } catch {
        // A hook is a wake-up hint: the commit stands whatever it does.
      }
    }
    return result;
  };
}
