// The per-account lock (the AccountLock port of app/ports.ts): a PostgreSQL advisory transaction lock
// on a small pool of its own, as each holder keeps its connection while it talks to the provider.
import type { Database } from '@keywarden/db';
import type { AccountLock } from '../../../app/ports.js';
import { BrokerError } from '../../../domain/errors.js';

// Advisory lock namespace (first key) so our locks never meet another feature's.
export const LOCK_CLASS = 0x4f41; // "OA"

export class AdvisoryAccountLock implements AccountLock {
  constructor(private readonly lockDatabase: Database) {}

  run<T>(accountId: string, waitMs: number, work: () => Promise<T>): Promise<T> {
    return this.lockDatabase.sql.begin(async (tx) => {
      await tx.unsafe(`set local lock_timeout = ${Math.round(waitMs)}`);
      await tx`select pg_advisory_xact_lock(${LOCK_CLASS}, hashtext(${accountId}))`;
      return work();
    }).catch((error: unknown) => {
      // 55P03 lock_not_available: the lock wait ran out behind another refresh of this account.
      if ((error as { code?: unknown } | null)?.code === '55P03') {
        throw new BrokerError('ERR_PROVIDER_UNAVAILABLE', 'another operation on this account is still running; try again shortly', 'OAUTH-rf05');
      }
      throw error;
    }) as Promise<T>;
  }

  // Session locks on one reserved connection: one statement takes the whole batch's (try: a lock held
  // elsewhere is skipped, never waited for, so batches cannot deadlock), each is freed when its own
  // work ends, and unlock_all hands the connection back clean.
  async runMany<T>(accountIds: readonly string[], work: (held: ReadonlySet<string>, unlock: (accountId: string) => Promise<void>) => Promise<T>): Promise<T> {
    if (accountIds.length === 0) return work(new Set(), async () => undefined);
    const reserved = await this.lockDatabase.sql.reserve();
    try {
      const rows = await reserved<Array<{ id: string }>>`
        select id from unnest(${[...accountIds]}::text[]) as id where pg_try_advisory_lock(${LOCK_CLASS}, hashtext(id))`;
      const held = new Set(rows.map((r) => r.id));
      const unlock = async (accountId: string) => {
        if (!held.delete(accountId)) return;
        await reserved`select pg_advisory_unlock(${LOCK_CLASS}, hashtext(${accountId}))`;
      };
      return await work(new Set(held), unlock);
    } finally {
      // Fails only when the connection is gone, and its locks with it.
      await reserved`select pg_advisory_unlock_all()`.catch(() => undefined);
      reserved.release();
    }
  }
}
