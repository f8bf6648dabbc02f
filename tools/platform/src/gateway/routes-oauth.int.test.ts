// /api/v1/oauth against the real oauth-broker (in-process, real nats-server and
// PostgreSQL) and the GitLab simulator.
import { Writable } from 'node:stream';
import { randomUUID } from 'node:crypto';
import { generateMasterKey } from '@keywarden/crypto';
import { pat, routeTestApp, send, session, oauthRoutes, type RouteTestApp } from '@keywarden/gateway/testing';
import { oauthBrokerConfig, oauthBrokerService } from '@keywarden/oauth-broker';
import { loadConfig, startService, type RunningService } from '@keywarden/runtime';
import { startFeishuSimulator, startGitLabSimulator, type FeishuSimulator, type GitLabSimulator } from '@keywarden/simulators';
import { TestClock, createTestDatabase, testBus, type TestDatabase } from '@keywarden/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REDIRECT = 'https://console.keywarden.example/oauth/callback';
const admin = session('admin-1', ['admin']);
const ann = session('user-ann');

let db: TestDatabase;
let broker: RunningService;
let gitlab: GitLabSimulator;
let feishu: FeishuSimulator;
let app: RouteTestApp;
let providerAppId = '';
let accountId = '';

beforeAll(async () => {
  const clock = new TestClock('2026-03-01T08:00:00.000Z');
  db = await createTestDatabase('gw_oauth');
  const { natsUrl, namespace } = testBus();
  gitlab = await startGitLabSimulator();
  gitlab.clock.follow(clock);
  feishu = await startFeishuSimulator();
  feishu.clock.follow(clock);
  const env = {
    KW_SERVICE_NAME: 'oauth-broker', KW_NATS_URL: natsUrl, KW_DATABASE_URL: db.url, KW_BUS_NAMESPACE: namespace, KW_LOG_LEVEL: 'silent',
    KW_MASTER_KEYS: `1:${generateMasterKey()}`, KW_OAUTH_SCHEDULER_INTERVAL_MS: '3600000',
  };
  broker = await startService(oauthBrokerService(), loadConfig('oauth-broker', env, oauthBrokerConfig), {
    clock, logDestination: new Writable({ write: (_c, _e, cb) => cb() }),
  });
  app = routeTestApp('/api/v1/oauth', oauthRoutes, { nc: broker.deps.nc, namespace });
  gitlab.addApp({ clientId: 'gl-app', clientSecret: 'gl-client-secret' });
  gitlab.addUser({ id: 7, username: 'ann' });
});

afterAll(async () => {
  await broker?.stop();
  await gitlab?.close();
  await feishu?.close();
  await db?.drop();
});

/** The browser's trip: authorize URL → provider → redirect with state and code. */
async function authorize(authorizeUrl: string): Promise<URL> {
  gitlab.signIn(7);
  const response = await fetch(authorizeUrl, { redirect: 'manual' });
  return new URL(response.headers.get('location') ?? 'http://missing/');
}

describe('/api/v1/oauth', () => {
  it('configures an app, connects an account through the callback, shows, refreshes and disconnects it', async () => {
    app.as(admin);
    const created = await app.request('/api/v1/oauth/provider-apps', send('POST', {
      provider: 'gitlab', name: 'GitLab', baseUrl: gitlab.url, clientId: 'gl-app', clientSecret: 'gl-client-secret', scopes: ['api'],
    }));
    expect(created.status).toBe(201);
    const app1 = (await created.json()) as { providerAppId: string; clientSecretFingerprint: string };
    expect(app1.clientSecretFingerprint).toBeTruthy();
    expect(JSON.stringify(app1)).not.toContain('gl-client-secret');
    providerAppId = app1.providerAppId;

    app.as(ann);
    const apps = (await (await app.request('/api/v1/oauth/provider-apps')).json()) as { providerApps: Array<{ providerAppId: string; status: string }> };
    expect(apps.providerApps).toEqual([expect.objectContaining({ providerAppId, provider: 'gitlab', status: 'active' })]);
    expect(JSON.stringify(apps)).not.toContain('gl-client-secret');
    const started = await app.request(`/api/v1/oauth/provider-apps/${providerAppId}/connect`, send('POST', { redirectUri: REDIRECT }));
    expect(started.status).toBe(200);
    const { authorizeUrl, state } = (await started.json()) as { authorizeUrl: string; state: string };
    expect(new URL(authorizeUrl).searchParams.get('code_challenge_method')).toBe('S256');
    const back = await authorize(authorizeUrl);
    expect(back.searchParams.get('state')).toBe(state);

    const done = await app.request(`/api/v1/oauth/callback?state=${encodeURIComponent(state)}&code=${encodeURIComponent(back.searchParams.get('code') ?? '')}`);
    expect(done.status).toBe(200);
    const { account } = (await done.json()) as { account: { accountId: string; status: string; userId: string; username: string } };
    expect(account).toMatchObject({ status: 'active', userId: 'user-ann', username: 'ann' });
    accountId = account.accountId;

    const list = (await (await app.request('/api/v1/oauth/accounts')).json()) as { accounts: Array<{ accountId: string }> };
    expect(list.accounts.map((a) => a.accountId)).toEqual([accountId]);
    const status = await app.request(`/api/v1/oauth/accounts/${accountId}`);
    expect(await status.json()).toMatchObject({ account: { accountId, provider: 'gitlab', grantKind: 'user' } });

    const before = gitlab.refreshCount();
    const refreshed = await app.request(`/api/v1/oauth/accounts/${accountId}/refresh`, { method: 'POST' });
    expect(refreshed.status).toBe(200);
    expect(((await refreshed.json()) as { account: { generation: number } }).account.generation).toBe(2);
    expect(gitlab.refreshCount()).toBe(before + 1);

    // Someone else learns nothing about the account.
    app.as(session('user-bob'));
    const foreign = await app.request(`/api/v1/oauth/accounts/${accountId}`);
    expect(foreign.status).toBe(404);

    app.as(ann);
    const gone = await app.request(`/api/v1/oauth/accounts/${accountId}`, { method: 'DELETE' });
    expect(gone.status).toBe(200);
    expect(await gone.json()).toHaveProperty('revokedAtProvider');
    expect(await (await app.request(`/api/v1/oauth/accounts/${accountId}`)).json()).toMatchObject({ account: { status: 'disconnected' } });
  });

  it('connects an app-level grant (Feishu tenant token) and changes an app, for administrators', async () => {
    app.as(admin);
    feishu.addApp({ appId: 'cli_sim', appSecret: 'feishu-app-secret-1' });
    const input = { provider: 'feishu', name: 'Feishu', baseUrl: feishu.url, clientId: 'cli_sim', clientSecret: 'feishu-app-secret-1' };
    const { providerAppId: feishuApp } = (await (await app.request('/api/v1/oauth/provider-apps', send('POST', input))).json()) as { providerAppId: string };
    const renamed = await app.request(`/api/v1/oauth/provider-apps/${feishuApp}`, send('PUT', { ...input, name: 'Feishu (prod)', clientSecret: undefined }));
    expect(renamed.status).toBe(200);
    expect(await renamed.json()).toMatchObject({ providerAppId: feishuApp });
    const granted = await app.request(`/api/v1/oauth/provider-apps/${feishuApp}/app-grants`, send('POST', { grantKind: 'tenant' }));
    expect(granted.status).toBe(201);
    expect(await granted.json()).toMatchObject({ account: { grantKind: 'tenant', status: 'active', provider: 'feishu' } });
    app.as(ann);
    const refused = await app.request(`/api/v1/oauth/provider-apps/${feishuApp}/app-grants`, send('POST', { grantKind: 'tenant' }));
    expect(await refused.json()).toMatchObject({ status: 403, code: 'ERR_FORBIDDEN' });
  });

  it('answers 302 to the authorize URL when asked to redirect', async () => {
    app.as(ann);
    const response = await app.request(`/api/v1/oauth/provider-apps/${providerAppId}/connect?redirect=true`, send('POST', { redirectUri: REDIRECT }));
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toMatch(new RegExp(`^${gitlab.url}/oauth/authorize\\?`));
  });

  it("refuses a callback completed in another user's session (login CSRF) with the broker's code", async () => {
    app.as(ann);
    const started = (await (await app.request(`/api/v1/oauth/provider-apps/${providerAppId}/connect`, send('POST', { redirectUri: REDIRECT }))).json()) as { authorizeUrl: string };
    const back = await authorize(started.authorizeUrl);
    app.as(session('user-victim'));
    const response = await app.request(`/api/v1/oauth/callback?${back.searchParams.toString()}`);
    expect(response.status).toBe(403);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(await response.json()).toMatchObject({ code: 'ERR_CONNECT_WRONG_USER' });
  });

  it("starts a browser flow from the API (browser: true): the gateway's own callback, the binding cookie, and a callback that needs it", async () => {
    app.as(ann);
    const started = await app.request(`http://gateway.test/api/v1/oauth/provider-apps/${providerAppId}/connect`, send('POST', { browser: true }));
    expect(started.status).toBe(200);
    const cookie = started.headers.getSetCookie().find((c) => c.startsWith('kw_oauth='))!;
    expect(cookie).toMatch(/^kw_oauth=[A-Za-z0-9_-]{43}; Max-Age=600; Path=\/api\/v1\/oauth\/callback; HttpOnly; SameSite=Lax$/);
    expect(started.headers.get('cache-control')).toBe('no-store');
    const { authorizeUrl } = (await started.json()) as { authorizeUrl: string };
    expect(new URL(authorizeUrl).searchParams.get('redirect_uri')).toBe('http://gateway.test/api/v1/oauth/callback');
    const back = await authorize(authorizeUrl);
    // Bearer without the cookie: the attempt belongs to a browser this client is not.
    const without = await app.request(`/api/v1/oauth/callback?${back.searchParams.toString()}`);
    expect(without.status).toBe(403);
    expect(await without.json()).toMatchObject({ code: 'ERR_CONNECT_NOT_BOUND' });

    const again = (await (await app.request(`/api/v1/oauth/provider-apps/${providerAppId}/connect`, send('POST', { browser: true }))).json()) as { authorizeUrl: string };
    const binding = (await app.request(`/api/v1/oauth/provider-apps/${providerAppId}/connect`, send('POST', { browser: true }))).headers.getSetCookie()[0]!.split(';')[0]!;
    const stale = await app.request(`/api/v1/oauth/callback?${(await authorize(again.authorizeUrl)).searchParams.toString()}`, { headers: { cookie: binding } });
    // The newer attempt's binding does not open the older attempt: one connect at a time per browser.
    expect(await stale.json()).toMatchObject({ code: 'ERR_CONNECT_NOT_BOUND' });
    expect(stale.headers.getSetCookie()).toEqual([expect.stringMatching(/^kw_oauth=; Max-Age=0; Path=\/api\/v1\/oauth\/callback;/)]);

    for (const input of [{ browser: true, redirectUri: REDIRECT }, {}, { browser: false }]) {
      const refused = await app.request(`/api/v1/oauth/provider-apps/${providerAppId}/connect`, send('POST', input));
      expect(refused.status).toBe(400);
      expect(await refused.json()).toMatchObject({ code: 'ERR_VALIDATION', errors: [{ path: 'redirectUri' }] });
    }
  });

  it('refuses a personal access token without the scope, and anonymous callers', async () => {
    app.as(pat('user-ann', ['oauth:read']));
    expect((await app.request('/api/v1/oauth/accounts')).status).toBe(200);
    const calls = app.calls.length;
    const refused = await app.request(`/api/v1/oauth/provider-apps/${providerAppId}/connect`, send('POST', { redirectUri: REDIRECT }));
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ code: 'ERR_FORBIDDEN', detail: expect.stringContaining('oauth:write') });
    app.as(undefined);
    expect((await app.request('/api/v1/oauth/accounts')).status).toBe(401);
    // Anonymous callers learn nothing from validation either.
    expect((await app.request('/api/v1/oauth/provider-apps', send('POST', { provider: 'bogus' }))).status).toBe(401);
    expect(app.calls.length).toBe(calls);
  });

  it('refuses bad input before calling the broker', async () => {
    app.as(admin);
    const calls = app.calls.length;
    const bad = await app.request('/api/v1/oauth/provider-apps', send('POST', { provider: 'bitbucket', name: '', clientId: 'x', baseUrl: 'ftp://x' }));
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toBe('application/problem+json');
    const problem = (await bad.json()) as { code: string; errors: Array<{ path: string }> };
    expect(problem.code).toBe('ERR_VALIDATION');
    expect(problem.errors.map((e) => e.path).sort()).toEqual(['baseUrl', 'name', 'provider']);
    expect((await app.request('/api/v1/oauth/accounts/not-an-id')).status).toBe(400);
    expect((await app.request(`/api/v1/oauth/provider-apps/${providerAppId}/connect`, send('POST', { redirectUri: 'javascript:alert(1)' }))).status).toBe(400);
    const notJson = await app.request(`/api/v1/oauth/provider-apps/${providerAppId}/connect`, { method: 'POST', body: 'not json' });
    expect(notJson.status).toBe(415);
    expect(await notJson.json()).toMatchObject({ code: 'ERR_VALIDATION' });
    expect((await app.request(`/api/v1/oauth/provider-apps/${providerAppId}/connect`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' })).status).toBe(400);
    expect((await app.request('/api/v1/oauth/callback?state=abc&error=access_denied')).status).toBe(400);
    // With credentials the browser routes answer bad input as the API does: problem+json naming the field.
    const noState = await app.request('/api/v1/oauth/callback?code=x', { headers: { authorization: 'Bearer test' } });
    expect(noState.headers.get('content-type')).toBe('application/problem+json');
    expect(await noState.json()).toMatchObject({ status: 400, code: 'ERR_VALIDATION', errors: [{ path: 'state' }] });
    const badId = await app.request('/api/v1/oauth/accounts/not-an-id/reconnect', { headers: { authorization: 'Bearer test' } });
    expect(await badId.json()).toMatchObject({ status: 400, code: 'ERR_VALIDATION', errors: [{ path: 'id' }] });
    expect(app.calls.length).toBe(calls);
  });

  it("maps the broker's errors to problem+json with their code", async () => {
    app.as(ann);
    const missing = await app.request(`/api/v1/oauth/accounts/${randomUUID()}`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ status: 404, code: 'ERR_ACCOUNT_NOT_FOUND' });
    const notAdmin = await app.request('/api/v1/oauth/provider-apps', send('POST', { provider: 'gitlab', name: 'Mine', clientId: 'x', clientSecret: 'y' }));
    expect(notAdmin.status).toBe(403);
    expect(await notAdmin.json()).toMatchObject({ code: 'ERR_FORBIDDEN' });
  });

  it('describes its routes in OpenAPI', () => {
    const doc = app.routes.getOpenAPI31Document({ openapi: '3.1.0', info: { title: 't', version: '1' } });
    expect(Object.keys(doc.paths ?? {}).sort()).toEqual([
      '/accounts', '/accounts/{id}', '/accounts/{id}/reconnect', '/accounts/{id}/refresh', '/callback', '/provider-apps', '/provider-apps/{id}',
      '/provider-apps/{id}/app-grants', '/provider-apps/{id}/authorize', '/provider-apps/{id}/connect',
    ]);
  });
});
