// Shared by the integration tests: start the vault on a fresh database and namespace, capture
// its log output, call its RPCs as an administrator whose PAT holds the given permissions (or
// as any actor), and announce projects and applications as gitops-sync and the deployer do.
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { callRpc, closeBus, connectBus, ensureEventStream, eventPublisher } from '@keywarden/bus';
import type { EventName, RpcMethodName } from '@keywarden/contracts';
import { loadConfig, startService, type RunningService } from '@keywarden/runtime';
import { createTestDatabase, eventually, testBus, type TestDatabase } from '@keywarden/testing';
import { extraConfig } from './config.js';
import { secretsVaultService, type VaultOptions } from './service.js';

// Tests read RPC replies loosely; the contracts' codec has already checked their shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Reply = Record<string, any>;
export type Actor = { userId: string; roles: string[]; organizationId: string; organizationRole: string; credential: string; scopes: string[] };

export const KEY1 = `1:${Buffer.alloc(32, 7).toString('base64')}`;
export const KEY2 = `2:${Buffer.alloc(32, 9).toString('base64')}`;
export const ALL = ['secrets:read', 'secrets:write', 'secrets:reveal', 'secrets:admin'];
export const ORG = 'org-1';
export const DEFAULT_ENVIRONMENTS = ['development', 'staging', 'production'];

/** Actors as the gateway sends them: a member of `organizationId` with `role`, signed in (no PAT). */
export const memberOf = (organizationId: string, role: string, userId = `user-${role}`): Actor =>
  ({ userId, roles: [], organizationId, organizationRole: role, credential: 'session', scopes: [] });

export type Harness = {
  db: TestDatabase;
  namespace: string;
  logs: string[];
  service: RunningService;
  start: (masterKeys: string, extra?: Record<string, string>, options?: VaultOptions) => Promise<RunningService>;
  /** Another instance on the same database and bus namespace (a second replica); stopped by close. */
  replica: (extra?: Record<string, string>, options?: VaultOptions) => Promise<RunningService>;
  call: <N extends RpcMethodName>(method: N, request: Record<string, unknown>, permissions?: string[]) => Promise<Reply>;
  callAs: <N extends RpcMethodName>(actor: Actor, method: N, request: Record<string, unknown>) => Promise<Reply>;
  /** Publishes an event of another context onto its stream in this namespace, the next of its stream; resolves to its event id. */
  publish: (source: string, type: EventName, streamId: string, data: Record<string, unknown>) => Promise<string>;
  /** A project as gitops-sync announces it, once the vault has recorded it. */
  project: (projectId: string, options?: { organizationId?: string; environments?: string[] }) => Promise<void>;
  /** An application as the deployer announces it, once the vault has recorded it. */
  application: (applicationId: string, projectId: string, environment: string, options?: { organizationId?: string; name?: string }) => Promise<void>;
  close: () => Promise<void>;
};

export async function startHarness(masterKeys = KEY1, options: VaultOptions = {}): Promise<Harness> {
  const db = await createTestDatabase('vault');
  const { natsUrl, namespace } = testBus();
  const logs: string[] = [];
  const replicas: RunningService[] = [];
  // Each stream's events numbered as the producer's event store numbers them (the projects read model keeps the newer).
  const versions = new Map<string, number>();
  // The streams the vault consumes exist before it starts, as the provisioner makes them in production.
  const nc = await connectBus({ servers: natsUrl, name: 'vault-test' });
  for (const context of ['gitops', 'deploy'] as const) await ensureEventStream(nc, context, { namespace });
  const destination = new Writable({ write: (chunk, _e, cb) => { logs.push(String(chunk)); cb(); } });
  const instance = (keys: string, extra: Record<string, string>, opts: VaultOptions) => {
    const env = { KW_NATS_URL: natsUrl, KW_DATABASE_URL: db.url, KW_BUS_NAMESPACE: namespace, KW_LOG_LEVEL: 'debug', KW_MASTER_KEYS: keys,
      KW_SECRETS_REWRAP_ON_START: 'false', KW_HTTP_PORT: '0', KW_HTTP_HOST: '127.0.0.1', ...extra };
    return startService(secretsVaultService(opts), loadConfig('secrets-vault', env, extraConfig), { logDestination: destination });
  };
  const rpc = (method: RpcMethodName, request: Record<string, unknown>) =>
    callRpc(h.service.deps.nc, method, request as never, { namespace, timeoutMs: 15_000 }) as Promise<Reply>;
  const recorded = (table: 'projects' | 'applications', id: string) => eventually(async () => {
    const rows = await h.service.deps.database!.sql`select 1 from ${h.service.deps.database!.sql(table)} where id = ${id}`;
    return rows.length === 1;
  }, { timeoutMs: 10_000, message: `${table} ${id} recorded by the vault` });
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
    call: async (method, request, permissions = ALL) => rpc(method, method === 'secrets.BuildEnvironment' ? request
      : { ...request, actor: { userId: 'user-1', organizationId: ORG, roles: ['admin'], credential: 'pat', scopes: permissions } }),
    callAs: async (actor, method, request) => rpc(method, { ...request, actor }),
    publish: async (source, type, streamId, data) => {
      const eventId = randomUUID();
      const streamVersion = (versions.get(streamId) ?? 0) + 1;
      versions.set(streamId, streamVersion);
      const [outcome] = await eventPublisher(nc, { source, namespace })([{ eventId, type, streamId, streamVersion, recordedAt: new Date(), data, metadata: {} }]);
      if (outcome?.status !== 'acked') throw new Error(`publishing ${type} failed: ${JSON.stringify(outcome)}`);
      return eventId;
    },
    project: async (projectId, o = {}) => {
      await h.publish('gitops-sync', 'ProjectCreated', `project-${projectId}`, {
        projectId, organizationId: o.organizationId ?? ORG, name: projectId, slug: projectId.slice(0, 30), repositoryUrl: `https://gitlab.com/acme/${projectId}.git`,
        provider: 'gitlab', branch: 'main', environments: o.environments ?? DEFAULT_ENVIRONMENTS, actorUserId: 'user-owner',
      });
      await recorded('projects', projectId);
    },
    application: async (applicationId, projectId, environment, o = {}) => {
      await h.publish('deployer', 'ApplicationRegistered', `application-${applicationId}`, {
        applicationId, name: o.name ?? `app-${applicationId.slice(0, 8)}`, projectId, environment, image: 'registry.example.com/acme/app', ports: [8080], replicas: 1,
        webhookEnabled: true, autoDeploy: true, webhookTokenFingerprint: 'fp', actorUserId: 'user-owner', organizationId: o.organizationId ?? ORG,
        signatureRequired: false, signingSecretFingerprint: '', namespace: `project-x-${environment}`,
      });
      await recorded('applications', applicationId);
    },
    close: async () => {
      for (const replica of replicas.splice(0)) await replica.stop();
      await h.service?.stop();
      await closeBus(nc);
      await db.drop();
    },
  };
  await h.start(masterKeys);
  return h;
}
