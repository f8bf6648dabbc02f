// PATs and organizations inside the whole identity service, with real users
// from sign-up: disabling a user or changing the password ends the user's PATs,
// organizations find users by e-mail, GetMe shows the memberships.
import { sha256Hex } from '@keywarden/crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STRONG_PASSWORD, startIdentity, type IdentityHarness } from './test-support/harness.js';

let h: IdentityHarness;
let admin: { userId: string; roles: string[] };
const as = (userId: string) => ({ userId, roles: [], credential: 'session' });

async function signUp(email: string) {
  const { user } = await h.rpc('identity.SignUp', { email, password: STRONG_PASSWORD, displayName: email.split('@')[0] });
  return { userId: user?.userId ?? '', roles: user?.roles ?? [] };
}

beforeAll(async () => {
  h = await startIdentity();
  admin = await signUp('root@example.com');
});
afterAll(async () => {
  await h?.stop();
});

describe('PATs and organizations in the identity service', () => {
  it('ends every PAT of a user who is disabled, and of one whose password changes', async () => {
    expect(admin.roles).toContain('admin');
    const ann = await signUp('ann@example.com');
    const a = await h.rpc('identity.CreatePersonalAccessToken', { actor: as(ann.userId), name: 'a', scopes: ['secrets:read'] });
    const b = await h.rpc('identity.CreatePersonalAccessToken', { actor: as(ann.userId), name: 'b', scopes: ['secrets:read'] });
    expect(await h.rpc('identity.VerifyPersonalAccessToken', { tokenHash: sha256Hex(a.token) })).toMatchObject({ valid: true, userId: ann.userId });
    await h.rpc('identity.DisableUser', { actor: { ...admin, credential: 'session' }, userId: ann.userId, reason: 'left the company' });
    for (const t of [a, b]) expect((await h.rpc('identity.VerifyPersonalAccessToken', { tokenHash: sha256Hex(t.token) })).valid).toBe(false);
    const revoked = (await h.events('PersonalAccessTokenRevoked')).filter((e) => e.data['userId'] === ann.userId);
    expect(revoked.map((e) => e.data['reason'])).toEqual(['user_disabled', 'user_disabled']);
    // Enabling the user does not bring the tokens back.
    await h.rpc('identity.EnableUser', { actor: { ...admin, credential: 'session' }, userId: ann.userId });
    expect((await h.rpc('identity.VerifyPersonalAccessToken', { tokenHash: sha256Hex(a.token) })).valid).toBe(false);

    const bob = await signUp('bob@example.com');
    const c = await h.rpc('identity.CreatePersonalAccessToken', { actor: as(bob.userId), name: 'c', scopes: ['deploy:write'] });
    const changed = await h.rpc('identity.ChangePassword', { actor: as(bob.userId), currentPassword: STRONG_PASSWORD, newPassword: 'another long pass phrase 42' });
    expect(changed.revokedPersonalAccessTokens).toBe(1);
    expect((await h.rpc('identity.VerifyPersonalAccessToken', { tokenHash: sha256Hex(c.token) })).valid).toBe(false);
  });

  it('adds members by e-mail, lists them with their names, and shows memberships in GetMe', async () => {
    const owner = await signUp('olga@example.com');
    const carl = await signUp('carl@example.com');
    const { organization } = await h.rpc('identity.CreateOrganization', { actor: as(owner.userId), name: 'Platform', slug: 'platform' });
    const organizationId = organization?.organizationId ?? '';
    const added = await h.rpc('identity.AddMember', { actor: as(owner.userId), organizationId, email: 'Carl@Example.com', role: 'member' });
    expect(added.member).toEqual({ userId: carl.userId, email: 'carl@example.com', displayName: 'carl', role: 'member' });
    const shown = await h.rpc('identity.GetOrganization', { actor: as(carl.userId), organizationId });
    expect(shown.members.map((m) => [m.email, m.role])).toEqual([['olga@example.com', 'owner'], ['carl@example.com', 'member']]);
    const me = await h.rpc('identity.GetMe', { actor: as(carl.userId) });
    expect(me.user).toMatchObject({ userId: carl.userId, email: 'carl@example.com', status: 'active' });
    expect(me.memberships).toEqual([{ organizationId, organizationName: 'Platform', organizationSlug: 'platform', role: 'member' }]);
  });

  it('token cleanup purges exactly the PATs that expired before the retention cut-off', async () => {
    const dora = await signUp('dora@example.com');
    const day = 86_400_000;
    const old = await h.rpc('identity.CreatePersonalAccessToken', {
      actor: as(dora.userId), name: 'old', scopes: ['gitops:read'], expiresAt: new Date(h.clock.now().getTime() + day).toISOString(),
    });
    const recent = await h.rpc('identity.CreatePersonalAccessToken', {
      actor: as(dora.userId), name: 'recent', scopes: ['gitops:read'], expiresAt: new Date(h.clock.now().getTime() + 3 * day).toISOString(),
    });
    const live = await h.rpc('identity.CreatePersonalAccessToken', { actor: as(dora.userId), name: 'live', scopes: ['gitops:read'] });
    // Retention is 7 days: "old" expired 8 days ago, "recent" only 6.
    h.clock.advance(9 * day);
    const figures = await h.rpc('identity.RunTokenCleanup', { actor: { ...admin, credential: 'session' } });
    expect(figures.cleanedPersonalAccessTokenCount).toBe(1);
    const left = await h.rpc('identity.ListPersonalAccessTokens', { actor: as(dora.userId) });
    expect(left.personalAccessTokens.map((t) => [t.tokenId, t.status])).toEqual([
      [live.personalAccessToken?.tokenId, 'active'],
      [recent.personalAccessToken?.tokenId, 'expired'],
    ]);
    expect(await h.sql`select 1 from personal_access_token_hashes where token_id = ${old.personalAccessToken?.tokenId ?? ''}`).toHaveLength(0);
  });
});
