// Azure Key Vault over its REST API: a client-credentials token from Microsoft Entra ID
// (scope https://vault.azure.net/.default), then list secrets (following nextLink) and get
// each enabled one. Key Vault names allow only letters, digits and '-': '-' becomes '_'.
import { z } from 'zod';
import { fetchJson, ProviderError, trimSlash, type ProviderClient, type RemoteSecret } from './types.js';

export const azureSettings = z.object({
  vaultUrl: z.url(),
  tenantId: z.string().min(1),
  clientId: z.string().min(1),
  clientSecret: z.string().min(1),
  authorityHost: z.url().default('https://login.microsoftonline.com'),
  apiVersion: z.string().default('7.4'),
});

const tokenAnswer = z.object({ access_token: z.string().min(1) });
const listAnswer = z.object({ value: z.array(z.object({ id: z.string(), attributes: z.object({ enabled: z.boolean().optional() }).optional() })), nextLink: z.string().nullish() });
const getAnswer = z.object({ value: z.string(), id: z.string() });

export function azureClient(settings: z.infer<typeof azureSettings>): ProviderClient {
  const vault = trimSlash(settings.vaultUrl);
  return {
    async fetchAll() {
      const token = tokenAnswer.safeParse(await fetchJson('azure token', `${trimSlash(settings.authorityHost)}/${encodeURIComponent(settings.tenantId)}/oauth2/v2.0/token`, {
        method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'client_credentials', client_id: settings.clientId, client_secret: settings.clientSecret, scope: 'https://vault.azure.net/.default' }).toString(),
      }));
      if (!token.success) throw new ProviderError('invalid_response', 'azure token: unexpected answer', { errorId: 'VAULT-180e' });
      const headers = { authorization: `Bearer ${token.data.access_token}` };
      const names: string[] = [];
      let next: string | null | undefined = `${vault}/secrets?api-version=${settings.apiVersion}`;
      for (let page = 0; next && page < 100; page++) {
        // nextLink must stay on the configured vault: never send the token elsewhere.
        if (!next.startsWith(`${vault}/`)) throw new ProviderError('invalid_response', 'azure list: nextLink points outside the vault', { errorId: 'VAULT-b0f1' });
        const listed = listAnswer.safeParse(await fetchJson('azure list secrets', next, { headers }));
        if (!listed.success) throw new ProviderError('invalid_response', 'azure list secrets: unexpected answer', { errorId: 'VAULT-1f38' });
        for (const item of listed.data.value) if (item.attributes?.enabled !== false) names.push(item.id.split('/').pop()!);
        next = listed.data.nextLink;
      }
      const out: RemoteSecret[] = [];
      for (const name of names) {
        const got = getAnswer.safeParse(await fetchJson('azure get secret', `${vault}/secrets/${encodeURIComponent(name)}?api-version=${settings.apiVersion}`, { headers }));
        if (!got.success) throw new ProviderError('invalid_response', 'azure get secret: unexpected answer', { errorId: 'VAULT-9fbf' });
        out.push({ name: name.replaceAll('-', '_'), value: got.data.value, reference: got.data.id });
      }
      return out;
    },
  };
}
