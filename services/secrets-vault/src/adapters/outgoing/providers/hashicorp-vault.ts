// HashiCorp Vault KV v2: a token, or AppRole login (role_id + secret_id -> client token); every
// entry under a path is read, and each field of an entry becomes one secret named by the field.
import { z } from 'zod';
import { fetchJson, ProviderError, trimSlash, type ProviderClient, type RemoteSecret } from './types.js';

export const vaultSettings = z.object({
  address: z.url(),
  mount: z.string().regex(/^[A-Za-z0-9_-]+$/).default('secret'),
  path: z.string().regex(/^[A-Za-z0-9_\-/]*$/).default(''),
  namespace: z.string().optional(),
  auth: z.discriminatedUnion('method', [
    z.object({ method: z.literal('token'), token: z.string().min(1) }),
    z.object({ method: z.literal('approle'), roleId: z.string().min(1), secretId: z.string().min(1), mount: z.string().default('approle') }),
  ]),
});

const loginAnswer = z.object({ auth: z.object({ client_token: z.string().min(1) }) });
const listAnswer = z.object({ data: z.object({ keys: z.array(z.string()) }) });
const readAnswer = z.object({ data: z.object({ data: z.record(z.string(), z.unknown()) }) });

export function vaultClient(settings: z.infer<typeof vaultSettings>): ProviderClient {
  const base = `${trimSlash(settings.address)}/v1`;
  const ns: Record<string, string> = settings.namespace ? { 'X-Vault-Namespace': settings.namespace } : {};
  const folder = settings.path.replace(/^\/+|\/+$/g, '');
  return {
    async fetchAll() {
      const token = await loginToken();
      const headers = { ...ns, 'X-Vault-Token': token };
      const entries = await listRecursive(headers, folder);
      const out: RemoteSecret[] = [];
      for (const entry of entries) {
        const read = readAnswer.safeParse(await fetchJson('vault read', `${base}/${settings.mount}/data/${entry}`, { headers }));
        if (!read.success) throw new ProviderError('invalid_response', 'vault read: unexpected answer', { errorId: 'VAULT-9708' });
        for (const [field, value] of Object.entries(read.data.data.data)) {
          out.push({ name: field, value: typeof value === 'string' ? value : JSON.stringify(value), reference: `${settings.mount}/${entry}#${field}` });
        }
      }
      return out;
    },
  };

  async function loginToken(): Promise<string> {
    if (settings.auth.method === 'token') return settings.auth.token;
    const answer = loginAnswer.safeParse(await fetchJson('vault approle login', `${base}/auth/${settings.auth.mount}/login`, {
      method: 'POST', headers: { ...ns, 'content-type': 'application/json' },
      body: JSON.stringify({ role_id: settings.auth.roleId, secret_id: settings.auth.secretId }),
    }));
    if (!answer.success) throw new ProviderError('invalid_response', 'vault approle login: unexpected answer', { errorId: 'VAULT-ce18' });
    return answer.data.auth.client_token;
  }

  async function listRecursive(headers: Record<string, string>, prefix: string, depth = 0): Promise<string[]> {
    if (depth > 8) return [];
    const path = prefix ? `${prefix}/` : '';
    const listed = listAnswer.safeParse(await fetchJson('vault list', `${base}/${settings.mount}/metadata/${path}?list=true`, { headers }));
    if (!listed.success) throw new ProviderError('invalid_response', 'vault list: unexpected answer', { errorId: 'VAULT-8c1c' });
    const out: string[] = [];
    for (const key of listed.data.data.keys) {
      if (key.endsWith('/')) out.push(...(await listRecursive(headers, `${path}${key.slice(0, -1)}`, depth + 1)));
      else out.push(`${path}${key}`);
    }
    return out;
  }
}
