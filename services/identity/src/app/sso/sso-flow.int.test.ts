// The SSO area against a real OpenID provider (oidc-provider), real PostgreSQL
// and NATS, with in-memory users and sessions in place of the auth area.
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { callRpc } from '@keywarden/bus';
import type { RpcMethodName } from '@keywarden/contracts';
import { generateMasterKey, Keyring } from '@keywarden/crypto';
import { conflict, forbidden } from '@keywarden/errors';
import { loadConfig, startService, type RunningService } from '@keywarden/runtime';
import { TestClock, createTestDatabase, scrapeMetric, testBus, type TestDatabase } from '@keywarden/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { identityConfig, identitySettings, type IdentityExtra } from '../../config.js';
import { identityMigrations } from '../../service.js';
import { startTestOidcProvider, type TestOidcProvider } from '@keywarden/simulators/oidc';
import type { IdentityDeps } from '../context.js';
import type { IssuedSession, SessionsPort, UserView, UsersPort } from '../ports.js';
import { instanceSettings } from '../../wiring/instance.js';
import { buildSsoArea } from '../../wiring/sso.js';
import { nonceAad } from './start.js';

const REDIRECT = 'http://127.0.0.1:9/api/v1/auth/sso/callback';
const admin = { userId: 'admin-1', roles: ['admin'] };
const client = { ip: '203.0.113.7', userAgent: 'vitest' };

/** In-memory stand-ins for the auth area's ports. */
function fakePorts() {
  const users = new Map<string, UserView>();
  const opened: Array<Parameters<SessionsPort['open']>[0]> = [];
  const byEmail = (email: string) => [...users.values()].find((u) => u.email.toLowerCase() === email.toLowerCase());
  const usersPort: UsersPort = {
    get: async (id) => users.get(id),
    findByEmail: async (email) => byEmail(email),
    getMany: async (ids) => new Map(ids.flatMap((id) => (users.has(id) ? [[id, users.get(id)!] as const] : []))),
    registerFromSso: async ({ email, displayName }) => {
      if (byEmail(email)) throw conflict('e-mail taken');
      const user: UserView = { userId: randomUUID(), email, displayName, roles: [], status: 'active', createdAt: new Date() };
      users.set(user.userId, user);
      return user;
    },
  };
  const sessions: SessionsPort = {
    open: async (input): Promise<IssuedSession> => {
      const user = users.get(input.userId)!;
      if (user.status !== 'active') throw forbidden('disabled');
      opened.push(input);
      return { sessionId: randomUUID(), accessToken: 'at', accessTokenExpiresAt: new Date(), refreshToken: 'rt', refreshTokenExpiresAt: new Date(), user };
    },
  };
  const addUser = (email: string, status: 'active' | 'disabled' = 'active') => {
    const user: UserView = { userId: randomUUID(), email, displayName: email, roles: [], status, createdAt: new Date() };
    users.set(user.userId, user);
    return user;
  };
  return { users: usersPort, sessions, opened, all: users, addUser };
}

let db: TestDatabase;
let service: RunningService;
let idp: TestOidcProvider;
let ports: ReturnType<typeof fakePorts>;
let identityDeps: IdentityDeps;
let namespace: string;
const clock = new TestClock(new Date());

const rpc = <N extends RpcMethodName>(method: N, request: Parameters<typeof callRpc<N>>[2]) =>
  callRpc(service.deps.nc, method, request, { namespace, timeoutMs: 20_000 });

beforeAll(async () => {
  db = await createTestDatabase('sso');
  const bus = testBus();
  namespace = bus.namespace;
  idp = await startTestOidcProvider({
    redirectUris: [REDIRECT],
    users: [
      { sub: 'alice-sub', email: 'Alice@Example.com', emailVerified: true, name: 'Alice' },
      { sub: 'bob-sub', email: 'bob@example.com', emailVerified: true, name: 'Bob' },
      { sub: 'mallory-sub', email: 'mallory@evil.test', emailVerified: true, name: 'Mallory' },
      { sub: 'unverified-sub', email: 'carol@example.com', emailVerified: false },
    ],
  });
  ports = fakePorts();
  const env = {
    KW_NATS_URL: bus.natsUrl, KW_DATABASE_URL: db.url, KW_BUS_NAMESPACE: namespace, KW_LOG_LEVEL: 'silent' as const,
    KW_MASTER_KEYS: `1:${generateMasterKey()}`, KW_IDENTITY_ALLOW_INSECURE_ISSUERS: 'true', KW_HTTP_PORT: '0', KW_HTTP_HOST: '127.0.0.1',
  };
  const config = loadConfig('identity', env, identityConfig);
  service = await startService({
    name: 'identity', context: 'identity', migrations: [identityMigrations],
    build: (base) => {
      identityDeps = {
        database: base.database!, keyring: Keyring.fromConfig(base.config.masterKeys!), clock: base.clock,
        settings: identitySettings((base.config as { extra?: Partial<IdentityExtra> }).extra ?? {}),
        logger: base.logger, nc: base.nc, namespace: base.namespace,
      };
      return buildSsoArea(identityDeps, { ...ports, instance: instanceSettings(identityDeps) });
    },
  }, config, { clock, logDestination: new Writable({ write: (_c, _e, cb) => cb() }) });
});

afterAll(async () => {
  await service?.stop();
  await idp?.close();
  await db?.drop();
});

async function configure(overrides: Record<string, unknown> = {}) {
  const reply = await rpc('identity.ConfigureIdentityProvider', {
    actor: admin, name: 'Test IdP', issuer: idp.issuer, clientId: idp.clientId, clientSecret: idp.clientSecret, enabled: true, ...overrides,
  });
  const provider = reply.identityProvider!;
  return { ...provider, identityProviderId: provider.identityProviderId ?? '' };
}

async function signIn(identityProviderId: string, options: Parameters<TestOidcProvider['authorize']>[1] = {}) {
  const start = await rpc('identity.StartSso', { identityProviderId, redirectUri: REDIRECT });
  const callbackUrl = await idp.authorize(start.authorizationUrl, options);
  return { start, callbackUrl, complete: (binding = start.binding, url = callbackUrl) => rpc('identity.CompleteSso', { callbackUrl: url, binding, client }) };
}

/** keywarden_sign_in_total{method="sso",result} as the service's GET /metrics serves it. */
const ssoSignIns = async (result: string) => (await scrapeMetric(`http://127.0.0.1:${service.http!.port}`, 'keywarden_sign_in_total', { method: 'sso', result })) ?? 0;

const rejects = (promise: Promise<unknown>, code: string) => expect(promise).rejects.toMatchObject({ code });

describe('SSO with a real OpenID provider', () => {
  let providerId: string;

  beforeAll(async () => {
    providerId = (await configure()).identityProviderId;
  });

  it('signs in with code + PKCE S256 + state + nonce, creating the user, then links the same user by subject', async () => {
    const succeeded = await ssoSignIns('success');
    const first = await signIn(providerId, { login: 'alice-sub' });
    const url = new URL(first.start.authorizationUrl);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(url.searchParams.get('state')).toBeTruthy();
    expect(url.searchParams.get('nonce')).toBeTruthy();
    expect(url.searchParams.get('scope')).toBe('openid email profile');
    const session = (await first.complete()).session!;
    expect(session.user).toMatchObject({ email: 'Alice@Example.com', displayName: 'Alice' });
    expect(ports.opened.at(-1)).toEqual({ userId: session.user!.userId, method: 'sso', identityProviderId: providerId, client });

    // The e-mail changes at the IdP: the (provider, subject) link still finds the same user.
    idp.setUser({ sub: 'alice-sub', email: 'alice.new@example.com', emailVerified: true, name: 'Alice' });
    const again = (await (await signIn(providerId, { login: 'alice-sub' })).complete()).session!;
    expect(again.user!.userId).toBe(session.user!.userId);
    expect(ports.all.size).toBe(1);
    expect(await ssoSignIns('success')).toBe(succeeded + 2);
  });

  it('links an existing user with the same verified e-mail, whatever its case', async () => {
    const existing = ports.addUser('BOB@example.com');
    const session = (await (await signIn(providerId, { login: 'bob-sub' })).complete()).session!;
    expect(session.user!.userId).toBe(existing.userId);
  });

  it('refuses an unverified e-mail and a disabled user', async () => {
    await expect((await signIn(providerId, { login: 'unverified-sub' })).complete()).rejects.toMatchObject({ code: 'ERR_FORBIDDEN', message: expect.stringContaining('verified') });
    ports.addUser('dora@example.com', 'disabled');
    idp.setUser({ sub: 'dora-sub', email: 'dora@example.com', emailVerified: true });
    await rejects((await signIn(providerId, { login: 'dora-sub' })).complete(), 'ERR_FORBIDDEN');
  });

  it('rejects a forged state, a wrong binding, a replayed callback and an expired attempt', async () => {
    const forged = await signIn(providerId, { login: 'alice-sub' });
    const tampered = new URL(forged.callbackUrl);
    tampered.searchParams.set('state', 'forged-state-value');
    const failed = await ssoSignIns('failure');
    await expect(forged.complete(undefined, tampered.href)).rejects.toMatchObject({ code: 'ERR_UNAUTHENTICATED', message: expect.stringContaining('unknown') });
    expect(await ssoSignIns('failure')).toBe(failed + 1);

    const wrongBinding = await signIn(providerId, { login: 'alice-sub' });
    await expect(wrongBinding.complete('another-browsers-binding')).rejects.toMatchObject({ code: 'ERR_UNAUTHENTICATED', message: expect.stringContaining('another browser') });
    // The attempt survives a wrong binding: its own browser can still finish it.
    await expect(wrongBinding.complete()).resolves.toHaveProperty('session.sessionId');
    // ...once.
    await expect(wrongBinding.complete()).rejects.toMatchObject({ code: 'ERR_UNAUTHENTICATED', message: expect.stringContaining('already used') });

    const late = await signIn(providerId, { login: 'alice-sub' });
    clock.advanceMinutes(11);
    await expect(late.complete()).rejects.toMatchObject({ code: 'ERR_UNAUTHENTICATED', message: expect.stringContaining('expired') });
  });

  it('rejects an ID token with another nonce (the browser swapped it) and a tampered stored nonce', async () => {
    const swapped = await signIn(providerId, { login: 'alice-sub', tamper: (url) => url.searchParams.set('nonce', 'attacker-nonce') });
    const nonceMismatch = { code: 'ERR_UNAUTHENTICATED', message: expect.stringContaining('OAUTH_JWT_CLAIM_COMPARISON_FAILED') };
    await expect(swapped.complete()).rejects.toMatchObject(nonceMismatch);

    const stored = await signIn(providerId, { login: 'alice-sub' });
    const sql = service.deps.database!.sql;
    const [row] = await sql`select id from sso_attempts where used = false order by created_at desc limit 1`;
    const id = String(row!['id']);
    await sql`update sso_attempts set nonce_ciphertext = ${identityDeps.keyring.encrypt('another-nonce', nonceAad(id))} where id = ${id}`;
    const opens = ports.opened.length;
    await expect(stored.complete()).rejects.toMatchObject(nonceMismatch);
    expect(ports.opened.length).toBe(opens);
  });

  it('passes on a provider error, and refuses identities outside the identifier filter', async () => {
    await expect((await signIn(providerId, { deny: true })).complete()).rejects.toMatchObject({ code: 'ERR_UNAUTHENTICATED', message: expect.stringContaining('access_denied') });

    const filtered = (await configure({ name: 'Example only', identifierFilter: '[^@]+@example\\.com' })).identityProviderId;
    await expect((await signIn(filtered, { login: 'mallory-sub' })).complete()).rejects.toMatchObject({ code: 'ERR_FORBIDDEN', message: expect.stringContaining('identifier filter') });
    await expect((await signIn(filtered, { login: 'bob-sub' })).complete()).resolves.toHaveProperty('session.sessionId');
  });
});

describe('identity provider configuration', () => {
  it('is for administrators, validates, discovers, keeps the secret when empty and shows only its fingerprint', async () => {
    await rejects(configure({ actor: { userId: 'u-1', roles: [] } }), 'ERR_FORBIDDEN');
    await rejects(configure({ actor: undefined }), 'ERR_UNAUTHENTICATED');
    await rejects(configure({ identifierFilter: '(a+)+' }), 'ERR_VALIDATION');
    await rejects(configure({ identifierFilter: '([' }), 'ERR_VALIDATION');
    await rejects(configure({ scopes: ['email'] }), 'ERR_VALIDATION');
    await rejects(configure({ clientSecret: '' }), 'ERR_VALIDATION');
    await expect(configure({ issuer: 'http://127.0.0.1:9/nothing' })).rejects.toMatchObject({ code: 'ERR_VALIDATION', message: expect.stringContaining('discovery') });

    const created = await configure({ name: 'Change me', claimMapping: { display_name: 'preferred_username' } });
    expect(created).toMatchObject({ scopes: ['openid', 'email', 'profile'], claimMapping: { email: 'email', display_name: 'preferred_username', email_verified: 'email_verified' } });
    expect(created.clientSecretFingerprint).toMatch(/^[0-9a-f]{16}$/);
    const changed = await configure({ identityProviderId: created.identityProviderId, name: 'Changed', clientSecret: '', enabled: false });
    expect(changed).toMatchObject({ name: 'Changed', enabled: false, clientSecretFingerprint: created.clientSecretFingerprint });
    await rejects(rpc('identity.StartSso', { identityProviderId: created.identityProviderId, redirectUri: REDIRECT }), 'ERR_NOT_FOUND');
    await rejects(configure({ identityProviderId: randomUUID() }), 'ERR_NOT_FOUND');

    const events = await service.deps.database!.sql`select data from events where type = 'IdentityProviderConfigured' and stream_id = ${`idp-${created.identityProviderId}`} order by stream_version`;
    expect(events.map((e) => (e['data'] as { name: string }).name)).toEqual(['Change me', 'Changed']);
    expect(JSON.stringify(events)).not.toContain(idp.clientSecret);
    const [secret] = await service.deps.database!.sql`select secret_ciphertext from identity_provider_secrets where identity_provider_id = ${created.identityProviderId}`;
    expect(String(secret!['secret_ciphertext'])).not.toContain(idp.clientSecret);

    const anonymous = await rpc('identity.ListIdentityProviders', {});
    expect(anonymous.identityProviders.every((p) => p.issuer === '' && p.clientId === '' && p.clientSecretFingerprint === '')).toBe(true);
    expect(anonymous.identityProviders.map((p) => p.name)).not.toContain('Changed');
    const all = await rpc('identity.ListIdentityProviders', { actor: admin });
    expect(all.identityProviders.find((p) => p.name === 'Changed')).toMatchObject({ issuer: idp.issuer, enabled: false });
  });
});
