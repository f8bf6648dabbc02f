// Refreshing a grant: exactly one refresh per account at a time across all
// replicas. In a replica, concurrent callers for one account join one promise;
// across replicas, the refresh runs under a PostgreSQL advisory lock on the
// account, and whoever gets the lock next re-reads the grant first, so a
// refresh that already happened is not repeated.
import { setTimeout as sleep } from 'node:timers/promises';
import type { Database } from '@keywarden/db';
import { validationError } from '@keywarden/errors';
import type { Logger } from '@keywarden/telemetry';
import type { BrokerSettings } from '../config.js';
import { accountStream } from '../domain/account/account.js';
import { backoffMs, nextRefreshAt } from '../domain/backoff.js';
import { BrokerError, ProviderError } from '../domain/errors.js';
import type { Trigger } from '../domain/types.js';
import { providerAppStream } from '../domain/provider-app/provider-app.js';
import { failedAttempts } from '../projections/queries.js';
import type { Commands } from './commands.js';
import { KeyedLimits, KeyedRate, Semaphore } from './limits.js';
import { refreshDue, type ProviderLimit, type RefreshOutcome } from './due-refresh.js';
import { recordRefresh } from './metrics.js';
import { INLINE_BACKOFF_CAP_MS, refreshLockWaitMs } from './account-lock.js';
import type { AccountLock, LoadedApp, LoadedGrant, ProviderModule, Store } from './ports.js';

/** `due`: the scheduler claimed the grant because its schedule came; refresh whatever the token's validity. */
export type RefreshOptions = { due?: boolean };

export type RefresherDeps = {
  database: Database;
  /** On a small pool of its own: each refresh holds one connection for its lock while it talks to the provider. */
  accountLock: AccountLock;
  store: Store;
  commands: Commands;
  clock: { now: () => Date };
  settings: BrokerSettings;
  logger: Logger;
  random?: () => number;
  /** Every provider's module, by provider. */
  modules: Readonly<Record<string, ProviderModule>>;
  /** The longest a provider call may take (what the lock wait is derived from). */
  providerTimeoutMs: number;
  /** Overrides the derived refresh lock wait (tests). */
  lockWaitMs?: number;
};

export class Refresher {
  private readonly inflight = new Map<string, Promise<RefreshOutcome>>();
  // What the last refresh in this replica gave, per account: the token's full lifetime (when a new
  // token was issued) and whether its end moved. Lost on restart; it only spares provider calls.
  private readonly lastRefresh = new Map<string, { generation: number; lifetimeMs: number | undefined; extended: boolean }>();
  private readonly perProvider: KeyedLimits;
  private readonly rate: KeyedRate;
  private readonly slots: Semaphore;
  private readonly random: () => number;
  private readonly modules: Readonly<Record<string, ProviderModule>>;
  private readonly lockWaitMs: number;

  constructor(private readonly deps: RefresherDeps, lockSlots: number) {
    this.perProvider = new KeyedLimits(deps.settings.providerConcurrency);
    this.rate = new KeyedRate(deps.settings.providerRatePerSecond);
    this.slots = new Semaphore(lockSlots);
    this.random = deps.random ?? Math.random;
    this.modules = deps.modules;
    this.lockWaitMs = Math.round(deps.lockWaitMs ?? refreshLockWaitMs(deps.settings, deps.providerTimeoutMs));
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
    this.ensureRefreshCanHelp(grant, minValidMs);
    // Joining another caller's refresh that asked for less may leave this caller short: then one more, for it.
    for (let round = 0; round < 2; round++) {
      const joined = this.inflight.has(accountId);
      await this.refresh(accountId, trigger, minValidMs);
      grant = await this.deps.store.grant(accountId);
      ensureUsable(grant);
      if (this.validFor(grant) >= this.requiredValidityMs(grant, minValidMs)) return grant;
      if (!joined) break;
      this.ensureRefreshCanHelp(grant, minValidMs);
    }
    this.ensureRefreshCanHelp(grant, minValidMs);
    throw new BrokerError('ERR_PROVIDER_UNAVAILABLE', 'the provider did not give a fresh token; the broker retries on its own', 'OAUTH-rf02');
  }

  /**
   * Throws instead of calling the provider when a refresh cannot give the caller what it asks: the
   * account is in backoff, the request is beyond what the provider's tokens last, or the last
   * refresh of this grant did not move its end.
   */
  private ensureRefreshCanHelp(grant: LoadedGrant, minValidMs: number): void {
    const now = this.deps.clock.now();
    if (grant.status === 'refreshing' && grant.nextRefreshAt && grant.nextRefreshAt > now) {
      throw new BrokerError(
        'ERR_PROVIDER_UNAVAILABLE',
        `the provider is failing for this account; the broker retries at ${grant.nextRefreshAt.toISOString()}`,
        'OAUTH-rf06',
      );
    }
    const last = this.lastRefresh.get(grant.accountId);
    if (!last || last.generation !== grant.generation) return;
    if (last.lifetimeMs !== undefined) {
      const maxMs = last.lifetimeMs - this.deps.settings.marginMs;
      if (minValidMs > maxMs) {
        throw validationError(
          `minValidMinutes is more than this provider's tokens last: at most ${Math.max(0, Math.floor(maxMs / 60_000))} minutes`,
          { errorId: 'OAUTH-8f44', issues: [{ path: 'minValidMinutes', message: `must be at most ${Math.max(0, Math.floor(maxMs / 60_000))}` }] },
        );
      }
    }
    if (!last.extended) {
      throw new BrokerError('ERR_PROVIDER_UNAVAILABLE', 'the last refresh did not extend the token; the broker refreshes it on schedule', 'OAUTH-rf07');
    }
  }

  /**
   * Refreshes unless the grant is already valid for `minValidMs` (pass Infinity to force).
   * Concurrent calls for one account in this replica share one attempt.
   */
  refresh(accountId: string, trigger: Trigger, minValidMs: number, options: RefreshOptions = {}): Promise<RefreshOutcome> {
    const running = this.inflight.get(accountId);
    if (running) return running;
    const attempt = this.refreshLocked(accountId, trigger, minValidMs, options).finally(() => this.inflight.delete(accountId));
    this.inflight.set(accountId, attempt);
    return attempt;
  }

  /**
   * The scheduler's batch: the claimed grants' account locks in one statement (a grant locked
   * elsewhere is being refreshed, connected or disconnected there: 'fresh', its claim goes back),
   * the locked grants re-read in one query and each app loaded once, then each grant still due
   * refreshed and recorded on its own (its outcome, fencing and event exactly as a single refresh),
   * at most KW_OAUTH_PROVIDER_CONCURRENCY at once per provider. Callers in this replica join the
   * batch's attempt for their account as they would a single one.
   */
  refreshDue(
    accountIds: readonly string[],
    trigger: Trigger,
    around: (accountId: string, run: () => Promise<RefreshOutcome>) => Promise<RefreshOutcome> = (_, run) => run(),
  ): Promise<Array<PromiseSettledResult<RefreshOutcome>>> {
    return refreshDue({
      inflight: this.inflight, slots: this.slots, perProvider: this.perProvider, accountLock: this.deps.accountLock, store: this.deps.store,
      clock: this.deps.clock, attempt: (grant, app, limit) => this.attempt(grant, trigger, app, limit),
    }, accountIds, around);
  }

  private validFor(grant: LoadedGrant): number {
    return grant.expiresAt.getTime() - this.deps.clock.now().getTime();
  }

  private async refreshLocked(accountId: string, trigger: Trigger, minValidMs: number, options: RefreshOptions): Promise<RefreshOutcome> {
    const provider = (await this.deps.store.grant(accountId)).provider;
    return this.perProvider.run(provider, () =>
      this.withAccountLock(accountId, async () => {
        const grant = await this.deps.store.grant(accountId);
        if (grant.status !== 'active' && grant.status !== 'refreshing') return 'not_usable' as const;
        if (options.due) {
          // A scheduler claim: the grant is due by its schedule, which includes the idle rule, so a
          // long-lived token is refreshed too. Another replica may have refreshed it meanwhile
          // (its schedule then lies ahead): nothing to do but drop the claim.
          if (!grant.nextRefreshAt || grant.nextRefreshAt > this.deps.clock.now()) {
            await this.dropClaim(accountId);
            return 'fresh' as const;
          }
          return this.attempt(grant, trigger);
        }
        if (this.validFor(grant) >= this.requiredValidityMs(grant, minValidMs)) {
          await this.release(accountId, grant);
          return 'fresh' as const;
        }
        return this.attempt(grant, trigger);
      }),
    );
  }

  /**
   * Runs `work` holding the account's advisory lock (all replicas): refreshes, connecting
   * again and disconnecting never overlap on one account.
   */
  withAccountLock<T>(accountId: string, work: () => Promise<T>): Promise<T> {
    return this.slots.run(() => this.deps.accountLock.run(accountId, this.lockWaitMs, work));
  }

  private async dropClaim(accountId: string) {
    await this.deps.store.schedule(accountId);
  }

  /** Nothing to do after all: put the grant back on the schedule. */
  private async release(accountId: string, grant: LoadedGrant) {
    await this.deps.store.schedule(accountId, this.nextRefresh(grant, grant.expiresAt, grant.refreshToken));
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

  /**
   * One refresh of a locked grant, recorded. `limit` runs each provider call: the single refresh already
   * holds its provider slot around the whole attempt; the scheduler's batch takes it per call.
   */
  private async attempt(grant: LoadedGrant, trigger: Trigger, loadedApp?: Promise<LoadedApp>, limit: ProviderLimit = (call) => call()): Promise<RefreshOutcome> {
    const app = await (loadedApp ?? this.deps.store.app(grant.providerAppId));
    if (app.status !== 'active') {
      throw new BrokerError('ERR_PROVIDER_APP_INVALID', 'the provider rejected the app credentials; an administrator must fix the app', 'OAUTH-rf03');
    }
    const module = this.module(app.provider);
    if (grant.grantKind === 'user' && grant.refreshExpiresAt && grant.refreshExpiresAt <= this.deps.clock.now()) {
      // The refresh token is past its end: no provider call, the account expires (RefreshTokenExpired, once).
      await this.deps.commands.account(accountStream(grant.accountId), { type: 'CheckRefreshTokenExpiry', now: this.deps.clock.now().toISOString() });
      return 'not_usable';
    }
    const startedAt = performance.now();
    for (let attempt = 0; ; attempt++) {
      const now = this.deps.clock.now();
      try {
        if (grant.grantKind === 'user' && !grant.refreshToken) {
          throw new ProviderError('invalid_grant', 'no_refresh_token', 0, 'the grant has no refresh token');
        }
        const tokens = await limit(async () => {
          await this.rate.take(app.provider);
          return grant.grantKind === 'user'
            ? module.refresh(app, grant.refreshToken!, now)
            : module.mint(app, grant.grantKind, grant.params, now);
        });
        // Providers that do not rotate refresh tokens send none back: keep the one we have.
        const kept = { ...tokens, refreshToken: tokens.refreshToken ?? grant.refreshToken };
        const refreshExpiresAt = tokens.refreshToken ? tokens.refreshExpiresAt : grant.refreshExpiresAt;
        const recorded = await this.deps.commands.account(
          accountStream(grant.accountId),
          {
            type: 'RecordRefresh', fromGeneration: grant.generation, expiresAt: tokens.expiresAt.toISOString(),
            refreshExpiresAt: refreshExpiresAt?.toISOString(), trigger,
          },
          {
            within: async (tx, events) => {
              const generation = Number((events[0]?.data as { generation?: number }).generation);
              await this.deps.store.writeGrant(tx, grant.accountId, generation, kept, grant.params, this.nextRefresh(grant, tokens.expiresAt, kept.refreshToken));
            },
          },
        );
        recordRefresh(app.provider, startedAt, { ok: true });
        // No event: the grant was replaced while we refreshed; the newer one stands.
        const refreshed = recorded.events[0]?.data as { generation?: number } | undefined;
        if (!refreshed) return 'fresh';
        const extended = tokens.expiresAt.getTime() > grant.expiresAt.getTime();
        this.lastRefresh.set(grant.accountId, {
          generation: Number(refreshed.generation), extended, lifetimeMs: extended ? tokens.expiresAt.getTime() - now.getTime() : undefined,
        });
        return 'refreshed';
      } catch (error) {
        if (!(error instanceof ProviderError)) {
          recordRefresh(app.provider, startedAt, { ok: false, errorClass: 'internal' });
          throw error;
        }
        const retryable = error.errorClass === 'transient' || error.errorClass === 'rate_limited';
        if (retryable && attempt < this.deps.settings.inlineRetries) {
          await sleep(backoffMs(attempt + 1, this.random(), { baseMs: this.deps.settings.inlineRetryBaseMs, capMs: INLINE_BACKOFF_CAP_MS }));
          continue;
        }
        recordRefresh(app.provider, startedAt, { ok: false, errorClass: error.errorClass });
        await this.recordFailure(grant, app.secretFingerprint, error, trigger);
        return 'failed';
      }
    }
  }

  private async recordFailure(grant: LoadedGrant, fingerprint: string, error: ProviderError, trigger: Trigger) {
    const now = this.deps.clock.now();
    const s = this.deps.settings;
    const attempt = (await failedAttempts(this.deps.database, grant.accountId)) + 1;
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
          await this.deps.store.schedule(grant.accountId, again ? nextAttemptAt : null, tx);
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
