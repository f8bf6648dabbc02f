// The authentication middleware against a stand-in identity on the real bus:
// which access tokens are refused, PATs and their cache, revocations learnt
// from EVT_IDENTITY (live and replayed by a fresh gateway), readiness.
import { sha256Hex } from '@keywarden/crypto';
import { closeBus, connectBus, endpoint, startRpcService } from '@keywarden/bus';
import { eventually, testBus, uniqueName } from '@keywarden/testing';
import type { NatsConnection } from '@nats-io/nats-core';
import { SignJWT, base64url } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIENCE, ISSUER, startFakeIdentity, type FakeIdentity } from '../test-support/fake-identity.js';
import { bearer, startGateway, type TestGateway } from '../test-support/gateway.js';

let nc: NatsConnection;
let namespace: string;
let identity: FakeIdentity;
let gateway: TestGateway;
const gateways: TestGateway[] = [];

beforeAll(async () => {
  const bus = testBus();
  namespace = bus.namespace;
  nc = await connectBus({ servers: bus.natsUrl, name: 'gateway-auth-test' });
  identity = await startFakeIdentity(nc, namespace);
  gateway = await startGateway({ nc, namespace });
  gateways.push(gateway);
  await gateway.ready();
});

afterAll(async () => {
  for (const g of gateways) await g.stop();
  await identity?.stop();
  if (nc) await closeBus(nc);
});

const me = (token: string, g = gateway) => g.request('/api/v1/users/me', { headers: bearer(token) });

async function expectInvalidToken(response: Response) {
  expect(response.status).toBe(401);
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  expect(response.headers.get('www-authenticate')).toMatch(/^Bearer error="invalid_token"/);
  expect(await response.json()).toMatchObject({ code: 'ERR_UNAUTHENTICATED', status: 401 });
}

describe('access JWTs', () => {
  it('accepts a token as identity issues it', async () => {
    const response = await me(await identity.accessToken({ sub: 'u-ok' }));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ user: { userId: 'u-ok' } });
  });

  it('answers 401 without WWW-Authenticate error for anonymous calls to a protected route', async () => {
    const response = await gateway.request('/api/v1/users/me');
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ code: 'ERR_UNAUTHENTICATED' });
  });

  it('rejects alg none', async () => {
    const header = base64url.encode(JSON.stringify({ alg: 'none', typ: 'at+jwt', kid: identity.kid }));
    const now = Math.floor(Date.now() / 1000);
    const payload = base64url.encode(JSON.stringify({ iss: ISSUER, aud: AUDIENCE, sub: 'u-1', sid: 's-1', jti: 'j-1', iat: now, exp: now + 600 }));
    await expectInvalidToken(await me(`${header}.${payload}.`));
  });

  it('rejects HS256 signed with the public key', async () => {
    const now = Math.floor(Date.now() / 1000);
    const claims = { sub: 'u-1', sid: 's-1', jti: 'j-1' };
    for (const secret of [new TextEncoder().encode(JSON.stringify(identity.publicJwk)), base64url.decode(identity.publicJwk.x!)]) {
      const forged = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256', typ: 'at+jwt', kid: identity.kid })
        .setIssuer(ISSUER).setAudience(AUDIENCE).setIssuedAt(now).setExpirationTime(now + 600).sign(secret);
      await expectInvalidToken(await me(forged));
    }
  });

  it('rejects a wrong audience, a wrong issuer and a wrong typ', async () => {
    await expectInvalidToken(await me(await identity.accessToken({ aud: 'someone-else' })));
    await expectInvalidToken(await me(await identity.accessToken({ iss: 'https://evil.example' })));
    await expectInvalidToken(await me(await identity.accessToken({}, { typ: 'JWT' })));
  });

  it('rejects an expired token and one without sid', async () => {
    const now = Math.floor(Date.now() / 1000);
    await expectInvalidToken(await me(await identity.accessToken({ iat: now - 1000, exp: now - 120 })));
    await expectInvalidToken(await me(await identity.accessToken({ sid: undefined })));
  });

  it('rejects a token without iat (the per-user cut-off compares it)', async () => {
    const now = Math.floor(Date.now() / 1000);
    const noIat = await new SignJWT({ sid: 's-noiat', roles: [] }).setProtectedHeader({ alg: 'EdDSA', typ: 'at+jwt', kid: identity.kid })
      .setIssuer(ISSUER).setAudience(AUDIENCE).setSubject('u-noiat').setJti('j-noiat').setExpirationTime(now + 600).sign(identity.privateKey);
    await expectInvalidToken(await me(noIat));
  });

  it('rejects a token signed by a key identity does not publish, without reloading the JWKS on every try', async () => {
    const other = await startFakeIdentity(nc, uniqueName('t'));
    try {
      const before = identity.jwksCalls();
      for (let i = 0; i < 5; i++) await expectInvalidToken(await me(await other.accessToken()));
      expect(identity.jwksCalls() - before).toBeLessThanOrEqual(1);
    } finally {
      await other.stop();
    }
  });

  it('rejects a malformed Authorization header', async () => {
    await expectInvalidToken(await gateway.request('/api/v1/users/me', { headers: { authorization: 'Basic dTpw' } }));
  });

  it('refuses a revoked session within a second (SessionRevoked)', async () => {
    const token = await identity.accessToken({ sub: 'u-signout', sid: 's-signout' });
    expect((await me(token)).status).toBe(200);
    await identity.publish('SessionRevoked', 'session', { sessionId: 's-signout', userId: 'u-signout', reason: 'sign-out' });
    await eventually(async () => (await me(token)).status === 401, { timeoutMs: 1000, message: 'revoked session refused' });
    expect((await me(await identity.accessToken({ sub: 'u-signout', sid: 's-other' }))).status).toBe(200);
  });
});

describe('personal access tokens', () => {
  const pat = (name: string, entry: Omit<Parameters<FakeIdentity['pats']['set']>[1], never>) => {
    const token = `kwp_${name}_${uniqueName('')}`;
    identity.pats.set(sha256Hex(token), entry);
    return token;
  };

  it('accepts a valid PAT and asks identity once while the answer is cached', async () => {
    const token = pat('ok', { tokenId: 'p-ok', userId: 'u-pat', scopes: ['identity:read'] });
    const before = identity.patCalls();
    for (let i = 0; i < 5; i++) expect((await me(token)).status).toBe(200);
    expect(identity.patCalls() - before).toBe(1);
  });

  it('rejects an unknown and an expired PAT', async () => {
    await expectInvalidToken(await me('kwp_unknown_token_value'));
    const expired = pat('expired', { tokenId: 'p-exp', userId: 'u-pat', scopes: ['identity:read'], expiresAt: new Date(Date.now() - 1000).toISOString() });
    await expectInvalidToken(await me(expired));
  });

  it('forbids a route outside the scopes, and PAT management with a PAT', async () => {
    const token = pat('narrow', { tokenId: 'p-narrow', userId: 'u-pat', scopes: ['secrets:read'] });
    expect((await me(token)).status).toBe(403);
    const wide = pat('wide', { tokenId: 'p-wide', userId: 'u-pat', scopes: ['identity:write'] });
    const response = await gateway.request('/api/v1/users/me/tokens', { headers: bearer(wide) });
    expect(response.status).toBe(403);
  });

  it('refuses a revoked PAT within a second although its answer was cached (PersonalAccessTokenRevoked)', async () => {
    const token = pat('revoked', { tokenId: 'p-rev', userId: 'u-pat2', scopes: ['identity:read'] });
    expect((await me(token)).status).toBe(200);
    await identity.publish('PersonalAccessTokenRevoked', 'pat', { tokenId: 'p-rev', userId: 'u-pat2', actorUserId: 'u-pat2', reason: 'revoked' });
    await eventually(async () => (await me(token)).status === 401, { timeoutMs: 1000, message: 'revoked PAT refused' });
  });
});

describe('users disabled and passwords changed', () => {
  it("refuses the user's access tokens and PATs within a second of UserDisabled, also in a gateway started afterwards", async () => {
    const jwt = await identity.accessToken({ sub: 'u-dis', sid: 's-dis' });
    const token = `kwp_dis_${uniqueName('')}`;
    identity.pats.set(sha256Hex(token), { tokenId: 'p-dis', userId: 'u-dis', scopes: ['identity:read'] });
    expect((await me(jwt)).status).toBe(200);
    expect((await me(token)).status).toBe(200);
    // As identity does: the user's PATs stop verifying, and UserDisabled goes out.
    identity.pats.get(sha256Hex(token))!.valid = false;
    await identity.publish('UserDisabled', 'user', { userId: 'u-dis', actorUserId: 'u-admin', reason: 'left' });
    // The PAT's valid answer is cached: only the event can make the gateway refuse it this soon.
    await eventually(async () => (await me(jwt)).status === 401 && (await me(token)).status === 401, { timeoutMs: 1000, message: 'both refused' });

    // A fresh gateway knows nothing but what it replays from the stream.
    const fresh = await startGateway({ nc, namespace });
    gateways.push(fresh);
    await fresh.ready();
    expect((await me(jwt, fresh)).status).toBe(401);
    expect((await me(token, fresh)).status).toBe(401);
    expect((await me(await identity.accessToken({ sub: 'u-other' }), fresh)).status).toBe(200);
    expect(fresh.deps).not.toBe(gateway.deps);
  });

  it('refuses tokens issued before PasswordChanged.revokedBefore, not those issued after', async () => {
    const now = Math.floor(Date.now() / 1000);
    const old = await identity.accessToken({ sub: 'u-pw', iat: now - 60 });
    expect((await me(old)).status).toBe(200);
    await identity.publish('PasswordChanged', 'user', { userId: 'u-pw', actorUserId: 'u-pw', revokedBefore: new Date((now - 30) * 1000).toISOString() });
    await eventually(async () => (await me(old)).status === 401, { timeoutMs: 1000, message: 'old token refused' });
    expect((await me(await identity.accessToken({ sub: 'u-pw', iat: now }))).status).toBe(200);
  });
});

describe('readiness and the JWKS', () => {
  it('is not ready while identity cannot be reached for the JWKS', async () => {
    const lonely = await startGateway({ nc, namespace: uniqueName('t') });
    gateways.push(lonely);
    const response = await lonely.request('/readyz');
    expect(response.status).toBe(503);
    expect(JSON.stringify(await response.json())).toMatch(/jwks is loading/);
  });

  it('is not ready while identity publishes no key yet, and takes a token signed with its first key at once', async () => {
    const ns = uniqueName('t');
    // A fresh identity answers before its start task has made the first key.
    const fresh = await startFakeIdentity(nc, ns, { keysPublished: false });
    try {
      const lonely = await startGateway({ nc, namespace: ns });
      gateways.push(lonely);
      await eventually(() => fresh.jwksCalls() >= 1, { timeoutMs: 5_000, message: 'the first load' });
      expect((await lonely.request('/readyz')).status).toBe(503);
      fresh.publishKeys();
      // The first token comes before the gateway's own next try: the key it names is fetched for it.
      expect((await me(await fresh.accessToken(), lonely)).status).toBe(200);
    } finally {
      await fresh.stop();
    }
  });

  it('does not let anonymous /.well-known/jwks.json requests hammer an identity that fails', async () => {
    const ns = uniqueName('t');
    let calls = 0;
    const failing = await startRpcService(nc, {
      name: 'identity', version: '0.0.0', namespace: ns,
      endpoints: [endpoint('identity.GetJwks', async () => {
        calls++;
        throw new Error('keys unavailable');
      })],
    });
    try {
      const lonely = await startGateway({ nc, namespace: ns });
      gateways.push(lonely);
      await eventually(() => calls >= 1, { timeoutMs: 5_000, message: 'the first load' });
      const before = calls;
      for (let i = 0; i < 20; i++) expect((await lonely.request('/.well-known/jwks.json')).status).toBe(503);
      expect(calls - before).toBeLessThanOrEqual(3);
    } finally {
      await failing.stop();
    }
  });

  it('serves the public keys at /.well-known/jwks.json', async () => {
    const response = await gateway.request('/.well-known/jwks.json');
    expect(response.status).toBe(200);
    const { keys } = (await response.json()) as { keys: Array<Record<string, unknown>> };
    expect(keys).toEqual([expect.objectContaining({ kid: identity.kid, kty: 'OKP', crv: 'Ed25519' })]);
    expect(keys[0]).not.toHaveProperty('d');
  });
});
