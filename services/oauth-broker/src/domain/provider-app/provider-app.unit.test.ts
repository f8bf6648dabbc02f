import { describe, expect, it } from 'vitest';
import { providerAppDecider, type ProviderAppCommand, type ProviderAppState } from './provider-app.js';

const configure = (fingerprint: string, provider = 'feishu'): ProviderAppCommand => ({
  type: 'Configure', providerAppId: 'p1', provider, name: 'Feishu', baseUrl: '', clientId: 'cli_1', clientSecretFingerprint: fingerprint, scopes: [], actorUserId: 'admin',
});
const invalid = (fingerprint: string): ProviderAppCommand => ({
  type: 'ReportCredentialInvalid', errorClass: 'invalid_client', providerCode: '10014', accountId: 'a1', clientSecretFingerprint: fingerprint,
});

function given(...commands: ProviderAppCommand[]): ProviderAppState {
  return commands.reduce((state, command) => providerAppDecider.decide(command, state).reduce(providerAppDecider.evolve, state), providerAppDecider.initialState());
}

describe('provider app decider', () => {
  it('raises AppCredentialInvalid once per secret, and again only after a new secret fails', () => {
    expect(providerAppDecider.decide(invalid('fp1'), given(configure('fp1')))).toEqual([
      { type: 'AppCredentialInvalid', data: expect.objectContaining({ providerAppId: 'p1', provider: 'feishu', providerCode: '10014', clientSecretFingerprint: 'fp1' }) },
    ]);
    expect(providerAppDecider.decide(invalid('fp1'), given(configure('fp1'), invalid('fp1')))).toEqual([]);
    // A failure seen with an old secret after the admin changed it is not about the new one.
    expect(providerAppDecider.decide(invalid('fp1'), given(configure('fp1'), configure('fp2')))).toEqual([]);
    expect(given(configure('fp1'), invalid('fp1'), configure('fp2'))).toMatchObject({ status: 'active', clientSecretFingerprint: 'fp2' });
  });

  it('refuses to change an app provider', () => {
    expect(() => providerAppDecider.decide(configure('fp', 'gitlab'), given(configure('fp')))).toThrowError(expect.objectContaining({ code: 'ERR_PROVIDER_APP_INVALID' }));
  });
});
