import { describe, expect, it } from 'vitest';
import { providerAppDecider, type ProviderAppCommand, type ProviderAppState } from './provider-app.js';

const configure = (fingerprint: string, provider = 'feishu', change: Partial<Extract<ProviderAppCommand, { type: 'Configure' }>> = {}): ProviderAppCommand => ({
  type: 'Configure', providerAppId: 'p1', provider, name: 'Feishu', baseUrl: '', clientId: 'cli_1', clientSecretFingerprint: fingerprint, scopes: [],
  settingsFingerprint: '', actorUserId: 'admin', ...change,
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

  it('appends nothing when the same configuration is given again', () => {
    // given a configured app, when the identical configuration comes again (another actor does not make it a change), then nothing
    expect(providerAppDecider.decide(configure('fp1', 'feishu', { actorUserId: 'platform' }), given(configure('fp1')))).toEqual([]);
    expect(providerAppDecider.decide(configure('fp1', 'feishu', { scopes: ['a', 'b'] }), given(configure('fp1', 'feishu', { scopes: ['a', 'b'] })))).toEqual([]);
  });

  it.each([
    ['the secret', configure('fp2')],
    ['the name', configure('fp1', 'feishu', { name: 'Lark' })],
    ['the base URL', configure('fp1', 'feishu', { baseUrl: 'http://127.0.0.1:9000' })],
    ['the client id', configure('fp1', 'feishu', { clientId: 'cli_2' })],
    ['the scopes', configure('fp1', 'feishu', { scopes: ['contact'] })],
    ['the scopes order', configure('fp1', 'feishu', { scopes: ['b', 'a'] })],
    ['the endpoint settings', configure('fp1', 'feishu', { settingsFingerprint: 'sfp' })],
  ])('appends ProviderAppConfigured when %s changes', (_what, command) => {
    const events = providerAppDecider.decide(command, given(configure('fp1', 'feishu', { scopes: ['a', 'b'] })));
    expect(events).toEqual([{ type: 'ProviderAppConfigured', data: expect.objectContaining({ providerAppId: 'p1', clientSecretFingerprint: (command as { clientSecretFingerprint: string }).clientSecretFingerprint }) }]);
  });

  it('configures an app whose credentials were refused again, even unchanged: that re-activates it', () => {
    const state = given(configure('fp1'), invalid('fp1'));
    expect(state.status).toBe('credential_invalid');
    expect(providerAppDecider.decide(configure('fp1'), state)).toEqual([{ type: 'ProviderAppConfigured', data: expect.objectContaining({ clientSecretFingerprint: 'fp1' }) }]);
  });

  it('refuses to change an app provider', () => {
    expect(() => providerAppDecider.decide(configure('fp', 'gitlab'), given(configure('fp')))).toThrowError(expect.objectContaining({ code: 'ERR_PROVIDER_APP_INVALID' }));
  });
});
