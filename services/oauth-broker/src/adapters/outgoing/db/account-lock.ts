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
}
