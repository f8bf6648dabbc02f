// Infisical: universal auth (client id + secret -> access token), then the raw secrets of one
// project environment and path (GET /api/v3/secrets/raw).
import { z } from 'zod';
import { fetchJson, ProviderError, trimSlash, type ProviderClient } from './types.js';

export const infisicalSettings = z.object({
  siteUrl: z.url(),
  clientId: z.string().min(1),
  clientSecret: z.string().min(1),
  projectId: z.string().min(1),
  environment: z.string().min(1),
  secretPath: z.string().default('/'),
});

const login = z.object({ accessToken: z.string().min(1) });
const list = z.object({ secrets: z.array(z.object({ secretKey: z.string(), secretValue: z.string() })) });

export function infisicalClient(settings: z.infer<typeof infisicalSettings>): ProviderClient {
  const base = trimSlash(settings.siteUrl);
  return {
    async fetchAll() {
      const auth = login.safeParse(await fetchJson('infisical login', `${base}/api/v1/auth/universal-auth/login`, {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ clientId: settings.clientId, clientSecret: settings.clientSecret }),
      }));
      if (!auth.success) throw new ProviderError('invalid_response', 'infisical login: unexpected answer', { errorId: 'VAULT-a2bf' });
      const query = new URLSearchParams({ workspaceId: settings.projectId, environment: settings.environment, secretPath: settings.secretPath });
      const body = list.safeParse(await fetchJson('infisical list secrets', `${base}/api/v3/secrets/raw?${query}`, {
        headers: { authorization: `Bearer ${auth.data.accessToken}` },
      }));
      if (!body.success) throw new ProviderError('invalid_response', 'infisical list secrets: unexpected answer', { errorId: 'VAULT-1407' });
      const path = settings.secretPath.endsWith('/') ? settings.secretPath : `${settings.secretPath}/`;
      return body.data.secrets.map((s) => ({ name: s.secretKey, value: s.secretValue, reference: `/${settings.environment}${path}${s.secretKey}` }));
    },
  };
}
