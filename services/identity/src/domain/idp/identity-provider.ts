// The identity provider aggregate (stream "idp-<id>"): an administrator's OIDC
// provider for SSO. The client secret lives encrypted beside it; the event
// carries only its fingerprint.
import { assertNever, type ContractEvent, type Decider } from '@keywarden/domain';
import type { ClaimMapping } from './config.js';

export type IdentityProviderEvent = ContractEvent<'IdentityProviderConfigured'>;

export type IdentityProviderSettings = {
  name: string;
  issuer: string;
  clientId: string;
  clientSecretFingerprint: string;
  scopes: string[];
  claimMapping: ClaimMapping;
  identifierFilter: string;
  enabled: boolean;
};

export type IdentityProviderState =
  | { status: 'none' }
  | ({ status: 'enabled' | 'disabled'; identityProviderId: string } & Omit<IdentityProviderSettings, 'claimMapping'> & { claimMapping: Record<string, string> });

export type IdentityProviderCommand = { type: 'Configure'; identityProviderId: string; actorUserId: string } & IdentityProviderSettings;

export function decideIdentityProvider(command: IdentityProviderCommand, state: IdentityProviderState): IdentityProviderEvent[] {
  switch (command.type) {
    case 'Configure': {
      const { type: _type, ...data } = command;
      // Saving the same settings again records nothing.
      if (state.status !== 'none' && sameSettings(state, command)) return [];
      return [{ type: 'IdentityProviderConfigured', data: { ...data, claimMapping: { ...command.claimMapping }, scopes: [...command.scopes] } }];
    }
    default:
      return assertNever(command.type);
  }
}

export function evolveIdentityProvider(_state: IdentityProviderState, event: IdentityProviderEvent): IdentityProviderState {
  switch (event.type) {
    case 'IdentityProviderConfigured': {
      const d = event.data;
      return {
        status: d.enabled ? 'enabled' : 'disabled', identityProviderId: d.identityProviderId, name: d.name, issuer: d.issuer,
        clientId: d.clientId, clientSecretFingerprint: d.clientSecretFingerprint, scopes: d.scopes, claimMapping: d.claimMapping,
        identifierFilter: d.identifierFilter, enabled: d.enabled,
      };
    }
    default:
      return assertNever(event.type);
  }
}

function sameSettings(state: Exclude<IdentityProviderState, { status: 'none' }>, c: IdentityProviderSettings): boolean {
  const mapping = (m: Record<string, string>) => JSON.stringify(Object.entries(m).sort(([a], [b]) => a.localeCompare(b)));
  return state.name === c.name && state.issuer === c.issuer && state.clientId === c.clientId
    && state.clientSecretFingerprint === c.clientSecretFingerprint && state.scopes.join(' ') === c.scopes.join(' ')
    && mapping(state.claimMapping) === mapping(c.claimMapping) && state.identifierFilter === c.identifierFilter && state.enabled === c.enabled;
}

export const identityProviderDecider: Decider<IdentityProviderState, IdentityProviderCommand, IdentityProviderEvent> = {
  decide: decideIdentityProvider,
  evolve: evolveIdentityProvider,
  initialState: (): IdentityProviderState => ({ status: 'none' }),
};

export const identityProviderStream = (id: string) => `idp-${id}`;
