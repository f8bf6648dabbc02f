// The organization aggregate (stream "organization-<organization_id>"): name,
// slug, owner and members with their roles. Who may do what is decided here,
// from the members the stream knows and whether the actor is a platform admin.
//
// Rules:
// - Someone who is neither a member nor a platform admin learns nothing: ERR_NOT_FOUND.
// - Owner and admins add members; only the owner (or a platform admin) adds or makes admins,
//   demotes an admin, or removes an admin.
// - Any member but the owner may leave. The owner cannot be removed or demoted: transfer first.
// - Only the owner (or a platform admin) transfers ownership, to an existing member; the previous
//   owner stays as an admin. OwnershipTransferred alone says so (no separate role events).
import { assertNever, type ContractEvent, type Decider } from '@keywarden/domain';
import { commonError, validationError, type FieldIssue } from '@keywarden/errors';

export type OrganizationEvent =
  | ContractEvent<'OrganizationCreated'>
  | ContractEvent<'MemberAdded'>
  | ContractEvent<'MemberRoleChanged'>
  | ContractEvent<'MemberRemoved'>
  | ContractEvent<'OwnershipTransferred'>;

export type Role = 'owner' | 'admin' | 'member';
/** Roles a member can be given; "owner" only comes with creation or a transfer. */
export type AssignableRole = Exclude<Role, 'owner'>;
export const isAssignableRole = (role: string): role is AssignableRole => role === 'admin' || role === 'member';

export type OrganizationActor = { userId: string; platformAdmin: boolean };

export type OrganizationState =
  | { status: 'none' }
  | { status: 'active'; organizationId: string; ownerUserId: string; members: Readonly<Record<string, Role>> };

export type OrganizationCommand =
  | { type: 'Create'; organizationId: string; name: string; slug: string; actor: OrganizationActor }
  | { type: 'AddMember'; userId: string; role: string; actor: OrganizationActor }
  | { type: 'ChangeMemberRole'; userId: string; role: string; actor: OrganizationActor }
  | { type: 'RemoveMember'; userId: string; actor: OrganizationActor }
  | { type: 'TransferOwnership'; newOwnerUserId: string; actor: OrganizationActor };

export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
export const ORGANIZATION_NAME_MAX = 100;

export function organizationIssues(input: { name: string; slug: string }): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!input.name.trim()) issues.push({ path: 'name', message: 'is required' });
  else if (input.name.trim().length > ORGANIZATION_NAME_MAX) issues.push({ path: 'name', message: `must be at most ${ORGANIZATION_NAME_MAX} characters` });
  if (!SLUG_PATTERN.test(input.slug)) {
    issues.push({ path: 'slug', message: 'must be 1-63 lowercase letters, digits and dashes, not starting or ending with a dash' });
  }
  return issues;
}

type Active = Extract<OrganizationState, { status: 'active' }>;

const notFound = () => commonError('ERR_NOT_FOUND', 'no such organization', { errorId: 'ID-org1' });
const forbidden = (detail: string) => commonError('ERR_FORBIDDEN', detail, { errorId: 'ID-org2' });

/** The organization as the actor may see it; strangers get the same answer as for a missing one. */
function visible(state: OrganizationState, actor: OrganizationActor): Active {
  if (state.status === 'none' || (!actor.platformAdmin && state.members[actor.userId] === undefined)) throw notFound();
  return state;
}

/** Owner powers: the owner, or a platform admin acting on any organization. */
const actsAsOwner = (org: Active, actor: OrganizationActor) => actor.platformAdmin || org.ownerUserId === actor.userId;
const actsAsAdmin = (org: Active, actor: OrganizationActor) => actsAsOwner(org, actor) || org.members[actor.userId] === 'admin';

function role(value: string): AssignableRole {
  if (!isAssignableRole(value)) throw validationError('the role is not valid', { errorId: 'ID-0396', issues: [{ path: 'role', message: 'must be "admin" or "member"' }] });
  return value;
}

export function decideOrganization(command: OrganizationCommand, state: OrganizationState): OrganizationEvent[] {
  switch (command.type) {
    case 'Create': {
      if (state.status !== 'none') throw commonError('ERR_CONFLICT', 'the organization already exists', { errorId: 'ID-org3' });
      const issues = organizationIssues(command);
      if (issues.length) throw validationError('the organization is not valid', { errorId: 'ID-aa40', issues });
      return [{
        type: 'OrganizationCreated',
        data: { organizationId: command.organizationId, name: command.name.trim(), slug: command.slug, ownerUserId: command.actor.userId },
      }];
    }
    case 'AddMember': {
      const org = visible(state, command.actor);
      const wanted = role(command.role);
      if (!actsAsAdmin(org, command.actor)) throw forbidden('only the owner and admins add members');
      if (wanted === 'admin' && !actsAsOwner(org, command.actor)) throw forbidden('only the owner adds admins');
      if (org.members[command.userId] !== undefined) throw commonError('ERR_CONFLICT', 'the user is already a member', { errorId: 'ID-org4' });
      return [{
        type: 'MemberAdded',
        data: { organizationId: org.organizationId, userId: command.userId, role: wanted, actorUserId: command.actor.userId },
      }];
    }
    case 'ChangeMemberRole': {
      const org = visible(state, command.actor);
      const wanted = role(command.role);
      const current = org.members[command.userId];
      if (!actsAsAdmin(org, command.actor)) throw forbidden('only the owner and admins change roles');
      if (current === undefined) throw commonError('ERR_NOT_FOUND', 'the user is not a member', { errorId: 'ID-org5' });
      if (current === 'owner') throw commonError('ERR_CONFLICT', 'the owner keeps the owner role: transfer ownership instead', { errorId: 'ID-org6' });
      if (current === wanted) return [];
      // Either direction touches the admin role: promoting to it or demoting from it.
      if (!actsAsOwner(org, command.actor)) throw forbidden('only the owner makes or unmakes admins');
      return [{
        type: 'MemberRoleChanged',
        data: { organizationId: org.organizationId, userId: command.userId, previousRole: current, role: wanted, actorUserId: command.actor.userId },
      }];
    }
    case 'RemoveMember': {
      const org = visible(state, command.actor);
      const current = org.members[command.userId];
      const leaving = command.userId === command.actor.userId;
      if (!leaving && !actsAsAdmin(org, command.actor)) throw forbidden('only the owner and admins remove members');
      if (current === undefined) throw commonError('ERR_NOT_FOUND', 'the user is not a member', { errorId: 'ID-org7' });
      if (current === 'owner') throw commonError('ERR_CONFLICT', 'the owner cannot be removed: transfer ownership first', { errorId: 'ID-org8' });
      if (current === 'admin' && !leaving && !actsAsOwner(org, command.actor)) throw forbidden('only the owner removes admins');
      return [{
        type: 'MemberRemoved',
        data: { organizationId: org.organizationId, userId: command.userId, actorUserId: command.actor.userId, reason: leaving ? 'left' : 'removed' },
      }];
    }
    case 'TransferOwnership': {
      const org = visible(state, command.actor);
      if (!actsAsOwner(org, command.actor)) throw forbidden('only the owner transfers ownership');
      if (org.members[command.newOwnerUserId] === undefined) {
        throw validationError('the new owner must already be a member', { errorId: 'ID-d6bb', issues: [{ path: 'newOwnerUserId', message: 'is not a member' }] });
      }
      if (org.ownerUserId === command.newOwnerUserId) return [];
      return [{
        type: 'OwnershipTransferred',
        data: {
          organizationId: org.organizationId, previousOwnerUserId: org.ownerUserId, newOwnerUserId: command.newOwnerUserId,
          actorUserId: command.actor.userId,
        },
      }];
    }
    default:
      return assertNever(command);
  }
}

export function evolveOrganization(state: OrganizationState, event: OrganizationEvent): OrganizationState {
  if (event.type === 'OrganizationCreated') {
    const d = event.data;
    return { status: 'active', organizationId: d.organizationId, ownerUserId: d.ownerUserId, members: { [d.ownerUserId]: 'owner' } };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'MemberAdded':
    case 'MemberRoleChanged':
      return { ...state, members: { ...state.members, [event.data.userId]: event.data.role as Role } };
    case 'MemberRemoved': {
      const members = { ...state.members };
      delete members[event.data.userId];
      return { ...state, members };
    }
    case 'OwnershipTransferred':
      return {
        ...state,
        ownerUserId: event.data.newOwnerUserId,
        members: { ...state.members, [event.data.previousOwnerUserId]: 'admin', [event.data.newOwnerUserId]: 'owner' },
      };
    default:
      return assertNever(event);
  }
}

export const organizationDecider: Decider<OrganizationState, OrganizationCommand, OrganizationEvent> = {
  decide: decideOrganization,
  evolve: evolveOrganization,
  initialState: () => ({ status: 'none' }),
};

export const organizationStream = (organizationId: string) => `organization-${organizationId}`;
