// The scheduler's batch refresh (Refresher.refreshDue): one lock statement and one grant read for the
// claimed batch, then each grant refreshed and recorded on its own through the refresher's attempt.
import type { KeyedLimits, Semaphore } from './limits.js';
import type { AccountLock, LoadedApp, LoadedGrant, Store } from './ports.js';

/** Runs one provider call under the provider's concurrency limit. */
export type ProviderLimit = <T>(call: () => Promise<T>) => Promise<T>;

/** What one refresh came to (the scheduler counts them; callers see 'fresh' when another replica refreshed). */
export type RefreshOutcome = 'refreshed' | 'fresh' | 'failed' | 'not_usable';

export type DueRefreshParts = {
  /** The refresher's single-flight map: callers in this replica join the batch's attempt for their account. */
  inflight: Map<string, Promise<RefreshOutcome>>;
  slots: Semaphore;
  perProvider: KeyedLimits;
  accountLock: AccountLock;
  store: Pick<Store, 'grants' | 'app'>;
  clock: { now: () => Date };
  /** One refresh of a locked, due grant, recorded (the refresher's own); `limit` runs each provider call. */
  attempt: (grant: LoadedGrant, app: Promise<LoadedApp>, limit: ProviderLimit) => Promise<RefreshOutcome>;
};

export async function refreshDue(
  parts: DueRefreshParts,
  accountIds: readonly string[],
  around: (accountId: string, run: () => Promise<RefreshOutcome>) => Promise<RefreshOutcome>,
): Promise<Array<PromiseSettledResult<RefreshOutcome>>> {
  const settle = new Map<string, { resolve: (o: RefreshOutcome) => void; reject: (e: unknown) => void }>();
  const attempts = accountIds.map((accountId) => {
    const running = parts.inflight.get(accountId);
    if (running) return running;
    const attempt = new Promise<RefreshOutcome>((resolve, reject) => settle.set(accountId, { resolve, reject }))
      .finally(() => parts.inflight.delete(accountId));
    parts.inflight.set(accountId, attempt);
    return attempt;
  });
  const mine = [...settle.keys()];
  try {
    await parts.slots.run(() => parts.accountLock.runMany(mine, async (held, unlock) => {
      for (const accountId of mine) if (!held.has(accountId)) settle.get(accountId)!.resolve('fresh');
      const grants = await parts.store.grants([...held]);
      const apps = new Map<string, Promise<LoadedApp>>();
      await Promise.all([...held].map(async (accountId) => {
        const { resolve, reject } = settle.get(accountId)!;
        try {
          resolve(await around(accountId, async () => {
            const grant = grants.get(accountId);
            if (!grant || (grant.status !== 'active' && grant.status !== 'refreshing')) return 'not_usable';
            // Refreshed meanwhile (its schedule lies ahead): nothing to do; the scheduler hands the claim back.
            if (!grant.nextRefreshAt || grant.nextRefreshAt > parts.clock.now()) return 'fresh';
            if (!apps.has(grant.providerAppId)) apps.set(grant.providerAppId, parts.store.app(grant.providerAppId));
            // The provider slot is held for the provider call only: the record after it waits on the database, not
            // on the provider, and holding the slot through it left provider calls idle while others recorded.
            const limit = <T>(call: () => Promise<T>) => parts.perProvider.run(grant.provider, call);
            return parts.attempt(grant, apps.get(grant.providerAppId)!, limit);
          }));
        } catch (error) {
          reject(error);
        } finally {
          await unlock(accountId);
        }
      }));
    }));
  } catch (error) {
    for (const { reject } of settle.values()) reject(error);
  }
  return Promise.allSettled(attempts);
}
