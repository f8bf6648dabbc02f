// The provider app aggregate (stream "provider_app-<id>"): an admin's OAuth app
// (client id, secret fingerprint, base URL, scopes) and whether the provider
// still accepts its credentials. The secret itself lives encrypted beside it.
import { BrokerError } from '../errors.js';
import { assertNever, type ContractEvent, type Decider } from '@keywarden/domain';

export type ProviderAppEvent = ContractEvent<'ProviderAppConfigured'> | ContractEvent<'AppCredentialInvalid'>;

/** What an administrator configured: a Configure that changes none of it appends nothing. */
type Configuration = { name: string; baseUrl: string; clientId: string; clientSecretFingerprint: string; scopes: string[]; settingsFingerprint: string };
type App = { providerAppId: string; provider: string } & Configuration;
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
      /** Fingerprint of the endpoint settings stored beside the app ('' when none). */
      settingsFingerprint: string;
      actorUserId: string;
    }
  | { type: 'ReportCredentialInvalid'; errorClass: string; providerCode: string; accountId: string; clientSecretFingerprint: string };

export function decideProviderApp(command: ProviderAppCommand, state: ProviderAppState): ProviderAppEvent[] {
  switch (command.type) {
    case 'Configure':
      if (state.status !== 'none' && state.provider !== command.provider) {
        throw new BrokerError('ERR_PROVIDER_APP_INVALID', 'a provider app cannot change its provider', 'OAUTH-app1');
      }
      // The same configuration again (the local platform re-registers its simulators at every start) records nothing.
      // The secret is compared by fingerprint only. An app whose credentials the provider refused is re-activated
      // by configuring it again, even unchanged: the administrator says the provider side was fixed.
      if (state.status === 'active' && sameConfiguration(state, command)) return [];
      return [{
        type: 'ProviderAppConfigured',
        data: {
          providerAppId: command.providerAppId, provider: command.provider, name: command.name, baseUrl: command.baseUrl,
          clientId: command.clientId, clientSecretFingerprint: command.clientSecretFingerprint, scopes: command.scopes,
          actorUserId: command.actorUserId, settingsFingerprint: command.settingsFingerprint,
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
    default:
      return assertNever(command);
  }
}

function sameConfiguration(a: Configuration, b: Configuration): boolean {
  return a.name === b.name && a.baseUrl === b.baseUrl && a.clientId === b.clientId && a.clientSecretFingerprint === b.clientSecretFingerprint
    && a.settingsFingerprint === b.settingsFingerprint && a.scopes.length === b.scopes.length && a.scopes.every((scope, i) => scope === b.scopes[i]);
}

export function evolveProviderApp(state: ProviderAppState, event: ProviderAppEvent): ProviderAppState {
  switch (event.type) {
    case 'ProviderAppConfigured':
      return {
        status: 'active', providerAppId: event.data.providerAppId, provider: event.data.provider, name: event.data.name,
        baseUrl: event.data.baseUrl, clientId: event.data.clientId, clientSecretFingerprint: event.data.clientSecretFingerprint,
        scopes: event.data.scopes, settingsFingerprint: event.data.settingsFingerprint,
      };
    case 'AppCredentialInvalid':
      return state.status === 'none' ? state : { ...state, status: 'credential_invalid' };
    default:
      return assertNever(event);
  }
}

export const providerAppDecider: Decider<ProviderAppState, ProviderAppCommand, ProviderAppEvent> = {
  decide: decideProviderApp,
  evolve: evolveProviderApp,
  initialState: () => ({ status: 'none' }),
};

export const providerAppStream = (id: string) => `provider_app-${id}`;
