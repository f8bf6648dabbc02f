// SSO through the gateway with the REAL identity service and a real OpenID
// provider (oidc-provider, identity's test support): an administrator
// configures the provider, the browser starts at the gateway (binding cookie,
// 302), signs in at the provider, comes back to the callback (refresh cookie,
// session); a forged state and a missing binding cookie are refused.
import { closeBus, connectBus } from '@keywarden/bus';
import { generateMasterKey } from '@keywarden/crypto';
import { bearer, quiet, startGateway, type TestGateway } from '@keywarden/gateway/testing';
import { identityConfig, identityService } from '@keywarden/identity';
import { loadConfig, startService, type RunningService } from '@keywarden/runtime';
import { TestClock, createTestDatabase, testBus, type TestDatabase } from '@keywarden/testing';
import type { NatsConnection } from '@nats-io/nats-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestOidcProvider, type TestOidcProvider } from '@keywarden/simulators/oidc';

const ORIGIN = 'http://gateway.test';
const CALLBACK = `${ORIGIN}/api/v1/auth/sso/callback`;
let identity: RunningService;
let db: TestDatabase;
let nc: NatsConnection;
let gateway: TestGateway;
let oidc: TestOidcProvider;
let providerId = '';

beforeAll(async () => {
  db = await createTestDatabase('gwsso');
  const bus = testBus();
  const env = {
    KW_NATS_URL: bus.natsUrl, KW_DATABASE_URL: db.url, KW_BUS_NAMESPACE: bus.namespace, KW_LOG_LEVEL: 'silent', KW_MASTER_KEYS: `1:${generateMasterKey()}`,
    KW_IDENTITY_ALLOW_INSECURE_ISSUERS: 'true',
  };
  identity = await startService(identityService(), loadConfig('identity', env, identityConfig, { database: true, masterKeys: true }), {
    clock: new TestClock(new Date().toISOString()), logDestination: quiet,
  });
  oidc = await startTestOidcProvider({ redirectUris: [CALLBACK], users: [{ sub: 'idp-1', email: 'sso@example.com', emailVerified: true, name: 'Sso User' }] });
  nc = await connectBus({ servers: bus.natsUrl, name: 'gateway-sso-e2e' });
  gateway = await startGateway({ nc, namespace: bus.namespace });
  await gateway.ready();
});

afterAll(async () => {
  await gateway?.stop();
  if (nc) await closeBus(nc);
  await oidc?.close();
  await identity?.stop();
  await db?.drop();
});

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  gateway.request(path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

/** Start at the gateway; returns the provider URL and the binding cookie. */
async function start(): Promise<{ location: string; binding: string; cookie: string }> {
  const response = await gateway.request(`/api/v1/auth/sso/${providerId}/start`);
  expect(response.status).toBe(302);
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('kw_sso='))!;
  return { location: response.headers.get('location')!, binding: cookie.split(';')[0]!, cookie };
}

const callback = (url: string, cookie?: string) => gateway.request(new URL(url).pathname + new URL(url).search, cookie ? { headers: { cookie } } : {});

describe('SSO through the gateway', () => {
  it('lets an administrator configure a provider that then shows on the sign-in page', async () => {
    await post('/api/v1/auth/sign-up', { email: 'root@example.com', password: 'correct horse battery staple' });
    const signIn = await post('/api/v1/auth/sign-in', { email: 'root@example.com', password: 'correct horse battery staple' });
    const { accessToken } = (await signIn.json()) as { accessToken: string };
    const created = await post('/api/v1/admin/identity-providers', {
      name: 'Test IdP', issuer: oidc.issuer, clientId: oidc.clientId, clientSecret: oidc.clientSecret, scopes: ['openid', 'email', 'profile'],
    }, bearer(accessToken));
    expect(created.status).toBe(201);
    const { identityProvider } = (await created.json()) as { identityProvider: Record<string, unknown> };
    expect(JSON.stringify(identityProvider)).not.toContain(oidc.clientSecret);
    providerId = identityProvider['identityProviderId'] as string;
    const listed = await (await gateway.request('/api/v1/auth/sso/providers')).json();
    expect(listed).toEqual({ identityProviders: [{ identityProviderId: providerId, name: 'Test IdP' }], passwordSignInEnabled: true });
  });

  it('signs in: binding cookie, provider, callback, refresh cookie and a working access token', async () => {
    const { location, binding, cookie } = await start();
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\/api\/v1\/auth\/sso/);
    expect(new URL(location).searchParams.get('code_challenge_method')).toBe('S256');
    expect(new URL(location).searchParams.get('redirect_uri')).toBe(CALLBACK);
    const back = await oidc.authorize(location);
    const response = await callback(back, binding);
    expect(response.status).toBe(200);
    expect(response.headers.getSetCookie().find((c) => c.startsWith('kw_refresh='))).toMatch(/HttpOnly/);
    const session = (await response.json()) as { accessToken: string; refreshToken?: string };
    expect(session.refreshToken).toBeUndefined();
    const me = await gateway.request('/api/v1/users/me', { headers: bearer(session.accessToken) });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ user: { email: 'sso@example.com' } });
  });

  it('sends the browser to the configured post-login location', async () => {
    const redirecting = await startGateway({ nc, namespace: gateway.deps.namespace!, extra: { KW_GATEWAY_POST_LOGIN_REDIRECT: '/app/' } });
    try {
      await redirecting.ready();
      const response = await redirecting.request(`/api/v1/auth/sso/${providerId}/start`);
      const binding = response.headers.getSetCookie().find((c) => c.startsWith('kw_sso='))!.split(';')[0]!;
      const back = new URL(await oidc.authorize(response.headers.get('location')!));
      const done = await redirecting.request(back.pathname + back.search, { headers: { cookie: binding } });
      expect(done.status).toBe(302);
      expect(done.headers.get('location')).toBe('/app/');
      expect(done.headers.getSetCookie().find((c) => c.startsWith('kw_refresh='))).toMatch(/HttpOnly/);
    } finally {
      await redirecting.stop();
    }
  });

  it('comes back to where the sign-in was asked for (returnTo), a same-origin path only', async () => {
    const link = '/connections/0b6f3c8e-6a59-4d1e-9c3e-4f7f9d2a1b11/reconnect';
    const response = await gateway.request(`/api/v1/auth/sso/${providerId}/start?returnTo=${encodeURIComponent(link)}`);
    const cookies = response.headers.getSetCookie();
    const kept = cookies.find((c) => c.startsWith('kw_sso_return='))!;
    expect(kept).toMatch(/HttpOnly/);
    expect(kept).toMatch(/Path=\/api\/v1\/auth\/sso/);
    const sent = cookies.map((c) => c.split(';')[0]!).join('; ');
    const done = await callback(await oidc.authorize(response.headers.get('location')!), sent);
    expect(done.status).toBe(302);
    expect(done.headers.get('location')).toBe(link);
    expect(done.headers.getSetCookie().find((c) => c.startsWith('kw_sso_return='))).toMatch(/Max-Age=0/);

    // Another origin is never kept; a tampered cookie is checked again and ignored (this gateway then answers JSON).
    const away = await gateway.request(`/api/v1/auth/sso/${providerId}/start?returnTo=${encodeURIComponent('//evil.example/x')}`);
    expect(away.headers.getSetCookie().find((c) => c.startsWith('kw_sso_return='))).toBeUndefined();
    const binding = away.headers.getSetCookie().find((c) => c.startsWith('kw_sso='))!.split(';')[0]!;
    const tampered = await callback(await oidc.authorize(away.headers.get('location')!), `${binding}; kw_sso_return=${encodeURIComponent('https://evil.example/')}`);
    expect(tampered.status).toBe(200);
  });

  it('refuses a forged state and a callback without the binding cookie', async () => {
    const first = await start();
    const back = new URL(await oidc.authorize(first.location));
    back.searchParams.set('state', 'forged-state-value');
    const forged = await callback(back.toString(), first.binding);
    expect(forged.status).toBeGreaterThanOrEqual(400);
    expect(forged.status).toBeLessThan(500);
    expect(forged.headers.getSetCookie().find((c) => c.startsWith('kw_refresh='))).toBeUndefined();

    const second = await start();
    const noCookie = await callback(await oidc.authorize(second.location));
    expect(noCookie.status).toBe(401);
  });
});
