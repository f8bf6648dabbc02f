import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCK_CLASS } from './adapters/outgoing/db/account-lock.js';
import { admin, connectGitLab, connectUser, startHarness, type Harness } from './test-support/harness.js';

let h: Harness;
const tokenHits = () => h.gitlab.hits.get('POST /oauth/token') ?? 0;

beforeAll(async () => {
  // One replica: the joined-refresh case needs both callers in one process, and what a refresh gave is remembered per replica.
  h = await startHarness({ instances: 1 });
});
afterAll(async () => h?.stop());

describe('GetAccessToken limits', () => {
  it('rejects minValidMinutes beyond what the provider\'s tokens last (minus the margin) without calling it again', async () => {
    const { accountId } = await connectGitLab(h, 'user-1', { id: 41, username: 'alice' });
    h.clock.advanceMinutes(100);
    // 20 minutes left: a refresh gives a new 2 h token, which serves 115 minutes.
    const token = await h.rpc('oauth.GetAccessToken', { accountId, minValidMinutes: 115 });
    expect(token.generation).toBe(2);
    const before = tokenHits();
    await expect(h.rpc('oauth.GetAccessToken', { accountId, minValidMinutes: 200 })).rejects.toMatchObject({
      code: 'ERR_VALIDATION', message: expect.stringContaining('at most 110 minutes'),
    });
    expect(tokenHits()).toBe(before);
  });

  it('does not refresh again when the last refresh did not extend the token (Feishu tenant token)', async () => {
    h.feishu.addApp({ appId: 'cli_lim', appSecret: 'feishu-secret-lim' });
    const { providerAppId } = await h.rpc('oauth.ConfigureProviderApp', {
      actor: admin, provider: 'feishu', name: 'Feishu', baseUrl: h.feishu.url, clientId: 'cli_lim', clientSecret: 'feishu-secret-lim', scopes: [],
    });
    const tenant = await h.rpc('oauth.ConnectAppGrant', { actor: admin, providerAppId, grantKind: 'tenant', installationId: '' });
    const accountId = tenant.account!.accountId;
    // 55 minutes left: Feishu hands back the same token while more than 30 minutes remain.
    h.clock.advanceMinutes(65);
    const issued = () => h.feishu.hits.get('POST /open-apis/auth/v3/tenant_access_token/internal') ?? 0;
    const before = issued();
    await expect(h.rpc('oauth.GetAccessToken', { accountId, minValidMinutes: 60 })).rejects.toMatchObject({ code: 'ERR_PROVIDER_UNAVAILABLE' });
    expect(issued()).toBe(before + 1);
    await expect(h.rpc('oauth.GetAccessToken', { accountId, minValidMinutes: 60 })).rejects.toMatchObject({ code: 'ERR_PROVIDER_UNAVAILABLE' });
    expect(issued()).toBe(before + 1);
  });

  it('in backoff, serves a still-valid token and otherwise fails fast naming the retry time, without calling the provider', async () => {
    const { accountId } = await connectGitLab(h, 'user-2', { id: 42, username: 'bob' });
    h.clock.advanceMinutes(111); // due (margin 10 + jitter up to 5), 9 minutes left
    h.gitlab.fail({ path: '/oauth/token', times: 10_000, status: 503 });
    try {
      await h.handles[0]!.scheduler.tick();
      const status = (await h.rpc('oauth.GetAccountStatus', { actor: admin, accountId })).account!;
      expect(status.status).toBe('refreshing');
      const before = tokenHits();
      const token = await h.rpc('oauth.GetAccessToken', { accountId, minValidMinutes: 5 });
      expect(token.generation).toBe(1);
      const retryAt = new Date(Date.parse(status.nextRefreshAt!)).toISOString();
      await expect(h.rpc('oauth.GetAccessToken', { accountId, minValidMinutes: 20 })).rejects.toMatchObject({
        code: 'ERR_PROVIDER_UNAVAILABLE', message: expect.stringContaining(retryAt),
      });
      expect(tokenHits()).toBe(before);
    } finally {
      h.gitlab.clearFaults();
    }
  });

  it('a caller that joined a refresh which did not satisfy it refreshes again for itself', async () => {
    const { providerAppId } = await connectGitLab(h, 'user-3', { id: 43, username: 'carol' });
    const accountId = await connectUser(h, providerAppId, 'user-3', () => h.gitlab.signIn(43));
    h.clock.advanceMinutes(108); // 12 minutes left
    const sql = h.brokers[0]!.deps.database!.sql;
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let ready: () => void = () => undefined;
    const isLocked = new Promise<void>((resolve) => (ready = resolve));
    const holding = sql.begin(async (tx) => {
      await tx`select pg_advisory_xact_lock(${LOCK_CLASS}, hashtext(${accountId}))`;
      ready();
      await held;
    });
    await isLocked;
    // A refresh for a caller content with 5 minutes: it will find the token good enough and not refresh.
    const small = h.handles[0]!.refresher.refresh(accountId, 'on_demand', 5 * 60_000);
    const before = tokenHits();
    const big = h.rpc('oauth.GetAccessToken', { accountId, minValidMinutes: 60 }, 0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    release();
    await holding;
    expect(await small).toBe('fresh');
    const token = await big;
    expect(Date.parse(token.expiresAt ?? '') - h.clock.now().getTime()).toBeGreaterThanOrEqual(60 * 60_000);
    expect(tokenHits()).toBe(before + 1);
  });
});
