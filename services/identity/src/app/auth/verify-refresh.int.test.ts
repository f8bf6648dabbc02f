// VerifyRefreshToken: the gateway's check of a refresh cookie on a top-level
// navigation. It answers whose live session the token opens and never rotates
// it; a token rotated away past the grace is reuse, as on RefreshSession.
import { sha256Hex } from '@keywarden/crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STRONG_PASSWORD, startIdentity, tokens, type IdentityHarness } from '../../test-support/harness.js';

const client = { ip: '10.0.0.2', userAgent: 'vitest' };
let h: IdentityHarness;
let n = 0;

async function signedIn() {
  const email = `verify${++n}@example.com`;
  await h.rpc('identity.SignUp', { email, password: STRONG_PASSWORD, displayName: `Verify ${n}`, client });
  return tokens(await h.rpc('identity.SignIn', { email, password: STRONG_PASSWORD, client }));
}

const verify = (token: string) => h.rpc('identity.VerifyRefreshToken', { tokenHash: sha256Hex(token), client });
const refresh = async (refreshToken: string) => tokens(await h.rpc('identity.RefreshSession', { refreshToken, client }));

beforeAll(async () => {
  h = await startIdentity({ settings: { refreshGraceMs: 10_000 } });
});
afterAll(async () => {
  await h?.stop();
});

describe('VerifyRefreshToken', () => {
  it("answers the session's user, session and roles, and leaves the token as it was", async () => {
    const s = await signedIn();
    const before = (await h.events()).length;
    expect(await verify(s.refreshToken)).toEqual({ valid: true, userId: s.userId, sessionId: s.sessionId, roles: expect.any(Array) });
    expect(await verify(s.refreshToken)).toMatchObject({ valid: true });
    // Nothing recorded, nothing rotated: the same token still refreshes.
    expect((await h.events()).length).toBe(before);
    const [row] = await h.sql`select status, generation from refresh_tokens where token_hash = ${sha256Hex(s.refreshToken)}`;
    expect(row).toMatchObject({ status: 'active', generation: 1 });
    expect((await refresh(s.refreshToken)).sessionId).toBe(s.sessionId);
  });

  it('accepts a token rotated within the grace (another tab refreshed a moment ago), and the new one', async () => {
    const s = await signedIn();
    const next = await refresh(s.refreshToken);
    expect(await verify(s.refreshToken)).toMatchObject({ valid: true, sessionId: s.sessionId });
    expect(await verify(next.refreshToken)).toMatchObject({ valid: true, sessionId: s.sessionId });
    expect(await h.events('RefreshTokenReuseDetected')).toEqual([]);
  });

  it('treats a token rotated away past the grace as reuse: the whole family ends', async () => {
    const s = await signedIn();
    const next = await refresh(s.refreshToken);
    h.clock.advance(10_001);
    expect(await verify(s.refreshToken)).toEqual({ valid: false, userId: '', sessionId: '', roles: [] });
    const reuse = (await h.events('RefreshTokenReuseDetected')).filter((e) => e.data['sessionId'] === s.sessionId);
    expect(reuse).toHaveLength(1);
    expect(reuse[0]!.data).toMatchObject({ reusedGeneration: 1, clientIp: client.ip });
    expect(await verify(next.refreshToken)).toMatchObject({ valid: false });
  });

  it('refuses a signed-out session, a disabled user, an expired token, an unknown or malformed hash, and records nothing', async () => {
    const out = await signedIn();
    await h.rpc('identity.SignOut', { refreshToken: out.refreshToken });
    const disabled = await signedIn();
    await h.auth().users.disable({ userId: 'some-admin', roles: ['admin'] }, disabled.userId, 'left');
    const idle = await signedIn();
    const before = (await h.events()).length;
    expect(await verify(out.refreshToken)).toMatchObject({ valid: false });
    expect(await verify(disabled.refreshToken)).toMatchObject({ valid: false });
    expect(await verify('kwr_unknownunknownunknownunknownunknownunknown12')).toMatchObject({ valid: false });
    expect(await h.rpc('identity.VerifyRefreshToken', { tokenHash: 'not-a-hash', client })).toMatchObject({ valid: false });
    h.clock.advanceDays(8); // past the 7-day idle lifetime
    expect(await verify(idle.refreshToken)).toMatchObject({ valid: false });
    expect((await h.events()).length).toBe(before);
  });
});
