import { deciderSpec } from '@keywarden/testing/decider';
import { describe, expect, it } from 'vitest';
import { providerAppDecider, type ProviderAppCommand, type ProviderAppEvent } from './provider-app.js';

const spec = deciderSpec(providerAppDecider);
type Change = { name?: string; baseUrl?: string; clientId?: string; scopes?: string[]; settingsFingerprint?: string; actorUserId?: string };

const configure = (fingerprint: string, provider = 'feishu', change: Change = {}): ProviderAppCommand => ({
  type: 'Configure', providerAppId: 'p1', provider, name: 'Feishu', baseUrl: '', clientId: 'cli_1', clientSecretFingerprint: fingerprint, scopes: [],
  settingsFingerprint: '', actorUserId: 'admin', ...change,
});
const invalid = (fingerprint: string): ProviderAppCommand => ({
  type: 'ReportCredentialInvalid', errorClass: 'invalid_client', providerCode: '10014', accountId: 'a1', clientSecretFingerprint: fingerprint,
});
const configured = (fingerprint: string, change: Change = {}): ProviderAppEvent => ({
  type: 'ProviderAppConfigured',
  data: {
    providerAppId: 'p1', provider: 'feishu', name: 'Feishu', baseUrl: '', clientId: 'cli_1', clientSecretFingerprint: fingerprint, scopes: [],
    settingsFingerprint: '', actorUserId: 'admin', ...change,
  },
});
const invalidated = (fingerprint: string): ProviderAppEvent => ({
  type: 'AppCredentialInvalid',
  data: { providerAppId: 'p1', provider: 'feishu', errorClass: 'invalid_client', providerCode: '10014', accountId: 'a1', clientSecretFingerprint: fingerprint },
});

describe('provider app decider', () => {
  it('raises AppCredentialInvalid once per secret, and again only after a new secret fails', () => {
    spec.given([configured('fp1')]).when(invalid('fp1')).then([invalidated('fp1')]);
    spec.given([configured('fp1'), invalidated('fp1')]).when(invalid('fp1')).thenNothing();
    // A failure seen with an old secret after the admin changed it is not about the new one.
    spec.given([configured('fp1'), configured('fp2')]).when(invalid('fp1')).thenNothing();
    expect(spec.given([configured('fp1'), invalidated('fp1'), configured('fp2')]).state).toMatchObject({ status: 'active', clientSecretFingerprint: 'fp2' });
  });

  it('appends nothing when the same configuration is given again', () => {
    // given a configured app, when the identical configuration comes again (another actor does not make it a change), then nothing
    spec.given([configured('fp1')]).when(configure('fp1', 'feishu', { actorUserId: 'platform' })).thenNothing();
    spec.given([configured('fp1', { scopes: ['a', 'b'] })]).when(configure('fp1', 'feishu', { scopes: ['a', 'b'] })).thenNothing();
  });

  it.each<[string, string, Change]>([
    ['the secret', 'fp2', {}],
    ['the name', 'fp1', { name: 'Lark' }],
    ['the base URL', 'fp1', { baseUrl: 'http://127.0.0.1:9000' }],
    ['the client id', 'fp1', { clientId: 'cli_2' }],
    ['the scopes', 'fp1', { scopes: ['contact'] }],
    ['the scopes order', 'fp1', { scopes: ['b', 'a'] }],
    ['the endpoint settings', 'fp1', { settingsFingerprint: 'sfp' }],
  ])('appends ProviderAppConfigured when %s changes', (_what, fingerprint, change) => {
    const command = configure(fingerprint, 'feishu', change);
    spec.given([configured('fp1', { scopes: ['a', 'b'] })]).when(command).then([configured(fingerprint, change)]);
  });

  it('configures an app whose credentials were refused again, even unchanged: that re-activates it', () => {
    const refused = spec.given([configured('fp1'), invalidated('fp1')]);
    expect(refused.state.status).toBe('credential_invalid');
    refused.when(configure('fp1')).then([configured('fp1')]);
  });

  it('refuses to change an app provider', () => {
    spec.given([configured('fp')]).when(configure('fp', 'gitlab')).thenThrows('ERR_PROVIDER_APP_INVALID');
  });
});
