// One sync at a time per provider across replicas (app/ports.ts SyncLocks): a transaction-scoped
// advisory lock on `sync:<providerId>`, taken without waiting.
import type { Database, Tx } from '@keywarden/db';
import { sql } from 'drizzle-orm';
import type { SyncLocks } from '../../../app/ports.js';

const key = (providerId: string) => `sync:${providerId}`;

export function syncLocks(database: Database): SyncLocks {
  return {
    async tryInTransaction(tx: Tx, providerId: string) {
      const [lock] = await tx.execute<{ ok: boolean }>(sql`select pg_try_advisory_xact_lock(hashtext(${key(providerId)})) as ok`);
      return Boolean(lock?.ok);
    },
    // The lock's transaction stays open on its own connection while the work runs on others.
    async whileHeld<T>(providerId: string, work: () => Promise<T>): Promise<T | undefined> {
      return database.sql.begin(async (lock) => {
        const [got] = await lock`select pg_try_advisory_xact_lock(hashtext(${key(providerId)})) as ok`;
        if (!got?.['ok']) return undefined;
        return work();
      }) as Promise<T | undefined>;
    },
  };
}
