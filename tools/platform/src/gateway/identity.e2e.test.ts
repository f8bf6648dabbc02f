// The gateway in front of the REAL identity service (started in-process on a
// fresh database and bus namespace): sign-up, sign-in, PATs, disabling a user,
// refresh rotation and reuse over HTTP with the cookie, sign-out, an expired
// PAT, a PAT revoking itself, revocations surviving a gateway restart, and the OpenAPI document.
import { closeBus, connectBus, replayStream } from '@keywarden/bus';
import { generateMasterKey } from '@keywarden/crypto';
import { bearer, quiet, startGateway, type TestGateway } from '@keywarden/gateway/testing';
import { identityConfig, identityService } from '@keywarden/identity';
import { loadConfig, startService, type RunningService } from '@keywarden/runtime';
import { TestClock, createTestDatabase, eventually, testBus, type TestDatabase } from '@keywarden/testing';
import type { NatsConnection } from '@nats-io/nats-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let identity: RunningService;
let db: TestDatabase;
let nc: NatsConnection;
let namespace: string;
let gateway: TestGateway;
const gateways: TestGateway[] = [];
// Identity's clock stands still at the start of the run; the gateway uses the system clock.
const clock = new TestClock(new Date().toISOString());
const PASSWORD = 'correct horse battery staple';

beforeAll(async () => {
  db = await createTestDatabase('gwid');
  const bus = testBus();
  namespace = bus.namespace;
  const env = {
    KW_NATS_URL: bus.natsUrl, KW_DATABASE_URL: db.url, KW_BUS_NAMESPACE: namespace, KW_LOG_LEVEL: 'silent', KW_MASTER_KEYS: `1:${generateMasterKey()}`,
    // Reuse detection without the two-tab grace, so a replayed refresh token trips it.
    KW_IDENTITY_REFRESH_GRACE_SECONDS: '0',
  };
  identity = await startService(identityService(), loadConfig('identity', env, identityConfig, { database: true, masterKeys: true }), { clock, logDestination: quiet });
  nc = await connectBus({ servers: bus.natsUrl, name: 'gateway-e2e' });
  gateway = await startGateway({ nc, namespace });
  gateways.push(gateway);
  await gateway.ready();
});

afterAll(async () => {
  for (const g of gateways) await g.stop();
  if (nc) await closeBus(nc);
  await identity?.stop();
  await db?.drop();
});

type Session = { accessToken: string; refreshToken?: string; sessionId: string; user: { userId: string; roles: string[] } };

const post = (path: string, body: unknown, headers: Record<string, string> = {}, g = gateway) =>
  g.request(path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

async function signUpAndIn(email: string, headers: Record<string, string> = {}): Promise<{ session: Session; cookie: string; response: Response }> {
  const up = await post('/api/v1/auth/sign-up', { email, password: PASSWORD, displayName: email.split('@')[0] });
  expect(up.status).toBe(201);
  const response = await post('/api/v1/auth/sign-in', { email, password: PASSWORD }, headers);
  expect(response.status).toBe(200);
  return { session: (await response.json()) as Session, cookie: refreshCookie(response), response };
}

/** `kw_refresh=<value>` from a Set-Cookie header. */
function refreshCookie(response: Response): string {
  const header = response.headers.getSetCookie().find((c) => c.startsWith('kw_refresh='));
  return header?.split(';')[0] ?? '';
}

const me = (token: string, g = gateway) => g.request('/api/v1/users/me', { headers: bearer(token) });

let admin: Session;

describe('identity through the gateway', () => {
  it('signs the first user up as administrator and sets the refresh cookie on sign-in', async () => {
    const { session, response } = await signUpAndIn('admin@example.com');
    admin = session;
    expect(admin.user.roles).toContain('admin');
    expect(admin.refreshToken).toBeUndefined();
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('kw_refresh='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\/api\/v1;/);
    expect(cookie).toMatch(/Max-Age=\d+/);
    expect(cookie).not.toMatch(/Secure/);
    // X-Forwarded-Proto counts only behind a trusted proxy (KW_GATEWAY_TRUST_PROXY; routes/identity/http.unit.test.ts).
    const forged = await post('/api/v1/auth/sign-in', { email: 'admin@example.com', password: PASSWORD }, { 'x-forwarded-proto': 'https' });
    expect(forged.headers.getSetCookie().find((c) => c.startsWith('kw_refresh='))).not.toMatch(/Secure/);
  });

  it("shows a PAT once; after the user is disabled, the gateway refuses the user's JWT and PAT within a second, and so does a restarted gateway", async () => {
    const { session } = await signUpAndIn('bob@example.com', { 'x-keywarden-client': 'cli' });
    expect(session.refreshToken).toMatch(/\S{20,}/);
    const created = await post('/api/v1/users/me/tokens', { name: 'ci', scopes: ['identity:read'] }, bearer(session.accessToken));
    expect(created.status).toBe(201);
    const { token, personalAccessToken } = (await created.json()) as { token: string; personalAccessToken: { tokenId: string } };
    expect(token).toMatch(/^kwp_/);
    const listed = await (await gateway.request('/api/v1/users/me/tokens', { headers: bearer(session.accessToken) })).text();
    expect(listed).toContain(personalAccessToken.tokenId);
    expect(listed).not.toContain(token);

    expect((await me(session.accessToken)).status).toBe(200);
    expect((await me(token)).status).toBe(200);
    const disabled = await post(`/api/v1/users/${session.user.userId}/disable`, { reason: 'left' }, bearer(admin.accessToken));
    expect(disabled.status).toBe(200);
    await eventually(async () => (await me(session.accessToken)).status === 401 && (await me(token)).status === 401, {
      timeoutMs: 1000, intervalMs: 10, message: 'JWT and PAT refused within 1 s of the disable',
    });

    const fresh = await startGateway({ nc, namespace });
    gateways.push(fresh);
    await fresh.ready();
    expect((await me(session.accessToken, fresh)).status).toBe(401);
    expect((await me(token, fresh)).status).toBe(401);
    expect((await me(admin.accessToken, fresh)).status).toBe(200);
  });

  it('rotates the refresh token from the cookie, asks for the CSRF header, and revokes the family on reuse', async () => {
    const { cookie: first } = await signUpAndIn('carol@example.com');
    expect((await post('/api/v1/auth/refresh', {}, { cookie: first })).status).toBe(403);
    const rotated = await post('/api/v1/auth/refresh', {}, { cookie: first, 'x-keywarden-client': 'web' });
    expect(rotated.status).toBe(200);
    const second = refreshCookie(rotated);
    expect(second).not.toBe(first);
    const { accessToken } = (await rotated.json()) as Session;
    expect((await me(accessToken)).status).toBe(200);

    const reused = await post('/api/v1/auth/refresh', {}, { cookie: first, 'x-keywarden-client': 'web' });
    expect(reused.status).toBe(401);
    // The whole family ended: the newest refresh token and its access token too.
    expect((await post('/api/v1/auth/refresh', {}, { cookie: second, 'x-keywarden-client': 'web' })).status).toBe(401);
    await eventually(async () => (await me(accessToken)).status === 401, { timeoutMs: 1000, message: 'access token of the revoked family refused' });
  });

  it('refreshes with a body token for non-browser clients', async () => {
    const { session } = await signUpAndIn('dan@example.com', { 'x-keywarden-client': 'cli' });
    const response = await post('/api/v1/auth/refresh', { refreshToken: session.refreshToken });
    expect(response.status).toBe(200);
    const next = (await response.json()) as Session;
    expect(next.refreshToken).toBeTruthy();
    expect(next.refreshToken).not.toBe(session.refreshToken);
  });

  it('signs out: the access token fails at once, the cookie is cleared, and a restarted gateway still refuses it', async () => {
    const { session, cookie } = await signUpAndIn('erin@example.com');
    expect((await me(session.accessToken)).status).toBe(200);
    const out = await post('/api/v1/auth/sign-out', {}, { ...bearer(session.accessToken) });
    expect(out.status).toBe(200);
    expect(await out.json()).toEqual({ revoked: true });
    expect(out.headers.getSetCookie().find((c) => c.startsWith('kw_refresh='))).toMatch(/Max-Age=0/);
    expect((await me(session.accessToken)).status).toBe(401);
    expect((await post('/api/v1/auth/refresh', {}, { cookie, 'x-keywarden-client': 'web' })).status).toBe(401);
    const fresh = await startGateway({ nc, namespace });
    gateways.push(fresh);
    await fresh.ready();
    expect((await me(session.accessToken, fresh)).status).toBe(401);

    // With a stale access token still in the header, the cookie (and the CSRF header) ends the session.
    const again = await post('/api/v1/auth/sign-in', { email: 'erin@example.com', password: PASSWORD });
    const cookie2 = refreshCookie(again);
    expect((await post('/api/v1/auth/sign-out', {}, { ...bearer(session.accessToken), cookie: cookie2 })).status).toBe(403);
    const out2 = await post('/api/v1/auth/sign-out', {}, { ...bearer(session.accessToken), cookie: cookie2, 'x-keywarden-client': 'web' });
    expect(await out2.json()).toEqual({ revoked: true });
    expect((await post('/api/v1/auth/refresh', {}, { cookie: cookie2, 'x-keywarden-client': 'web' })).status).toBe(401);
  });

  it('refuses a revoked PAT and every credential from before a password change', async () => {
    const { session } = await signUpAndIn('gina@example.com');
    const create = async (name: string) => ((await (await post('/api/v1/users/me/tokens', { name, scopes: ['identity:read'] }, bearer(session.accessToken))).json()) as { token: string; personalAccessToken: { tokenId: string } });
    const revokedPat = await create('to-revoke');
    const keptPat = await create('to-keep');
    expect((await me(revokedPat.token)).status).toBe(200);
    const revoked = await gateway.request(`/api/v1/users/me/tokens/${revokedPat.personalAccessToken.tokenId}`, { method: 'DELETE', headers: bearer(session.accessToken) });
    expect(revoked.status).toBe(200);
    await eventually(async () => (await me(revokedPat.token)).status === 401, { timeoutMs: 1000, message: 'revoked PAT refused' });
    expect((await me(keptPat.token)).status).toBe(200);

    const changed = await post('/api/v1/users/me/password', { currentPassword: PASSWORD, newPassword: `${PASSWORD} again` }, bearer(session.accessToken));
    expect(changed.status).toBe(200);
    await eventually(async () => (await me(session.accessToken)).status === 401 && (await me(keptPat.token)).status === 401, {
      timeoutMs: 1000, message: 'JWT and PAT refused after the password change',
    });
  });

  it('lets a PAT revoke itself and nothing else: refused from then on, by other replicas too; a session is refused with ERR_FORBIDDEN', async () => {
    const { session } = await signUpAndIn('hugo@example.com');
    const create = async (name: string, scopes: string[]) => ((await (await post('/api/v1/users/me/tokens', { name, scopes }, bearer(session.accessToken))).json()) as { token: string; personalAccessToken: { tokenId: string } });
    // No identity scope: a token may give itself up whatever it holds.
    const leaving = await create('laptop', ['deploy:read']);
    const staying = await create('ci', ['identity:read']);
    const other = await startGateway({ nc, namespace });
    gateways.push(other);
    await other.ready();
    const revokeSelf = (token: string) => gateway.request('/api/v1/users/me/tokens/self', { method: 'DELETE', headers: bearer(token) });

    const bySession = await revokeSelf(session.accessToken);
    expect(bySession.status).toBe(403);
    expect(bySession.headers.get('content-type')).toBe('application/problem+json');
    expect(await bySession.json()).toMatchObject({ code: 'ERR_FORBIDDEN', errorId: 'GW-5e1f' });
    const anonymous = await gateway.request('/api/v1/users/me/tokens/self', { method: 'DELETE' });
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ code: 'ERR_UNAUTHENTICATED', errorId: 'GW-5e1e' });
    // Both PATs are known (and cached) by both replicas before the revocation.
    for (const g of [gateway, other]) {
      expect((await me(staying.token, g)).status).toBe(200);
      // Known, but without identity:read.
      expect((await me(leaving.token, g)).status).toBe(403);
    }

    const revoked = await revokeSelf(leaving.token);
    expect(revoked.status).toBe(204);
    expect(await revoked.text()).toBe('');
    const again = await revokeSelf(leaving.token);
    expect(again.status).toBe(401);
    expect(again.headers.get('www-authenticate')).toMatch(/invalid_token/);
    await eventually(async () => (await other.request('/api/v1/users/me/tokens/self', { method: 'DELETE', headers: bearer(leaving.token) })).status === 401,
      { timeoutMs: 10_000, message: 'the other replica refuses the revoked PAT' });
    for (const g of [gateway, other]) expect((await me(staying.token, g)).status).toBe(200);
    const listed = (await (await gateway.request('/api/v1/users/me/tokens', { headers: bearer(session.accessToken) })).json()) as { personalAccessTokens: Array<{ tokenId: string; status: string }> };
    expect(Object.fromEntries(listed.personalAccessTokens.map((t) => [t.tokenId, t.status])))
      .toEqual({ [leaving.personalAccessToken.tokenId]: 'revoked', [staying.personalAccessToken.tokenId]: 'active' });

    // The trail: the token's user revoked it, reason "self".
    const revocation = await eventually(async () => {
      const found: Array<Record<string, unknown>> = [];
      await replayStream(nc, { context: 'identity', namespace, handleBatch: async (events) => {
        for (const e of events) if (e.type === 'PersonalAccessTokenRevoked' && e.data['tokenId'] === leaving.personalAccessToken.tokenId) found.push(e.data);
      } });
      return found.length > 0 ? found : undefined;
    }, { timeoutMs: 10_000, message: 'PersonalAccessTokenRevoked on the bus' });
    expect(revocation).toEqual([{ tokenId: leaving.personalAccessToken.tokenId, userId: session.user.userId, actorUserId: session.user.userId, reason: 'self' }]);
  });

  it('follows a signing-key rotation: every replica reloads the JWKS on SigningKeyRotated, old tokens keep working', async () => {
    const other = await startGateway({ nc, namespace });
    gateways.push(other);
    await other.ready();
    const kids = async (g: TestGateway) => ((await (await g.request('/.well-known/jwks.json')).json()) as { keys: Array<{ kid: string }> }).keys.map((k) => k.kid);
    const rotated = await post('/api/v1/admin/signing-keys/rotate', {}, bearer(admin.accessToken));
    expect(rotated.status).toBe(200);
    const { keyId, previousKeyId } = (await rotated.json()) as { keyId: string; previousKeyId: string };
    expect(await kids(gateway)).toEqual(expect.arrayContaining([keyId, previousKeyId]));
    // The other replica presented no token with the new kid: only the event can have told it.
    await eventually(async () => (await kids(other)).includes(keyId), { timeoutMs: 1000, message: 'the other replica has the new key' });
    expect((await me(admin.accessToken, other)).status).toBe(200);
    const fresh = (await (await post('/api/v1/auth/sign-in', { email: 'admin@example.com', password: PASSWORD })).json()) as Session;
    expect(JSON.parse(Buffer.from(fresh.accessToken.split('.')[0]!, 'base64url').toString())).toMatchObject({ kid: keyId, typ: 'at+jwt' });
    expect((await me(fresh.accessToken, other)).status).toBe(200);
  });

  it('manages organizations', async () => {
    const created = await post('/api/v1/organizations', { name: 'Platform', slug: 'platform' }, bearer(admin.accessToken));
    expect(created.status).toBe(201);
    const { organization } = (await created.json()) as { organization: { organizationId: string; ownerUserId: string } };
    expect(organization.ownerUserId).toBe(admin.user.userId);
    const got = await gateway.request(`/api/v1/organizations/${organization.organizationId}`, { headers: bearer(admin.accessToken) });
    expect(got.status).toBe(200);
    expect(await got.json()).toMatchObject({ members: [expect.objectContaining({ userId: admin.user.userId, role: 'owner' })] });
  });

  it('describes the routes in /api/v1/openapi.json', async () => {
    const response = await gateway.request('/api/v1/openapi.json');
    expect(response.status).toBe(200);
    const doc = (await response.json()) as { paths: Record<string, Record<string, unknown>> };
    for (const [path, method] of [
      ['/api/v1/auth/sign-up', 'post'], ['/api/v1/auth/sign-in', 'post'], ['/api/v1/auth/refresh', 'post'], ['/api/v1/auth/sign-out', 'post'],
      ['/api/v1/auth/sso/providers', 'get'], ['/api/v1/auth/sso/{providerId}/start', 'get'], ['/api/v1/auth/sso/callback', 'get'],
      ['/api/v1/users/me', 'get'], ['/api/v1/users/me/password', 'post'], ['/api/v1/users', 'get'], ['/api/v1/users/{id}/disable', 'post'],
      ['/api/v1/users/{id}/enable', 'post'], ['/api/v1/users/me/tokens', 'get'], ['/api/v1/users/me/tokens', 'post'], ['/api/v1/users/me/tokens/{id}', 'delete'],
      ['/api/v1/users/me/tokens/self', 'delete'],
      ['/api/v1/organizations', 'get'], ['/api/v1/organizations', 'post'], ['/api/v1/organizations/{id}', 'get'], ['/api/v1/organizations/{id}/members', 'post'],
      ['/api/v1/organizations/{id}/members/{userId}', 'patch'], ['/api/v1/organizations/{id}/members/{userId}', 'delete'], ['/api/v1/organizations/{id}/transfer', 'post'],
      ['/api/v1/admin/identity-providers', 'post'], ['/api/v1/admin/identity-providers/{id}', 'put'], ['/api/v1/admin/signing-keys/rotate', 'post'],
      ['/api/v1/admin/token-cleanup', 'post'], ['/.well-known/jwks.json', 'get'],
    ] as const) {
      expect(doc.paths[path]?.[method], `${method} ${path}`).toBeDefined();
    }
  });

  it('rejects an expired PAT', async () => {
    const { session } = await signUpAndIn('frank@example.com');
    const expiresAt = new Date(clock.now().getTime() + 3_600_000).toISOString();
    const created = await post('/api/v1/users/me/tokens', { name: 'short', scopes: ['identity:read'], expiresAt }, bearer(session.accessToken));
    expect(created.status).toBe(201);
    const { token } = (await created.json()) as { token: string };
    clock.advance(2 * 3_600_000);
    const response = await me(token);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/invalid_token/);
  });
});
