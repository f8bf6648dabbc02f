// SSO through the whole identity service (real auth area: users, sessions,
// signing keys) against a real OpenID provider.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STRONG_PASSWORD, startIdentity, type IdentityHarness } from '../../test-support/harness.js';
import { startTestOidcProvider, type TestOidcProvider } from '@keywarden/simulators/oidc';

const REDIRECT = 'http://127.0.0.1:9/api/v1/auth/sso/callback';
const client = { ip: '198.51.100.4', userAgent: 'vitest-browser' };

let h: IdentityHarness;
let idp: TestOidcProvider;
let providerId = '';

beforeAll(async () => {
  idp = await startTestOidcProvider({
    redirectUris: [REDIRECT],
    claimsInIdToken: true,
    users: [
      { sub: 'new-sub', email: 'newcomer@example.com', emailVerified: true, name: 'New Comer' },
      { sub: 'pw-sub', email: 'PASSWORD.USER@example.com', emailVerified: true, name: 'Password User at IdP' },
    ],
  });
  h = await startIdentity({ env: { KW_IDENTITY_ALLOW_INSECURE_ISSUERS: 'true', KW_IDENTITY_SSO_REDIRECT_URIS: `${REDIRECT}, https://other.example/cb` } });
  const admin = (await h.rpc('identity.SignUp', { email: 'admin@example.com', password: STRONG_PASSWORD, displayName: 'Admin', client })).user!;
  const configured = await h.rpc('identity.ConfigureIdentityProvider', {
    actor: { userId: admin.userId, roles: admin.roles }, name: 'Corp IdP', issuer: idp.issuer, clientId: idp.clientId,
    clientSecret: idp.clientSecret, enabled: true, identifierFilter: '.*@example\\.com',
  });
  providerId = configured.identityProvider!.identityProviderId ?? '';
});

afterAll(async () => {
  await h?.stop();
  await idp?.close();
});

async function signIn(login: string) {
  const start = await h.rpc('identity.StartSso', { identityProviderId: providerId, redirectUri: REDIRECT });
  const callbackUrl = await idp.authorize(start.authorizationUrl, { login });
  return { callbackUrl, complete: () => h.rpc('identity.CompleteSso', { callbackUrl, binding: start.binding, client }) };
}

describe('SSO sign-in through identity', () => {
  it('creates the user and opens an sso session (SessionStarted method sso); a second sign-in is the same user', async () => {
    const { providers } = { providers: await h.rpc('identity.ListIdentityProviders', {}) };
    expect(providers.identityProviders).toEqual([expect.objectContaining({ identityProviderId: providerId, name: 'Corp IdP', issuer: '' })]);

    const first = (await (await signIn('new-sub')).complete()).session!;
    expect(first.user).toMatchObject({ email: 'newcomer@example.com', displayName: 'New Comer', status: 'active' });
    expect(first.accessToken).toMatch(/^ey/);
    const registered = await h.events('UserRegistered');
    expect(registered.at(-1)!.data).toMatchObject({ userId: first.user!.userId, method: 'sso', identityProviderId: providerId });
    const started = await h.events('SessionStarted');
    expect(started.at(-1)!.data).toMatchObject({ sessionId: first.sessionId, userId: first.user!.userId, method: 'sso', identityProviderId: providerId, clientIp: client.ip });

    // The session is a real one: its refresh token rotates.
    const refreshed = await h.rpc('identity.RefreshSession', { refreshToken: first.refreshToken ?? '', client });
    expect(refreshed.session?.sessionId).toBe(first.sessionId);

    const second = (await (await signIn('new-sub')).complete()).session!;
    expect(second.user!.userId).toBe(first.user!.userId);
    expect(second.sessionId).not.toBe(first.sessionId);
    expect(await h.events('UserRegistered')).toHaveLength(registered.length);
  });

  it('links an existing password user with the same verified e-mail', async () => {
    const signedUp = (await h.rpc('identity.SignUp', { email: 'password.user@example.com', password: STRONG_PASSWORD, displayName: 'PW', client })).user!;
    const session = (await (await signIn('pw-sub')).complete()).session!;
    expect(session.user!.userId).toBe(signedUp.userId);
    // The password still works beside SSO.
    await expect(h.rpc('identity.SignIn', { email: 'password.user@example.com', password: STRONG_PASSWORD, client })).resolves.toHaveProperty('session.sessionId');
  });

  it('starts a sign-in only towards a configured callback URL', async () => {
    for (const redirectUri of ['https://evil.example/api/v1/auth/sso/callback', `${REDIRECT}/x`]) {
      await expect(h.rpc('identity.StartSso', { identityProviderId: providerId, redirectUri })).rejects.toMatchObject({ code: 'ERR_VALIDATION' });
    }
    const [attempts] = await h.sql`select count(*)::int as n from sso_attempts where redirect_uri like 'https://evil%'`;
    expect(attempts?.['n']).toBe(0);
  });

  it('rejects a forged state and a replayed callback, and opens no session for them', async () => {
    const before = (await h.events('SessionStarted')).length;
    const attempt = await signIn('new-sub');
    const forged = new URL(attempt.callbackUrl);
    forged.searchParams.set('state', 'x'.repeat(43));
    await expect(h.rpc('identity.CompleteSso', { callbackUrl: forged.href, binding: 'whatever', client })).rejects.toMatchObject({ code: 'ERR_UNAUTHENTICATED' });
    await attempt.complete();
    await expect(attempt.complete()).rejects.toMatchObject({ code: 'ERR_UNAUTHENTICATED' });
    expect(await h.events('SessionStarted')).toHaveLength(before + 1);
  });
});
