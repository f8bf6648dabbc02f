import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { admin, connectUser, startHarness, type Harness } from './test-support/harness.js';

const DAY = 86_400_000;
let h: Harness;
let providerAppId: string;
const user = { userId: 'user-f', roles: [], organizationId: 'org-1' };

beforeAll(async () => {
  h = await startHarness({ instances: 2 });
  h.feishu.addApp({ appId: 'cli_sim', appSecret: 'feishu-app-secret-1' });
  h.feishu.addUser({ openId: 'ou_1', name: 'Fei' });
  ({ providerAppId } = await h.rpc('oauth.ConfigureProviderApp', {
    actor: admin, provider: 'feishu', name: 'Feishu', baseUrl: h.feishu.url, clientId: 'cli_sim', clientSecret: 'feishu-app-secret-1', scopes: ['offline_access'],
  }));
});
afterAll(async () => h?.stop());

describe('Feishu grants through the broker', () => {
  let userAccount: string;
  let tenantAccount: string;

  it('connects a user grant (30-day refresh token) and a tenant grant', async () => {
    userAccount = await connectUser(h, providerAppId, user.userId, () => h.feishu.signIn('ou_1'));
    const status = (await h.rpc('oauth.GetAccountStatus', { actor: user, accountId: userAccount })).account!;
    expect(status).toMatchObject({ status: 'active', grantKind: 'user', username: 'Fei' });
    expect(Date.parse(status.refreshExpiresAt!) - h.clock.now().getTime()).toBe(30 * DAY);
    const tenant = await h.rpc('oauth.ConnectAppGrant', { actor: admin, providerAppId, grantKind: 'tenant', installationId: '' });
    tenantAccount = tenant.account?.accountId ?? '';
    expect(tenant.account).toMatchObject({ grantKind: 'tenant', status: 'active' });
    expect(tenant.account!.refreshExpiresAt).toBeUndefined();
    await expect(h.rpc('oauth.ConnectAppGrant', { actor: user, providerAppId, grantKind: 'tenant', installationId: '' })).rejects.toMatchObject({ code: 'ERR_FORBIDDEN' });
  });

  it('renews a tenant token only when less than 30 minutes remain', async () => {
    const issued = h.feishu.appTokenIssueCount();
    const first = await h.rpc('oauth.GetAccessToken', { accountId: tenantAccount, minValidMinutes: 5 });
    h.clock.advanceMinutes(60);
    await h.handles[0]!.scheduler.tick();
    expect(h.feishu.appTokenIssueCount()).toBe(issued);
    // 2 h tokens: due between 30 and 25 minutes before the end.
    h.clock.advanceMinutes(35);
    await h.handles[1]!.scheduler.tick();
    expect(h.feishu.appTokenIssueCount()).toBe(issued + 1);
    const second = await h.rpc('oauth.GetAccessToken', { accountId: tenantAccount, minValidMinutes: 5 });
    expect(second.accessToken).not.toBe(first.accessToken);
    expect(second.generation).toBe(first.generation + 1);
  });

  it('gives the 7-day, 3-day and expired warnings exactly once each; tenant grants never warn', async () => {
    const monitor = h.handles[0]!.monitor;
    const other = h.handles[1]!.monitor;
    const warnings = async () => [...(await h.events('RefreshTokenExpiring')), ...(await h.events('RefreshTokenExpired'))];
    // Keep refreshing on the way: Feishu's single-use refresh tokens keep the first one's end.
    const step = async (days: number) => {
      h.clock.advanceDays(days);
      await h.rpc('oauth.RefreshAccount', { actor: user, accountId: userAccount }).catch(() => undefined);
      await monitor.run();
      await other.run();
    };
    await step(20);
    expect(await warnings()).toHaveLength(0);
    await step(3.5); // 6.5 days left
    await step(0.5);
    await step(1);
    const seven = await warnings();
    expect(seven.map((e) => [e.type, e.data['thresholdDays']])).toEqual([['RefreshTokenExpiring', 7]]);
    expect(seven[0]!.data).toMatchObject({ accountId: userAccount, userId: 'user-f', daysLeft: 7 });
    // The read model remembers the warning, so later runs skip the account until the 3-day mark.
    const warnedDays = async () => (await h.brokers[0]!.deps.database!.sql`select warned_days from accounts where id = ${userAccount}`)[0]!['warned_days'];
    expect(await warnedDays()).toBe(7);
    await step(2.5); // 2.5 days left
    await step(1);
    const three = await warnings();
    expect(three.map((e) => [e.type, e.data['thresholdDays'] ?? null])).toEqual([['RefreshTokenExpiring', 7], ['RefreshTokenExpiring', 3]]);
    expect(await warnedDays()).toBe(3);
    await step(2); // past the end
    await step(1);
    const all = await warnings();
    expect(all.map((e) => e.type)).toEqual(['RefreshTokenExpiring', 'RefreshTokenExpiring', 'RefreshTokenExpired']);
    expect(all.every((e) => e.stream_id === `account-${userAccount}`)).toBe(true);
    expect((await h.rpc('oauth.GetAccountStatus', { actor: user, accountId: userAccount })).account!.status).toBe('expired');
    // The monitor's own schedule: 09:00 and 21:00 by default.
    expect([9, 21]).toContain(monitor.nextRun()!.getUTCHours());
  });

  it('a revoked user grant (Feishu 20064) needs reauthorization, once', async () => {
    h.feishu.addUser({ openId: 'ou_2', name: 'Second' });
    const accountId = await connectUser(h, providerAppId, 'user-g', () => h.feishu.signIn('ou_2'));
    h.feishu.revokeUser('ou_2');
    await h.rpc('oauth.RefreshAccount', { actor: admin, accountId });
    await h.rpc('oauth.RefreshAccount', { actor: admin, accountId }).catch(() => undefined);
    const reauth = (await h.events('ReauthorizationRequired')).filter((e) => e.data['accountId'] === accountId);
    expect(reauth.map((e) => e.data)).toEqual([expect.objectContaining({ errorClass: 'invalid_grant', providerCode: '20064', userId: 'user-g' })]);
  });

  it('a wrong app secret gives AppCredentialInvalid once, and refreshes stop until the app is fixed', async () => {
    h.feishu.rotateSecret('cli_sim', 'feishu-app-secret-2');
    h.clock.advanceMinutes(120);
    await h.rpc('oauth.RefreshAccount', { actor: admin, accountId: tenantAccount });
    await Promise.all(h.handles.map((x) => x.scheduler.tick()));
    const failed = (await h.events('TokenRefreshFailed')).filter((e) => e.data['accountId'] === tenantAccount);
    expect(failed.at(-1)!.data).toMatchObject({ errorClass: 'invalid_client', providerCode: '10014', willRetry: false });
    const invalid = await h.events('AppCredentialInvalid');
    expect(invalid).toHaveLength(1);
    expect(invalid[0]!.data).toMatchObject({ providerAppId, provider: 'feishu', errorClass: 'invalid_client', providerCode: '10014', accountId: tenantAccount });
    const hits = h.feishu.hits.get('POST /open-apis/auth/v3/tenant_access_token/internal');
    h.clock.advanceMinutes(60);
    await Promise.all(h.handles.map((x) => x.scheduler.tick()));
    expect(h.feishu.hits.get('POST /open-apis/auth/v3/tenant_access_token/internal')).toBe(hits);
    // The admin puts the new secret in: the scheduler picks the grant up again.
    await h.rpc('oauth.ConfigureProviderApp', {
      actor: admin, providerAppId, provider: 'feishu', name: 'Feishu', baseUrl: h.feishu.url, clientId: 'cli_sim', clientSecret: 'feishu-app-secret-2', scopes: ['offline_access'],
    });
    expect(await h.handles[0]!.scheduler.tick()).toMatchObject({ refreshed: 1 });
  });
});
