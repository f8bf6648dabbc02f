import { describe, expect, it } from 'vitest';
import type { Commands } from './commands.js';
import { configureProviderApp, type ConfigureAppInput } from './provider-apps.js';
import type { Store } from './ports.js';

const admin = { userId: 'admin-1', roles: ['admin'], organizationId: 'org-1' };
const input: ConfigureAppInput = {
  providerAppId: '', provider: 'github_app', name: 'GitHub App', baseUrl: '', clientId: '12345', clientSecret: '',
  privateKeyPem: '-----BEGIN RSA PRIVATE KEY-----\nbroken\n-----END RSA PRIVATE KEY-----\n', scopes: [], authorizeUrl: '', tokenUrl: '',
  revocationUrl: '', issuer: '', defaultExpiresInSeconds: 0, apiUrl: '',
};

describe('configureProviderApp', () => {
  it('rejects a GitHub App private key that is not a usable RSA PEM (ERR_VALIDATION), before anything is stored', async () => {
    const commands = { providerApp: () => Promise.reject(new Error('must not be called')) } as unknown as Commands;
    await expect(configureProviderApp(commands, {} as Store, admin, input)).rejects.toMatchObject({
      code: 'ERR_VALIDATION',
      issues: [expect.objectContaining({ path: 'privateKeyPem' })],
    });
  });
});
