import { randomUUID } from 'node:crypto';
import { createLocalJWKSet, jwtVerify, type JWTPayload } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyProjections, type ProjectedEvent } from '@keywarden/event-store';
import { sessionsProjection } from '../../projections/sessions.js';
import { STRONG_PASSWORD, startIdentity, tokens, type IdentityHarness } from '../../test-support/harness.js';

const client = { ip: '10.0.0.1', userAgent: 'vitest' };
let h: IdentityHarness;
let n = 0;

async function signedIn() {
  const email = `user${++n}@example.com`;
  await h.rpc('identity.SignUp', { email, password: STRONG_PASSWORD, displayName: `User ${n}`, client });
  return tokens(await h.rpc('identity.SignIn', { email, password: STRONG_PASSWORD, client }));
}

const refresh = async (refreshToken: string) => tokens(await h.rpc('identity.RefreshSession', { refreshToken, client }));
const error = (promise: Promise<unknown>) => promise.then(() => undefined, (e: { code: string; detail?: string; message: string }) => e);

async function verify(token: string): Promise<JWTPayload> {
  const { jwksJson } = await h.rpc('identity.GetJwks', {});
  const jwks = createLocalJWKSet(JSON.parse(jwksJson));
  const { payload, protectedHeader } = await jwtVerify(token, jwks, {
    algorithms: ['EdDSA'], issuer: 'https://keywarden.local', audience: 'keywarden-api', typ: 'at+jwt', currentDate: h.clock.now(),
  });
  expect(protectedHeader.kid).toBeTruthy();
  return payload;
}

beforeAll(async () => {
  h = await startIdentity({ settings: { refreshGraceMs: 10_000 } });
});
afterAll(async () => {
  await h?.stop();
});

describe('sessions', () => {
  it('rotates the refresh token on every use and issues a verifiable access JWT', async () => {
    const first = await signedIn();
    expect(first.refreshToken).toMatch(/^kwr_[A-Za-z0-9_-]{43}$/);
    const claims = await verify(first.accessToken);
    expect(claims).toMatchObject({ sub: first.userId, sid: first.sessionId, iss: 'https://keywarden.local', aud: 'keywarden-api' });
    expect(claims.exp! - claims.iat!).toBe(15 * 60);
    expect(claims.jti).toMatch(/^[0-9a-f-]{36}$/);

    h.clock.advanceMinutes(14);
    const second = await refresh(first.refreshToken);
    expect(second.sessionId).toBe(first.sessionId);
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect((await verify(second.accessToken)).sid).toBe(first.sessionId);
    h.clock.advanceMinutes(1);
    const third = await refresh(second.refreshToken);
    const refreshed = await h.events('SessionRefreshed');
    expect(refreshed.filter((e) => e.data['sessionId'] === first.sessionId).map((e) => e.data['generation'])).toEqual([2, 3]);
    const [row] = await h.sql`select count(*)::int as n from refresh_tokens where session_id = ${first.sessionId} and status = 'active'`;
    expect(row?.['n']).toBe(1);
    // Only hashes are stored.
    const stored = await h.sql`select token_hash from refresh_tokens where session_id = ${first.sessionId}`;
    expect(stored.map((r) => r['token_hash'])).not.toContain(third.refreshToken);
  });

  it('revokes the whole family when a rotated token comes back after the grace window', async () => {
    const first = await signedIn();
    const second = await refresh(first.refreshToken);
    h.clock.advance(10_001);
    const failed = await error(refresh(first.refreshToken));
    expect(failed).toMatchObject({ code: 'ERR_UNAUTHENTICATED' });
    const reuse = (await h.events('RefreshTokenReuseDetected')).filter((e) => e.data['sessionId'] === first.sessionId);
    expect(reuse).toHaveLength(1);
    expect(reuse[0]!.data).toMatchObject({ reusedGeneration: 1, currentGeneration: 2 });
    const revoked = (await h.events('SessionRevoked')).filter((e) => e.data['sessionId'] === first.sessionId);
    expect(revoked.map((e) => e.data['reason'])).toEqual(['reuse_detected']);
    // The legitimate holder's current token is dead too.
    expect(await error(refresh(second.refreshToken))).toMatchObject({ code: 'ERR_UNAUTHENTICATED' });
  });

  it('gives two tabs refreshing with the same token within the grace the same new pair', async () => {
    const first = await signedIn();
    const [a, b] = await Promise.all([refresh(first.refreshToken), refresh(first.refreshToken)]);
    expect(b.refreshToken).toBe(a.refreshToken);
    expect(b.accessToken).toBe(a.accessToken);
    h.clock.advance(5_000);
    const c = await refresh(first.refreshToken);
    expect(c.refreshToken).toBe(a.refreshToken);
    expect((await h.events('SessionRefreshed')).filter((e) => e.data['sessionId'] === first.sessionId)).toHaveLength(1);
    // The successor pair is stored encrypted, never in clear.
    const [row] = await h.sql`select successor_ciphertext from refresh_tokens where session_id = ${first.sessionId} and generation = 1`;
    expect(String(row?.['successor_ciphertext'])).not.toContain(a.refreshToken);
    // The new token works, and once it is rotated the old pair is cleared.
    const next = await refresh(a.refreshToken);
    const [cleared] = await h.sql`select successor_ciphertext from refresh_tokens where session_id = ${first.sessionId} and generation = 1`;
    expect(cleared?.['successor_ciphertext']).toBeNull();
    // Presenting the first token now counts as reuse, even inside its grace window.
    expect(await error(refresh(first.refreshToken))).toMatchObject({ code: 'ERR_UNAUTHENTICATED' });
    expect(await error(refresh(next.refreshToken))).toMatchObject({ code: 'ERR_UNAUTHENTICATED' });
  });

  it('keeps a grace pair only for the grace window', async () => {
    const first = await signedIn();
    await refresh(first.refreshToken);
    const pair = async () => (await h.sql`select successor_ciphertext from refresh_tokens where session_id = ${first.sessionId} and generation = 1`)[0]?.['successor_ciphertext'];
    expect(await pair()).toMatch(/^kw1\./);
    await h.auth().sessions.clearExpiredGracePairs();
    expect(await pair()).toMatch(/^kw1\./);
    h.clock.advance(10_000);
    await h.auth().sessions.clearExpiredGracePairs();
    expect(await pair()).toBeNull();
  });

  it('refuses expired, unknown and malformed tokens and changes nothing', async () => {
    const first = await signedIn();
    const before = (await h.events()).length;
    expect(await error(refresh('kwr_unknownunknownunknownunknownunknownunknown12'))).toMatchObject({ code: 'ERR_UNAUTHENTICATED' });
    expect(await error(refresh('not-a-token'))).toMatchObject({ code: 'ERR_UNAUTHENTICATED' });
    h.clock.advanceDays(8); // past the 7-day idle lifetime
    expect(await error(refresh(first.refreshToken))).toMatchObject({ code: 'ERR_UNAUTHENTICATED' });
    expect((await h.events()).length).toBe(before);
  });

  it('ends the family at its absolute lifetime even when refreshed every day', async () => {
    const first = await signedIn();
    let token = first.refreshToken;
    for (let day = 0; day < 29; day++) {
      h.clock.advanceDays(1);
      token = (await refresh(token)).refreshToken;
    }
    h.clock.advanceDays(1);
    expect(await error(refresh(token))).toMatchObject({ code: 'ERR_UNAUTHENTICATED' });
  });

  it('still ends a session that a refresh appends to while its user is being disabled', async () => {
    const s = await signedIn();
    const { users } = h.auth();
    // Another replica's refresh of this session holds the next stream version, uncommitted.
    const other = await h.sql.reserve();
    await other`begin`;
    await other`insert into events (stream_id, stream_version, event_id, type, data)
      values (${`session-${s.sessionId}`}, 2, ${randomUUID()}, 'SessionRefreshed', ${JSON.stringify({
        sessionId: s.sessionId, userId: s.userId, generation: 2, refreshTokenId: randomUUID(), previousRefreshTokenId: '',
        idleExpiresAt: new Date(h.clock.now().getTime() + 86_400_000).toISOString(), clientIp: '',
      })}::jsonb)`;
    const disabling = users.disable({ userId: 'some-admin', roles: ['admin'] }, s.userId, 'left');
    await new Promise((resolve) => setTimeout(resolve, 300));
    await other`commit`;
    other.release();
    expect((await disabling).status).toBe('disabled');
    const revoked = await h.sql`select stream_version from events where stream_id = ${`session-${s.sessionId}`} and type = 'SessionRevoked'`;
    expect(revoked.map((r) => r['stream_version'])).toEqual([3]);
  });

  it('signs out by refresh token or by session id, idempotently', async () => {
    const a = await signedIn();
    expect((await h.rpc('identity.SignOut', { refreshToken: a.refreshToken })).revoked).toBe(true);
    expect((await h.rpc('identity.SignOut', { refreshToken: a.refreshToken })).revoked).toBe(false);
    expect(await error(refresh(a.refreshToken))).toMatchObject({ code: 'ERR_UNAUTHENTICATED' });

    const b = await signedIn();
    const stranger = { userId: a.userId, roles: [] };
    expect(await error(h.rpc('identity.SignOut', { actor: stranger, sessionId: b.sessionId }))).toMatchObject({ code: 'ERR_NOT_FOUND' });
    const owner = { userId: b.userId, roles: [] };
    expect((await h.rpc('identity.SignOut', { actor: owner, sessionId: b.sessionId })).revoked).toBe(true);
    const revoked = (await h.events('SessionRevoked')).filter((e) => e.data['sessionId'] === b.sessionId);
    expect(revoked.map((e) => e.data['reason'])).toEqual(['sign_out']);
  });

  it('projects refreshes of several sessions in one batch as one at a time would, and any other batch event by event', async () => {
    const sessions = await Promise.all([signedIn(), signedIn(), signedIn()]);
    const columns = (ids: string[]) => h.sql`
      select id, generation, current_token_id, idle_expires_at, last_refreshed_at, last_client_ip, version from sessions
      where id in ${h.sql(ids)} order by id`;
    const ids = sessions.map((x) => x.sessionId);
    const before = await columns(ids);
    const refreshed = (id: string, n: number, clientIp: string): ProjectedEvent => ({
      eventId: randomUUID(), type: 'SessionRefreshed', streamId: `session-${id}`, streamVersion: 7 + n, time: new Date(Date.UTC(2026, 0, 1, 0, n)),
      data: { sessionId: id, generation: 9 + n, refreshTokenId: `token-${n}`, idleExpiresAt: new Date(Date.UTC(2026, 1, 1, n)).toISOString(), clientIp },
    });
    // The last one names no address: the session keeps the one it had.
    const batch = [refreshed(ids[0]!, 0, '10.1.0.1'), refreshed(ids[1]!, 1, '10.1.0.2'), refreshed(ids[2]!, 2, '')];
    await h.database.db.transaction((tx) => applyProjections(tx, [sessionsProjection], batch));
    const batched = await columns(ids);
    // The same events one at a time, on the rows as they were.
    for (const row of before) {
      await h.sql`update sessions set generation = ${row['generation']}, current_token_id = ${row['current_token_id']}, idle_expires_at = ${row['idle_expires_at']},
        last_refreshed_at = ${row['last_refreshed_at']}, last_client_ip = ${row['last_client_ip']}, version = ${row['version']} where id = ${row['id']}`;
    }
    await h.database.db.transaction(async (tx) => {
      for (const event of batch) await sessionsProjection.apply(tx, event);
    });
    expect(batched).toEqual(await columns(ids));
    expect(batched.find((row) => row['id'] === ids[2])?.['last_client_ip']).toBe(client.ip);
    expect(batched.find((row) => row['id'] === ids[0])).toMatchObject({ generation: 9, current_token_id: 'token-0', last_client_ip: '10.1.0.1', version: 7 });

    // Two refreshes of one session in a batch: applied in order, the later one standing.
    await h.database.db.transaction((tx) => applyProjections(tx, [sessionsProjection], [refreshed(ids[0]!, 3, '10.1.0.3'), refreshed(ids[0]!, 4, '')]));
    expect((await columns([ids[0]!]))[0]).toMatchObject({ generation: 13, current_token_id: 'token-4', last_client_ip: '10.1.0.3', version: 11 });
  });
});
