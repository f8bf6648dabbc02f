// The provider app aggregate (stream "provider_app-<id>"): an admin's OAuth app
// (client id, secret fingerprint, base URL, scopes) and whether the provider
// still accepts its credentials. The secret itself lives encrypted beside it.
import { BrokerError } from '../errors.js';
import type { Decider, Ev } from '../types.js';

export type ProviderAppEvent = Ev<'ProviderAppConfigured'> | Ev<'AppCredentialInvalid'>;

type App = { providerAppId: string; provider: string; clientSecretFingerprint: string };
export type ProviderAppState = { status: 'none' } | ({ status: 'active' | 'credential_invalid' } & App);

export type ProviderAppCommand =
  | {
      type: 'Configure';
      providerAppId: string;
      provider: string;
      name: string;
      baseUrl: string;
      clientId: string;
      clientSecretFingerprint: string;
      scopes: string[];
      actorUserId: string;
    }
  | { type: 'ReportCredentialInvalid'; errorClass: string; providerCode: string; accountId: string; clientSecretFingerprint: string };

export function decideProviderApp(command: ProviderAppCommand, state: ProviderAppState): ProviderAppEvent[] {
  switch (command.type) {
    case 'Configure':
      if (state.status !== 'none' && state.provider !== command.provider) {
        throw new BrokerError('ERR_PROVIDER_APP_INVALID', 'a provider app cannot change its provider', 'OAUTH-app1');
      }
      return [{
        type: 'ProviderAppConfigured',
        data: {
          providerAppId: command.providerAppId, provider: command.provider, name: command.name, baseUrl: command.baseUrl,
          clientId: command.clientId, clientSecretFingerprint: command.clientSecretFingerprint, scopes: command.scopes,
          actorUserId: command.actorUserId,
        },
      }];
    case 'ReportCredentialInvalid':
      // Once per secret: many accounts failing on the same bad secret raise one alert.
      if (state.status !== 'active' || state.clientSecretFingerprint !== command.clientSecretFingerprint) return [];
      return [{
        type: 'AppCredentialInvalid',
        data: {
          providerAppId: state.providerAppId, provider: state.provider, errorClass: command.errorClass,
          providerCode: command.providerCode, accountId: command.accountId, clientSecretFingerprint: state.clientSecretFingerprint,
        },
      }];
    default: {
      const never: never = command;
      throw new Error(`unknown command ${(never as { type: string }).type}`);
    }
  }
}

export function evolveProviderApp(state: ProviderAppState, event: ProviderAppEvent): ProviderAppState {
  switch (event.type) {
    case 'ProviderAppConfigured':
      return {
        status: 'active', providerAppId: event.data.providerAppId, provider: event.data.provider,
        clientSecretFingerprint: event.data.clientSecretFingerprint,
      };
    case 'AppCredentialInvalid':
      return state.status === 'none' ? state : { ...state, status: 'credential_invalid' };
    default: {
      const never: never = event;
      throw new Error(`unknown event ${(never as { type: string }).type}`);
    }
  }
}

export const providerAppDecider: Decider<ProviderAppState, ProviderAppCommand, ProviderAppEvent> = {
  decide: decideProviderApp,
  evolve: evolveProviderApp,
  initialState: () => ({ status: 'none' }),
};

export const providerAppStream = (id: string) => `provider_app-${id}`;
