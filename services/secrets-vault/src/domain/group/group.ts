// The secret group aggregate. Name uniqueness across groups and what uses a group are lookups
// the caller passes in (the read model's unique index backs the name up inside the same
// transaction, and the caller holds the group's row lock while it looks the users up).
import { assertNever, type ContractEvent, type Decider } from '@keywarden/domain';
import type { Scope } from '../env-var/env-var.js';
import { conflict, invalid, notFound, VaultError } from '../errors.js';

// Event data is the contract's (secrets/v1/secret_group.proto).
export type GroupEvent = ContractEvent<'SecretGroupCreated' | 'SecretGroupProviderLinked' | 'SecretGroupUpdated' | 'SecretGroupDeleted'>;

/** Something that uses a group: a variable (by `@group:<name>`, or `@secret:<id>` of one of its secrets) or a provider syncing into it. */
export type GroupUser =
  | { kind: 'variable'; scope: Scope; projectId: string; environment: string; applicationId: string; key: string; via: { group: string } | { secret: string } }
  | { kind: 'provider'; providerId: string; name: string };

export type GroupCommand =
  | { type: 'CreateGroup'; groupId: string; name: string; description: string; nameTaken: boolean; actor: string }
  | { type: 'LinkProvider'; providerId: string; autoSync: boolean; actor: string }
  /** name and description as they should be; `users` are the variables naming the group (`@group:<current name>`), which a rename would break. */
  | { type: 'UpdateGroup'; name: string; description: string; nameTaken: boolean; users: GroupUser[]; actor: string }
  | { type: 'DeleteGroup'; secretCount: number; users: GroupUser[]; actor: string };

export type GroupState =
  | { status: 'absent' }
  | { status: 'active'; groupId: string; name: string; description: string; providerId: string; autoSync: boolean }
  | { status: 'deleted'; groupId: string };

export const GROUP_NAME_PATTERN = /^[a-z0-9][a-z0-9_.-]{0,62}$/;

function decide(command: GroupCommand, state: GroupState): GroupEvent[] {
  switch (command.type) {
    case 'CreateGroup':
      if (state.status !== 'absent') throw conflict(`group ${command.groupId} already exists`, 'VAULT-a748');
      if (!GROUP_NAME_PATTERN.test(command.name)) throw invalid('a group name is lower-case letters, digits, "_", "." or "-"', 'VAULT-a19e');
      if (command.nameTaken) throw conflict(`a group named "${command.name}" already exists`, 'VAULT-a888');
      return [{ type: 'SecretGroupCreated', data: { groupId: command.groupId, name: command.name, description: command.description, actorUserId: command.actor } }];
    case 'LinkProvider': {
      const s = active(state);
      if (s.providerId === command.providerId && s.autoSync === command.autoSync) return [];
      if (s.providerId && command.providerId && s.providerId !== command.providerId) {
        throw conflict(`group "${s.name}" is already synced by another provider`, 'VAULT-dccc');
      }
      return [{ type: 'SecretGroupProviderLinked', data: { groupId: s.groupId, providerId: command.providerId, autoSync: command.autoSync, actorUserId: command.actor } }];
    }
    case 'UpdateGroup': {
      const s = active(state);
      if (s.name === command.name && s.description === command.description) return [];
      const renamed = s.name !== command.name;
      if (renamed) {
        if (!GROUP_NAME_PATTERN.test(command.name)) throw invalid('a group name is lower-case letters, digits, "_", "." or "-"', 'VAULT-24f1');
        if (command.nameTaken) throw conflict(`a group named "${command.name}" already exists`, 'VAULT-b6b6');
        // `@group:` names the group: renaming it under its variables would fail every deploy that expands it.
        if (command.users.length) throw inUse(`group "${s.name}" cannot be renamed while variables reference it by name`, command.users);
      }
      return [{ type: 'SecretGroupUpdated', data: { groupId: s.groupId, name: command.name, description: command.description, previousName: renamed ? s.name : '', actorUserId: command.actor } }];
    }
    case 'DeleteGroup': {
      const s = active(state);
      const users = s.providerId && !command.users.some((u) => u.kind === 'provider')
        ? [...command.users, { kind: 'provider' as const, providerId: s.providerId, name: '' }] : command.users;
      if (users.length) throw inUse(`group "${s.name}" is still in use`, users);
      return [{ type: 'SecretGroupDeleted', data: { groupId: s.groupId, name: s.name, deletedSecretCount: command.secretCount, actorUserId: command.actor } }];
    }
    default:
      return assertNever(command);
  }
}

function active(state: GroupState) {
  if (state.status !== 'active') throw notFound('group not found', 'VAULT-3974');
  return state;
}

/** Where each user is, as the API names it, and what it does with the group; the detail counts them. */
export function describeUser(user: GroupUser): { path: string; message: string } {
  if (user.kind === 'provider') return { path: `providers/${user.providerId}`, message: `provider ${user.name || user.providerId} syncs into the group` };
  const target = { global: '', project: `/${user.projectId}`, environment: `/${user.projectId}/${user.environment}`, application: `/${user.applicationId}` }[user.scope];
  const how = 'group' in user.via ? `@group:${user.via.group}` : `@secret:${user.via.secret}`;
  const of = { global: '', project: ` of project ${user.projectId}`, environment: ` of project ${user.projectId} environment ${user.environment}`,
    application: ` of application ${user.applicationId}` }[user.scope];
  return { path: `env-vars/${user.scope}${target}/${user.key}`, message: `${user.scope === 'global' ? 'global ' : ''}variable ${user.key}${of} uses ${how}` };
}

function inUse(what: string, users: GroupUser[]): VaultError {
  const variables = users.filter((u) => u.kind === 'variable').length;
  const providers = users.length - variables;
  const counted = [variables ? `${variables} variable${variables === 1 ? '' : 's'}` : '', providers ? `${providers} provider${providers === 1 ? '' : 's'}` : ''].filter(Boolean);
  const shown = users.map(describeUser);
  const listed = shown.slice(0, 5).map((u) => u.message).join('; ');
  return new VaultError('ERR_CONFLICT', `${what}: ${counted.join(' and ')} (${listed}${shown.length > 5 ? '; …' : ''})`, { errorId: 'VAULT-f9cd', issues: shown });
}

function evolve(state: GroupState, event: GroupEvent): GroupState {
  switch (event.type) {
    case 'SecretGroupCreated':
      return { status: 'active', groupId: event.data.groupId, name: event.data.name, description: event.data.description, providerId: '', autoSync: false };
    case 'SecretGroupProviderLinked':
      return state.status === 'active' ? { ...state, providerId: event.data.providerId, autoSync: event.data.autoSync } : state;
    case 'SecretGroupUpdated':
      return state.status === 'active' ? { ...state, name: event.data.name, description: event.data.description } : state;
    case 'SecretGroupDeleted':
      return { status: 'deleted', groupId: event.data.groupId };
    default:
      return assertNever(event);
  }
}

export const groupDecider: Decider<GroupState, GroupCommand, GroupEvent> = { decide, evolve, initialState: () => ({ status: 'absent' }) };
