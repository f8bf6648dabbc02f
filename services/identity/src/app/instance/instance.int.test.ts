// SSO-only installations through the whole identity service, against a real
// OpenID provider: password sign-in and sign-up turned off by an administrator,
// refused while no SSO provider is enabled (and the last provider kept enabled
// while passwords are off, even when both changes race), the break-glass variable.
import { eventually } from '@keywarden/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STRONG_PASSWORD, startIdentity, type IdentityHarness } from '../../test-support/harness.js';
import { startTestOidcProvider, type TestOidcProvider } from '@keywarden/simulators/oidc';

const REDIRECT = 'http://127.0.0.1:9/api/v1/auth/sso/callback';
const client = { ip: '198.51.100.7', userAgent: 'vitest' };
const env = { KW_IDENTITY_ALLOW_INSECURE_ISSUERS: 'true' };

let h: IdentityHarness;
let idp: TestOidcProvider;
let admin: { userId: string; roles: string[] };

beforeAll(async () => {
  idp = await startTestOidcProvider({ redirectUris: [REDIRECT], claimsInIdToken: true, users: [{ sub: 'sso-sub', email: 'sso.user@example.com', emailVerified: true, name: 'Sso' }] });
  h = await startIdentity({ env });
  const user = (await h.rpc('identity.SignUp', { email: 'admin@example.com', password: STRONG_PASSWORD, displayName: 'Admin', client })).user!;
  admin = { userId: user.userId!, roles: user.roles! };
});

afterAll(async () => {
  await h?.stop();
  await idp?.close();
});

const settings = async (harness = h) => (await harness.rpc('identity.GetInstanceSettings', { actor: admin })).settings!;
const setPasswordSignIn = (value: string, harness = h) => harness.rpc('identity.UpdateInstanceSettings', { actor: admin, passwordSignIn: value });
const configure = (enabled: boolean, identityProviderId = '', harness = h) => harness.rpc('identity.ConfigureIdentityProvider', {
  actor: admin, identityProviderId, name: 'Corp IdP', issuer: idp.issuer, clientId: idp.clientId, clientSecret: idp.clientSecret, enabled,
});
const signIn = (harness = h) => harness.rpc('identity.SignIn', { email: 'admin@example.com', password: STRONG_PASSWORD, client });

describe('password sign-in setting', () => {
  it('is enabled by default and shown to administrators only', async () => {
    expect(await settings()).toEqual({ passwordSignIn: 'enabled', passwordSignInEnabled: true, passwordSignInForced: false, updatedByUserId: '' });
    await expect(h.rpc('identity.GetInstanceSettings', { actor: { userId: 'someone', roles: [] } })).rejects.toMatchObject({ code: 'ERR_FORBIDDEN' });
    await expect(h.rpc('identity.UpdateInstanceSettings', { actor: { userId: 'someone', roles: [] }, passwordSignIn: 'disabled' })).rejects.toMatchObject({ code: 'ERR_FORBIDDEN' });
    await expect(setPasswordSignIn('off')).rejects.toMatchObject({ code: 'ERR_VALIDATION', issues: [{ path: 'passwordSignIn' }] });
    expect((await h.rpc('identity.ListIdentityProviders', {})).passwordSignInEnabled).toBe(true);
  });

  it('cannot be turned off while no SSO provider is enabled, and records nothing then', async () => {
    await expect(setPasswordSignIn('disabled')).rejects.toMatchObject({ code: 'ERR_CONFLICT', detail: expect.stringContaining('no SSO provider is enabled') });
    const disabledProvider = (await configure(false)).identityProvider!;
    await expect(setPasswordSignIn('disabled')).rejects.toMatchObject({ code: 'ERR_CONFLICT' });
    expect(await h.events('PasswordSignInDisabled')).toEqual([]);
    // Enabled now (after discovery), so the next test may turn passwords off.
    await configure(true, disabledProvider.identityProviderId);
  });

  it('turned off, refuses password sign-in and sign-up with ERR_PASSWORD_SIGN_IN_DISABLED while SSO still signs in', async () => {
    const changed = (await setPasswordSignIn('disabled')).settings!;
    expect(changed).toMatchObject({ passwordSignIn: 'disabled', passwordSignInEnabled: false, passwordSignInForced: false, updatedByUserId: admin.userId });
    expect(changed.updatedAt).toBeDefined();
    expect((await h.events('PasswordSignInDisabled')).map((e) => [e.stream_id, e.data])).toEqual([['instance-settings', { actorUserId: admin.userId }]]);

    await expect(signIn()).rejects.toMatchObject({ code: 'ERR_PASSWORD_SIGN_IN_DISABLED', status: 403, detail: expect.stringContaining('SSO') });
    await expect(h.rpc('identity.SignUp', { email: 'late@example.com', password: STRONG_PASSWORD, displayName: 'Late', client }))
      .rejects.toMatchObject({ code: 'ERR_PASSWORD_SIGN_IN_DISABLED', status: 403 });
    expect(await h.sql`select 1 from users where email_normalized = 'late@example.com'`).toHaveLength(0);
    // The refused attempts count against no sign-in limit: nothing was looked up.
    expect(await h.sql`select 1 from sign_in_rate_limits`).toHaveLength(0);

    const listed = await h.rpc('identity.ListIdentityProviders', {});
    expect(listed.passwordSignInEnabled).toBe(false);
    const [provider] = listed.identityProviders;
    const start = await h.rpc('identity.StartSso', { identityProviderId: provider!.identityProviderId!, redirectUri: REDIRECT });
    const callbackUrl = await idp.authorize(start.authorizationUrl, { login: 'sso-sub' });
    const { session } = await h.rpc('identity.CompleteSso', { callbackUrl, binding: start.binding, client });
    expect(session?.user?.email).toBe('sso.user@example.com');
  });

  it('keeps the last enabled SSO provider enabled while password sign-in is off', async () => {
    const [provider] = (await h.rpc('identity.ListIdentityProviders', { actor: admin })).identityProviders;
    await expect(configure(false, provider!.identityProviderId!)).rejects.toMatchObject({ code: 'ERR_CONFLICT', detail: expect.stringContaining('last enabled identity provider') });
    expect((await h.rpc('identity.ListIdentityProviders', { actor: admin })).identityProviders[0]).toMatchObject({ enabled: true });
  });

  it('turned back on, lets people sign in with a password again', async () => {
    expect((await setPasswordSignIn('enabled')).settings).toMatchObject({ passwordSignIn: 'enabled', passwordSignInEnabled: true });
    expect((await signIn()).session?.user?.email).toBe('admin@example.com');
    // The same value again records nothing.
    await setPasswordSignIn('enabled');
    expect(await h.events('PasswordSignInEnabled')).toHaveLength(1);
  });

  it('never ends with no way in when one administrator turns passwords off as another disables the last provider', async () => {
    const [provider] = (await h.rpc('identity.ListIdentityProviders', { actor: admin })).identityProviders;
    // Both changes wait on the sign-in-methods lock (held here until both are waiting), then run one after the other.
    const holder = await h.sql.reserve();
    await holder`select pg_advisory_lock(hashtext('keywarden:identity:sign-in-methods'))`;
    let racing: Promise<PromiseSettledResult<unknown>[]>;
    try {
      racing = Promise.allSettled([setPasswordSignIn('disabled'), configure(false, provider!.identityProviderId!)]);
      await eventually(async () => (await h.sql`select 1 from pg_locks
        where locktype = 'advisory' and not granted and database = (select oid from pg_database where datname = current_database())`).length === 2, {
        timeoutMs: 15_000, message: 'both changes waiting on the sign-in-methods lock',
      });
    } finally {
      await holder`select pg_advisory_unlock(hashtext('keywarden:identity:sign-in-methods'))`;
      holder.release();
    }
    const results = await racing;
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: { code: 'ERR_CONFLICT' } });
    const passwordsOff = (await settings()).passwordSignIn === 'disabled';
    const providerOn = (await h.rpc('identity.ListIdentityProviders', { actor: admin })).identityProviders[0]!.enabled;
    expect(passwordsOff && !providerOn).toBe(false);
    expect(passwordsOff || !providerOn).toBe(true);
  });
});

describe('KW_IDENTITY_PASSWORD_SIGN_IN=force-enabled (break-glass)', () => {
  it('keeps password sign-in working while the setting says disabled, and says so', async () => {
    const glass = await startIdentity({ env: { ...env, KW_IDENTITY_PASSWORD_SIGN_IN: 'force-enabled' } });
    try {
      const first = (await glass.rpc('identity.SignUp', { email: 'admin@example.com', password: STRONG_PASSWORD, displayName: 'Admin', client })).user!;
      admin = { userId: first.userId!, roles: first.roles! };
      await configure(true, '', glass);
      await setPasswordSignIn('disabled', glass);
      expect(await settings(glass)).toMatchObject({ passwordSignIn: 'disabled', passwordSignInEnabled: true, passwordSignInForced: true });
      expect((await signIn(glass)).session?.user?.email).toBe('admin@example.com');
      expect((await glass.rpc('identity.ListIdentityProviders', {})).passwordSignInEnabled).toBe(true);
    } finally {
      await glass.stop();
    }
  });
});
