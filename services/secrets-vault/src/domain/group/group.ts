// The secret group aggregate. Name uniqueness across groups is a lookup the caller passes in
// (and the read model's unique index backs it up inside the same transaction).
import type { Decider } from '../decider.js';
import { assertNever, conflict, invalid, notFound } from '../errors.js';

export type GroupEvent =
  | { type: 'SecretGroupCreated'; data: { groupId: string; name: string; description: string; actorUserId: string } }
  | { type: 'SecretGroupProviderLinked'; data: { groupId: string; providerId: string; autoSync: boolean; actorUserId: string } };

export type GroupCommand =
  | { type: 'CreateGroup'; groupId: string; name: string; description: string; nameTaken: boolean; actor: string }
  | { type: 'LinkProvider'; providerId: string; autoSync: boolean; actor: string };

export type GroupState =
  | { status: 'absent' }
  | { status: 'active'; groupId: string; name: string; providerId: string; autoSync: boolean };

export const GROUP_NAME_PATTERN = /^[a-z0-9][a-z0-9_.-]{0,62}$/;

function decide(command: GroupCommand, state: GroupState): GroupEvent[] {
  switch (command.type) {
    case 'CreateGroup':
      if (state.status !== 'absent') throw conflict(`group ${command.groupId} already exists`);
      if (!GROUP_NAME_PATTERN.test(command.name)) throw invalid('a group name is lower-case letters, digits, "_", "." or "-"');
      if (command.nameTaken) throw conflict(`a group named "${command.name}" already exists`);
      return [{ type: 'SecretGroupCreated', data: { groupId: command.groupId, name: command.name, description: command.description, actorUserId: command.actor } }];
    case 'LinkProvider':
      if (state.status !== 'active') throw notFound('group not found');
      if (state.providerId === command.providerId && state.autoSync === command.autoSync) return [];
      if (state.providerId && command.providerId && state.providerId !== command.providerId) {
        throw conflict(`group "${state.name}" is already synced by another provider`);
      }
      return [{ type: 'SecretGroupProviderLinked', data: { groupId: state.groupId, providerId: command.providerId, autoSync: command.autoSync, actorUserId: command.actor } }];
    default:
      return assertNever(command);
  }
}

function evolve(state: GroupState, event: GroupEvent): GroupState {
  switch (event.type) {
    case 'SecretGroupCreated':
      return { status: 'active', groupId: event.data.groupId, name: event.data.name, providerId: '', autoSync: false };
    case 'SecretGroupProviderLinked':
      return state.status === 'active' ? { ...state, providerId: event.data.providerId, autoSync: event.data.autoSync } : state;
    default:
      return assertNever(event);
  }
}

export const groupDecider: Decider<GroupState, GroupCommand, GroupEvent> = { decide, evolve, initialState: () => ({ status: 'absent' }) };
