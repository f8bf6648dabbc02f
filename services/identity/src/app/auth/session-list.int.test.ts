// A person's sessions through the whole identity service: the list (device from
// the User-Agent, addresses, last use from sign-in and refresh, pages), "sign out
// this session" and administrators acting on anyone's sessions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STRONG_PASSWORD, startIdentity, tokens, type IdentityHarness } from '../../test-support/harness.js';

const FIREFOX = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0';
const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
const DAY = 86_400_000;

let h: IdentityHarness;
let admin: { userId: string; roles: string[] };
let bob: { userId: string; roles: string[] };
let laptop: ReturnType<typeof tokens>;
let phone: ReturnType<typeof tokens>;

const signIn = async (email: string, ip: string, userAgent: string) =>
  tokens(await h.rpc('identity.SignIn', { email, password: STRONG_PASSWORD, client: { ip, userAgent } }));
const list = (actor: typeof bob, request: { userId?: string; limit?: number; after?: string } = {}) => h.rpc('identity.ListSessions', { actor, ...request });

beforeAll(async () => {
  h = await startIdentity();
  const client = { ip: '10.0.0.1', userAgent: 'vitest' };
  const a = (await h.rpc('identity.SignUp', { email: 'admin@example.com', password: STRONG_PASSWORD, displayName: 'Admin', client })).user!;
  const b = (await h.rpc('identity.SignUp', { email: 'bob@example.com', password: STRONG_PASSWORD, displayName: 'Bob', client })).user!;
  admin = { userId: a.userId!, roles: a.roles! };
  bob = { userId: b.userId!, roles: b.roles! };
  laptop = await signIn('bob@example.com', '203.0.113.10', FIREFOX);
  h.clock.advance(60_000);
  phone = await signIn('bob@example.com', '198.51.100.20', IPHONE);
});

afterAll(async () => {
  await h?.stop();
});

describe('a person’s sessions', () => {
  it('lists where and on what one is signed in, most recently used first, never a token', async () => {
    h.clock.advance(60_000);
    // The laptop refreshes from another address: its last use and address follow; the sign-in address stays.
    laptop = tokens(await h.rpc('identity.RefreshSession', { refreshToken: laptop.refreshToken, client: { ip: '203.0.113.99', userAgent: FIREFOX } }));
    const reply = await list(bob);
    expect(reply.next).toBe('');
    expect(reply.sessions.map((s) => s.sessionId)).toEqual([laptop.sessionId, phone.sessionId]);
    const [first, second] = reply.sessions;
    expect(first).toMatchObject({
      userId: bob.userId, method: 'password', userAgent: FIREFOX, ipAddress: '203.0.113.99', signInIpAddress: '203.0.113.10', status: 'active',
      device: { browser: 'Firefox', browserVersion: '128.0', os: 'Windows', osVersion: '10', type: 'desktop' },
    });
    expect(first!.revokedAt).toBeUndefined();
    // Created and last used are when the events were recorded (database time): the refresh came after both sign-ins.
    expect(Date.parse(first!.lastUsedAt!)).toBeGreaterThan(Date.parse(first!.createdAt!));
    expect(Date.parse(first!.lastUsedAt!)).toBeGreaterThan(Date.parse(second!.lastUsedAt!));
    // The idle end (7 days, on the service clock) moved with the refresh; it comes before the absolute end (30 days).
    expect(first!.expiresAt).toBe(new Date(Date.parse('2026-03-01T08:02:00.000Z') + 7 * DAY).toISOString());
    expect(second).toMatchObject({
      ipAddress: '198.51.100.20', signInIpAddress: '198.51.100.20', lastUsedAt: second!.createdAt, expiresAt: '2026-03-08T08:01:00.000Z',
      device: { browser: 'Safari', os: 'iOS', type: 'mobile', vendor: 'Apple', model: 'iPhone' },
    });
    expect(JSON.stringify(reply)).not.toMatch(/kwr_|eyJ/);
  });

  it('pages with a cursor and refuses a forged one or an odd page size', async () => {
    const one = await list(bob, { limit: 1 });
    expect(one.sessions.map((s) => s.sessionId)).toEqual([laptop.sessionId]);
    expect(one.next).not.toBe('');
    const two = await list(bob, { limit: 1, after: one.next });
    expect(two.sessions.map((s) => s.sessionId)).toEqual([phone.sessionId]);
    expect(two.next).toBe('');
    const forged = Buffer.from(`2026-02-30T00:00:00.000Z ${phone.sessionId}`).toString('base64url');
    for (const after of ['not-a-cursor', forged, Buffer.from("1 x'; drop table sessions").toString('base64url')]) {
      await expect(list(bob, { after })).rejects.toMatchObject({ code: 'ERR_VALIDATION', issues: [{ path: 'after' }] });
    }
    await expect(list(bob, { limit: 201 })).rejects.toMatchObject({ code: 'ERR_VALIDATION', issues: [{ path: 'limit' }] });
  });

  it('shows another user’s sessions to administrators only', async () => {
    await expect(list(bob, { userId: admin.userId })).rejects.toMatchObject({ code: 'ERR_FORBIDDEN' });
    expect((await list(admin, { userId: bob.userId })).sessions).toHaveLength(2);
    await expect(h.rpc('identity.ListSessions', {})).rejects.toMatchObject({ code: 'ERR_UNAUTHENTICATED' });
  });

  it('signs out one session: its family revoked, its refresh token refused, the other session untouched', async () => {
    const reply = await h.rpc('identity.RevokeSession', { actor: bob, sessionId: phone.sessionId });
    expect(reply.revoked).toBe(true);
    expect(reply.session).toMatchObject({ sessionId: phone.sessionId, status: 'revoked', revokedAt: expect.any(String) });
    const [event] = (await h.events('SessionRevoked')).filter((e) => e.data['sessionId'] === phone.sessionId);
    expect(event?.data).toMatchObject({ reason: 'sign_out', actorUserId: bob.userId, userId: bob.userId });
    await expect(h.rpc('identity.RefreshSession', { refreshToken: phone.refreshToken, client: { ip: '', userAgent: '' } })).rejects.toMatchObject({ code: 'ERR_UNAUTHENTICATED' });
    expect((await list(bob)).sessions.map((s) => s.sessionId)).toEqual([laptop.sessionId]);
    // Again: nothing more happens.
    expect((await h.rpc('identity.RevokeSession', { actor: bob, sessionId: phone.sessionId })).revoked).toBe(false);
  });

  it('finds no session of someone else, and lets an administrator end anyone’s (reason admin)', async () => {
    const mine = await signIn('admin@example.com', '10.0.0.2', FIREFOX);
    await expect(h.rpc('identity.RevokeSession', { actor: bob, sessionId: mine.sessionId })).rejects.toMatchObject({ code: 'ERR_NOT_FOUND' });
    await expect(h.rpc('identity.RevokeSession', { actor: bob, sessionId: 'no-such-session' })).rejects.toMatchObject({ code: 'ERR_NOT_FOUND' });
    // The session must be the named user's.
    await expect(h.rpc('identity.RevokeSession', { actor: admin, userId: admin.userId, sessionId: laptop.sessionId })).rejects.toMatchObject({ code: 'ERR_NOT_FOUND' });
    const reply = await h.rpc('identity.RevokeSession', { actor: admin, userId: bob.userId, sessionId: laptop.sessionId });
    expect(reply).toMatchObject({ revoked: true, session: { status: 'revoked' } });
    const [event] = (await h.events('SessionRevoked')).filter((e) => e.data['sessionId'] === laptop.sessionId);
    expect(event?.data).toMatchObject({ reason: 'admin', actorUserId: admin.userId, userId: bob.userId });
    expect((await list(bob)).sessions).toEqual([]);
  });

  it('leaves out sessions past their idle end', async () => {
    const idle = await signIn('bob@example.com', '203.0.113.30', FIREFOX);
    expect((await list(bob)).sessions.map((s) => s.sessionId)).toEqual([idle.sessionId]);
    h.clock.advance(7 * DAY);
    expect((await list(bob)).sessions).toEqual([]);
  });
});
