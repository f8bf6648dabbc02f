// Sessions, SSO-only mode and the token cleanup through the gateway with the
// REAL identity service (and a real OpenID provider for the SSO part): the
// session list with devices and the current one, "sign out this session"
// refusing that session's access token at once here and, through the
// revocation feed, on another gateway; password sign-in turned off and on; the
// cleanup's statistics and schedule.
import { closeBus, connectBus } from '@keywarden/bus';
import { generateMasterKey } from '@keywarden/crypto';
import { bearer, quiet, startGateway, type TestGateway } from '@keywarden/gateway/testing';
import { identityConfig, identityService } from '@keywarden/identity';
import { loadConfig, startService, type RunningService } from '@keywarden/runtime';
import { TestClock, createTestDatabase, eventually, testBus, type TestDatabase } from '@keywarden/testing';
import type { NatsConnection } from '@nats-io/nats-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestOidcProvider, type TestOidcProvider } from '@keywarden/simulators/oidc';

const PASSWORD = 'correct horse battery staple';
const FIREFOX = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0';
const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
const TRUST_PROXY = { KW_GATEWAY_TRUST_PROXY: 'true' };

let identity: RunningService;
let db: TestDatabase;
let nc: NatsConnection;
let namespace: string;
let gateway: TestGateway;
let other: TestGateway | undefined;
let oidc: TestOidcProvider;

beforeAll(async () => {
  db = await createTestDatabase('gwsessions');
  const bus = testBus();
  namespace = bus.namespace;
  const env = {
    KW_NATS_URL: bus.natsUrl, KW_DATABASE_URL: db.url, KW_BUS_NAMESPACE: namespace, KW_LOG_LEVEL: 'silent', KW_MASTER_KEYS: `1:${generateMasterKey()}`,
    KW_IDENTITY_ALLOW_INSECURE_ISSUERS: 'true',
  };
  identity = await startService(identityService(), loadConfig('identity', env, identityConfig, { database: true, masterKeys: true }), {
    clock: new TestClock(new Date().toISOString()), logDestination: quiet,
  });
  oidc = await startTestOidcProvider({ redirectUris: ['http://gateway.test/api/v1/auth/sso/callback'], users: [] });
  nc = await connectBus({ servers: bus.natsUrl, name: 'gateway-sessions-e2e' });
  gateway = await startGateway({ nc, namespace, extra: TRUST_PROXY });
  await gateway.ready();
});

afterAll(async () => {
  await other?.stop();
  await gateway?.stop();
  if (nc) await closeBus(nc);
  await oidc?.close();
  await identity?.stop();
  await db?.drop();
});

type Signed = { accessToken: string; sessionId: string; cookie: string };

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  gateway.request(path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
const put = (path: string, body: unknown, token: string) => gateway.request(path, { method: 'PUT', headers: bearer(token), body: JSON.stringify(body) });

async function signIn(email: string, userAgent: string, address: string): Promise<Signed> {
  const response = await post('/api/v1/auth/sign-in', { email, password: PASSWORD }, { 'user-agent': userAgent, 'x-forwarded-for': address });
  expect(response.status).toBe(200);
  const { accessToken, sessionId } = (await response.json()) as Signed;
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('kw_refresh='))!.split(';')[0]!;
  return { accessToken, sessionId, cookie };
}

let admin: Signed;

describe('sessions through the gateway', () => {
  let laptop: Signed;
  let phone: Signed;

  it('lists one’s sessions with their device and address, and which one is asking', async () => {
    expect((await post('/api/v1/auth/sign-up', { email: 'admin@example.com', password: PASSWORD })).status).toBe(201);
    admin = await signIn('admin@example.com', 'curl/8.5.0', '192.0.2.1');
    expect((await post('/api/v1/auth/sign-up', { email: 'bob@example.com', password: PASSWORD })).status).toBe(201);
    laptop = await signIn('bob@example.com', FIREFOX, '203.0.113.10');
    phone = await signIn('bob@example.com', IPHONE, '198.51.100.20');

    const response = await gateway.request('/api/v1/users/me/sessions', { headers: bearer(laptop.accessToken) });
    expect(response.status).toBe(200);
    const { sessions, next } = (await response.json()) as { sessions: Array<Record<string, unknown>>; next: string };
    expect(next).toBe('');
    expect(sessions.map((s) => [s['sessionId'], s['current']])).toEqual([[phone.sessionId, false], [laptop.sessionId, true]]);
    expect(sessions[1]).toMatchObject({
      method: 'password', ipAddress: '203.0.113.10', signInIpAddress: '203.0.113.10', status: 'active',
      device: { browser: 'Firefox', os: 'Windows', osVersion: '10', type: 'desktop' },
    });
    expect(sessions[0]).toMatchObject({ ipAddress: '198.51.100.20', device: { browser: 'Safari', os: 'iOS', type: 'mobile', model: 'iPhone' } });
    expect(JSON.stringify(sessions)).not.toMatch(/kwr_/);
  });

  it('signs one session out: its access token is refused here at once and on another gateway through the feed', async () => {
    other = await startGateway({ nc, namespace });
    await other.ready();
    expect((await other.request('/api/v1/users/me', { headers: bearer(phone.accessToken) })).status).toBe(200);

    const response = await gateway.request(`/api/v1/users/me/sessions/${phone.sessionId}`, { method: 'DELETE', headers: bearer(laptop.accessToken) });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ revoked: true, session: { sessionId: phone.sessionId, status: 'revoked', current: false } });

    expect((await gateway.request('/api/v1/users/me', { headers: bearer(phone.accessToken) })).status).toBe(401);
    await eventually(async () => (await other!.request('/api/v1/users/me', { headers: bearer(phone.accessToken) })).status === 401, {
      timeoutMs: 10_000, message: 'the other gateway refuses the signed-out session',
    });
    // Its refresh cookie is dead too; the laptop goes on.
    const refresh = await gateway.request('/api/v1/auth/refresh', { method: 'POST', headers: { cookie: phone.cookie, 'x-keywarden-client': 'web' } });
    expect(refresh.status).toBe(401);
    expect((await gateway.request('/api/v1/users/me', { headers: bearer(laptop.accessToken) })).status).toBe(200);
    const left = (await (await gateway.request('/api/v1/users/me/sessions', { headers: bearer(laptop.accessToken) })).json()) as { sessions: unknown[] };
    expect(left.sessions).toHaveLength(1);
  });

  it('lets an administrator see and end another user’s sessions, and nobody else', async () => {
    const bob = (await (await gateway.request('/api/v1/users/me', { headers: bearer(laptop.accessToken) })).json()) as { user: { userId: string } };
    const adminMe = (await (await gateway.request('/api/v1/users/me', { headers: bearer(admin.accessToken) })).json()) as { user: { userId: string } };
    expect((await gateway.request(`/api/v1/users/${adminMe.user.userId}/sessions`, { headers: bearer(laptop.accessToken) })).status).toBe(403);
    expect((await gateway.request(`/api/v1/users/me/sessions/${admin.sessionId}`, { method: 'DELETE', headers: bearer(laptop.accessToken) })).status).toBe(404);
    const listed = (await (await gateway.request(`/api/v1/users/${bob.user.userId}/sessions`, { headers: bearer(admin.accessToken) })).json()) as { sessions: Array<{ sessionId: string; current: boolean }> };
    expect(listed.sessions).toEqual([expect.objectContaining({ sessionId: laptop.sessionId, current: false })]);
    const ended = await gateway.request(`/api/v1/users/${bob.user.userId}/sessions/${laptop.sessionId}`, { method: 'DELETE', headers: bearer(admin.accessToken) });
    expect(ended.status).toBe(200);
    expect((await gateway.request('/api/v1/users/me', { headers: bearer(laptop.accessToken) })).status).toBe(401);
  });
});

describe('password sign-in turned off (SSO only)', () => {
  it('is refused while no SSO provider is enabled, then turned off once one is', async () => {
    expect(await (await gateway.request('/api/v1/admin/settings', { headers: bearer(admin.accessToken) })).json())
      .toMatchObject({ settings: { passwordSignIn: 'enabled', passwordSignInEnabled: true, passwordSignInForced: false } });
    const refused = await put('/api/v1/admin/settings', { passwordSignIn: 'disabled' }, admin.accessToken);
    expect(refused.status).toBe(409);
    expect(refused.headers.get('content-type')).toBe('application/problem+json');
    const created = await post('/api/v1/admin/identity-providers', {
      name: 'Corp IdP', issuer: oidc.issuer, clientId: oidc.clientId, clientSecret: oidc.clientSecret,
    }, bearer(admin.accessToken));
    expect(created.status).toBe(201);
    const changed = await put('/api/v1/admin/settings', { passwordSignIn: 'disabled' }, admin.accessToken);
    expect(changed.status).toBe(200);
    expect(await changed.json()).toMatchObject({ settings: { passwordSignIn: 'disabled', passwordSignInEnabled: false } });
  });

  it('hides the password form and answers sign-in and sign-up with 403 ERR_PASSWORD_SIGN_IN_DISABLED', async () => {
    expect(await (await gateway.request('/api/v1/auth/sso/providers')).json()).toMatchObject({ passwordSignInEnabled: false, identityProviders: [{ name: 'Corp IdP' }] });
    for (const path of ['/api/v1/auth/sign-in', '/api/v1/auth/sign-up']) {
      const response = await post(path, { email: 'admin@example.com', password: PASSWORD });
      expect(response.status).toBe(403);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      expect(await response.json()).toMatchObject({ code: 'ERR_PASSWORD_SIGN_IN_DISABLED', detail: expect.stringContaining('SSO') });
    }
    // Sessions already open go on; turning it back on lets passwords in again.
    expect((await put('/api/v1/admin/settings', { passwordSignIn: 'enabled' }, admin.accessToken)).status).toBe(200);
    expect((await post('/api/v1/auth/sign-in', { email: 'admin@example.com', password: PASSWORD })).status).toBe(200);
  });
});

describe('token cleanup statistics', () => {
  it('shows the schedule, runs now with total, expired and still-valid counts, and keeps the last run', async () => {
    const before = (await (await gateway.request('/api/v1/admin/token-cleanup', { headers: bearer(admin.accessToken) })).json()) as Record<string, unknown>;
    expect(before['lastRun']).toBeUndefined();
    expect(before['schedule']).toMatchObject({ cron: '0 0 3 * * *', timezone: 'UTC', retentionDays: 7, nextRunAt: expect.any(String) });

    const run = await gateway.request('/api/v1/admin/token-cleanup', { method: 'POST', headers: bearer(admin.accessToken) });
    expect(run.status).toBe(200);
    const figures = (await run.json()) as Record<string, number>;
    // Refresh tokens: Bob's two (revoked) and the administrator's two (live). Nothing died 7 days ago: nothing cleaned.
    expect(figures).toMatchObject({ cleanedCount: 0, expiredCount: 2, validCount: 2, totalCount: 4, remainingTokens: 4 });
    const after = (await (await gateway.request('/api/v1/admin/token-cleanup', { headers: bearer(admin.accessToken) })).json()) as Record<string, unknown>;
    expect(after['lastRun']).toEqual({ ...figures, trigger: 'manual' });
  });
});
