// The deployer on a test database and bus namespace, with a fake
// secrets-vault BuildEnvironment served over the real bus, helpers that
// publish gitops and secrets events, and a DeployTarget chosen by the test
// (the recording double by default).
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { callRpc, closeBus, connectBus, endpoint, ensureEventStream, ensureInboundStream, RpcError, startRpcService } from '@keywarden/bus';
import { encodeEvent, type EventName, type RpcMethodName } from '@keywarden/contracts';
import { generateMasterKey } from '@keywarden/crypto';
import { loadConfig, startService, type RunningService } from '@keywarden/runtime';
import { InMemorySpanExporter } from '@keywarden/telemetry';
import { TestClock, createTestDatabase, eventually, testBus, type TestDatabase } from '@keywarden/testing';
import { jetstream } from '@nats-io/jetstream';
import { headers as natsHeaders, type NatsConnection } from '@nats-io/nats-core';
import type { DeployTarget } from '../app/ports.js';
import { deployerConfig } from '../config.js';
import { deployerService, type DeployerHandles } from '../service.js';
import { RecordingTarget } from './recording-target.js';

export const quiet = new Writable({ write: (_c, _e, cb) => cb() });

export type Variable = { key: string; value: string; secretId?: string; secretVersion?: number };

export type Harness<T extends DeployTarget = RecordingTarget> = {
  db: TestDatabase;
  clock: TestClock;
  service: RunningService;
  handles: DeployerHandles;
  target: T;
  nc: NatsConnection;
  /** The test's bus namespace (subjects and streams are prefixed with it). */
  namespace: string;
  exporter: InMemorySpanExporter;
  /** What the fake secrets-vault answers per project; a project missing here gets ERR_NOT_FOUND. */
  environments: Map<string, Variable[]>;
  /** What it answers for one application instead (as the vault adds the application's environment and own variables). */
  applicationEnvironments: Map<string, Variable[]>;
  buildCalls: string[];
  /** Every BuildEnvironment request as the deployer made it. */
  buildRequests: Array<{ projectId: string; environment: string; applicationId: string }>;
  /** Projects whose BuildEnvironment fails with this error (secrets-vault down, say) until removed. */
  buildErrors: Map<string, RpcError>;
  rpc: <N extends RpcMethodName>(method: N, request: Parameters<typeof callRpc<N>>[2]) => ReturnType<typeof callRpc<N>>;
  /** Publishes an event, the next of its stream (versions counted per stream id); resolves to its event id. */
  publish: (source: string, type: EventName, streamId: string, data: Record<string, unknown>) => Promise<string>;
  /** A project as gitops-sync announces it, once the deployer has recorded it. */
  project: (p: { projectId: string; organizationId: string; slug: string; environments: string[] }) => Promise<void>;
  secretChanged: (secretId: string, version: number) => Promise<void>;
  events: (type?: string) => Promise<Array<{ type: string; stream_id: string; data: Record<string, unknown> }>>;
  sql: NonNullable<RunningService['deps']['database']>['sql'];
  /** Another deployer on the same database, bus and target (one cluster): a second replica. */
  replica: (env?: Record<string, string>) => Promise<{ service: RunningService; handles: DeployerHandles }>;
  stop: () => Promise<void>;
};

/** `target: 'production'`: the composition root picks the target from the configuration, as main.ts does. */
export async function startHarness<T extends DeployTarget = RecordingTarget>(options: { env?: Record<string, string>; target?: T | 'production'; logs?: NodeJS.WritableStream } = {}): Promise<Harness<T>> {
  const clock = new TestClock('2026-03-01T08:00:00.000Z');
  const db = await createTestDatabase('deployer');
  const { natsUrl, namespace } = testBus();
  const given = options.target === 'production' ? undefined : (options.target ?? new RecordingTarget());
  const nc = await connectBus({ servers: natsUrl, name: 'deployer-test' });
  await ensureEventStream(nc, 'gitops', { namespace });
  await ensureEventStream(nc, 'secrets', { namespace });
  await ensureInboundStream(nc, { namespace });
  const environments = new Map<string, Variable[]>();
  const applicationEnvironments = new Map<string, Variable[]>();
  const buildCalls: string[] = [];
  const buildRequests: Harness['buildRequests'] = [];
  const buildErrors = new Map<string, RpcError>();
  const vault = await startRpcService(nc, {
    name: 'secrets-vault-fake', version: '0.1.0', namespace,
    endpoints: [endpoint('secrets.BuildEnvironment', async (r) => {
      buildCalls.push(r.projectId);
      buildRequests.push({ projectId: r.projectId, environment: r.environment, applicationId: r.applicationId });
      const failure = buildErrors.get(r.projectId);
      if (failure) throw failure;
      const variables = applicationEnvironments.get(r.applicationId) ?? environments.get(r.projectId);
      if (!variables) throw new RpcError('ERR_NOT_FOUND', 404, 'no such project');
      return {
        variables: variables.map((v) => ({
          key: v.key, value: v.value, scope: 'project', kind: v.secretId ? 'secret_ref' : 'plain', secretId: v.secretId ?? '', secretVersion: v.secretId ? (v.secretVersion ?? 1) : 0,
          valueFingerprint: v.secretId ? `fp${v.secretVersion ?? 1}` : '',
        })),
        resolvedAt: new Date().toISOString(),
      };
    })],
  });
  const env: Record<string, string> = {
    KW_SERVICE_NAME: 'deployer', KW_NATS_URL: natsUrl, KW_DATABASE_URL: db.url, KW_BUS_NAMESPACE: namespace,
    KW_LOG_LEVEL: process.env['DEPLOYER_TEST_LOG'] ?? 'silent', KW_MASTER_KEYS: `1:${generateMasterKey()}`,
    KW_DEPLOYER_QUEUE_POLL_MS: '100', KW_DEPLOYER_ROLLOUT_TIMEOUT_MS: '1500', KW_DEPLOYER_ROTATION_WINDOW_MS: '1000',
    ...options.env,
  };
  const exporter = new InMemorySpanExporter();
  const start = async (extra: Record<string, string> = {}, target: DeployTarget | undefined = given) => {
    let built: DeployerHandles | undefined;
    const started = await startService(
      deployerService({ ...(target ? { target } : {}), onBuilt: (h) => (built = h) }),
      loadConfig('deployer', { ...env, ...extra }, deployerConfig),
      { clock, exporter, logDestination: options.logs ?? (process.env['DEPLOYER_TEST_LOG'] ? process.stderr : quiet) },
    );
    return { service: started, handles: built! };
  };
  const { service, handles } = await start();
  const replicas: RunningService[] = [];
  // Each stream's events numbered as the producer's event store numbers them (the projects read model keeps the newer).
  const versions = new Map<string, number>();
  const publish = async (source: string, type: EventName, streamId: string, data: Record<string, unknown>) => {
    const eventId = randomUUID();
    const streamVersion = (versions.get(streamId) ?? 0) + 1;
    versions.set(streamId, streamVersion);
    const msg = encodeEvent({ eventId, type, streamId, streamVersion, time: clock.now().toISOString(), source, data }, { namespace });
    const h = natsHeaders();
    for (const [k, v] of Object.entries(msg.headers)) if (k !== 'Nats-Msg-Id') h.set(k, v);
    await jetstream(nc).publish(msg.subject, msg.data, { msgID: eventId, headers: h });
    return eventId;
  };
  const sql = service.deps.database!.sql;
  return {
    db, clock, service, handles, target: handles.target as T, nc, namespace, exporter, environments, applicationEnvironments, buildCalls, buildRequests, buildErrors, sql,
    replica: async (extra) => {
      const started = await start(extra, handles.target);
      replicas.push(started.service);
      return started;
    },
    rpc: (method, request) => callRpc(nc, method, request, { namespace, timeoutMs: 20_000 }),
    publish,
    project: async (p) => {
      await publish('gitops-sync', 'ProjectCreated', `project-${p.projectId}`, {
        projectId: p.projectId, organizationId: p.organizationId, name: p.slug, slug: p.slug, repositoryUrl: `https://gitlab.com/acme/${p.slug}.git`,
        provider: 'gitlab', branch: 'main', environments: p.environments, actorUserId: 'user-owner',
      });
      await until(async () => {
        const rows = await sql`select 1 from projects where id = ${p.projectId}`;
        if (rows.length !== 1) throw new Error('project not recorded yet');
      });
    },
    secretChanged: async (secretId, version) => {
      await publish('secrets-vault', 'SecretValueChanged', `secret-${secretId}`, {
        secretId, groupId: 'group-1', version, valueFingerprint: `fp${version}`, source: 'manual', actorUserId: 'user-owner', previousValueFingerprint: `fp${version - 1}`,
      });
    },
    events: async (type) => {
      const rows = type
        ? await sql`select type, stream_id, data from events where type = ${type} order by global_position`
        : await sql`select type, stream_id, data from events order by global_position`;
      return rows as unknown as Array<{ type: string; stream_id: string; data: Record<string, unknown> }>;
    },
    stop: async () => {
      for (const replica of replicas) await replica.stop();
      await service.stop();
      await vault.stop();
      await closeBus(nc);
      await db.drop();
    },
  };
}

/** Actors as the gateway sends them. */
export const ownerOf = (organizationId: string, userId = 'user-owner') => ({ userId, roles: [], organizationId, organizationRole: 'owner', scopes: [], credential: 'session' });
export const memberOf = (organizationId: string, userId = 'user-member') => ({ userId, roles: [], organizationId, organizationRole: 'member', scopes: [], credential: 'session' });

/** Retries an assertion until it passes (eventually() wants a truthy value; matchers return none). */
export const until = (assertion: () => unknown, options: { timeoutMs?: number } = {}) =>
  eventually(async () => {
    await assertion();
    return true;
  }, { timeoutMs: 10_000, ...options });

/** A webhook body as a CI system sends it, base64 as the RPC carries bytes. */
export const bodyOf = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64');
