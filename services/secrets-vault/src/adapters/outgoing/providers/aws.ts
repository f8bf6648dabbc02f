// AWS Secrets Manager through the official SDK (endpoint configurable, for the simulator or
// LocalStack). Secret names below `prefix` become secret names, `/` turned into `_`.
import { GetSecretValueCommand, ListSecretsCommand, SecretsManagerClient, type SecretListEntry } from '@aws-sdk/client-secrets-manager';
import { z } from 'zod';
import { ProviderError, classifyStatus, type ProviderClient, type RemoteSecret } from './types.js';

export const awsSettings = z.object({
  region: z.string().min(1),
  endpoint: z.url().optional(),
  accessKeyId: z.string().min(1),
  secretAccessKey: z.string().min(1),
  sessionToken: z.string().optional(),
  prefix: z.string().default(''),
});

export function awsClient(settings: z.infer<typeof awsSettings>): ProviderClient {
  const client = new SecretsManagerClient({
    region: settings.region,
    ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
    credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey, ...(settings.sessionToken ? { sessionToken: settings.sessionToken } : {}) },
    maxAttempts: 2,
  });
  return {
    async fetchAll() {
      try {
        const entries: SecretListEntry[] = [];
        let nextToken: string | undefined;
        do {
          const page = await client.send(new ListSecretsCommand({
            MaxResults: 100, ...(nextToken ? { NextToken: nextToken } : {}),
            ...(settings.prefix ? { Filters: [{ Key: 'name', Values: [settings.prefix] }] } : {}),
          }));
          entries.push(...(page.SecretList ?? []));
          nextToken = page.NextToken;
        } while (nextToken);
        const out: RemoteSecret[] = [];
        for (const entry of entries) {
          if (!entry.Name || !entry.Name.startsWith(settings.prefix)) continue;
          const value = await client.send(new GetSecretValueCommand({ SecretId: entry.ARN ?? entry.Name }));
          if (value.SecretString === undefined) continue; // binary secrets are not environment values
          out.push({ name: entry.Name.slice(settings.prefix.length).replace(/^\/+/, '').replaceAll('/', '_'), value: value.SecretString, reference: entry.ARN ?? entry.Name });
        }
        return out;
      } catch (error) {
        if (error instanceof ProviderError) throw error;
        const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode ?? 0;
        const name = (error as { name?: string }).name ?? 'Error';
        // The SDK's error name (e.g. AccessDeniedException) is safe to report; its message may not be.
        throw new ProviderError(status ? classifyStatus(status) : 'unavailable', `aws secrets manager: ${name}`, { errorId: 'VAULT-1b22', httpStatus: status });
      } finally {
        client.destroy();
      }
    },
  };
}
