// AWS Secrets Manager as the SDK sees it: JSON 1.1 protocol (POST /, X-Amz-Target
// secretsmanager.<Operation>, application/x-amz-json-1.1) with SigV4 headers. The signature's
// shape, access key id, region and service are checked; the HMAC itself is not recomputed.
import { randomUUID } from 'node:crypto';
import { startJsonServer, type JsonReply, type JsonServer } from '../infisical/json-server.js';

export type AwsSecretsManagerSimulator = JsonServer & {
  addAccessKey(accessKeyId: string): void;
  putSecret(name: string, value: string): void;
  deleteSecret(name: string): void;
};

type Stored = { arn: string; name: string; versions: Array<{ id: string; value: string; created: number }> };

const error = (type: string, message: string, status = 400): JsonReply => ({ status, body: { __type: type, message }, headers: { 'x-amzn-errortype': type } });
const SIGV4 = /^AWS4-HMAC-SHA256 Credential=([A-Z0-9]+)\/(\d{8})\/([a-z0-9-]+)\/secretsmanager\/aws4_request, ?SignedHeaders=[a-z0-9;-]+, ?Signature=[0-9a-f]{64}$/;

export async function startAwsSecretsManagerSimulator(options: { port?: number; region?: string; accountId?: string } = {}): Promise<AwsSecretsManagerSimulator> {
  const region = options.region ?? 'us-east-1';
  const account = options.accountId ?? '000000000000';
  const keys = new Set<string>();
  const secrets = new Map<string, Stored>();
  const find = (id: unknown) => [...secrets.values()].find((s) => s.name === id || s.arn === id);

  const server = await startJsonServer((req) => {
    if (req.method !== 'POST' || req.path !== '/') return error('UnknownOperationException', 'unknown operation', 404);
    const auth = SIGV4.exec(String(req.headers.authorization ?? ''));
    if (!auth || !req.headers['x-amz-date']) return error('IncompleteSignatureException', 'Authorization header requires a SigV4 signature');
    if (!keys.has(auth[1]!)) return error('UnrecognizedClientException', 'The security token included in the request is invalid.');
    if (auth[3] !== region) return error('InvalidSignatureException', 'Credential should be scoped to a valid region.');
    const target = String(req.headers['x-amz-target'] ?? '');
    const input = (req.body ?? {}) as Record<string, unknown>;
    switch (target) {
      case 'secretsmanager.ListSecrets': {
        const filters = (input['Filters'] as Array<{ Key: string; Values: string[] }> | undefined) ?? [];
        const prefixes = filters.filter((f) => f.Key === 'name').flatMap((f) => f.Values);
        const all = [...secrets.values()].filter((s) => prefixes.length === 0 || prefixes.some((p) => s.name.startsWith(p))).sort((a, b) => a.name.localeCompare(b.name));
        const max = Math.min(Number(input['MaxResults'] ?? 100), 100);
        const start = input['NextToken'] ? Number(Buffer.from(String(input['NextToken']), 'base64url').toString()) : 0;
        const page = all.slice(start, start + max);
        const next = start + max < all.length ? Buffer.from(String(start + max)).toString('base64url') : undefined;
        return { status: 200, body: { SecretList: page.map((s) => ({ ARN: s.arn, Name: s.name, LastChangedDate: s.versions.at(-1)!.created / 1000 })), ...(next ? { NextToken: next } : {}) } };
      }
      case 'secretsmanager.GetSecretValue': {
        const secret = find(input['SecretId']);
        if (!secret) return error('ResourceNotFoundException', "Secrets Manager can't find the specified secret.");
        const version = secret.versions.at(-1)!;
        return { status: 200, body: { ARN: secret.arn, Name: secret.name, VersionId: version.id, SecretString: version.value, VersionStages: ['AWSCURRENT'], CreatedDate: version.created / 1000 } };
      }
      case 'secretsmanager.CreateSecret': {
        if (typeof input['Name'] !== 'string' || typeof input['SecretString'] !== 'string') return error('InvalidParameterException', 'Name and SecretString are required');
        if (find(input['Name'])) return error('ResourceExistsException', 'The operation failed because the secret already exists.');
        put(input['Name'], input['SecretString']);
        const s = find(input['Name'])!;
        return { status: 200, body: { ARN: s.arn, Name: s.name, VersionId: s.versions[0]!.id } };
      }
      case 'secretsmanager.PutSecretValue': {
        const s = find(input['SecretId']);
        if (!s) return error('ResourceNotFoundException', "Secrets Manager can't find the specified secret.");
        if (typeof input['SecretString'] !== 'string') return error('InvalidParameterException', 'SecretString is required');
        put(s.name, input['SecretString']);
        return { status: 200, body: { ARN: s.arn, Name: s.name, VersionId: s.versions.at(-1)!.id, VersionStages: ['AWSCURRENT'] } };
      }
      default:
        return error('UnknownOperationException', 'The action or operation requested is invalid.');
    }
  }, { contentType: 'application/x-amz-json-1.1' });

  function put(name: string, value: string) {
    const existing = secrets.get(name);
    const entry: Stored = existing ?? { arn: `arn:aws:secretsmanager:${region}:${account}:secret:${name}-${randomUUID().slice(0, 6)}`, name, versions: [] };
    entry.versions.push({ id: randomUUID(), value, created: Date.now() });
    secrets.set(name, entry);
  }

  return Object.assign(server, {
    addAccessKey: (id: string) => void keys.add(id),
    putSecret: put,
    deleteSecret: (name: string) => void secrets.delete(name),
  });
}
