// HashiCorp Vault as a client sees it: token auth (X-Vault-Token), AppRole login, and the KV
// version 2 engine (data/ and metadata/ paths; listing as GET ?list=true, which Vault treats
// like its LIST verb — Node's HTTP parser does not accept a LIST method).
import { randomBytes } from 'node:crypto';
import { startJsonServer, type JsonReply, type JsonServer } from '../infisical/json-server.js';

export type VaultSimulator = JsonServer & {
  addToken(token: string): void;
  addAppRole(role: { roleId: string; secretId: string; mount?: string }): void;
  /** Writes a new version of a KV v2 entry (as `vault kv put`). */
  put(mount: string, path: string, data: Record<string, string>): void;
  remove(mount: string, path: string): void;
};

const denied: JsonReply = { status: 403, body: { errors: ['permission denied'] } };
const missing: JsonReply = { status: 404, body: { errors: [] } };

export async function startVaultSimulator(options: { port?: number } = {}): Promise<VaultSimulator> {
  const tokens = new Set<string>();
  const roles = new Map<string, { secretId: string; mount: string }>();
  const kv = new Map<string, { versions: Array<Record<string, string>>; created: string[] }>();
  const key = (mount: string, path: string) => `${mount}\0${path.replace(/^\/+|\/+$/g, '')}`;

  const server = await startJsonServer((req) => {
    const login = /^\/v1\/auth\/([^/]+)\/login$/.exec(req.path);
    if (login && req.method === 'POST') {
      const body = (req.body ?? {}) as { role_id?: unknown; secret_id?: unknown };
      const role = typeof body.role_id === 'string' ? roles.get(body.role_id) : undefined;
      if (!role || role.mount !== login[1] || role.secretId !== body.secret_id) return { status: 400, body: { errors: ['invalid role or secret ID'] } };
      const token = `hvs.${randomBytes(24).toString('base64url')}`;
      tokens.add(token);
      return { status: 200, body: { auth: { client_token: token, policies: ['default'], lease_duration: 3600, renewable: true } } };
    }
    const token = String(req.headers['x-vault-token'] ?? '');
    if (!tokens.has(token)) return denied;
    const match = /^\/v1\/([^/]+)\/(data|metadata)\/?(.*)$/.exec(req.path);
    if (!match) return missing;
    const [, mount = '', kind, rest = ''] = match;
    const isList = req.method === 'LIST' || (req.method === 'GET' && req.query.get('list') === 'true');
    if (kind === 'metadata' && isList) {
      const prefix = rest.replace(/\/+$/, '');
      const keys = new Set<string>();
      for (const k of kv.keys()) {
        const [m, p = ''] = k.split('\0');
        if (m !== mount) continue;
        const relative = prefix ? (p.startsWith(`${prefix}/`) ? p.slice(prefix.length + 1) : undefined) : p;
        if (relative === undefined) continue;
        const slash = relative.indexOf('/');
        keys.add(slash === -1 ? relative : relative.slice(0, slash + 1));
      }
      return keys.size ? { status: 200, body: { data: { keys: [...keys].sort() } } } : missing;
    }
    if (kind === 'data' && req.method === 'GET') {
      const entry = kv.get(key(mount, rest));
      if (!entry) return missing;
      const version = entry.versions.length;
      return { status: 200, body: { data: { data: entry.versions[version - 1], metadata: { version, created_time: entry.created[version - 1], deletion_time: '', destroyed: false } } } };
    }
    if (kind === 'data' && (req.method === 'POST' || req.method === 'PUT')) {
      const data = ((req.body ?? {}) as { data?: Record<string, string> }).data;
      if (!data || typeof data !== 'object') return { status: 400, body: { errors: ['no data provided'] } };
      write(mount, rest, data);
      return { status: 200, body: { data: { version: kv.get(key(mount, rest))!.versions.length } } };
    }
    return { status: 405, body: { errors: ['unsupported operation'] } };
  }, { ...(options.port !== undefined ? { port: options.port } : {}) });

  function write(mount: string, path: string, data: Record<string, string>) {
    const k = key(mount, path);
    const entry = kv.get(k) ?? { versions: [], created: [] };
    entry.versions.push({ ...data });
    entry.created.push(new Date().toISOString());
    kv.set(k, entry);
  }

  return Object.assign(server, {
    addToken: (token: string) => void tokens.add(token),
    addAppRole: (role: { roleId: string; secretId: string; mount?: string }) => void roles.set(role.roleId, { secretId: role.secretId, mount: role.mount ?? 'approle' }),
    put: write,
    remove: (mount: string, path: string) => void kv.delete(key(mount, path)),
  });
}
