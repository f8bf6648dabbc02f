// GCP Secret Manager over its REST API: a service account key signs a JWT bearer assertion
// (RS256) for an OAuth access token, then secrets are listed (pageToken) and each latest
// version accessed (payload.data is base64).
import { createSign } from 'node:crypto';
import { z } from 'zod';
import { fetchJson, ProviderError, trimSlash, type ProviderClient, type RemoteSecret } from './types.js';

export const gcpSettings = z.object({
  projectId: z.string().regex(/^[a-z0-9-]+$/),
  endpoint: z.url().default('https://secretmanager.googleapis.com'),
  serviceAccount: z.object({ client_email: z.string().min(1), private_key: z.string().min(1), token_uri: z.url().default('https://oauth2.googleapis.com/token') }),
  prefix: z.string().default(''),
});

const tokenAnswer = z.object({ access_token: z.string().min(1) });
const listAnswer = z.object({ secrets: z.array(z.object({ name: z.string() })).default([]), nextPageToken: z.string().optional() });
const accessAnswer = z.object({ name: z.string(), payload: z.object({ data: z.string() }) });

export function gcpClient(settings: z.infer<typeof gcpSettings>, now: () => Date = () => new Date()): ProviderClient {
  const base = `${trimSlash(settings.endpoint)}/v1/projects/${settings.projectId}`;
  return {
    async fetchAll() {
      const headers = { authorization: `Bearer ${await accessToken()}` };
      const ids: string[] = [];
      let pageToken: string | undefined;
      do {
        const query = new URLSearchParams({ pageSize: '250', ...(pageToken ? { pageToken } : {}) });
        const listed = listAnswer.safeParse(await fetchJson('gcp list secrets', `${base}/secrets?${query}`, { headers }));
        if (!listed.success) throw new ProviderError('invalid_response', 'gcp list secrets: unexpected answer', { errorId: 'VAULT-82a0' });
        ids.push(...listed.data.secrets.map((s) => s.name.split('/').pop()!).filter((id) => id.startsWith(settings.prefix)));
        pageToken = listed.data.nextPageToken || undefined;
      } while (pageToken);
      const out: RemoteSecret[] = [];
      for (const id of ids) {
        const got = accessAnswer.safeParse(await fetchJson('gcp access secret', `${base}/secrets/${encodeURIComponent(id)}/versions/latest:access`, { headers }));
        if (!got.success) throw new ProviderError('invalid_response', 'gcp access secret: unexpected answer', { errorId: 'VAULT-ade8' });
        out.push({ name: id.slice(settings.prefix.length), value: Buffer.from(got.data.payload.data, 'base64').toString('utf8'), reference: got.data.name });
      }
      return out;
    },
  };

  async function accessToken(): Promise<string> {
    const iat = Math.floor(now().getTime() / 1000);
    const enc = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
    const unsigned = `${enc({ alg: 'RS256', typ: 'JWT' })}.${enc({ iss: settings.serviceAccount.client_email, scope: 'https://www.googleapis.com/auth/cloud-platform',
      aud: settings.serviceAccount.token_uri, iat, exp: iat + 3600 })}`;
    let signature: string;
    try {
      signature = createSign('RSA-SHA256').update(unsigned).sign(settings.serviceAccount.private_key, 'base64url');
    } catch {
      throw new ProviderError('invalid_config', 'gcp: the service account private key is not a usable RSA key', { errorId: 'VAULT-96b3' });
    }
    const answer = tokenAnswer.safeParse(await fetchJson('gcp token', settings.serviceAccount.token_uri, {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion: `${unsigned}.${signature}` }).toString(),
    }));
    if (!answer.success) throw new ProviderError('invalid_response', 'gcp token: unexpected answer', { errorId: 'VAULT-1803' });
    return answer.data.access_token;
  }
}
