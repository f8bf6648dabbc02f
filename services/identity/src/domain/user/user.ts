// The user aggregate (stream "user-<id>"): registered, disabled or enabled,
// password changed. Pure: ids and time come in through the commands.
import { commonError } from '@keywarden/errors';
import { assertNever, type ContractEvent, type Decider } from '@keywarden/domain';

export type UserEvent = ContractEvent<'UserRegistered'> | ContractEvent<'UserDisabled'> | ContractEvent<'UserEnabled'> | ContractEvent<'PasswordChanged'>;

export type UserState =
  | { status: 'none' }
  | { status: 'active' | 'disabled'; userId: string; email: string; roles: string[]; method: string };

export type UserCommand =
  | { type: 'Register'; userId: string; email: string; displayName: string; method: 'password' | 'sso'; identityProviderId: string; roles: string[] }
  | { type: 'Disable'; actorUserId: string; reason: string }
  | { type: 'Enable'; actorUserId: string }
  | { type: 'ChangePassword'; actorUserId: string; at: string };

export function decideUser(command: UserCommand, state: UserState): UserEvent[] {
  switch (command.type) {
    case 'Register':
      if (state.status !== 'none') throw commonError('ERR_CONFLICT', 'the user already exists', { errorId: 'IDENT-usr1' });
      return [{
        type: 'UserRegistered',
        data: {
          userId: command.userId, email: command.email, displayName: command.displayName, method: command.method,
          identityProviderId: command.identityProviderId, roles: command.roles,
        },
      }];
    case 'Disable':
      if (state.status === 'none') throw noSuchUser();
      if (command.actorUserId === state.userId) throw commonError('ERR_FORBIDDEN', 'administrators cannot disable themselves', { errorId: 'IDENT-usr2' });
      if (state.status === 'disabled') return [];
      return [{ type: 'UserDisabled', data: { userId: state.userId, actorUserId: command.actorUserId, reason: command.reason } }];
    case 'Enable':
      if (state.status === 'none') throw noSuchUser();
      if (command.actorUserId === state.userId) throw commonError('ERR_FORBIDDEN', 'administrators cannot enable themselves', { errorId: 'IDENT-usr3' });
      if (state.status === 'active') return [];
      return [{ type: 'UserEnabled', data: { userId: state.userId, actorUserId: command.actorUserId } }];
    case 'ChangePassword':
      if (state.status === 'none') throw noSuchUser();
      if (state.status === 'disabled') throw commonError('ERR_FORBIDDEN', 'the user is disabled', { errorId: 'IDENT-usr4' });
      return [{ type: 'PasswordChanged', data: { userId: state.userId, actorUserId: command.actorUserId, revokedBefore: revokedBefore(command.at) } }];
    default:
      return assertNever(command);
  }
}

export function evolveUser(state: UserState, event: UserEvent): UserState {
  switch (event.type) {
    case 'UserRegistered':
      return { status: 'active', userId: event.data.userId, email: event.data.email, roles: event.data.roles, method: event.data.method };
    case 'UserDisabled':
      return state.status === 'none' ? state : { ...state, status: 'disabled' };
    case 'UserEnabled':
      return state.status === 'none' ? state : { ...state, status: 'active' };
    case 'PasswordChanged':
      return state;
    default:
      return assertNever(event);
  }
}

/**
 * The cut-off of a password change. Access tokens carry `iat` in whole seconds, so the cut-off is the last
 * millisecond before the change's second: a sign-in with the new password in that same second (a client
 * signing in again at once) is not refused for its whole lifetime, whether a verifier compares `<` or `<=`.
 * Tokens of that second that predate the change belong to sessions the change revokes by id.
 */
export const revokedBefore = (at: string): string => new Date(Math.floor(Date.parse(at) / 1000) * 1000 - 1).toISOString();

const noSuchUser = () => commonError('ERR_NOT_FOUND', 'no such user', { errorId: 'IDENT-usr0' });

export const userDecider: Decider<UserState, UserCommand, UserEvent> = {
  decide: decideUser,
  evolve: evolveUser,
  initialState: () => ({ status: 'none' }),
};

/** Trimmed, NFC, lower case: the form uniqueness and look-ups use. */
export const normalizeEmail = (email: string): string => email.trim().normalize('NFC').toLowerCase();
