// Shared by the integration tests: start the vault on a fresh database and namespace, capture
// its log output, call its RPCs as an administrator whose PAT holds the given permissions.
import { Writable } from 'node:stream';
import { callRpc } from '@keywarden/bus';
import type { RpcMethodName } from '@keywarden/contracts';
import { loadConfig, startService, type RunningService } from '@keywarden/runtime';
import { createTestDatabase, testBus, type TestDatabase } from '@keywarden/testing';
import { extraConfig } from './config.js';
import { secretsVaultService, type VaultOptions } from './service.js';

// Tests read RPC replies loosely; the contracts' codec has already checked their shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Reply = Record<string, any>;

export const KEY1 = `1:${Buffer.alloc(32, 7).toString('base64')}`;
export const KEY2 = `2:${Buffer.alloc(32, 9).toString('base64')}`;
export const ALL = ['secrets:read', 'secrets:write', 'secrets:reveal', 'secrets:admin'];

export type Harness = {
  db: TestDatabase;
  namespace: string;
  logs: string[];
  service: RunningService;
  start: (masterKeys: string, extra?: Record<string, string>, options?: VaultOptions) => Promise<RunningService>;
  /** Another instance on the same database and bus namespace (a second replica); stopped by close. */
  replica: (extra?: Record<string, string>, options?: VaultOptions) => Promise<RunningService>;
  call: <N extends RpcMethodName>(method: N, request: Record<string, unknown>, permissions?: string[]) => Promise<Reply>;
  close: () => Promise<void>;
};

export async function startHarness(masterKeys = KEY1, options: VaultOptions = {}): Promise<Harness> {
  const db = await createTestDatabase('vault');
  const { natsUrl, namespace } = testBus();
  const logs: string[] = [];
  const replicas: RunningService[] = [];
  const destination = new Writable({ write: (chunk, _e, cb) => { logs.push(String(chunk)); cb(); } });
  const instance = (keys: string, extra: Record<string, string>, opts: VaultOptions) => {
    const env = { KW_NATS_URL: natsUrl, KW_DATABASE_URL: db.url, KW_BUS_NAMESPACE: namespace, KW_LOG_LEVEL: 'debug', KW_MASTER_KEYS: keys,
      KW_SECRETS_REWRAP_ON_START: 'false', KW_HTTP_PORT: '0', KW_HTTP_HOST: '127.0.0.1', ...extra };
    return startService(secretsVaultService(opts), loadConfig('secrets-vault', env, extraConfig), { logDestination: destination });
  };
  const h: Harness = {
    db, namespace, logs, service: undefined as unknown as RunningService,
    start: async (keys, extra = {}, opts = options) => {
      h.service = await instance(keys, extra, opts);
      return h.service;
    },
    replica: async (extra = {}, opts = options) => {
      const replica = await instance(masterKeys, extra, opts);
      replicas.push(replica);
      return replica;
    },
    call: async (method, request, permissions = ALL) =>
      (await callRpc(h.service.deps.nc, method, (method === 'secrets.BuildEnvironment' ? request
        : { ...request, actor: { userId: 'user-1', organizationId: 'org-1', roles: ['admin'], credential: 'pat', scopes: permissions } }) as never,
        { namespace, timeoutMs: 15_000 })) as Reply,
    close: async () => {
      for (const replica of replicas.splice(0)) await replica.stop();
      await h.service?.stop();
      await db.drop();
    },
  };
  await h.start(masterKeys);
  return h;
}
