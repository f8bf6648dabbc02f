// Organizations, members and ownership through RPC on a real database and bus.
import { eventually } from '@keywarden/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPatsOrgsHarness, type PatsOrgsHarness } from './test-support/pats-orgs-harness.js';

let h: PatsOrgsHarness;
const as = (userId: string, roles: string[] = []) => ({ userId, roles, credential: 'session' });

beforeAll(async () => {
  h = await startPatsOrgsHarness();
});
afterAll(async () => {
  await h?.stop();
});

async function team(slug: string) {
  const owner = await h.addUser({ displayName: 'Olive Owner' });
  const admin = await h.addUser();
  const member = await h.addUser();
  const stranger = await h.addUser();
  const { organization } = await h.rpc('identity.CreateOrganization', { actor: as(owner.userId), name: `Team ${slug}`, slug });
  const organizationId: string = organization?.organizationId ?? '';
  await h.rpc('identity.AddMember', { actor: as(owner.userId), organizationId, userId: admin.userId, role: 'admin' });
  await h.rpc('identity.AddMember', { actor: as(admin.userId), organizationId, email: member.email.toUpperCase(), role: 'member' });
  return { owner, admin, member, stranger, organizationId };
}

describe('organizations', () => {
  it('creates an organization whose creator is the owner; the slug is unique and well formed', async () => {
    const owner = await h.addUser();
    const { organization } = await h.rpc('identity.CreateOrganization', { actor: as(owner.userId), name: ' Acme ', slug: 'acme' });
    expect(organization).toMatchObject({ name: 'Acme', slug: 'acme', ownerUserId: owner.userId });
    expect(await h.rpc('identity.GetMembership', { organizationId: organization!.organizationId, userId: owner.userId })).toEqual({ role: 'owner' });
    await expect(h.rpc('identity.CreateOrganization', { actor: as(owner.userId), name: 'Other', slug: 'acme' })).rejects.toMatchObject({ code: 'ERR_CONFLICT' });
    await expect(h.rpc('identity.CreateOrganization', { actor: as(owner.userId), name: 'Bad', slug: 'Not_A_Slug' })).rejects.toMatchObject({ code: 'ERR_VALIDATION' });
    await expect(h.rpc('identity.CreateOrganization', { name: 'Anon', slug: 'anon' })).rejects.toMatchObject({ code: 'ERR_UNAUTHENTICATED' });
    const events = await h.deps.database.sql`select type, data from events where stream_id = ${`organization-${organization!.organizationId}`} order by stream_version`;
    expect(events).toEqual([{ type: 'OrganizationCreated', data: { organizationId: organization!.organizationId, name: 'Acme', slug: 'acme', ownerUserId: owner.userId } }]);
    await eventually(async () => (await h.deps.database.sql`select count(*)::int as n from outbox`)[0]!['n'] === 0, { timeoutMs: 5_000 });
    // Two racing creations with one slug: exactly one wins.
    const race = await Promise.allSettled([1, 2, 3].map((i) => h.rpc('identity.CreateOrganization', { actor: as(owner.userId), name: `R${i}`, slug: 'race' })));
    expect(race.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(race.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason.code)).toEqual(['ERR_CONFLICT', 'ERR_CONFLICT']);
  });

  it('shows the organization and its members with names to members and platform admins only', async () => {
    const t = await team('show');
    const before = h.usersCalls.getMany;
    const shown = await h.rpc('identity.GetOrganization', { actor: as(t.member.userId), organizationId: t.organizationId });
    expect(h.usersCalls.getMany).toBe(before + 1);
    expect(shown.members).toEqual([
      { userId: t.owner.userId, email: t.owner.email, displayName: 'Olive Owner', role: 'owner' },
      { userId: t.admin.userId, email: t.admin.email, displayName: t.admin.email.split('@')[0], role: 'admin' },
      { userId: t.member.userId, email: t.member.email, displayName: t.member.email.split('@')[0], role: 'member' },
    ]);
    await expect(h.rpc('identity.GetOrganization', { actor: as(t.stranger.userId), organizationId: t.organizationId })).rejects.toMatchObject({ code: 'ERR_NOT_FOUND' });
    await expect(h.rpc('identity.GetOrganization', { actor: as(t.stranger.userId), organizationId: 'missing' })).rejects.toMatchObject({ code: 'ERR_NOT_FOUND' });
    expect((await h.rpc('identity.GetOrganization', { actor: as(t.stranger.userId, ['admin']), organizationId: t.organizationId })).members).toHaveLength(3);
    expect(await h.rpc('identity.GetMembership', { organizationId: t.organizationId, userId: t.stranger.userId })).toEqual({ role: '' });
    expect(await h.rpc('identity.GetMembership', { organizationId: t.organizationId, userId: t.admin.userId })).toEqual({ role: 'admin' });
  });

  it('lists the actor organizations, or all of them for a platform admin', async () => {
    const t = await team('list-a');
    const other = await h.addUser();
    await h.rpc('identity.CreateOrganization', { actor: as(other.userId), name: 'Zeta', slug: 'list-z' });
    const mine = await h.rpc('identity.ListOrganizations', { actor: as(t.member.userId) });
    expect(mine.organizations).toEqual([{ organizationId: t.organizationId, organizationName: 'Team list-a', organizationSlug: 'list-a', role: 'member' }]);
    // `all` is for platform admins; others get their own.
    expect((await h.rpc('identity.ListOrganizations', { actor: as(t.member.userId), all: true })).organizations).toEqual(mine.organizations);
    const all = await h.rpc('identity.ListOrganizations', { actor: as(t.admin.userId, ['admin']), all: true });
    expect(all.organizations.map((o) => [o.organizationSlug, o.role])).toEqual(expect.arrayContaining([['list-a', 'admin'], ['list-z', '']]));
  });

  it('adds members by id or e-mail under the role rules', async () => {
    const t = await team('add');
    const newcomer = await h.addUser();
    await expect(h.rpc('identity.AddMember', { actor: as(t.admin.userId), organizationId: t.organizationId, userId: newcomer.userId, role: 'admin' }))
      .rejects.toMatchObject({ code: 'ERR_FORBIDDEN' });
    await expect(h.rpc('identity.AddMember', { actor: as(t.member.userId), organizationId: t.organizationId, email: 'nobody@example.com', role: 'member' }))
      .rejects.toMatchObject({ code: 'ERR_FORBIDDEN' });
    await expect(h.rpc('identity.AddMember', { actor: as(t.stranger.userId), organizationId: t.organizationId, userId: newcomer.userId, role: 'member' }))
      .rejects.toMatchObject({ code: 'ERR_NOT_FOUND' });
    await expect(h.rpc('identity.AddMember', { actor: as(t.owner.userId), organizationId: t.organizationId, email: 'nobody@example.com', role: 'member' }))
      .rejects.toMatchObject({ code: 'ERR_NOT_FOUND' });
    await expect(h.rpc('identity.AddMember', { actor: as(t.owner.userId), organizationId: t.organizationId, role: 'member' })).rejects.toMatchObject({ code: 'ERR_VALIDATION' });
    await expect(h.rpc('identity.AddMember', { actor: as(t.owner.userId), organizationId: t.organizationId, userId: newcomer.userId, role: 'owner' }))
      .rejects.toMatchObject({ code: 'ERR_VALIDATION' });
    await expect(h.rpc('identity.AddMember', { actor: as(t.owner.userId), organizationId: t.organizationId, userId: t.member.userId, role: 'member' }))
      .rejects.toMatchObject({ code: 'ERR_CONFLICT' });
    const added = await h.rpc('identity.AddMember', { actor: as(t.owner.userId), organizationId: t.organizationId, email: newcomer.email, role: 'admin' });
    expect(added.member).toEqual({ userId: newcomer.userId, email: newcomer.email, displayName: newcomer.email.split('@')[0], role: 'admin' });
    const [event] = await h.deps.database.sql`select data from events where type = 'MemberAdded' and data->>'userId' = ${newcomer.userId}`;
    expect(event!['data']).toEqual({ organizationId: t.organizationId, userId: newcomer.userId, role: 'admin', actorUserId: t.owner.userId });
  });

  it('changes roles (only the owner makes admins) and removes members (the owner stays; members may leave)', async () => {
    const t = await team('roles');
    await expect(h.rpc('identity.ChangeMemberRole', { actor: as(t.admin.userId), organizationId: t.organizationId, userId: t.member.userId, role: 'admin' }))
      .rejects.toMatchObject({ code: 'ERR_FORBIDDEN' });
    const changed = await h.rpc('identity.ChangeMemberRole', { actor: as(t.owner.userId), organizationId: t.organizationId, userId: t.member.userId, role: 'admin' });
    expect(changed.member).toMatchObject({ userId: t.member.userId, role: 'admin' });
    await expect(h.rpc('identity.ChangeMemberRole', { actor: as(t.owner.userId), organizationId: t.organizationId, userId: t.owner.userId, role: 'member' }))
      .rejects.toMatchObject({ code: 'ERR_CONFLICT' });
    await expect(h.rpc('identity.RemoveMember', { actor: as(t.admin.userId), organizationId: t.organizationId, userId: t.owner.userId }))
      .rejects.toMatchObject({ code: 'ERR_CONFLICT' });
    await expect(h.rpc('identity.RemoveMember', { actor: as(t.owner.userId), organizationId: t.organizationId, userId: t.owner.userId }))
      .rejects.toMatchObject({ code: 'ERR_CONFLICT' });
    await h.rpc('identity.RemoveMember', { actor: as(t.member.userId), organizationId: t.organizationId, userId: t.member.userId });
    expect(await h.rpc('identity.GetMembership', { organizationId: t.organizationId, userId: t.member.userId })).toEqual({ role: '' });
    await h.rpc('identity.RemoveMember', { actor: as(t.owner.userId), organizationId: t.organizationId, userId: t.admin.userId });
    await expect(h.rpc('identity.GetOrganization', { actor: as(t.admin.userId), organizationId: t.organizationId })).rejects.toMatchObject({ code: 'ERR_NOT_FOUND' });
    const removed = await h.deps.database.sql`select data->>'userId' as user_id, data->>'reason' as reason from events where type = 'MemberRemoved' and data->>'organizationId' = ${t.organizationId} order by global_position`;
    expect(removed).toEqual([{ user_id: t.member.userId, reason: 'left' }, { user_id: t.admin.userId, reason: 'removed' }]);
  });

  it('transfers ownership to a member; the previous owner becomes an admin', async () => {
    const t = await team('transfer');
    await expect(h.rpc('identity.TransferOwnership', { actor: as(t.admin.userId), organizationId: t.organizationId, newOwnerUserId: t.admin.userId }))
      .rejects.toMatchObject({ code: 'ERR_FORBIDDEN' });
    await expect(h.rpc('identity.TransferOwnership', { actor: as(t.owner.userId), organizationId: t.organizationId, newOwnerUserId: t.stranger.userId }))
      .rejects.toMatchObject({ code: 'ERR_VALIDATION' });
    const { organization } = await h.rpc('identity.TransferOwnership', { actor: as(t.owner.userId), organizationId: t.organizationId, newOwnerUserId: t.member.userId });
    expect(organization?.ownerUserId).toBe(t.member.userId);
    expect(await h.rpc('identity.GetMembership', { organizationId: t.organizationId, userId: t.owner.userId })).toEqual({ role: 'admin' });
    expect(await h.rpc('identity.GetMembership', { organizationId: t.organizationId, userId: t.member.userId })).toEqual({ role: 'owner' });
    const [event] = await h.deps.database.sql`select data from events where type = 'OwnershipTransferred' and data->>'organizationId' = ${t.organizationId}`;
    expect(event!['data']).toEqual({ organizationId: t.organizationId, previousOwnerUserId: t.owner.userId, newOwnerUserId: t.member.userId, actorUserId: t.owner.userId });
    // A platform admin may hand it back.
    await h.rpc('identity.TransferOwnership', { actor: as(t.stranger.userId, ['admin']), organizationId: t.organizationId, newOwnerUserId: t.owner.userId });
    expect((await h.rpc('identity.GetOrganization', { actor: as(t.owner.userId), organizationId: t.organizationId })).organization?.ownerUserId).toBe(t.owner.userId);
  });

  it('tells users who they are and where they belong', async () => {
    const t = await team('me');
    const me = await h.rpc('identity.GetMe', { actor: as(t.admin.userId) });
    expect(me.user).toMatchObject({ userId: t.admin.userId, email: t.admin.email, status: 'active' });
    expect(me.memberships).toEqual([{ organizationId: t.organizationId, organizationName: 'Team me', organizationSlug: 'me', role: 'admin' }]);
    await expect(h.rpc('identity.GetMe', { actor: as('no-such-user') })).rejects.toMatchObject({ code: 'ERR_NOT_FOUND' });
  });
});
