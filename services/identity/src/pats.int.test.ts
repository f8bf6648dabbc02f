// Personal access tokens through RPC on a real database and bus.
import { sha256Hex } from '@keywarden/crypto';
import { eventually } from '@keywarden/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPatsOrgsHarness, type PatsOrgsHarness } from './test-support/pats-orgs-harness.js';

let h: PatsOrgsHarness;
const actor = (userId: string, roles: string[] = []) => ({ userId, roles, credential: 'session' });

beforeAll(async () => {
  h = await startPatsOrgsHarness();
});
afterAll(async () => {
  await h?.stop();
});

describe('personal access tokens', () => {
  it('shows the token once and keeps only its hash: not in rows, not in events, not in lists', async () => {
    const { userId } = await h.addUser();
    const expiresAt = new Date(h.clock.now().getTime() + 30 * 86_400_000).toISOString();
    const created = await h.rpc('identity.CreatePersonalAccessToken', {
      actor: actor(userId), name: 'ci', description: 'pipeline', scopes: ['secrets:read', 'deploy:write'],
      expiresAt,
    });
    const token = created.token;
    expect(token).toMatch(/^kwp_[A-Za-z0-9_-]{43}$/);
    expect(created.personalAccessToken).toMatchObject({ name: 'ci', scopes: ['secrets:read', 'deploy:write'], status: 'active', expiresAt });

    const sql = h.deps.database.sql;
    const rows = await sql`select (select json_agg(p) from personal_access_tokens p)::text as pats,
      (select json_agg(x) from personal_access_token_hashes x)::text as hashes,
      (select json_agg(e) from events e)::text as events, (select json_agg(o) from outbox o)::text as outbox`;
    const everything = JSON.stringify(rows);
    expect(everything).not.toContain(token);
    expect(everything).not.toContain(token.slice(4));
    expect(rows[0]!['hashes']).toContain(sha256Hex(token));
    expect(rows[0]!['events']).not.toContain(sha256Hex(token));
    const [event] = await sql`select data from events where type = 'PersonalAccessTokenCreated' and stream_id = ${`pat-${created.personalAccessToken!.tokenId}`}`;
    expect(event!['data']).toMatchObject({ userId, name: 'ci', tokenFingerprint: created.personalAccessToken!.tokenFingerprint });

    const list = await h.rpc('identity.ListPersonalAccessTokens', { actor: actor(userId) });
    expect(JSON.stringify(list)).not.toContain(token);
    expect(list.personalAccessTokens).toHaveLength(1);

    // The relay could encode and publish the event (protobuf on the bus).
    await eventually(async () => (await sql`select count(*)::int as n from outbox`)[0]!['n'] === 0, { timeoutMs: 5_000 });

    const verified = await h.rpc('identity.VerifyPersonalAccessToken', { tokenHash: sha256Hex(token) });
    expect(verified).toMatchObject({ valid: true, userId, tokenId: created.personalAccessToken!.tokenId, scopes: ['secrets:read', 'deploy:write'] });
  });

  it('validates name, scopes and expiry, and changes nothing on bad input', async () => {
    const { userId } = await h.addUser();
    const bad = [
      { name: '', scopes: ['secrets:read'] },
      { name: 'x', scopes: [] },
      { name: 'x', scopes: ['secrets:everything'] },
      { name: 'x', scopes: ['secrets:read'], expiresAt: new Date(h.clock.now().getTime() - 1000).toISOString() },
      { name: 'x', scopes: ['secrets:read'], expiresAt: new Date(h.clock.now().getTime() + 400 * 86_400_000).toISOString() },
    ];
    for (const request of bad) {
      await expect(h.rpc('identity.CreatePersonalAccessToken', { actor: actor(userId), ...request })).rejects.toMatchObject({ code: 'ERR_VALIDATION' });
    }
    await expect(h.rpc('identity.CreatePersonalAccessToken', { name: 'x', scopes: ['secrets:read'] })).rejects.toMatchObject({ code: 'ERR_UNAUTHENTICATED' });
    expect((await h.rpc('identity.ListPersonalAccessTokens', { actor: actor(userId) })).personalAccessTokens).toEqual([]);

    await h.rpc('identity.CreatePersonalAccessToken', { actor: actor(userId), name: 'dup', scopes: ['oauth:read'] });
    await expect(h.rpc('identity.CreatePersonalAccessToken', { actor: actor(userId), name: 'dup', scopes: ['oauth:read'] })).rejects.toMatchObject({ code: 'ERR_CONFLICT' });
    // A token cannot mint another, not even a weaker one: it would outlive the first one's expiry and revocation.
    const viaPat = { userId, roles: [], credential: 'pat', scopes: ['identity:write'] };
    await expect(h.rpc('identity.CreatePersonalAccessToken', { actor: viaPat, name: 'more', scopes: ['secrets:admin'] })).rejects.toMatchObject({ code: 'ERR_FORBIDDEN' });
    await expect(h.rpc('identity.CreatePersonalAccessToken', { actor: viaPat, name: 'same', scopes: ['identity:write'] })).rejects.toMatchObject({ code: 'ERR_FORBIDDEN' });
    // Scopes bound the actor whatever the credential says: only a session's actor has none (all scopes).
    const scopedOnly = { userId, roles: [], scopes: ['identity:write'] };
    await expect(h.rpc('identity.CreatePersonalAccessToken', { actor: scopedOnly, name: 'more2', scopes: ['secrets:admin'] })).rejects.toMatchObject({ code: 'ERR_FORBIDDEN' });
  });

  it('rejects an expired token, lists newest first with computed status', async () => {
    const { userId } = await h.addUser();
    const short = await h.rpc('identity.CreatePersonalAccessToken', { actor: actor(userId), name: 'short', scopes: ['gitops:read'], expiresAt: new Date(h.clock.now().getTime() + 60_000).toISOString() });
    h.clock.advance(1000);
    const long = await h.rpc('identity.CreatePersonalAccessToken', { actor: actor(userId), name: 'long', scopes: ['gitops:read'] });
    expect((await h.rpc('identity.VerifyPersonalAccessToken', { tokenHash: sha256Hex(short.token) })).valid).toBe(true);
    h.clock.advance(60_000);
    const verified = await h.rpc('identity.VerifyPersonalAccessToken', { tokenHash: sha256Hex(short.token) });
    expect(verified).toEqual({ valid: false, tokenId: '', userId: '', roles: [], scopes: [] });
    expect((await h.rpc('identity.VerifyPersonalAccessToken', { tokenHash: sha256Hex(long.token) })).valid).toBe(true);
    const list = await h.rpc('identity.ListPersonalAccessTokens', { actor: actor(userId) });
    expect(list.personalAccessTokens.map((t) => [t.name, t.status])).toEqual([['long', 'active'], ['short', 'expired']]);
    // The name of an expired token is free again.
    await h.rpc('identity.CreatePersonalAccessToken', { actor: actor(userId), name: 'short', scopes: ['gitops:read'] });
  });

  it('revokes (owner or platform admin, idempotently); a revoked token is rejected; strangers learn nothing', async () => {
    const { userId } = await h.addUser();
    const other = await h.addUser();
    const a = await h.rpc('identity.CreatePersonalAccessToken', { actor: actor(userId), name: 'a', scopes: ['notify:read'] });
    const b = await h.rpc('identity.CreatePersonalAccessToken', { actor: actor(userId), name: 'b', scopes: ['notify:read'] });
    const tokenId = a.personalAccessToken!.tokenId;
    await expect(h.rpc('identity.RevokePersonalAccessToken', { actor: actor(other.userId), tokenId })).rejects.toMatchObject({ code: 'ERR_NOT_FOUND' });
    await expect(h.rpc('identity.RevokePersonalAccessToken', { actor: actor(userId), tokenId: 'nope' })).rejects.toMatchObject({ code: 'ERR_NOT_FOUND' });
    const revoked = await h.rpc('identity.RevokePersonalAccessToken', { actor: actor(userId), tokenId });
    expect(revoked.personalAccessToken).toMatchObject({ tokenId, status: 'revoked' });
    await h.rpc('identity.RevokePersonalAccessToken', { actor: actor(userId), tokenId });
    expect((await h.rpc('identity.VerifyPersonalAccessToken', { tokenHash: sha256Hex(a.token) })).valid).toBe(false);
    const sql = h.deps.database.sql;
    expect(await sql`select data from events where type = 'PersonalAccessTokenRevoked' and stream_id = ${`pat-${tokenId}`}`).toEqual([
      { data: { tokenId, userId, actorUserId: userId, reason: 'user' } },
    ]);
    const byAdmin = await h.rpc('identity.RevokePersonalAccessToken', { actor: actor(other.userId, ['admin']), tokenId: b.personalAccessToken!.tokenId });
    expect(byAdmin.personalAccessToken?.status).toBe('revoked');
    const [adminEvent] = await sql`select data from events where type = 'PersonalAccessTokenRevoked' and stream_id = ${`pat-${b.personalAccessToken!.tokenId}`}`;
    expect(adminEvent!['data']).toMatchObject({ actorUserId: other.userId, reason: 'admin' });
  });

  it('lets a token revoke itself (reason self, actor its user) and no other token, not even as an administrator', async () => {
    const { userId } = await h.addUser({ roles: ['admin'] });
    const other = await h.addUser();
    const a = await h.rpc('identity.CreatePersonalAccessToken', { actor: actor(userId), name: 'laptop', scopes: ['deploy:read'] });
    const b = await h.rpc('identity.CreatePersonalAccessToken', { actor: actor(userId), name: 'ci', scopes: ['identity:write'] });
    const theirs = await h.rpc('identity.CreatePersonalAccessToken', { actor: actor(other.userId), name: 'theirs', scopes: ['deploy:read'] });
    const [aId, bId] = [a.personalAccessToken!.tokenId!, b.personalAccessToken!.tokenId!];
    const viaToken = (tokenId: string) => ({ userId, roles: ['admin'], credential: 'pat', scopes: ['identity:write'], tokenId });
    await expect(h.rpc('identity.RevokePersonalAccessToken', { actor: viaToken(bId), tokenId: aId })).rejects.toMatchObject({ code: 'ERR_FORBIDDEN' });
    await expect(h.rpc('identity.RevokePersonalAccessToken', { actor: viaToken(bId), tokenId: theirs.personalAccessToken!.tokenId }))
      .rejects.toMatchObject({ code: 'ERR_FORBIDDEN' });
    // A token actor that does not say which token it is revokes nothing.
    await expect(h.rpc('identity.RevokePersonalAccessToken', { actor: { ...viaToken(aId), tokenId: '' }, tokenId: aId })).rejects.toMatchObject({ code: 'ERR_FORBIDDEN' });
    expect((await h.rpc('identity.VerifyPersonalAccessToken', { tokenHash: sha256Hex(a.token) })).valid).toBe(true);

    const revoked = await h.rpc('identity.RevokePersonalAccessToken', { actor: viaToken(aId), tokenId: aId });
    expect(revoked.personalAccessToken).toMatchObject({ tokenId: aId, status: 'revoked' });
    expect((await h.rpc('identity.VerifyPersonalAccessToken', { tokenHash: sha256Hex(a.token) })).valid).toBe(false);
    expect((await h.rpc('identity.VerifyPersonalAccessToken', { tokenHash: sha256Hex(b.token) })).valid).toBe(true);
    expect((await h.rpc('identity.VerifyPersonalAccessToken', { tokenHash: sha256Hex(theirs.token) })).valid).toBe(true);
    const sql = h.deps.database.sql;
    expect(await sql`select data from events where type = 'PersonalAccessTokenRevoked' and stream_id = ${`pat-${aId}`}`).toEqual([
      { data: { tokenId: aId, userId, actorUserId: userId, reason: 'self' } },
    ]);
    expect(await sql`select 1 from events where type = 'PersonalAccessTokenRevoked' and stream_id in (${`pat-${bId}`}, ${`pat-${theirs.personalAccessToken!.tokenId}`})`).toHaveLength(0);
  });

  it('rejects unknown and malformed hashes, and tokens of a disabled user; reports the user roles', async () => {
    const { userId } = await h.addUser({ roles: ['admin'] });
    const created = await h.rpc('identity.CreatePersonalAccessToken', { actor: actor(userId), name: 'ops', scopes: ['secrets:admin'] });
    const tokenHash = sha256Hex(created.token);
    expect(await h.rpc('identity.VerifyPersonalAccessToken', { tokenHash })).toMatchObject({ valid: true, roles: ['admin'] });
    expect((await h.rpc('identity.VerifyPersonalAccessToken', { tokenHash: sha256Hex('kwp_unknown') })).valid).toBe(false);
    expect((await h.rpc('identity.VerifyPersonalAccessToken', { tokenHash: created.token })).valid).toBe(false);
    expect((await h.rpc('identity.VerifyPersonalAccessToken', { tokenHash: '' })).valid).toBe(false);
    await h.setUserStatus(userId, 'disabled');
    expect((await h.rpc('identity.VerifyPersonalAccessToken', { tokenHash })).valid).toBe(false);
    await h.setUserStatus(userId, 'active');
    expect((await h.rpc('identity.VerifyPersonalAccessToken', { tokenHash })).valid).toBe(true);
  });

  it('records the last use in a batched background write', async () => {
    const { userId } = await h.addUser();
    const created = await h.rpc('identity.CreatePersonalAccessToken', { actor: actor(userId), name: 'used', scopes: ['deploy:read'] });
    expect(created.personalAccessToken?.lastUsedAt).toBeUndefined();
    const usedAt = h.clock.advance(5_000).toISOString();
    await h.rpc('identity.VerifyPersonalAccessToken', { tokenHash: sha256Hex(created.token) });
    await eventually(async () => {
      const list = await h.rpc('identity.ListPersonalAccessTokens', { actor: actor(userId) });
      expect(list.personalAccessTokens[0]?.lastUsedAt).toBe(usedAt);
      return true;
    }, { timeoutMs: 5_000 });
  });

  it('revokes every active token of a user in the caller transaction, and purges dead tokens', async () => {
    const { userId } = await h.addUser();
    const tokens = [];
    for (const name of ['one', 'two', 'three']) tokens.push(await h.rpc('identity.CreatePersonalAccessToken', { actor: actor(userId), name, scopes: ['oauth:read'] }));
    await h.rpc('identity.RevokePersonalAccessToken', { actor: actor(userId), tokenId: tokens[2]!.personalAccessToken!.tokenId });
    const { database } = h.deps;
    // A failing caller transaction takes the revocations with it.
    await expect(database.db.transaction(async (tx) => {
      expect(await h.pats.revokeAllOfUser(tx, userId, 'user_disabled', 'admin-1')).toBe(2);
      throw new Error('caller fails');
    })).rejects.toThrow('caller fails');
    expect((await h.rpc('identity.VerifyPersonalAccessToken', { tokenHash: sha256Hex(tokens[0]!.token) })).valid).toBe(true);
    expect(await database.db.transaction((tx) => h.pats.revokeAllOfUser(tx, userId, 'password_changed', userId))).toBe(2);
    for (const t of tokens) expect((await h.rpc('identity.VerifyPersonalAccessToken', { tokenHash: sha256Hex(t.token) })).valid).toBe(false);
    const events = await database.sql`select data from events where type = 'PersonalAccessTokenRevoked' and data->>'userId' = ${userId} and data->>'reason' = 'password_changed'`;
    expect(events).toHaveLength(2);
    expect(await database.db.transaction((tx) => h.pats.revokeAllOfUser(tx, userId, 'password_changed', userId))).toBe(0);

    // Purge: everything dead before `before` goes; the live tokens of others remain.
    const before = new Date(Math.max(h.clock.now().getTime(), Date.now()) + 1);
    const [{ total }] = (await database.sql`select count(*)::int as total from personal_access_tokens`) as unknown as [{ total: number }];
    const [{ dead }] = (await database.sql`select count(*)::int as dead from personal_access_tokens
      where revoked_at < ${before.toISOString()} or expires_at < ${before.toISOString()}`) as unknown as [{ dead: number }];
    expect(dead).toBeGreaterThanOrEqual(5);
    const [{ valid }] = (await database.sql`select count(*)::int as valid from personal_access_tokens
      where revoked_at is null and (expires_at is null or expires_at > ${before.toISOString()})`) as unknown as [{ valid: number }];
    expect(valid).toBeGreaterThan(0);
    const result = await database.db.transaction((tx) => h.pats.purge(tx, before, before));
    expect(result).toEqual({ purged: dead, remaining: total - dead, valid });
    expect(await database.sql`select 1 from personal_access_token_hashes h left join personal_access_tokens p on p.id = h.token_id where p.id is null`).toHaveLength(0);
    expect(await database.db.transaction((tx) => h.pats.purge(tx, before, before))).toEqual({ purged: 0, remaining: total - dead, valid });
  });
});
