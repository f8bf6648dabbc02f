import { describe, expect, it } from 'vitest';
import { organizationDecider, type OrganizationCommand, type OrganizationState } from './organization.js';

const owner = { userId: 'owner', platformAdmin: false };
const admin = { userId: 'admin', platformAdmin: false };
const member = { userId: 'member', platformAdmin: false };
const stranger = { userId: 'stranger', platformAdmin: false };
const platform = { userId: 'root', platformAdmin: true };

const create: OrganizationCommand = { type: 'Create', organizationId: 'o1', name: 'Acme', slug: 'acme', actor: owner };
const add = (userId: string, role: string, actor = owner): OrganizationCommand => ({ type: 'AddMember', userId, role, actor });
const change = (userId: string, role: string, actor = owner): OrganizationCommand => ({ type: 'ChangeMemberRole', userId, role, actor });
const remove = (userId: string, actor = owner): OrganizationCommand => ({ type: 'RemoveMember', userId, actor });
const transfer = (newOwnerUserId: string, actor = owner): OrganizationCommand => ({ type: 'TransferOwnership', newOwnerUserId, actor });

function given(...commands: OrganizationCommand[]): OrganizationState {
  return commands.reduce((s, c) => organizationDecider.decide(c, s).reduce(organizationDecider.evolve, s), organizationDecider.initialState());
}
const team = () => given(create, add('admin', 'admin'), add('member', 'member'));
const when = (command: OrganizationCommand, state = team()) => organizationDecider.decide(command, state);
const rejects = (command: OrganizationCommand, code: string, state = team()) =>
  expect(() => organizationDecider.decide(command, state)).toThrowError(expect.objectContaining({ code }));

describe('organization decider', () => {
  it('creates an organization whose creator is the owner', () => {
    expect(when(create, given())).toEqual([{ type: 'OrganizationCreated', data: { organizationId: 'o1', name: 'Acme', slug: 'acme', ownerUserId: 'owner' } }]);
    expect(given(create)).toEqual({ status: 'active', organizationId: 'o1', ownerUserId: 'owner', members: { owner: 'owner' } });
    rejects(create, 'ERR_CONFLICT', given(create));
  });

  it('validates name and slug', () => {
    for (const slug of ['Acme', 'ac me', '-acme', 'acme-', 'ac_me', '', 'a'.repeat(64)]) rejects({ ...create, slug }, 'ERR_VALIDATION', given());
    rejects({ ...create, name: '  ' }, 'ERR_VALIDATION', given());
    expect(when({ ...create, slug: 'a-1-b' }, given())).toHaveLength(1);
  });

  it('lets the owner add admins and members, admins add members only', () => {
    expect(when(add('new', 'admin'))).toEqual([{ type: 'MemberAdded', data: { organizationId: 'o1', userId: 'new', role: 'admin', actorUserId: 'owner' } }]);
    expect(when(add('new', 'member', admin))).toHaveLength(1);
    rejects(add('new', 'admin', admin), 'ERR_FORBIDDEN');
    rejects(add('new', 'member', member), 'ERR_FORBIDDEN');
    rejects(add('new', 'owner'), 'ERR_VALIDATION');
    rejects(add('member', 'member'), 'ERR_CONFLICT');
    expect(when(add('new', 'admin', platform))).toHaveLength(1);
  });

  it('hides the organization from strangers', () => {
    for (const command of [add('new', 'member', stranger), change('member', 'admin', stranger), remove('member', stranger), transfer('stranger', stranger)]) {
      rejects(command, 'ERR_NOT_FOUND');
    }
    rejects(add('new', 'member'), 'ERR_NOT_FOUND', given());
  });

  it('changes roles: only the owner makes or unmakes admins; the owner role is not for changing', () => {
    expect(when(change('member', 'admin'))).toEqual([
      { type: 'MemberRoleChanged', data: { organizationId: 'o1', userId: 'member', previousRole: 'member', role: 'admin', actorUserId: 'owner' } },
    ]);
    expect(when(change('admin', 'member', platform))).toHaveLength(1);
    rejects(change('member', 'admin', admin), 'ERR_FORBIDDEN');
    rejects(change('admin', 'member', admin), 'ERR_FORBIDDEN');
    rejects(change('member', 'admin', member), 'ERR_FORBIDDEN');
    rejects(change('owner', 'admin'), 'ERR_CONFLICT');
    rejects(change('nobody', 'admin'), 'ERR_NOT_FOUND');
    rejects(change('member', 'owner'), 'ERR_VALIDATION');
    expect(when(change('member', 'member', admin))).toEqual([]);
    expect(given(create, add('member', 'member'), change('member', 'admin'))).toMatchObject({ members: { member: 'admin' } });
  });

  it('removes members; anyone but the owner may leave; only the owner removes admins', () => {
    expect(when(remove('member', admin))).toEqual([{ type: 'MemberRemoved', data: { organizationId: 'o1', userId: 'member', actorUserId: 'admin', reason: 'removed' } }]);
    expect(when(remove('member', member))).toEqual([{ type: 'MemberRemoved', data: { organizationId: 'o1', userId: 'member', actorUserId: 'member', reason: 'left' } }]);
    expect(when(remove('admin', admin))).toHaveLength(1);
    expect(when(remove('admin'))).toHaveLength(1);
    rejects(remove('admin', member), 'ERR_FORBIDDEN');
    rejects(remove('member', { userId: 'admin2', platformAdmin: false }), 'ERR_NOT_FOUND');
    rejects(remove('owner'), 'ERR_CONFLICT');
    rejects(remove('owner', platform), 'ERR_CONFLICT');
    rejects(remove('nobody'), 'ERR_NOT_FOUND');
    const other = given(create, add('admin', 'admin'), add('admin2', 'admin'));
    rejects(remove('admin2', admin), 'ERR_FORBIDDEN', other);
    expect(given(create, add('member', 'member'), remove('member'))).toMatchObject({ members: { owner: 'owner' } });
  });

  it('transfers ownership to a member; the previous owner stays as an admin', () => {
    expect(when(transfer('member'))).toEqual([
      { type: 'OwnershipTransferred', data: { organizationId: 'o1', previousOwnerUserId: 'owner', newOwnerUserId: 'member', actorUserId: 'owner' } },
    ]);
    expect(given(create, add('member', 'member'), transfer('member'))).toEqual({
      status: 'active', organizationId: 'o1', ownerUserId: 'member', members: { owner: 'admin', member: 'owner' },
    });
    expect(when(transfer('admin', platform))).toHaveLength(1);
    rejects(transfer('member', admin), 'ERR_FORBIDDEN');
    rejects(transfer('stranger'), 'ERR_VALIDATION');
    expect(when(transfer('owner'))).toEqual([]);
    // The new owner can now remove the old one, who can no longer transfer.
    const after = given(create, add('member', 'member'), transfer('member'));
    rejects(transfer('owner', owner), 'ERR_FORBIDDEN', after);
    expect(when(remove('owner', member), after)).toHaveLength(1);
  });
});
