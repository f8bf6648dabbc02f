import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCK_CLASS } from './adapters/outgoing/db/account-lock.js';
import { admin, connectGitLab, connectUser, standaloneRefresher, startHarness, type Harness } from './test-support/harness.js';

let h: Harness;

beforeAll(async () => {
  h = await startHarness({ instances: 3, env: { KW_OAUTH_EXPIRE_AFTER_FAILING_DAYS: '2', KW_OAUTH_RETRY_BASE_SECONDS: '30' } });
});
afterAll(async () => h?.stop());

describe('GitLab grants through the broker', () => {
  let accountId: string;
  let firstToken: string;

  it('connects an account through the real code flow with PKCE and stores the grant encrypted', async () => {
    ({ accountId } = await connectGitLab(h, 'user-1', { id: 42, username: 'alice' }));
    const status = await h.rpc('oauth.GetAccountStatus', { actor: { userId: 'user-1', roles: [], organizationId: '' }, accountId });
    expect(status.account).toMatchObject({ status: 'active', provider: 'gitlab', username: 'alice', generation: 1, grantKind: 'user' });
    expect(Date.parse(status.account!.nextRefreshAt!)).toBeLessThan(Date.parse(status.account!.expiresAt!));
    const token = await h.rpc('oauth.GetAccessToken', { accountId, minValidMinutes: 10 });
    expect(token).toMatchObject({ generation: 1, usernameHint: 'oauth2' });
    firstToken = token.accessToken;
    expect(firstToken).toMatch(/^glpat-sim-/);
    // Another user learns nothing about the account.
    await expect(h.rpc('oauth.GetAccountStatus', { actor: { userId: 'user-2', roles: [], organizationId: '' }, accountId })).rejects.toMatchObject({ code: 'ERR_NOT_FOUND' });
  });

  it('keeps tokens and client secrets as ciphertext in every table', async () => {
    const sql = h.brokers[0]!.deps.database!.sql;
    const tables = await sql`select table_name from information_schema.tables where table_schema = 'public'`;
    let dump = '';
    for (const { table_name } of tables) dump += JSON.stringify(await sql`select * from ${sql(String(table_name))}`);
    expect(dump.length).toBeGreaterThan(1000);
    expect(dump).not.toContain(firstToken);
    expect(dump).not.toContain('gl-client-secret-1');
    expect(dump).not.toMatch(/glrt-sim-|glpat-sim-/);
    const [grant] = await sql`select access_token_ciphertext, refresh_token_ciphertext from account_grants where account_id = ${accountId}`;
    expect(String(grant!['access_token_ciphertext'])).not.toBe('');
    expect(String(grant!['refresh_token_ciphertext'])).not.toBe('');
  });

  it('100 concurrent GetAccessToken calls over 3 brokers cause exactly one refresh at the provider', async () => {
    // 5 minutes left: every caller needs 10 minutes, so a refresh is due.
    h.clock.advanceMinutes(115);
    const before = h.gitlab.refreshCount();
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) => h.rpc('oauth.GetAccessToken', { accountId, minValidMinutes: 10 }, i % 3)),
    );
    expect(h.gitlab.refreshCount() - before).toBe(1);
    expect(new Set(results.map((r) => r.accessToken)).size).toBe(1);
    expect(results[0]!.accessToken).not.toBe(firstToken);
    expect(results.every((r) => r.generation === 2)).toBe(true);
    const refreshed = await h.events('TokenRefreshed');
    expect(refreshed).toHaveLength(1);
    expect(refreshed[0]!.data).toMatchObject({ accountId, generation: 2, trigger: 'on_demand', provider: 'gitlab' });
    expect(refreshed[0]!.data['expiresAt']).toBeDefined();
    expect(JSON.stringify(refreshed)).not.toContain(results[0]!.accessToken);
  });

  it('retries a provider 5xx with backoff inside one call and succeeds when the provider recovers', async () => {
    h.clock.advanceMinutes(115);
    h.gitlab.fail({ path: '/oauth/token', times: 2, status: 503 });
    const before = h.gitlab.hits.get('POST /oauth/token') ?? 0;
    const token = await h.rpc('oauth.GetAccessToken', { accountId, minValidMinutes: 10 }, 1);
    expect(token.generation).toBe(3);
    expect((h.gitlab.hits.get('POST /oauth/token') ?? 0) - before).toBe(3);
    expect(await h.events('TokenRefreshFailed')).toHaveLength(0);
  });

  it('the scheduler retries a failing provider with growing backoff, then refreshes', async () => {
    const [scheduler] = h.handles.map((x) => x.scheduler);
    h.clock.advanceMinutes(115);
    h.gitlab.fail({ path: '/oauth/token', times: 6, status: 502 });
    expect(await scheduler!.tick()).toMatchObject({ claimed: 1, failed: 1 });
    const [first] = await h.events('TokenRefreshFailed');
    expect(first!.data).toMatchObject({ errorClass: 'transient', willRetry: true, attempt: 1, httpStatus: 502, trigger: 'scheduler' });
    const firstDelay = Date.parse(String(first!.data['nextAttemptAt'])) - h.clock.now().getTime();
    expect(firstDelay).toBeGreaterThanOrEqual(15_000);
    expect(firstDelay).toBeLessThanOrEqual(30_000);
    // Not due again before the backoff ends, on any replica.
    expect(await h.handles[1]!.scheduler.tick()).toMatchObject({ claimed: 0 });
    h.clock.advance(firstDelay);
    await h.handles[2]!.scheduler.tick();
    const second = (await h.events('TokenRefreshFailed'))[1]!;
    expect(second.data).toMatchObject({ attempt: 2, willRetry: true });
    const secondDelay = Date.parse(String(second.data['nextAttemptAt'])) - h.clock.now().getTime();
    expect(secondDelay).toBeGreaterThanOrEqual(30_000);
    const status = await h.rpc('oauth.GetAccountStatus', { actor: admin, accountId });
    expect(status.account).toMatchObject({ status: 'refreshing', lastErrorClass: 'transient', lastProviderCode: 'simulated_fault' });
    h.clock.advance(secondDelay);
    expect(await scheduler!.tick()).toMatchObject({ claimed: 1, refreshed: 1 });
    expect((await h.rpc('oauth.GetAccountStatus', { actor: admin, accountId })).account).toMatchObject({ status: 'active', lastErrorClass: '', generation: 4 });
  });

  it('invalid_grant gives ReauthorizationRequired once and no retry loop', async () => {
    h.gitlab.revokeUser(42);
    h.clock.advanceMinutes(115);
    const hits = () => h.gitlab.hits.get('POST /oauth/token') ?? 0;
    const before = hits();
    await Promise.all(h.handles.map((x) => x.scheduler.tick()));
    expect(hits() - before).toBe(1);
    for (let i = 0; i < 5; i++) {
      h.clock.advanceMinutes(60);
      await Promise.all(h.handles.map((x) => x.scheduler.tick()));
    }
    await expect(h.rpc('oauth.GetAccessToken', { accountId, minValidMinutes: 10 })).rejects.toMatchObject({ code: 'ERR_ACCOUNT_NOT_USABLE' });
    expect(hits() - before).toBe(1);
    const reauth = await h.events('ReauthorizationRequired');
    expect(reauth).toHaveLength(1);
    expect(reauth[0]!.data).toMatchObject({ accountId, userId: 'user-1', errorClass: 'invalid_grant', providerCode: 'invalid_grant' });
    expect((await h.rpc('oauth.GetAccountStatus', { actor: admin, accountId })).account).toMatchObject({ status: 'reauthorization_required' });
  });

  it('marks a grant expired after failing for the configured number of days', async () => {
    h.gitlab.clearFaults();
    const { accountId: second } = await connectGitLab(h, 'user-3', { id: 43, username: 'carol' });
    h.gitlab.fail({ path: '/oauth/token', times: 10_000, status: 503 });
    const scheduler = h.handles[0]!.scheduler;
    for (let hour = 0; hour < 60; hour++) {
      h.clock.advanceMinutes(60);
      await scheduler.tick();
      const status = await h.rpc('oauth.GetAccountStatus', { actor: admin, accountId: second });
      if (status.account?.status === 'expired') break;
    }
    const expired = await h.events('AccountMarkedExpired');
    expect(expired).toHaveLength(1);
    expect(expired[0]!.data).toMatchObject({ accountId: second, lastErrorClass: 'transient' });
    const failingSince = Date.parse(String(expired[0]!.data['failingSince']));
    expect(h.clock.now().getTime() - failingSince).toBeGreaterThanOrEqual(2 * 86_400_000);
    expect(h.clock.now().getTime() - failingSince).toBeLessThan(3 * 86_400_000);
    h.gitlab.clearFaults();
  }, 60_000);

  it('connecting again and disconnecting wait for the account lock a refresh holds', async () => {
    const { providerAppId, accountId: locked } = await connectGitLab(h, 'user-9', { id: 49, username: 'ivan' });
    const holder = h.brokers[0]!.deps.database!.sql;
    const holdLock = async () => {
      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => (release = resolve));
      let ready: () => void = () => undefined;
      const isLocked = new Promise<void>((resolve) => (ready = resolve));
      const holding = holder.begin(async (tx) => {
        await tx`select pg_advisory_xact_lock(${LOCK_CLASS}, hashtext(${locked}))`;
        ready();
        await held;
      });
      await isLocked;
      return async () => {
        release();
        await holding;
      };
    };
    const eventsOf = async (type: string) => (await h.events(type)).filter((e) => e.data['accountId'] === locked);
    const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

    let unlock = await holdLock();
    const reconnect = connectUser(h, providerAppId, 'user-9', () => h.gitlab.signIn(49));
    await settle();
    expect(await eventsOf('AccountConnected')).toHaveLength(1);
    await unlock();
    expect(await reconnect).toBe(locked);
    expect((await eventsOf('AccountConnected')).map((e) => e.data['generation'])).toEqual([1, 2]);

    unlock = await holdLock();
    const disconnecting = h.rpc('oauth.DisconnectAccount', { actor: { userId: 'user-9', roles: [], organizationId: 'org-1' }, accountId: locked });
    await settle();
    expect(await eventsOf('AccountDisconnected')).toHaveLength(0);
    await unlock();
    await disconnecting;
    expect(await eventsOf('AccountDisconnected')).toHaveLength(1);
  });

  it('a refresh that cannot get the account lock in time fails as ERR_PROVIDER_UNAVAILABLE, not a database error', async () => {
    const { refresher, close } = standaloneRefresher(h, { lockWaitMs: 200 });
    const holder = h.brokers[0]!.deps.database!.sql;
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked: () => void = () => undefined;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    // Another replica's refresh of the same account, holding the lock.
    const holding = holder.begin(async (tx) => {
      await tx`select pg_advisory_xact_lock(${LOCK_CLASS}, hashtext(${accountId}))`;
      locked();
      await held;
    });
    try {
      await isLocked;
      await expect(refresher.refresh(accountId, 'on_demand', Number.POSITIVE_INFINITY)).rejects.toMatchObject({ code: 'ERR_PROVIDER_UNAVAILABLE' });
    } finally {
      release();
      await holding;
      await close();
    }
  });

  it('a long-lived account starts its commands from a snapshot and keeps its generations straight', async () => {
    const { accountId: busy } = await connectGitLab(h, 'user-7', { id: 77, username: 'busy' });
    const actor = { userId: 'user-7', roles: [], organizationId: '' };
    for (let i = 0; i < 55; i++) await h.rpc('oauth.RefreshAccount', { actor, accountId: busy });
    const sql = h.brokers[0]!.deps.database!.sql;
    const [snapshot] = await sql`select stream_version, state from snapshots where stream_id = ${`account-${busy}`}`;
    expect(snapshot).toMatchObject({ stream_version: 50, state: { status: 'active', accountId: busy } });
    const [{ version }] = (await sql`select max(stream_version)::int as version from events where stream_id = ${`account-${busy}`}`) as unknown as [{ version: number }];
    expect(version).toBe(56);
    expect((await h.rpc('oauth.GetAccessToken', { accountId: busy, minValidMinutes: 10 })).generation).toBe(56);
  });
});
