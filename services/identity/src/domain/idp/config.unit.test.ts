import { describe, expect, it } from 'vitest';
import { checkProviderConfig, type ProviderConfigInput } from './config.js';

const input = (overrides: Partial<ProviderConfigInput> = {}): ProviderConfigInput => ({
  name: ' Corp SSO ', issuer: 'https://login.example.com', clientId: 'kw', clientSecret: 's3cret', scopes: [], claimMapping: {},
  identifierFilter: '', enabled: true, ...overrides,
});
const paths = (i: ProviderConfigInput, creating = true, allowInsecureIssuers = false) =>
  checkProviderConfig(i, { creating, allowInsecureIssuers }).issues.map((issue) => issue.path);

describe('identity provider configuration check', () => {
  it('normalizes and fills the defaults', () => {
    expect(checkProviderConfig(input(), { creating: true, allowInsecureIssuers: false })).toEqual({
      issues: [],
      config: {
        name: 'Corp SSO', issuer: 'https://login.example.com', clientId: 'kw', scopes: ['openid', 'email', 'profile'],
        claimMapping: { email: 'email', display_name: 'name', email_verified: 'email_verified' }, identifierFilter: '',
      },
    });
    expect(checkProviderConfig(input({ claimMapping: { email: 'upn', display_name: '' } }), { creating: true, allowInsecureIssuers: false }).config.claimMapping)
      .toEqual({ email: 'upn', display_name: 'name', email_verified: 'email_verified' });
  });

  it('requires https issuers unless insecure ones are allowed', () => {
    expect(paths(input({ issuer: 'http://localhost:3000' }))).toEqual(['issuer']);
    expect(paths(input({ issuer: 'http://localhost:3000' }), true, true)).toEqual([]);
    expect(paths(input({ issuer: 'ftp://x' }), true, true)).toEqual(['issuer']);
    expect(paths(input({ issuer: 'https://x.test/?a=b' }))).toEqual(['issuer']);
    expect(paths(input({ issuer: 'not a url' }))).toEqual(['issuer']);
  });

  it('names every bad field', () => {
    expect(paths(input({ name: ' ', clientId: '', clientSecret: '', scopes: ['email'], claimMapping: { avatar: 'picture' }, identifierFilter: '(a+)+' })))
      .toEqual(['name', 'clientId', 'clientSecret', 'scopes', 'claimMapping.avatar', 'identifierFilter']);
    expect(paths(input({ scopes: ['openid', 'has space'] }))).toEqual(['scopes']);
  });

  it('keeps the secret when changing a provider', () => {
    expect(paths(input({ clientSecret: '' }), false)).toEqual([]);
  });
});
