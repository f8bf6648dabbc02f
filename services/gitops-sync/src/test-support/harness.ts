// gitops-sync on a test database and bus namespace, writing to the
// Kubernetes API test server, with a fake oauth-broker GetAccessToken served
// over the real bus and helpers that publish identity and oauth events.
// With `gitlab`, the tokens it hands out are issued by the GitLab simulator
// (seeded grants, so the simulator's Git endpoint accepts exactly them while
// they live) and the test server runs its Flux controller against it: Flux
// clones https://gitlab.com/<path> from the simulator. The fake broker then
// also refreshes as the real one does: asked for a token valid longer than the
// current one (a forced refresh), it issues the next generation.
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { callRpc, closeBus, connectBus, endpoint, ensureEventStream, ensureInboundStream, RpcError, startRpcService } from '@keywarden/bus';
import { encodeEvent, type EventName, type RpcMethodName } from '@keywarden/contracts';
import { loadConfig, startService, type RunningService } from '@keywarden/runtime';
import { startGitLabSimulator, type GitLabSimulator } from '@keywarden/simulators';
import { TestClock, createTestDatabase, eventually, testBus, type TestDatabase } from '@keywarden/testing';
import { kubeConfigFor, startKubeApiServer, type KubeApiServer } from '@keywarden/simulators/kube';
import { KubeConfig } from '@kubernetes/client-node';
import { expect } from 'vitest';
import { jetstream } from '@nats-io/jetstream';
import { headers as natsHeaders, type NatsConnection } from '@nats-io/nats-core';
import { kubernetesTarget } from '../adapters/outgoing/kube/kubernetes.js';
import type { ClusterTarget } from '../app/ports.js';
import { gitopsSyncConfig } from '../config.js';
import { gitopsSyncService, type GitopsHandles } from '../service.js';

export const quiet = new Writable({ write: (_c, _e, cb) => cb() });

type Grant = {
  token: string; generation: number; usernameHint: string; failWith?: { code: string; status: number };
  /** The provider's tokens live shorter: more minValidMinutes is ERR_VALIDATION, as the broker answers. */
  maxValidMinutes?: number;
  /** With gitlab: when the token ends (on the simulator's clock), and the scope the simulator issues it with. */
  expiresAt?: number; scope?: string;
};

export type Harness = {
  kube: KubeApiServer;
  /** With the `gitlab` option: the simulator Flux clones from and the fake broker's tokens come from. */
  gitlab: GitLabSimulator | undefined;
  /** The service's log lines (JSON), when `captureLogs` was asked for. */
  logs: string[];
  target: ClusterTarget;
  db: TestDatabase;
  clock: TestClock;
  service: RunningService;
  handles: GitopsHandles;
  nc: NatsConnection;
  /** The test's bus namespace (subjects and streams are prefixed with it). */
  namespace: string;
  /** Tokens the fake broker hands out, by account, and how often each was asked for. */
  grants: Map<string, Grant>;
  tokenCalls: Map<string, number>;
  /** min_valid_minutes of every GetAccessToken, in order. */
  tokenRequests: Array<{ accountId: string; minValidMinutes: number }>;
  rpc: <N extends RpcMethodName>(method: N, request: Parameters<typeof callRpc<N>>[2]) => ReturnType<typeof callRpc<N>>;
  publish: (source: string, type: EventName, streamId: string, data: Record<string, unknown>) => Promise<void>;
  /** An organization with its owner, and an account of the owner (gitlab unless told). */
  organization: (organizationId: string, ownerUserId: string) => Promise<void>;
  connect: (accountId: string, userId: string, provider?: string, options?: { scope?: string }) => Promise<void>;
  /** The broker refreshed the grant: new token, generation + 1, TokenRefreshed published. */
  refresh: (accountId: string) => Promise<Grant>;
  events: (type?: string) => Promise<Array<{ type: string; stream_id: string; data: Record<string, unknown> }>>;
  /**
   * Waits until every reconcile request recorded with a Secret has reached its GitRepository (they follow the
   * recording), so a test counting Kubernetes requests starts from quiet.
   */
  reconcileRequestsSent: () => Promise<void>;
  /** Another gitops-sync on the same database, bus and cluster (the target as given, not wrapped): a second replica. */
  replica: (env?: Record<string, string>) => Promise<{ service: RunningService; handles: GitopsHandles }>;
  stop: () => Promise<void>;
};

export async function startHarness(options: {
  env?: Record<string, string>; wrapTarget?: (target: ClusterTarget) => ClusterTarget; gitlab?: boolean; captureLogs?: boolean;
} = {}): Promise<Harness> {
  const clock = new TestClock('2026-03-01T08:00:00.000Z');
  const db = await createTestDatabase('gitops');
  const { natsUrl, namespace } = testBus();
  const gitlab = options.gitlab ? await startGitLabSimulator() : undefined;
  const kube = await startKubeApiServer(gitlab ? { flux: { gitHosts: { 'https://gitlab.com': gitlab.url } } } : {});
  const logs: string[] = [];
  const logSink = options.captureLogs ? new Writable({ write: (chunk, _e, cb) => (logs.push(...String(chunk).split('\n').filter(Boolean)), cb()) }) : undefined;
  /** The simulator's users are numbers; the harness's owners are names. */
  const simUsers = new Map<string, number>();
  const simUserOf = (userId: string) => simUsers.get(userId) ?? (simUsers.set(userId, simUsers.size + 1), simUsers.size);
  const accountUsers = new Map<string, string>();
  const TOKEN_TTL_MS = 2 * 3_600_000;
  /** A grant as the simulator issued it: its token works at the simulator's Git endpoint until it expires. */
  const issue = (accountId: string, generation: number, scope: string): Grant => {
    const token = `tok-${accountId}-${generation}`;
    const expiresAt = gitlab!.clock.now().getTime() + TOKEN_TTL_MS;
    gitlab!.seedGrant({ clientId: 'keywarden', userId: simUserOf(accountUsers.get(accountId) ?? accountId), accessToken: token, refreshToken: `rt-${token}`, accessExpiresAt: new Date(expiresAt), scope });
    return { token, generation, usernameHint: 'oauth2', expiresAt, scope };
  };
  const direct = kubernetesTarget(kubeConfigFor(kube, KubeConfig), 'test cluster');
  const target = options.wrapTarget ? options.wrapTarget(direct) : direct;
  const nc = await connectBus({ servers: natsUrl, name: 'gitops-test' });
  await ensureEventStream(nc, 'oauth', { namespace });
  await ensureEventStream(nc, 'identity', { namespace });
  await ensureInboundStream(nc, { namespace });
  const grants = new Map<string, Grant>();
  const tokenCalls = new Map<string, number>();
  const tokenRequests: Array<{ accountId: string; minValidMinutes: number }> = [];
  const broker = await startRpcService(nc, {
    name: 'oauth-broker-fake', version: '0.1.0', namespace,
    endpoints: [endpoint('oauth.GetAccessToken', async (r) => {
      tokenCalls.set(r.accountId, (tokenCalls.get(r.accountId) ?? 0) + 1);
      tokenRequests.push({ accountId: r.accountId, minValidMinutes: r.minValidMinutes });
      let grant = grants.get(r.accountId);
      if (!grant) throw new RpcError('ERR_ACCOUNT_NOT_FOUND', 404, 'no such account');
      if (grant.failWith) throw new RpcError(grant.failWith.code, grant.failWith.status, 'refused');
      // The real broker refreshes when the token would not stay valid as long as asked (a forced refresh asks a day).
      if (gitlab && grant.expiresAt !== undefined && grant.expiresAt < gitlab.clock.now().getTime() + r.minValidMinutes * 60_000) {
        grant = issue(r.accountId, grant.generation + 1, grant.scope ?? 'api');
        grants.set(r.accountId, grant);
        await refreshed(r.accountId, grant);
      }
      if (grant.maxValidMinutes !== undefined && r.minValidMinutes > grant.maxValidMinutes) throw new RpcError('ERR_VALIDATION', 400, 'minValidMinutes is more than this provider\'s tokens last');
      return { accessToken: grant.token, expiresAt: new Date(Date.now() + 7_200_000).toISOString(), generation: grant.generation, usernameHint: grant.usernameHint };
    })],
  });
  const env: Record<string, string> = {
    KW_SERVICE_NAME: 'gitops-sync', KW_NATS_URL: natsUrl, KW_DATABASE_URL: db.url, KW_BUS_NAMESPACE: namespace,
    KW_LOG_LEVEL: options.captureLogs ? 'info' : (process.env['GITOPS_TEST_LOG'] ?? 'silent'), KW_GITOPS_RETRY_BASE_MS: '100', KW_GITOPS_RETRY_CAP_MS: '500',
    KW_GITOPS_QUEUE_POLL_MS: '100', KW_GITOPS_GITLAB_HOSTS: 'git.acme.test', KW_GITOPS_RECONCILE_CRON: '0 0 1 1 *',
    ...options.env,
  };
  const start = async (as: ClusterTarget, extra: Record<string, string> = {}) => {
    let built: GitopsHandles | undefined;
    const started = await startService(
      gitopsSyncService({ target: as, onBuilt: (h) => (built = h) }),
      loadConfig('gitops-sync', { ...env, ...extra }, gitopsSyncConfig),
      { clock, logDestination: logSink ?? (process.env['GITOPS_TEST_LOG'] ? process.stderr : quiet) },
    );
    return { service: started, handles: built! };
  };
  const { service, handles } = await start(target);
  const replicas: RunningService[] = [];
  const publish = async (source: string, type: EventName, streamId: string, data: Record<string, unknown>) => {
    const eventId = randomUUID();
    const msg = encodeEvent({ eventId, type, streamId, streamVersion: 1, time: clock.now().toISOString(), source, data }, { namespace });
    const h = natsHeaders();
    for (const [k, v] of Object.entries(msg.headers)) if (k !== 'Nats-Msg-Id') h.set(k, v);
    await jetstream(nc).publish(msg.subject, msg.data, { msgID: eventId, headers: h });
  };
  const sql = service.deps.database!.sql;
  /** What the broker publishes after every refresh, on schedule or asked for. */
  async function refreshed(accountId: string, grant: Grant) {
    await publish('oauth-broker', 'TokenRefreshed', `account-${accountId}`, {
      accountId, provider: 'gitlab', expiresAt: new Date(Date.now() + 7_200_000).toISOString(), generation: grant.generation, trigger: 'scheduler',
    });
  }
  return {
    kube, gitlab, logs, target, db, clock, service, handles, nc, namespace, grants, tokenCalls, tokenRequests,
    replica: async (extra) => {
      const started = await start(direct, extra);
      replicas.push(started.service);
      return started;
    },
    rpc: (method, request) => callRpc(nc, method, request, { namespace, timeoutMs: 20_000 }),
    publish,
    organization: (organizationId, ownerUserId) =>
      publish('identity', 'OrganizationCreated', `organization-${organizationId}`, { organizationId, name: organizationId, slug: organizationId, ownerUserId }),
    connect: async (accountId, userId, provider = 'gitlab', connectOptions = {}) => {
      accountUsers.set(accountId, userId);
      grants.set(accountId, gitlab ? issue(accountId, 1, connectOptions.scope ?? 'api')
        : { token: `tok-${accountId}-1`, generation: 1, usernameHint: provider === 'gitlab' ? 'oauth2' : 'x-access-token' });
      await publish('oauth-broker', 'AccountConnected', `account-${accountId}`, {
        accountId, providerAppId: 'app-1', provider, userId, externalUserId: '1', username: userId, scopes: ['api'], grantKind: 'user',
        expiresAt: new Date(Date.now() + 7_200_000).toISOString(), generation: 1,
      });
    },
    refresh: async (accountId) => {
      const previous = grants.get(accountId)!;
      const grant = gitlab ? issue(accountId, previous.generation + 1, previous.scope ?? 'api')
        : { ...previous, generation: previous.generation + 1, token: `tok-${accountId}-${previous.generation + 1}` };
      grants.set(accountId, grant);
      await refreshed(accountId, grant);
      return grant;
    },
    events: async (type) => {
      const rows = type
        ? await sql`select type, stream_id, data from events where type = ${type} order by global_position`
        : await sql`select type, stream_id, data from events order by global_position`;
      return rows as unknown as Array<{ type: string; stream_id: string; data: Record<string, unknown> }>;
    },
    reconcileRequestsSent: async () => void await until(async () => {
      const rows = await sql`select namespace, reconcile_requested_at from bindings where reconcile_requested_at <> ''`;
      for (const row of rows) {
        const annotations = kube.list('GitRepository', String(row['namespace'])).map((r) => (r['metadata'] as { annotations?: Record<string, string> }).annotations ?? {});
        expect(annotations.map((a) => a['reconcile.fluxcd.io/requestedAt'])).toContain(row['reconcile_requested_at']);
      }
    }),
    stop: async () => {
      for (const replica of replicas) await replica.stop();
      await service.stop();
      await broker.stop();
      await closeBus(nc);
      await kube.close();
      await gitlab?.close();
      await db.drop();
    },
  };
}

/** Actors as the gateway sends them. */
export const ownerOf = (organizationId: string, userId: string) => ({ userId, roles: [], organizationId, organizationRole: 'owner' });
export const memberOf = (organizationId: string, userId: string) => ({ userId, roles: [], organizationId, organizationRole: 'member' });

/** The decoded Secret data (tests only: the harness may look at the token it planted). */
export function secretData(kube: KubeApiServer, namespace: string, name: string): Record<string, string> | undefined {
  const secret = kube.get('Secret', namespace, name) as { data?: Record<string, string> } | undefined;
  if (!secret) return undefined;
  return Object.fromEntries(Object.entries(secret.data ?? {}).map(([k, v]) => [k, Buffer.from(v, 'base64').toString('utf8')]));
}

/** Retries an assertion until it passes (eventually() wants a truthy value; matchers return none). */
export const until = (assertion: () => unknown, options: { timeoutMs?: number } = {}) =>
  eventually(async () => {
    await assertion();
    return true;
  }, options);
