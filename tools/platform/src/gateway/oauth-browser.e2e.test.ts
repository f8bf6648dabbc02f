// Connecting and reconnecting GitLab in a browser, through the gateway in
// front of the REAL identity, oauth-broker and notifier (in-process, real
// nats-server and PostgreSQL) and the GitLab simulator. The browser is a cookie
// jar that follows redirects by hand and never sends an Authorization header:
// it signs in (POST /auth/sign-in, keeping the HttpOnly refresh cookie) and then
// only navigates. The API is checked with the access token, as the console
// holds it. Also: the reconnect link of a real notification, a signed-out
// browser sent to sign-in and back, a link forwarded to another user (hijack),
// denied consent, an expired attempt, and what the cookie alone cannot do.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { closeBus, connectBus } from '@keywarden/bus';
import { generateMasterKey } from '@keywarden/crypto';
import { bearer, quiet, startGateway, type TestGateway } from '@keywarden/gateway/testing';
import { identityConfig, identityService } from '@keywarden/identity';
import { notifierConfig, notifierService, notifierSettings } from '@keywarden/notifier';
import { oauthBrokerConfig, oauthBrokerService } from '@keywarden/oauth-broker';
import { loadConfig, startService, type RunningService } from '@keywarden/runtime';
import { startGitLabSimulator, type GitLabSimulator } from '@keywarden/simulators';
import { TestBrowser, TestClock, createTestDatabase, eventually, testBus, type TestDatabase } from '@keywarden/testing';
import type { NatsConnection } from '@nats-io/nats-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const GW = 'http://gateway.test';
const PASSWORD = 'correct horse battery staple';
const services: RunningService[] = [];
const databases: TestDatabase[] = [];
const brokerClock = new TestClock(new Date().toISOString());
const hooks: Array<{ type: string; data: { action: { url: string } | null } }> = [];
let nc: NatsConnection;
let gateway: TestGateway;
let gitlab: GitLabSimulator;
let receiver: Server;
let providerAppId = '';
let accountId = '';
let annToken = '';
let ann: TestBrowser;

beforeAll(async () => {
  const { natsUrl, namespace } = testBus();
  const env = async (prefix: string, extra: Record<string, string>) => {
    const db = await createTestDatabase(prefix);
    databases.push(db);
    return { KW_NATS_URL: natsUrl, KW_DATABASE_URL: db.url, KW_BUS_NAMESPACE: namespace, KW_LOG_LEVEL: 'silent', KW_MASTER_KEYS: `1:${generateMasterKey()}`, ...extra };
  };
  services.push(await startService(identityService(), loadConfig('identity', await env('obr_identity', {}), identityConfig, { database: true, masterKeys: true }), { logDestination: quiet }));
  services.push(await startService(oauthBrokerService(), loadConfig('oauth-broker', await env('obr_oauth', { KW_OAUTH_SCHEDULER_INTERVAL_MS: '3600000' }), oauthBrokerConfig), {
    clock: brokerClock, logDestination: quiet,
  }));
  // The notifier's links point at the gateway's origin, as KW_NOTIFIER_PUBLIC_URL does in a deployment.
  const notifierEnv = loadConfig('notifier', await env('obr_notifier', {
    KW_NOTIFIER_PUBLIC_URL: GW, KW_NOTIFIER_ALLOW_PRIVATE_TARGETS: 'true', KW_NOTIFIER_POLL_MS: '100',
  }), notifierConfig, { database: true, masterKeys: true });
  services.push(await startService(notifierService(() => notifierSettings(notifierEnv.extra)), notifierEnv, { logDestination: quiet }));
  gitlab = await startGitLabSimulator();
  gitlab.addApp({ clientId: 'gl-browser', clientSecret: 'gl-browser-secret' });
  gitlab.addUser({ id: 7, username: 'ann' });
  gitlab.addUser({ id: 9, username: 'mallory' });
  receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString())).on('end', () => {
      hooks.push(JSON.parse(body) as (typeof hooks)[number]);
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  nc = await connectBus({ servers: natsUrl, name: 'gateway-oauth-browser-e2e' });
  gateway = await startGateway({ nc, namespace });
  await gateway.ready();

  // The first user is the administrator who registers the GitLab app; ann is an ordinary user.
  await api('POST', '/api/v1/auth/sign-up', { email: 'root@example.com', password: PASSWORD });
  const root = (await (await api('POST', '/api/v1/auth/sign-in', { email: 'root@example.com', password: PASSWORD })).json()) as { accessToken: string };
  const app = await api('POST', '/api/v1/oauth/provider-apps', {
    provider: 'gitlab', name: 'GitLab', baseUrl: gitlab.url, clientId: 'gl-browser', clientSecret: 'gl-browser-secret', scopes: ['api'],
  }, root.accessToken);
  providerAppId = ((await app.json()) as { providerAppId: string }).providerAppId;
  await api('POST', '/api/v1/auth/sign-up', { email: 'ann@example.com', password: PASSWORD, displayName: 'Ann' });
  await api('POST', '/api/v1/auth/sign-up', { email: 'mallory@example.com', password: PASSWORD, displayName: 'Mallory' });
});

afterAll(async () => {
  await gateway?.stop();
  if (nc) await closeBus(nc);
  for (const service of services.reverse()) await service.stop();
  await gitlab?.close();
  receiver?.close();
  for (const db of databases) await db.drop();
});

/** What the console does with the access token it holds in memory (not the browser's navigations). */
function api(method: string, path: string, body?: unknown, token?: string): Promise<Response> {
  return gateway.request(path, {
    method, headers: token ? bearer(token) : { 'content-type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

const browser = () => new TestBrowser({ [GW]: (url, init) => gateway.request(`${url.pathname}${url.search}`, init) });

/** Sign in as the console does: the refresh cookie goes into the jar, the access token stays with the test. */
async function signIn(b: TestBrowser, email: string): Promise<string> {
  const response = await b.request(`${GW}/api/v1/auth/sign-in`, { method: 'POST', json: { email, password: PASSWORD } });
  expect(response.status).toBe(200);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

/** A console page: the gateway serves the console there, which this test has no build of, so the browser stops. */
const consolePage = (url: URL) => url.origin === GW && !url.pathname.startsWith('/api/') && !/^\/connections\/[^/]+\/reconnect$/.test(url.pathname);
const atProvider = (url: URL) => url.origin === gitlab.url;
const page = (url: URL) => `${url.pathname}${url.search}`;

type Account = { accountId: string; userId: string; username: string; status: string; generation: number };
async function accountsOf(token: string): Promise<Account[]> {
  return ((await (await api('GET', '/api/v1/oauth/accounts', undefined, token)).json()) as { accounts: Account[] }).accounts;
}

describe('connect and reconnect in a browser', () => {
  it('connects GitLab: sign-in, a navigation to authorize, the provider, the callback, the account page', async () => {
    ann = browser();
    annToken = await signIn(ann, 'ann@example.com');
    const refresh = (await ann.allCookies()).find((c) => c.key === 'kw_refresh')!;
    expect(refresh).toMatchObject({ path: '/api/v1', httpOnly: true, sameSite: 'lax' });
    gitlab.signIn(7);

    const trip = await ann.navigate(`${GW}/api/v1/oauth/provider-apps/${providerAppId}/authorize`, { stopAt: consolePage });
    expect(trip.hops.map((h) => new URL(h).pathname)).toEqual([`/api/v1/oauth/provider-apps/${providerAppId}/authorize`, '/oauth/authorize', '/api/v1/oauth/callback']);
    const provider = new URL(trip.hops[1]!);
    expect(provider.searchParams.get('redirect_uri')).toBe(`${GW}/api/v1/oauth/callback`);
    expect(provider.searchParams.get('code_challenge_method')).toBe('S256');
    expect(trip.url.pathname).toMatch(/^\/connections\/[0-9a-f-]{36}$/);
    expect(trip.url.searchParams.get('connected')).toBe('1');
    accountId = trip.url.pathname.split('/')[2]!;
    // The binding cookie did its job and is gone; nothing the browser sent carried an Authorization header.
    expect((await ann.allCookies()).map((c) => c.key)).toEqual(['kw_refresh']);
    expect(ann.sent.some((r) => Object.keys(r.headers).some((h) => h.toLowerCase() === 'authorization'))).toBe(false);

    const account = await api('GET', `/api/v1/oauth/accounts/${accountId}`, undefined, annToken);
    expect(await account.json()).toMatchObject({ account: { accountId, status: 'active', username: 'ann', provider: 'gitlab', generation: 1 } });
  });

  it('sets the binding cookie HttpOnly, SameSite=Lax, on the callback path only, for ten minutes', async () => {
    const started = await ann.request(`${GW}/api/v1/oauth/provider-apps/${providerAppId}/authorize`, { navigate: true });
    expect(started.status).toBe(302);
    expect(started.headers.get('cache-control')).toBe('no-store');
    expect(started.headers.getSetCookie().find((c) => c.startsWith('kw_oauth='))).toMatch(/^kw_oauth=[A-Za-z0-9_-]{43}; Max-Age=600; Path=\/api\/v1\/oauth\/callback; HttpOnly; SameSite=Lax$/);
    // Sent back only to the callback.
    expect((await ann.cookies(`${GW}/api/v1/oauth/callback`)).map((c) => c.key).sort()).toEqual(['kw_oauth', 'kw_refresh']);
    expect((await ann.cookies(`${GW}/api/v1/oauth/accounts`)).map((c) => c.key)).toEqual(['kw_refresh']);
  });

  it('reconnects from the link of a real notification: the same account, the next generation', async () => {
    const channel = await api('POST', '/api/v1/notifications/channels', {
      kind: 'webhook', name: 'mine', url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`, signingSecret: `whsec_${Buffer.alloc(32, 7).toString('base64')}`,
    }, annToken);
    expect(channel.status).toBe(201);
    const { channel: { channelId } } = (await channel.json()) as { channel: { channelId: string } };
    expect((await api('POST', '/api/v1/notifications/subscriptions', { channelId, kinds: ['reauthorization_required'] }, annToken)).status).toBe(201);
    // Ann revokes Keywarden in GitLab; the next refresh learns the grant is gone.
    gitlab.revokeUser(7);
    const refreshed = await api('POST', `/api/v1/oauth/accounts/${accountId}/refresh`, undefined, annToken);
    expect(await refreshed.json()).toMatchObject({ account: { status: 'reauthorization_required', generation: 1 } });
    await eventually(() => hooks.some((h) => h.type === 'notification.reauthorization_required'), { timeoutMs: 20_000, message: 'the notification' });
    const link = hooks.find((h) => h.type === 'notification.reauthorization_required')!.data.action!.url;
    expect(link).toBe(`${GW}/connections/${accountId}/reconnect`);

    const trip = await ann.navigate(link, { stopAt: consolePage });
    expect(trip.hops.map((h) => new URL(h).pathname)).toEqual([`/connections/${accountId}/reconnect`, `/api/v1/oauth/accounts/${accountId}/reconnect`, '/oauth/authorize', '/api/v1/oauth/callback']);
    expect(page(trip.url)).toBe(`/connections/${accountId}?reconnected=1`);
    const after = (await (await api('GET', `/api/v1/oauth/accounts/${accountId}`, undefined, annToken)).json()) as { account: Account };
    expect(after.account).toMatchObject({ accountId, status: 'active', generation: 2 });
    expect(await accountsOf(annToken)).toHaveLength(1);
  });

  it('sends a signed-out browser from the link to sign-in, and on from there after signing in', async () => {
    const fresh = browser();
    const link = `${GW}/connections/${accountId}/reconnect`;
    const away = await fresh.navigate(link, { stopAt: consolePage });
    expect(page(away.url)).toBe(`/sign-in?returnTo=${encodeURIComponent(`/connections/${accountId}/reconnect`)}`);
    expect(await fresh.allCookies()).toEqual([]);
    await signIn(fresh, 'ann@example.com');
    const back = await fresh.navigate(new URL(away.url.searchParams.get('returnTo')!, GW), { stopAt: consolePage });
    expect(page(back.url)).toBe(`/connections/${accountId}?reconnected=1`);
    expect((await accountsOf(annToken)).map((a) => [a.accountId, a.generation])).toEqual([[accountId, 3]]);
  });
});

describe('refused in a browser, ending on the failure page', () => {
  const failed = (code: string) => `/connections/connect-failed?code=${code}`;

  it("refuses an attacker's link opened by someone else and attaches nothing to anyone (hijack)", async () => {
    const mallory = browser();
    const malloryToken = await signIn(mallory, 'mallory@example.com');
    const before = await accountsOf(annToken);
    // 1. Mallory starts a flow and sends the provider's authorize URL to ann, who is signed in to GitLab and Keywarden.
    const lure = await mallory.navigate(`${GW}/api/v1/oauth/provider-apps/${providerAppId}/authorize`, { stopAt: atProvider });
    gitlab.signIn(7);
    const opened = await ann.navigate(lure.url, { stopAt: consolePage });
    expect(page(opened.url)).toBe(failed('ERR_CONNECT_NOT_BOUND'));
    // 2. The same while ann has a connect of her own under way (her browser holds a binding): the broker says whose it was.
    await ann.navigate(`${GW}/api/v1/oauth/provider-apps/${providerAppId}/authorize`, { stopAt: atProvider });
    const lure2 = await mallory.navigate(`${GW}/api/v1/oauth/provider-apps/${providerAppId}/authorize`, { stopAt: atProvider });
    expect(page((await ann.navigate(lure2.url, { stopAt: consolePage })).url)).toBe(failed('ERR_CONNECT_WRONG_USER'));
    // 3. Mallory authorizes her own GitLab account and sends the callback URL (code and state) to ann: login CSRF.
    gitlab.signIn(9);
    const callback = await mallory.navigate(`${GW}/api/v1/oauth/provider-apps/${providerAppId}/authorize`, { stopAt: (url) => url.pathname === '/api/v1/oauth/callback' });
    await ann.navigate(`${GW}/api/v1/oauth/provider-apps/${providerAppId}/authorize`, { stopAt: atProvider });
    expect(page((await ann.navigate(callback.url, { stopAt: consolePage })).url)).toBe(failed('ERR_CONNECT_WRONG_USER'));
    // The attempt is spent: Mallory cannot use it either.
    expect(page((await mallory.navigate(callback.url, { stopAt: consolePage })).url)).toBe(failed('ERR_CONNECT_STATE_INVALID'));
    expect(await accountsOf(annToken)).toEqual(before);
    expect(await accountsOf(malloryToken)).toEqual([]);
  });

  it('says the user declined at the provider, and clears the binding', async () => {
    gitlab.signIn(7);
    gitlab.consent('deny');
    try {
      const trip = await ann.navigate(`${GW}/api/v1/oauth/provider-apps/${providerAppId}/authorize`, { stopAt: consolePage });
      expect(new URL(trip.hops.at(-1)!).searchParams.get('error')).toBe('access_denied');
      expect(page(trip.url)).toBe(failed('ERR_CONNECT_DENIED'));
      expect((await ann.allCookies()).map((c) => c.key)).toEqual(['kw_refresh']);
    } finally {
      gitlab.consent('approve');
    }
  });

  it('says the attempt expired when the browser comes back after ten minutes', async () => {
    const lure = await ann.navigate(`${GW}/api/v1/oauth/provider-apps/${providerAppId}/authorize`, { stopAt: atProvider });
    brokerClock.advanceMinutes(11);
    expect(page((await ann.navigate(lure.url, { stopAt: consolePage })).url)).toBe(failed('ERR_CONNECT_STATE_EXPIRED'));
  });

  it('says who is not signed in any more when the provider sends the browser back, and what was malformed', async () => {
    const b = browser();
    await signIn(b, 'ann@example.com');
    const lure = await b.navigate(`${GW}/api/v1/oauth/provider-apps/${providerAppId}/authorize`, { stopAt: atProvider });
    const out = await b.request(`${GW}/api/v1/auth/sign-out`, { method: 'POST', json: {}, headers: { 'x-keywarden-client': 'web' } });
    expect(out.status).toBe(200);
    expect(page((await b.navigate(lure.url, { stopAt: consolePage })).url)).toBe(failed('ERR_UNAUTHENTICATED'));
    expect(page((await ann.navigate(`${GW}/api/v1/oauth/callback?code=x`, { stopAt: consolePage })).url)).toBe(failed('ERR_VALIDATION'));
    expect(page((await ann.navigate(`${GW}/api/v1/oauth/callback?state=x&error=server_error`, { stopAt: consolePage })).url)).toBe(failed('ERR_CONNECT_PROVIDER_ERROR'));
    expect(page((await ann.navigate(`${GW}/connections/not-an-id/reconnect`, { stopAt: consolePage })).url)).toBe(failed('ERR_VALIDATION'));
    expect(page((await ann.navigate(`${GW}/api/v1/oauth/accounts/0b6f3c8e-6a59-4d1e-9c3e-4f7f9d2a1b11/reconnect`, { stopAt: consolePage })).url)).toBe(failed('ERR_ACCOUNT_NOT_FOUND'));
  });
});

describe('what the refresh cookie alone can do', () => {
  it('authenticates no ordinary API call, whatever the method', async () => {
    const calls: Array<[string, string, unknown?]> = [
      ['GET', '/api/v1/oauth/accounts'], ['GET', `/api/v1/oauth/accounts/${accountId}`], ['GET', '/api/v1/users/me'],
      ['POST', `/api/v1/oauth/accounts/${accountId}/refresh`, {}], ['DELETE', `/api/v1/oauth/accounts/${accountId}`],
      ['POST', `/api/v1/oauth/provider-apps/${providerAppId}/connect`, { browser: true }],
    ];
    for (const [method, path, json] of calls) {
      expect((await ann.request(`${GW}${path}`, { method, ...(json === undefined ? {} : { json }) })).status, `${method} ${path}`).toBe(401);
    }
    expect(await accountsOf(annToken)).toEqual([expect.objectContaining({ accountId, status: 'active' })]);
  });

  it('does not sign in a request the browser marks as no navigation (a fetch or an image from another page)', async () => {
    for (const mode of ['cors', 'no-cors']) {
      const response = await ann.request(`${GW}/api/v1/oauth/provider-apps/${providerAppId}/authorize`, { headers: { 'sec-fetch-mode': mode } });
      expect(response.headers.get('location')).toMatch(/^\/sign-in\?returnTo=/);
    }
  });

  it('can start a flow (a cross-site link can do that much), which attaches nothing without consent and the callback', async () => {
    const before = await accountsOf(annToken);
    const started = await ann.request(`${GW}/api/v1/oauth/accounts/${accountId}/reconnect`, { navigate: true });
    expect(new URL(started.headers.get('location')!).origin).toBe(gitlab.url);
    expect(await accountsOf(annToken)).toEqual(before);
  });

  it("moves an old session's cookie (Path=/api/v1/auth) to /api/v1 at its next refresh", async () => {
    const old = browser();
    // A cookie the previous gateway set: sent to /auth only, so navigations do not see it.
    const signedIn = await gateway.request('/api/v1/auth/sign-in', {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-keywarden-client': 'cli' }, body: JSON.stringify({ email: 'ann@example.com', password: PASSWORD }),
    });
    const token = ((await signedIn.json()) as { refreshToken: string }).refreshToken;
    await old.jar.setCookie(`kw_refresh=${token}; Path=/api/v1/auth; HttpOnly; SameSite=Lax`, `${GW}/api/v1/auth/sign-in`);
    const before = await old.request(`${GW}/api/v1/oauth/provider-apps/${providerAppId}/authorize`, { navigate: true });
    expect(before.headers.get('location')).toMatch(/^\/sign-in\?/);
    const refreshed = await old.request(`${GW}/api/v1/auth/refresh`, { method: 'POST', json: {}, headers: { 'x-keywarden-client': 'web' } });
    expect(refreshed.status).toBe(200);
    expect((await old.allCookies()).map((c) => [c.key, c.path])).toEqual([['kw_refresh', '/api/v1']]);
    const after = await old.request(`${GW}/api/v1/oauth/provider-apps/${providerAppId}/authorize`, { navigate: true });
    expect(new URL(after.headers.get('location')!).origin).toBe(gitlab.url);
  });
});
