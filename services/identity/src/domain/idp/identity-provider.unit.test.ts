import { describe, expect, it } from 'vitest';
import { identityProviderDecider, type IdentityProviderCommand, type IdentityProviderState } from './identity-provider.js';

const configure = (overrides: Partial<IdentityProviderCommand> = {}): IdentityProviderCommand => ({
  type: 'Configure', identityProviderId: 'idp-1', actorUserId: 'admin-1', name: 'Corp', issuer: 'https://login.example.com', clientId: 'kw',
  clientSecretFingerprint: 'fp1', scopes: ['openid', 'email'], claimMapping: { email: 'email', display_name: 'name', email_verified: 'email_verified' },
  identifierFilter: '', enabled: true, ...overrides,
});

const given = (...commands: IdentityProviderCommand[]): IdentityProviderState =>
  commands.reduce((state, c) => identityProviderDecider.decide(c, state).reduce(identityProviderDecider.evolve, state), identityProviderDecider.initialState());

describe('identity provider decider', () => {
  it('records a new provider with the secret fingerprint only', () => {
    const [event] = identityProviderDecider.decide(configure(), given());
    expect(event).toEqual({ type: 'IdentityProviderConfigured', data: expect.objectContaining({ identityProviderId: 'idp-1', clientSecretFingerprint: 'fp1', actorUserId: 'admin-1' }) });
    expect(Object.keys(event!.data)).not.toContain('clientSecret');
  });

  it('records changes, and nothing when the same settings are saved again', () => {
    expect(identityProviderDecider.decide(configure(), given(configure()))).toEqual([]);
    expect(identityProviderDecider.decide(configure({ enabled: false }), given(configure()))).toHaveLength(1);
    expect(identityProviderDecider.decide(configure({ clientSecretFingerprint: 'fp2' }), given(configure()))).toHaveLength(1);
    expect(given(configure(), configure({ enabled: false }))).toMatchObject({ status: 'disabled', enabled: false });
  });
});
