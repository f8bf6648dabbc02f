// Infisical as a client sees it: universal auth login (machine identity client id + secret ->
// short-lived access token) and the raw secrets of a project environment and path.
import { randomBytes, randomUUID } from 'node:crypto';
import { bearer, startJsonServer, type JsonReply, type JsonServer } from './json-server.js';

export type InfisicalIdentity = { clientId: string; clientSecret: string };

export type InfisicalSimulator = JsonServer & {
  addIdentity(identity: InfisicalIdentity): void;
  setSecret(projectId: string, environment: string, secretPath: string, key: string, value: string): void;
  deleteSecret(projectId: string, environment: string, secretPath: string, key: string): void;
};

const unauthorized = (message: string): JsonReply => ({ status: 401, body: { statusCode: 401, message, error: 'UnauthorizedError' } });

export async function startInfisicalSimulator(options: { port?: number; tokenTtlSeconds?: number } = {}): Promise<InfisicalSimulator> {
  const identities = new Map<string, string>();
  const tokens = new Map<string, number>();
  const store = new Map<string, Map<string, { id: string; value: string; version: number }>>();
  const ttl = options.tokenTtlSeconds ?? 7200;
  const folder = (projectId: string, env: string, path: string) => `${projectId}\0${env}\0${path.replace(/\/+$/, '') || '/'}`;

  const server = await startJsonServer((req) => {
    if (req.method === 'POST' && req.path === '/api/v1/auth/universal-auth/login') {
      const body = (req.body ?? {}) as { clientId?: unknown; clientSecret?: unknown };
      if (typeof body.clientId !== 'string' || identities.get(body.clientId) !== body.clientSecret) return unauthorized('Invalid credentials');
      const accessToken = randomBytes(32).toString('base64url');
      tokens.set(accessToken, Date.now() + ttl * 1000);
      return { status: 200, body: { accessToken, expiresIn: ttl, accessTokenMaxTTL: ttl * 12, tokenType: 'Bearer' } };
    }
    if (req.method === 'GET' && req.path === '/api/v3/secrets/raw') {
      const token = bearer(req.headers);
      if (!token || (tokens.get(token) ?? 0) < Date.now()) return unauthorized('Token missing or expired');
      const projectId = req.query.get('workspaceId') ?? '';
      const environment = req.query.get('environment') ?? '';
      if (!projectId || !environment) return { status: 400, body: { statusCode: 400, message: 'workspaceId and environment are required', error: 'BadRequest' } };
      const secrets = store.get(folder(projectId, environment, req.query.get('secretPath') ?? '/')) ?? new Map();
      return { status: 200, body: { imports: [], secrets: [...secrets.entries()].map(([key, s]) => ({
        id: s.id, _id: s.id, workspace: projectId, environment, version: s.version, type: 'shared', secretKey: key, secretValue: s.value, secretComment: '',
      })) } };
    }
    return { status: 404, body: { statusCode: 404, message: 'Route not found', error: 'NotFound' } };
  });

  return Object.assign(server, {
    addIdentity: (identity: InfisicalIdentity) => void identities.set(identity.clientId, identity.clientSecret),
    setSecret: (projectId: string, environment: string, secretPath: string, key: string, value: string) => {
      const f = folder(projectId, environment, secretPath);
      const secrets = store.get(f) ?? new Map();
      store.set(f, secrets);
      const current = secrets.get(key);
      secrets.set(key, { id: current?.id ?? randomUUID(), value, version: (current?.version ?? 0) + 1 });
    },
    deleteSecret: (projectId: string, environment: string, secretPath: string, key: string) => void store.get(folder(projectId, environment, secretPath))?.delete(key),
  });
}
