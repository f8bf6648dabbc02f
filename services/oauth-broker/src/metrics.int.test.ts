// The broker's GET /metrics: refresh results and durations per provider, and
// the accounts whose refresh token is near its end (by the service clock).
// Metrics are per process: counters are compared before and after the action.
import { ensureEventStream } from '@keywarden/bus';
import { busNames } from '@keywarden/contracts';
import { eventually, scrapeMetric } from '@keywarden/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { admin, connectGitLab, connectUser, startHarness, type Harness } from './test-support/harness.js';

let h: Harness;
let base: string;
const metric = (name: string, labels: Record<string, string>) => scrapeMetric(base, name, labels).then((v) => v ?? 0);

beforeAll(async () => {
  h = await startHarness({ env: { KW_HTTP_PORT: '0', KW_HTTP_HOST: '127.0.0.1', KW_METRICS_MAX_AGE_MS: '0' } });
  base = `http://127.0.0.1:${h.brokers[0]!.http!.port}`;
  // identity's stream, so the broker's UserDisabled consumer attaches (identity itself is not started here).
  await ensureEventStream(h.brokers[0]!.deps.nc, 'identity', { namespace: h.namespace });
});
afterAll(async () => h?.stop());

describe('oauth-broker metrics', () => {
  it('count refreshes per provider by result and error class, and time them', async () => {
    const { accountId } = await connectGitLab(h, 'user-m', { id: 77, username: 'mia' });
    const success = { provider: 'gitlab', result: 'success' };
    const transient = { provider: 'gitlab', result: 'failure', error_class: 'transient' };
    const before = { success: await metric('keywarden_token_refresh_total', success), transient: await metric('keywarden_token_refresh_total', transient),
      timed: await metric('keywarden_token_refresh_duration_seconds_count', success) };

    await h.rpc('oauth.RefreshAccount', { actor: admin, accountId });
    expect(await metric('keywarden_token_refresh_total', success)).toBe(before.success + 1);
    expect(await metric('keywarden_token_refresh_duration_seconds_count', success)).toBe(before.timed + 1);
    expect(await metric('keywarden_token_refresh_duration_seconds_bucket', { ...success, le: '+Inf' })).toBe(before.timed + 1);

    // Every inline retry fails too: one failed refresh, not one per provider call.
    h.gitlab.fail({ path: '/oauth/token', times: 10, status: 503 });
    await h.rpc('oauth.RefreshAccount', { actor: admin, accountId }).catch(() => undefined);
    h.gitlab.clearFaults();
    expect(await metric('keywarden_token_refresh_total', transient)).toBe(before.transient + 1);
    expect(await metric('keywarden_token_refresh_total', success)).toBe(before.success + 1);
    expect(await metric('keywarden_token_refresh_duration_seconds_count', { provider: 'gitlab', result: 'failure' })).toBeGreaterThanOrEqual(1);

    // A revoked grant: invalid_grant.
    h.gitlab.revokeUser(77);
    const invalid = { provider: 'gitlab', result: 'failure', error_class: 'invalid_grant' };
    const invalidBefore = await metric('keywarden_token_refresh_total', invalid);
    h.clock.advanceMinutes(5);
    await h.rpc('oauth.RefreshAccount', { actor: admin, accountId }).catch(() => undefined);
    expect(await metric('keywarden_token_refresh_total', invalid)).toBe(invalidBefore + 1);
    // No account, user or token in any label.
    const text = await (await fetch(`${base}/metrics`)).text();
    expect(text).not.toContain(accountId);
    expect(text).not.toContain('user-m');
  });

  it('count the user grants whose refresh token ends within 7 days, within 3 days, or has ended', async () => {
    h.feishu.addApp({ appId: 'cli_metrics', appSecret: 'feishu-app-secret-m' });
    h.feishu.addUser({ openId: 'ou_m', name: 'Metrics' });
    const { providerAppId } = await h.rpc('oauth.ConfigureProviderApp', {
      actor: admin, provider: 'feishu', name: 'Feishu', baseUrl: h.feishu.url, clientId: 'cli_metrics', clientSecret: 'feishu-app-secret-m', scopes: ['offline_access'],
    });
    const gauge = async (threshold: string) => metric('keywarden_accounts_near_expiry', { provider: 'feishu', threshold });
    const all = async () => [await gauge('7d'), await gauge('3d'), await gauge('expired')];
    expect(await all()).toEqual([0, 0, 0]);
    // A 30-day refresh token, and a tenant grant, which never counts.
    await connectUser(h, providerAppId, 'user-n', () => h.feishu.signIn('ou_m'));
    await h.rpc('oauth.ConnectAppGrant', { actor: admin, providerAppId, grantKind: 'tenant', installationId: '' });
    expect(await all()).toEqual([0, 0, 0]);
    h.clock.advanceDays(24); // 6 days left
    expect(await all()).toEqual([1, 0, 0]);
    h.clock.advanceDays(4); // 2 days left
    expect(await all()).toEqual([1, 1, 0]);
    h.clock.advanceDays(3); // ended, before the expiry monitor has run
    expect(await all()).toEqual([0, 0, 1]);
    await h.handles[0]!.monitor.run();
    expect(await all()).toEqual([0, 0, 1]);
    // Providers without accounts are served as 0.
    expect(await metric('keywarden_accounts_near_expiry', { provider: 'github', threshold: '7d' })).toBe(0);
    expect(await scrapeMetric(base, 'keywarden_accounts_near_expiry', { provider: 'github', threshold: 'expired' })).toBe(0);
  });

  it('serve the lag of the broker\'s own durable consumer (UserDisabled from identity), its outbox and its dead letters', async () => {
    const lag = { consumer: 'oauth-broker--user-disabled', stream: busNames(h.namespace).stream('identity') };
    await eventually(async () => ((await scrapeMetric(base, 'keywarden_consumer_pending', lag)) === 0 ? true : undefined), { timeoutMs: 40_000 });
    expect(await scrapeMetric(base, 'keywarden_consumer_ack_pending', lag)).toBe(0);
    await eventually(async () => ((await scrapeMetric(base, 'keywarden_outbox_pending', { service: 'oauth-broker' })) === 0 ? true : undefined));
    expect(await scrapeMetric(base, 'keywarden_dead_letters', { service: 'oauth-broker', consumer: 'oauth-broker--user-disabled' })).toBe(0);
  }, 60_000);
});
