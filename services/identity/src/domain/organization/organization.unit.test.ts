import { deciderSpec } from '@keywarden/testing/decider';
import { describe, expect, it } from 'vitest';
import { organizationDecider, type OrganizationCommand, type OrganizationEvent } from './organization.js';

const spec = deciderSpec(organizationDecider);
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

const created: OrganizationEvent = { type: 'OrganizationCreated', data: { organizationId: 'o1', name: 'Acme', slug: 'acme', ownerUserId: 'owner' } };
const added = (userId: string, role: string, actorUserId = 'owner'): OrganizationEvent =>
  ({ type: 'MemberAdded', data: { organizationId: 'o1', userId, role, actorUserId } });
const roleChanged = (userId: string, previousRole: string, role: string, actorUserId = 'owner'): OrganizationEvent =>
  ({ type: 'MemberRoleChanged', data: { organizationId: 'o1', userId, previousRole, role, actorUserId } });
const removed = (userId: string, actorUserId = 'owner', reason = 'removed'): OrganizationEvent =>
  ({ type: 'MemberRemoved', data: { organizationId: 'o1', userId, actorUserId, reason } });
const transferred = (previousOwnerUserId: string, newOwnerUserId: string, actorUserId = 'owner'): OrganizationEvent =>
  ({ type: 'OwnershipTransferred', data: { organizationId: 'o1', previousOwnerUserId, newOwnerUserId, actorUserId } });
/** The owner, an admin and a member. */
const team = [created, added('admin', 'admin'), added('member', 'member')];

describe('organization decider', () => {
  it('creates an organization whose creator is the owner', () => {
    spec.given().when(create).then([created]);
    expect(spec.given([created]).state).toEqual({ status: 'active', organizationId: 'o1', ownerUserId: 'owner', members: { owner: 'owner' } });
    spec.given([created]).when(create).thenThrows('ERR_CONFLICT');
  });

  it('validates name and slug', () => {
    for (const slug of ['Acme', 'ac me', '-acme', 'acme-', 'ac_me', '', 'a'.repeat(64)]) spec.given().when({ ...create, slug }).thenThrows('ERR_VALIDATION');
    spec.given().when({ ...create, name: '  ' }).thenThrows('ERR_VALIDATION');
    spec.given().when({ ...create, slug: 'a-1-b' }).then([{ type: 'OrganizationCreated', data: { organizationId: 'o1', name: 'Acme', slug: 'a-1-b', ownerUserId: 'owner' } }]);
  });

  it('lets the owner add admins and members, admins add members only', () => {
    spec.given(team).when(add('new', 'admin')).then([added('new', 'admin')]);
    spec.given(team).when(add('new', 'member', admin)).then([added('new', 'member', 'admin')]);
    spec.given(team).when(add('new', 'admin', admin)).thenThrows('ERR_FORBIDDEN');
    spec.given(team).when(add('new', 'member', member)).thenThrows('ERR_FORBIDDEN');
    spec.given(team).when(add('new', 'owner')).thenThrows('ERR_VALIDATION');
    spec.given(team).when(add('member', 'member')).thenThrows('ERR_CONFLICT');
    spec.given(team).when(add('new', 'admin', platform)).then([added('new', 'admin', 'root')]);
  });

  it('hides the organization from strangers', () => {
    for (const command of [add('new', 'member', stranger), change('member', 'admin', stranger), remove('member', stranger), transfer('stranger', stranger)]) {
      spec.given(team).when(command).thenThrows('ERR_NOT_FOUND');
    }
    spec.given().when(add('new', 'member')).thenThrows('ERR_NOT_FOUND');
  });

  it('changes roles: only the owner makes or unmakes admins; the owner role is not for changing', () => {
    spec.given(team).when(change('member', 'admin')).then([roleChanged('member', 'member', 'admin')]);
    spec.given(team).when(change('admin', 'member', platform)).then([roleChanged('admin', 'admin', 'member', 'root')]);
    spec.given(team).when(change('member', 'admin', admin)).thenThrows('ERR_FORBIDDEN');
    spec.given(team).when(change('admin', 'member', admin)).thenThrows('ERR_FORBIDDEN');
    spec.given(team).when(change('member', 'admin', member)).thenThrows('ERR_FORBIDDEN');
    spec.given(team).when(change('owner', 'admin')).thenThrows('ERR_CONFLICT');
    spec.given(team).when(change('nobody', 'admin')).thenThrows('ERR_NOT_FOUND');
    spec.given(team).when(change('member', 'owner')).thenThrows('ERR_VALIDATION');
    spec.given(team).when(change('member', 'member', admin)).thenNothing();
    expect(spec.given([created, added('member', 'member'), roleChanged('member', 'member', 'admin')]).state).toMatchObject({ members: { member: 'admin' } });
  });

  it('removes members; anyone but the owner may leave; only the owner removes admins', () => {
    spec.given(team).when(remove('member', admin)).then([removed('member', 'admin', 'removed')]);
    spec.given(team).when(remove('member', member)).then([removed('member', 'member', 'left')]);
    spec.given(team).when(remove('admin', admin)).then([removed('admin', 'admin', 'left')]);
    spec.given(team).when(remove('admin')).then([removed('admin', 'owner', 'removed')]);
    spec.given(team).when(remove('admin', member)).thenThrows('ERR_FORBIDDEN');
    spec.given(team).when(remove('member', { userId: 'admin2', platformAdmin: false })).thenThrows('ERR_NOT_FOUND');
    spec.given(team).when(remove('owner')).thenThrows('ERR_CONFLICT');
    spec.given(team).when(remove('owner', platform)).thenThrows('ERR_CONFLICT');
    spec.given(team).when(remove('nobody')).thenThrows('ERR_NOT_FOUND');
    spec.given([created, added('admin', 'admin'), added('admin2', 'admin')]).when(remove('admin2', admin)).thenThrows('ERR_FORBIDDEN');
    expect(spec.given([created, added('member', 'member'), removed('member')]).state).toMatchObject({ members: { owner: 'owner' } });
  });

  it('transfers ownership to a member; the previous owner stays as an admin', () => {
    spec.given(team).when(transfer('member')).then([transferred('owner', 'member')]);
    const after = [created, added('member', 'member'), transferred('owner', 'member')];
    expect(spec.given(after).state).toEqual({
      status: 'active', organizationId: 'o1', ownerUserId: 'member', members: { owner: 'admin', member: 'owner' },
    });
    spec.given(team).when(transfer('admin', platform)).then([transferred('owner', 'admin', 'root')]);
    spec.given(team).when(transfer('member', admin)).thenThrows('ERR_FORBIDDEN');
    spec.given(team).when(transfer('stranger')).thenThrows('ERR_VALIDATION');
    spec.given(team).when(transfer('owner')).thenNothing();
    // The new owner can now remove the old one, who can no longer transfer.
    spec.given(after).when(transfer('owner', owner)).thenThrows('ERR_FORBIDDEN');
    spec.given(after).when(remove('owner', member)).then([removed('owner', 'member', 'removed')]);
  });
});
