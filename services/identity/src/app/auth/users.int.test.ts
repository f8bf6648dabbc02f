import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DbCredentials, DbSignInCounters } from '../../adapters/outgoing/db/credentials.js';
import { instanceSettings } from '../../wiring/instance.js';
import type { PatsPort } from '../ports.js';
import { signIn as signInWith } from './sign-in.js';
import { STRONG_PASSWORD, startIdentity, tokens, type IdentityHarness } from '../../test-support/harness.js';

let h: IdentityHarness;
let ip = 0;
const client = () => ({ ip: `10.1.0.${++ip}`, userAgent: 'vitest' });
const iat = (jwt: string) => (JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString()) as { iat: number }).iat;
const failure = (promise: Promise<unknown>) => promise.then(() => undefined, (e: { code: string; detail?: string; status?: number }) => e);
const signUp = async (email: string, password = STRONG_PASSWORD) => (await h.rpc('identity.SignUp', { email, password, displayName: '', client: client() })).user!;
const signIn = async (email: string, password = STRONG_PASSWORD, from = client()) => tokens(await h.rpc('identity.SignIn', { email, password, client: from }));
let admin: { userId: string; roles: string[] };

beforeAll(async () => {
  h = await startIdentity({ settings: { signInLimitPerAccount: 3, signInLimitPerIp: 4, signInWindowMs: 60_000 } });
  // Racing first sign-ups: exactly one becomes the administrator.
  const first = await Promise.all(['a', 'b', 'c', 'd'].map((x) => signUp(`${x}-first@example.com`)));
  const admins = first.filter((u) => u.roles!.includes('admin'));
  expect(admins).toHaveLength(1);
  admin = { userId: admins[0]!.userId!, roles: ['admin'] };
});
afterAll(async () => {
  await h?.stop();
});

describe('sign-up', () => {
  it('creates a user with an argon2id hash kept out of events', async () => {
    const user = await signUp('Grace.Hopper@Example.com');
    expect(user).toMatchObject({ email: 'Grace.Hopper@Example.com', displayName: 'Grace.Hopper', roles: [], status: 'active' });
    const [cred] = await h.sql`select password_hash from user_credentials where user_id = ${user.userId!}`;
    expect(String(cred?.['password_hash'])).toMatch(/^\$argon2id\$/);
    const events = await h.sql`select data::text as d from events where stream_id = ${`user-${user.userId}`}`;
    expect(events.map((e) => e['d']).join()).not.toMatch(/argon2|correct horse/);
  });

  it('keeps e-mail addresses unique regardless of case, also when sign-ups race', async () => {
    await signUp('dup@example.com');
    expect(await failure(signUp('DUP@Example.COM'))).toMatchObject({ code: 'ERR_CONFLICT' });
    const raced = await Promise.allSettled(['Race@example.com', 'race@EXAMPLE.com', 'RACE@example.com'].map((e) => signUp(e)));
    expect(raced.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(raced.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason.code)).toEqual(['ERR_CONFLICT', 'ERR_CONFLICT']);
    expect((await h.auth().users.findByEmail('  RACE@example.COM'))?.email).toBeDefined();
  });

  it('refuses bad input and changes nothing', async () => {
    const before = (await h.events()).length;
    expect(await failure(signUp('not-an-email'))).toMatchObject({ code: 'ERR_VALIDATION' });
    expect(await failure(signUp('short@example.com', 'too short'))).toMatchObject({ code: 'ERR_VALIDATION' });
    expect((await h.events()).length).toBe(before);
  });
});

describe('sign-in', () => {
  it('answers an unknown e-mail, a wrong password and a disabled user alike', async () => {
    await signUp('victim@example.com');
    const off = await signUp('off@example.com');
    await h.rpc('identity.DisableUser', { actor: admin, userId: off.userId!, reason: 'test' });
    const unknown = await failure(signIn('nobody@example.com'));
    const wrong = await failure(signIn('victim@example.com', 'wrong password 123'));
    const disabled = await failure(signIn('off@example.com'));
    expect(unknown).toMatchObject({ code: 'ERR_UNAUTHENTICATED', status: 401 });
    expect(wrong).toEqual(unknown);
    expect(disabled).toEqual(unknown);
    expect((await signIn('VICTIM@example.com')).userId).toBeTruthy();
  });

  it('limits attempts per account and per IP, with a retry hint', async () => {
    await signUp('limited@example.com');
    for (let i = 0; i < 3; i++) await failure(signIn('limited@example.com', 'wrong password 123'));
    const limited = await failure(signIn('limited@example.com'));
    expect(limited).toMatchObject({ code: 'ERR_RATE_LIMITED', status: 429 });
    expect(limited?.detail).toMatch(/retry after \d+ seconds/);
    h.clock.advance(60_000);
    expect((await signIn('limited@example.com')).userId).toBeTruthy();

    const from = { ip: '192.0.2.7', userAgent: 'bot' };
    for (let i = 0; i < 4; i++) await failure(signIn(`spray${i}@example.com`, STRONG_PASSWORD, from));
    expect(await failure(signIn('victim@example.com', STRONG_PASSWORD, from))).toMatchObject({ code: 'ERR_RATE_LIMITED' });
  });
});

describe('disable, enable, change password', () => {
  it('ends every session of a disabled user and its PATs in the same transaction', async () => {
    const user = await signUp('leaver@example.com');
    const a = await signIn('leaver@example.com');
    const b = await signIn('leaver@example.com');
    const calls: unknown[][] = [];
    const pats: PatsPort = { revokeAllOfUser: async (...args) => (calls.push(args.slice(1)), 2), purge: async () => ({ purged: 0, remaining: 0, valid: 0 }) };
    const auth = h.auth(pats);
    const disabled = await auth.users.disable(admin, user.userId!, 'left the company');
    expect(disabled.status).toBe('disabled');
    expect(calls).toEqual([[user.userId, 'user_disabled', admin.userId]]);
    const revoked = (await h.events('SessionRevoked')).filter((e) => e.data['userId'] === user.userId);
    expect(revoked.map((e) => [e.data['sessionId'], e.data['reason']]).sort()).toEqual([[a.sessionId, 'user_disabled'], [b.sessionId, 'user_disabled']].sort());
    await expect(h.rpc('identity.RefreshSession', { refreshToken: a.refreshToken, client: client() })).rejects.toMatchObject({ code: 'ERR_UNAUTHENTICATED' });
    await expect(auth.sessions.open({ userId: user.userId!, method: 'sso', client: client() })).rejects.toMatchObject({ code: 'ERR_FORBIDDEN' });

    expect(await failure(h.rpc('identity.DisableUser', { actor: admin, userId: admin.userId, reason: '' }))).toMatchObject({ code: 'ERR_FORBIDDEN' });
    expect(await failure(h.rpc('identity.DisableUser', { actor: { userId: user.userId!, roles: [] }, userId: admin.userId, reason: '' }))).toMatchObject({ code: 'ERR_FORBIDDEN' });
    const enabled = await h.rpc('identity.EnableUser', { actor: admin, userId: user.userId! });
    expect(enabled.user?.status).toBe('active');
    expect((await signIn('leaver@example.com')).userId).toBe(user.userId);
  });

  it('changes the password only with the current one, and ends every session', async () => {
    const user = await signUp('changer@example.com');
    const s = await signIn('changer@example.com');
    h.clock.advance(1000);
    const actor = { userId: user.userId!, roles: [] };
    expect(await failure(h.rpc('identity.ChangePassword', { actor, currentPassword: 'wrong password 1', newPassword: 'a brand new passphrase' })))
      .toMatchObject({ code: 'ERR_FORBIDDEN' });
    expect(await failure(h.rpc('identity.ChangePassword', { actor, currentPassword: STRONG_PASSWORD, newPassword: 'short' }))).toMatchObject({ code: 'ERR_VALIDATION' });
    const changed = await h.rpc('identity.ChangePassword', { actor, currentPassword: STRONG_PASSWORD, newPassword: 'a brand new passphrase' });
    expect(changed.revokedSessions).toBe(1);
    const event = (await h.events('PasswordChanged')).find((e) => e.data['userId'] === user.userId);
    // The gateway refuses a user's access tokens with iat * 1000 <= revokedBefore: the old one, not one issued at once after.
    const cutOff = Date.parse(String(event?.data['revokedBefore']));
    expect(iat(s.accessToken) * 1000).toBeLessThanOrEqual(cutOff);
    const again = await h.auth().sessions.open({ userId: user.userId!, method: 'password', client: client() });
    expect(iat(again.accessToken) * 1000).toBeGreaterThan(cutOff);
    expect((await h.events('SessionRevoked')).find((e) => e.data['sessionId'] === s.sessionId)?.data['reason']).toBe('password_changed');
    h.clock.advance(60_000); // a new window of the account's attempt limit, which the password changes count against
    expect(await failure(signIn('changer@example.com'))).toMatchObject({ code: 'ERR_UNAUTHENTICATED' });
    expect((await signIn('changer@example.com', 'a brand new passphrase')).userId).toBe(user.userId);
  });

  it('limits guesses of the current password through ChangePassword like sign-in attempts', async () => {
    const user = await signUp('guessed@example.com');
    const actor = { userId: user.userId!, roles: [] };
    const change = (currentPassword: string) => h.rpc('identity.ChangePassword', { actor, currentPassword, newPassword: 'a brand new passphrase' });
    for (let i = 0; i < 3; i++) expect(await failure(change(`guess number ${i}`))).toMatchObject({ code: 'ERR_FORBIDDEN' });
    expect(await failure(change(STRONG_PASSWORD))).toMatchObject({ code: 'ERR_RATE_LIMITED' });
    const [cred] = await h.sql`select count(*)::int as n from events where stream_id = ${`user-${user.userId}`} and type = 'PasswordChanged'`;
    expect(cred?.['n']).toBe(0);
  });

  it('opens no session for a sign-in with the old password that races a password change', async () => {
    const user = await signUp('racer@example.com');
    const { users, sessions } = h.auth();
    const actor = { userId: user.userId!, roles: [] };
    // The password change commits between the sign-in's password check and its session.
    const racing = {
      open: async (input: Parameters<typeof sessions.open>[0]) => {
        await users.changePassword(actor, STRONG_PASSWORD, 'the racing new passphrase');
        return await sessions.open(input);
      },
    };
    const attempt = signInWith({
      ...h.deps[0]!, sessions: racing, instance: instanceSettings(h.deps[0]!),
      credentials: new DbCredentials(h.deps[0]!.database), counters: new DbSignInCounters(h.deps[0]!.database),
    }, { email: 'racer@example.com', password: STRONG_PASSWORD, client: client() });
    expect(await failure(attempt)).toMatchObject({ code: 'ERR_UNAUTHENTICATED' });
    const [open] = await h.sql`select count(*)::int as n from sessions where user_id = ${user.userId!} and status = 'active'`;
    expect(open?.['n']).toBe(0);
  });

  it('lists users for administrators only, by e-mail prefix, a page at a time', async () => {
    expect(await failure(h.rpc('identity.ListUsers', { actor: { userId: 'x', roles: [] }, emailPrefix: '', limit: 10, after: '' }))).toMatchObject({ code: 'ERR_FORBIDDEN' });
    const page1 = await h.rpc('identity.ListUsers', { actor: admin, emailPrefix: 'A-FIRST', limit: 10, after: '' });
    expect(page1.users.map((u) => u.email)).toEqual(['a-first@example.com']);
    const all = await h.rpc('identity.ListUsers', { actor: admin, emailPrefix: '', limit: 2, after: '' });
    expect(all.users).toHaveLength(2);
    const next = await h.rpc('identity.ListUsers', { actor: admin, emailPrefix: '', limit: 2, after: all.next });
    expect(next.users.map((u) => u.userId)).not.toContain(all.users[0]!.userId);
  });

  it('offers the users port to the other areas', async () => {
    const auth = h.auth();
    const sso = await auth.users.registerFromSso({ email: 'SSO@example.com', displayName: 'Sso User', identityProviderId: 'idp-1' });
    expect(sso.roles).toEqual([]);
    await expect(auth.users.registerFromSso({ email: 'sso@EXAMPLE.com', displayName: 'x', identityProviderId: 'idp-1' })).rejects.toMatchObject({ code: 'ERR_CONFLICT' });
    const registered = (await h.events('UserRegistered')).find((e) => e.data['userId'] === sso.userId);
    expect(registered?.data).toMatchObject({ method: 'sso', identityProviderId: 'idp-1' });
    const many = await auth.users.getMany([sso.userId, admin.userId, 'missing']);
    expect([...many.keys()].sort()).toEqual([sso.userId, admin.userId].sort());
    // SSO users have no password: password sign-in answers as for anyone else.
    expect(await failure(signIn('sso@example.com'))).toMatchObject({ code: 'ERR_UNAUTHENTICATED' });
  });
});
