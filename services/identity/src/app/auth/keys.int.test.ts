import { createLocalJWKSet, decodeProtectedHeader, jwtVerify, type JSONWebKeySet } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STRONG_PASSWORD, startIdentity, tokens, type IdentityHarness } from '../../test-support/harness.js';
import { RETIRE_SKEW_MS } from './keys.js';

const client = { ip: '10.0.0.9', userAgent: 'vitest' };
let h: IdentityHarness;
let admin: { userId: string; roles: string[] };

const jwks = async () => JSON.parse((await h.rpc('identity.GetJwks', {})).jwksJson) as JSONWebKeySet;
const verifyAt = async (token: string, set: JSONWebKeySet, options: { algorithms?: string[] } = {}) =>
  jwtVerify(token, createLocalJWKSet(set), {
    algorithms: options.algorithms ?? ['ES256'], issuer: 'https://id.test', audience: 'api.test', typ: 'at+jwt', currentDate: h.clock.now(),
  });
const signIn = async () => tokens(await h.rpc('identity.SignIn', { email: 'admin@example.com', password: STRONG_PASSWORD, client }));

beforeAll(async () => {
  h = await startIdentity({ instances: 2, env: { KW_IDENTITY_SIGNING_ALGORITHM: 'ES256', KW_IDENTITY_ISSUER: 'https://id.test', KW_IDENTITY_AUDIENCE: 'api.test' } });
  const { user } = await h.rpc('identity.SignUp', { email: 'admin@example.com', password: STRONG_PASSWORD, displayName: 'Admin', client });
  admin = { userId: user!.userId!, roles: ['admin'] };
});
afterAll(async () => {
  await h?.stop();
});

describe('signing keys', () => {
  it('creates exactly one key when two replicas start together, stored encrypted', async () => {
    const rows = await h.sql`select kid, status, private_jwk_ciphertext, public_jwk from signing_keys`;
    expect(rows).toHaveLength(1);
    expect(String(rows[0]!['private_jwk_ciphertext'])).toMatch(/^kw1\./);
    expect(JSON.stringify(rows[0]!['public_jwk'])).not.toContain('"d"');
    expect((await h.events('SigningKeyRotated'))).toHaveLength(1);
    const set = await jwks();
    expect(set.keys).toHaveLength(1);
    expect(set.keys[0]).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' });
    expect(set.keys[0]).not.toHaveProperty('d');
  });

  it('issues ES256 at+jwt tokens that verify against the JWKS, with the roles, and refuses other pins', async () => {
    const s = await signIn();
    const { payload, protectedHeader } = await verifyAt(s.accessToken, await jwks());
    expect(protectedHeader).toMatchObject({ alg: 'ES256', typ: 'at+jwt' });
    expect(payload).toMatchObject({ sub: admin.userId, sid: s.sessionId, roles: ['admin'], iss: 'https://id.test', aud: 'api.test' });
    await expect(verifyAt(s.accessToken, await jwks(), { algorithms: ['EdDSA'] })).rejects.toThrow();
    h.clock.advanceMinutes(16);
    await expect(verifyAt(s.accessToken, await jwks())).rejects.toThrow(/exp/);
  });

  it('rotates with overlap: old tokens verify until the previous key retires, new ones use the new key', async () => {
    const before = await signIn();
    const oldKid = decodeProtectedHeader(before.accessToken).kid;
    const rotated = await h.rpc('identity.RotateSigningKey', { actor: admin });
    expect(rotated.previousKeyId).toBe(oldKid);
    expect(rotated.keyId).not.toBe(oldKid);
    expect(Date.parse(rotated.retirePreviousAt!)).toBe(h.clock.now().getTime() + 15 * 60_000 + RETIRE_SKEW_MS);
    const event = (await h.events('SigningKeyRotated')).at(-1)!;
    expect(event.data).toMatchObject({ keyId: rotated.keyId, previousKeyId: oldKid, algorithm: 'ES256', actorUserId: admin.userId });

    // A signer that loads the active key now uses the new one (a replica's cache notices within seconds;
    // the previous key outlives that by far, so whatever it signed meanwhile still verifies).
    const after = await h.auth().sessions.open({ userId: admin.userId, method: 'password', client });
    expect(decodeProtectedHeader(after.accessToken).kid).toBe(rotated.keyId);
    expect((await jwks()).keys.map((k) => k.kid).sort()).toEqual([oldKid, rotated.keyId].sort());
    h.clock.advanceMinutes(14);
    await verifyAt(before.accessToken, await jwks());
    await verifyAt(after.accessToken, await jwks());
    h.clock.advance(60_000 + RETIRE_SKEW_MS);
    expect((await jwks()).keys.map((k) => k.kid)).toEqual([rotated.keyId]);
  });

  it('lets only administrators rotate', async () => {
    await expect(h.rpc('identity.RotateSigningKey', { actor: { userId: 'someone', roles: [] } })).rejects.toMatchObject({ code: 'ERR_FORBIDDEN' });
  });

  it('rotates on its own once the active key is older than the rotation period', async () => {
    const auth = h.auth();
    expect(await auth.keys.rotateIfDue()).toBe(false);
    h.clock.advanceDays(31);
    expect(await auth.keys.rotateIfDue()).toBe(true);
    expect(await auth.keys.rotateIfDue()).toBe(false);
  });
});
