// The instance aggregate (stream "instance-settings"): settings of the whole
// installation. Today one: whether password sign-in (and sign-up) is on. Turning
// it off while no SSO provider is enabled would lock everybody out, so it is
// refused; how many providers are enabled comes in with the command. Pure.
import { identityErrorStatus, type IdentityErrorCode } from '@keywarden/contracts';
import { KeywardenError, commonError } from '@keywarden/errors';
import { assertNever, type ContractEvent, type Decider } from '@keywarden/domain';

export type InstanceEvent = ContractEvent<'PasswordSignInDisabled'> | ContractEvent<'PasswordSignInEnabled'>;
export type PasswordSignIn = 'enabled' | 'disabled';
export type InstanceState = { passwordSignIn: PasswordSignIn };

export type InstanceCommand = {
  type: 'SetPasswordSignIn';
  passwordSignIn: PasswordSignIn;
  actorUserId: string;
  /** SSO providers enabled right now (read under the sign-in-methods lock). */
  enabledSsoProviders: number;
};

export const INSTANCE_STREAM = 'instance-settings';

/** ERR_PASSWORD_SIGN_IN_DISABLED (403): password sign-in and sign-up are off; people sign in with SSO. */
export const passwordSignInDisabled = (what: 'sign-in' | 'sign-up') =>
  new KeywardenError<IdentityErrorCode>('ERR_PASSWORD_SIGN_IN_DISABLED', identityErrorStatus.ERR_PASSWORD_SIGN_IN_DISABLED,
    `password ${what} is turned off on this installation: sign in with single sign-on (SSO) instead`, { errorId: `IDENT-ins-${what}` });

export function decideInstance(command: InstanceCommand, state: InstanceState): InstanceEvent[] {
  switch (command.type) {
    case 'SetPasswordSignIn': {
      if (command.passwordSignIn === state.passwordSignIn) return [];
      if (command.passwordSignIn === 'enabled') return [{ type: 'PasswordSignInEnabled', data: { actorUserId: command.actorUserId } }];
      if (command.enabledSsoProviders < 1) {
        throw commonError('ERR_CONFLICT', 'password sign-in cannot be turned off while no SSO provider is enabled: nobody could sign in. Enable an identity provider first', {
          errorId: 'IDENT-ins1',
        });
      }
      return [{ type: 'PasswordSignInDisabled', data: { actorUserId: command.actorUserId } }];
    }
    default:
      return assertNever(command.type);
  }
}

export function evolveInstance(state: InstanceState, event: InstanceEvent): InstanceState {
  switch (event.type) {
    case 'PasswordSignInDisabled':
      return { ...state, passwordSignIn: 'disabled' };
    case 'PasswordSignInEnabled':
      return { ...state, passwordSignIn: 'enabled' };
    default:
      return assertNever(event);
  }
}

export const instanceDecider: Decider<InstanceState, InstanceCommand, InstanceEvent> = {
  decide: decideInstance,
  evolve: evolveInstance,
  initialState: () => ({ passwordSignIn: 'enabled' }),
};
