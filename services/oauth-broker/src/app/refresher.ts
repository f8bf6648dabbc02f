// Refreshing a grant: exactly one refresh per account at a time across all
// replicas. In a replica, concurrent callers for one account join one promise;
// across replicas, the refresh runs under a PostgreSQL advisory lock on the
// account, and whoever gets the lock next re-reads the grant first, so a
// refresh that already happened is not repeated.
import { setTimeout as sleep } from 'node:timers/promises';
import type { Database } from '@keywarden/db';
import type { Logger } from '@keywarden/telemetry';
import { sql } from 'drizzle-orm';
import { accountGrants } from '../adapters/db/schema.js';
import { ProviderError, providerModules, type ProviderModule } from '../adapters/providers/index.js';
import type { BrokerSettings } from '../config.js';
import { accountStream } from '../domain/account/account.js';
import { backoffMs, nextRefreshAt } from '../domain/backoff.js';
import { BrokerError } from '../domain/errors.js';
import type { Trigger } from '../domain/types.js';
import { providerAppStream } from '../domain/provider-app/provider-app.js';
import type { Commands } from './commands.js';
import { KeyedLimits, KeyedRate, Semaphore } from './limits.js';
import type { LoadedGrant, Store } from './store.js';

export type RefreshOutcome = 'refreshed' | 'fresh' | 'failed' | 'not_usable';

// Advisory lock namespace (first key) so our locks never meet another feature's.
const LOCK_CLASS = 0x4f41; // "OA"

export type RefresherDeps = {
  database: Database;
  /** A small pool of its own: each refresh holds one connection for its lock while it talks to the provider. */
  lockDatabase: Database;
  store: Store;
  commands: Commands;
  clock: { now: () => Date };
  settings: BrokerSettings;
  logger: Logger;
  random?: () => number;
  modules?: Readonly<Record<string, ProviderModule>>;
};

export class Refresher {
  private readonly inflight = new Map<string, Promise<RefreshOutcome>>();
  private readonly perProvider: KeyedLimits;
  private readonly rate: KeyedRate;
  private readonly slots: Semaphore;
  private readonly random: () => number;
  private readonly modules: Readonly<Record<string, ProviderModule>>;

  constructor(private readonly deps: RefresherDeps, lockSlots: number) {
    this.perProvider = new KeyedLimits(deps.settings.providerConcurrency);
    this.rate = new KeyedRate(deps.settings.providerRatePerSecond);
    this.slots = new Semaphore(lockSlots);
    this.random = deps.random ?? Math.random;
    this.modules = deps.modules ?? providerModules;
  }

  module(provider: string): ProviderModule {
    const found = this.modules[provider];
    if (!found) throw new BrokerError('ERR_UNSUPPORTED', `unknown provider ${JSON.stringify(provider.slice(0, 32))}`, 'OAUTH-rf01');
    return found;
  }

  /** How long a token must still be valid for the caller to be served it without a refresh. */
  requiredValidityMs(grant: LoadedGrant, minValidMs: number): number {
    if (grant.grantKind === 'user') return minValidMs;
    return Math.max(minValidMs, this.module(grant.provider).appRenewWindowMs);
  }

  /** A token valid for at least `minValidMs`, refreshing first when needed. */
  async accessToken(accountId: string, minValidMs: number, trigger: Trigger = 'on_demand'): Promise<LoadedGrant> {
    let grant = await this.deps.store.grant(accountId);
    ensureUsable(grant);
    if (this.validFor(grant) >= this.requiredValidityMs(grant, minValidMs)) return grant;
    await this.refresh(accountId, trigger, minValidMs);
    grant = await this.deps.store.grant(accountId);
    ensureUsable(grant);
    if (this.validFor(grant) < this.requiredValidityMs(grant, minValidMs)) {
      throw new BrokerError('ERR_PROVIDER_UNAVAILABLE', 'the provider did not give a fresh token; the broker retries on its own', 'OAUTH-rf02');
    }
    return grant;
  }

  /**
   * Refreshes unless the grant is already valid for `minValidMs` (pass Infinity to force).
   * Concurrent calls for one account in this replica share one attempt.
   */
  refresh(accountId: string, trigger: Trigger, minValidMs: number): Promise<RefreshOutcome> {
    const running = this.inflight.get(accountId);
    if (running) return running;
    const attempt = this.refreshLocked(accountId, trigger, minValidMs).finally(() => this.inflight.delete(accountId));
    this.inflight.set(accountId, attempt);
    return attempt;
  }

  private validFor(grant: LoadedGrant): number {
    return grant.expiresAt.getTime() - this.deps.clock.now().getTime();
  }

  private async refreshLocked(accountId: string, trigger: Trigger, minValidMs: number): Promise<RefreshOutcome> {
    const provider = (await this.deps.store.grant(accountId)).provider;
    return this.perProvider.run(provider, () =>
      this.slots.run(() =>
        this.deps.lockDatabase.sql.begin(async (tx) => {
          await tx`set local lock_timeout = '30s'`;
          await tx`select pg_advisory_xact_lock(${LOCK_CLASS}, hashtext(${accountId}))`;
          const grant = await this.deps.store.grant(accountId);
          if (grant.status !== 'active' && grant.status !== 'refreshing') return 'not_usable' as const;
          if (this.validFor(grant) >= this.requiredValidityMs(grant, minValidMs)) {
            await this.release(accountId, grant);
            return 'fresh' as const;
          }
          return this.attempt(grant, trigger);
        }),
      ),
    );
  }

  /** Nothing to do after all: put the grant back on the schedule. */
  private async release(accountId: string, grant: LoadedGrant) {
    await this.deps.database.db
      .update(accountGrants)
      .set({ claimedUntil: null, nextRefreshAt: this.nextRefresh(grant, grant.expiresAt, grant.refreshToken) })
      .where(sql`${accountGrants.accountId} = ${accountId}`);
  }

  nextRefresh(grant: Pick<LoadedGrant, 'grantKind' | 'provider'>, expiresAt: Date, refreshToken: string | undefined): Date | null {
    const now = this.deps.clock.now().getTime();
    if (grant.grantKind !== 'user') {
      // App tokens: renew inside the provider's window (Feishu: when less than 30 minutes remain).
      const window = this.module(grant.provider).appRenewWindowMs;
      return new Date(nextRefreshAt(now, expiresAt.getTime(), this.random(), { marginMs: (window * 5) / 6, jitterMs: window / 6, idleMaxMs: this.deps.settings.idleMaxMs }));
    }
    // A user grant without a refresh token (GitHub OAuth apps) cannot be refreshed: it lives until it ends.
    if (!refreshToken) return null;
    const s = this.deps.settings;
    return new Date(nextRefreshAt(now, expiresAt.getTime(), this.random(), { marginMs: s.marginMs, jitterMs: s.jitterMs, idleMaxMs: s.idleMaxMs }));
  }

  private async attempt(grant: LoadedGrant, trigger: Trigger): Promise<RefreshOutcome> {
    const app = await this.deps.store.app(grant.providerAppId);
    if (app.status !== 'active') {
      throw new BrokerError('ERR_PROVIDER_APP_INVALID', 'the provider rejected the app credentials; an administrator must fix the app', 'OAUTH-rf03');
    }
    const module = this.module(app.provider);
    if (grant.grantKind === 'user' && grant.refreshExpiresAt && grant.refreshExpiresAt <= this.deps.clock.now()) {
      // The refresh token is past its end: no provider call, the account expires (RefreshTokenExpired, once).
      await this.deps.commands.account(accountStream(grant.accountId), { type: 'CheckRefreshTokenExpiry', now: this.deps.clock.now().toISOString() });
      return 'not_usable';
    }
    for (let attempt = 0; ; attempt++) {
      const now = this.deps.clock.now();
      try {
        if (grant.grantKind === 'user' && !grant.refreshToken) {
          throw new ProviderError('invalid_grant', 'no_refresh_token', 0, 'the grant has no refresh token');
        }
        await this.rate.take(app.provider);
        const tokens = grant.grantKind === 'user'
          ? await module.refresh(app, grant.refreshToken!, now)
          : await module.mint(app, grant.grantKind, grant.params, now);
        // Providers that do not rotate refresh tokens send none back: keep the one we have.
        const kept = { ...tokens, refreshToken: tokens.refreshToken ?? grant.refreshToken };
        const refreshExpiresAt = tokens.refreshToken ? tokens.refreshExpiresAt : grant.refreshExpiresAt;
        await this.deps.commands.account(
          accountStream(grant.accountId),
          { type: 'RecordRefresh', expiresAt: tokens.expiresAt.toISOString(), refreshExpiresAt: refreshExpiresAt?.toISOString(), trigger },
          {
            within: async (tx, events) => {
              const generation = Number((events[0]?.data as { generation?: number }).generation);
              await this.deps.store.writeGrant(tx, grant.accountId, generation, kept, grant.params, this.nextRefresh(grant, tokens.expiresAt, kept.refreshToken));
            },
          },
        );
        return 'refreshed';
      } catch (error) {
        if (!(error instanceof ProviderError)) throw error;
        const retryable = error.errorClass === 'transient' || error.errorClass === 'rate_limited';
        if (retryable && attempt < this.deps.settings.inlineRetries) {
          await sleep(backoffMs(attempt + 1, this.random(), { baseMs: this.deps.settings.inlineRetryBaseMs, capMs: 10_000 }));
          continue;
        }
        await this.recordFailure(grant, app.secretFingerprint, error, trigger);
        return 'failed';
      }
    }
  }

  private async recordFailure(grant: LoadedGrant, fingerprint: string, error: ProviderError, trigger: Trigger) {
    const now = this.deps.clock.now();
    const s = this.deps.settings;
    const current = await this.deps.database.db.execute<{ attempt: number }>(sql`select attempt from accounts where id = ${grant.accountId}`);
    const attempt = Number(current[0]?.attempt ?? 0) + 1;
    const nextAttemptAt = new Date(now.getTime() + backoffMs(attempt, this.random(), { baseMs: s.retryBaseMs, capMs: s.retryCapMs }));
    this.deps.logger.warn(
      { accountId: grant.accountId, provider: grant.provider, errorClass: error.errorClass, providerCode: error.providerCode, httpStatus: error.httpStatus, attempt },
      'refresh failed',
    );
    await this.deps.commands.account(
      accountStream(grant.accountId),
      {
        type: 'RecordRefreshFailure', errorClass: error.errorClass, providerCode: error.providerCode, httpStatus: error.httpStatus, trigger,
        now: now.toISOString(), nextAttemptAt: nextAttemptAt.toISOString(), expireAfterDays: s.expireAfterDays,
      },
      {
        within: async (tx, events) => {
          const failed = events.find((e) => e.type === 'TokenRefreshFailed')?.data as { willRetry?: boolean } | undefined;
          // An app credential problem waits for the admin: the grant stays scheduled, the claim skips invalid apps.
          const again = failed?.willRetry || error.errorClass === 'invalid_client';
          await tx.update(accountGrants)
            .set({ claimedUntil: null, nextRefreshAt: again ? nextAttemptAt : null })
            .where(sql`${accountGrants.accountId} = ${grant.accountId}`);
        },
      },
    );
    if (error.errorClass === 'invalid_client') {
      await this.deps.commands.providerApp(providerAppStream(grant.providerAppId), {
        type: 'ReportCredentialInvalid', errorClass: error.errorClass, providerCode: error.providerCode, accountId: grant.accountId,
        clientSecretFingerprint: fingerprint,
      });
    }
  }
}

export function ensureUsable(grant: LoadedGrant): void {
  if (grant.status === 'active' || grant.status === 'refreshing') return;
  throw new BrokerError('ERR_ACCOUNT_NOT_USABLE', `the account is ${grant.status}; its owner must connect it again`, 'OAUTH-rf04');
}
