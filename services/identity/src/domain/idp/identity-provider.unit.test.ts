import { deciderSpec } from '@keywarden/testing/decider';
import { describe, expect, it } from 'vitest';
import { identityProviderDecider, type IdentityProviderCommand, type IdentityProviderEvent } from './identity-provider.js';

const configure = (overrides: Partial<IdentityProviderCommand> = {}): IdentityProviderCommand => ({
  type: 'Configure', identityProviderId: 'idp-1', actorUserId: 'admin-1', name: 'Corp', issuer: 'https://login.example.com', clientId: 'kw',
  clientSecretFingerprint: 'fp1', scopes: ['openid', 'email'], claimMapping: { email: 'email', display_name: 'name', email_verified: 'email_verified' },
  identifierFilter: '', enabled: true, ...overrides,
});
const configured = (overrides: Partial<IdentityProviderEvent['data']> = {}): IdentityProviderEvent => ({
  type: 'IdentityProviderConfigured',
  data: {
    identityProviderId: 'idp-1', actorUserId: 'admin-1', name: 'Corp', issuer: 'https://login.example.com', clientId: 'kw', clientSecretFingerprint: 'fp1',
    scopes: ['openid', 'email'], claimMapping: { email: 'email', display_name: 'name', email_verified: 'email_verified' }, identifierFilter: '', enabled: true, ...overrides,
  },
});
const spec = deciderSpec(identityProviderDecider);

describe('identity provider decider', () => {
  it('records a new provider with the secret fingerprint only', () => {
    const { events: [event] } = spec.given().when(configure()).then([configured()]);
    expect(Object.keys(event!.data)).not.toContain('clientSecret');
  });

  it('records changes, and nothing when the same settings are saved again', () => {
    spec.given([configured()]).when(configure()).thenNothing();
    spec.given([configured()]).when(configure({ enabled: false })).then([configured({ enabled: false })]);
    spec.given([configured()]).when(configure({ clientSecretFingerprint: 'fp2' })).then([configured({ clientSecretFingerprint: 'fp2' })]);
    expect(spec.given([configured(), configured({ enabled: false })]).state).toMatchObject({ status: 'disabled', enabled: false });
  });
});
