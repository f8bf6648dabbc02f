// Drift, end to end in process: the real deployer deploying to the Kubernetes API test server, the real audit
// service projecting its events, GET /api/v1/impact/secrets/{id} through the gateway's routes. A live Deployment
// whose env checksum annotation is changed outside Keywarden shows as drift in the impact answer; a redeploy
// clears it. secrets-vault's BuildEnvironment is a stand-in endpoint on the same bus (the vault's own events are
// published as it would).
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { auditConfig, auditService, auditSettings } from '@keywarden/audit';
import { callRpc, endpoint, ensureEventStream, startRpcService } from '@keywarden/bus';
import { contexts, encodeEvent, type EventName } from '@keywarden/contracts';
import { generateMasterKey } from '@keywarden/crypto';
import { deployerConfig, deployerService, kubernetesDeployTarget, type DeployerHandles } from '@keywarden/deployer';
import { impactRoutes, routeTestApp, session, type RouteTestApp } from '@keywarden/gateway/testing';
import { loadConfig, startService, type RunningService } from '@keywarden/runtime';
import { kubeConfigFor, startKubeApiServer, type KubeApiServer } from '@keywarden/simulators/kube';
import { createTestDatabase, eventually, testBus, type TestDatabase } from '@keywarden/testing';
import { jetstream } from '@nats-io/jetstream';
import { headers as natsHeaders } from '@nats-io/nats-core';
import { KubeConfig } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ORG = randomUUID();
const [project, group, secret, envVar] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
const NS = 'project-shop-prod';
const CHECKSUM = 'keywarden.dev/env-checksum';
const quiet = () => ({ logDestination: new Writable({ write: (_c, _e, cb) => cb() }) });
const owner = { userId: 'user-owner', roles: [], organizationId: ORG, organizationRole: 'owner', scopes: [], credential: 'session' };

let dbs: TestDatabase[] = [];
let audit: RunningService;
let deployer: RunningService;
let handles: DeployerHandles;
let kube: KubeApiServer;
let app: RouteTestApp;
let stopVault: () => Promise<void>;
let namespace: string;

type Impact = { applications: Array<{ applicationId: string; drift: boolean; driftLiveEnvFingerprint: string; driftDetectedAt?: string; versionsExact: boolean; liveEnvFingerprint: string; secretVersions: unknown[] }> };

beforeAll(async () => {
  const bus = testBus();
  namespace = bus.namespace;
  const [auditDb, deployerDb] = [await createTestDatabase('gw_drift_audit'), await createTestDatabase('gw_drift_deployer')];
  dbs = [auditDb, deployerDb];
  const base = { KW_NATS_URL: bus.natsUrl, KW_BUS_NAMESPACE: namespace, KW_LOG_LEVEL: 'silent' };
  audit = await startService(auditService(() => auditSettings(loadConfig('audit', { ...base, KW_DATABASE_URL: auditDb.url }, auditConfig, { database: true }).extra)),
    loadConfig('audit', { ...base, KW_DATABASE_URL: auditDb.url }, auditConfig, { database: true }), quiet());
  for (const context of contexts) await ensureEventStream(audit.deps.nc, context, { namespace });
  const vault = await startRpcService(audit.deps.nc, {
    name: 'secrets-vault-stand-in', version: '0.0.1', namespace,
    endpoints: [endpoint('secrets.BuildEnvironment', async () => ({
      variables: [{ key: 'DB_PASSWORD', value: 'the-db-password-v1', scope: 'project', kind: 'secret_ref', secretId: secret, secretVersion: 1, valueFingerprint: 'fp1' }],
      resolvedAt: new Date().toISOString(),
    }))],
  });
  stopVault = () => vault.stop().then(() => undefined);
  kube = await startKubeApiServer({ namespaces: [NS] });
  const deployerEnv = { ...base, KW_SERVICE_NAME: 'deployer', KW_DATABASE_URL: deployerDb.url, KW_MASTER_KEYS: `1:${generateMasterKey()}`, KW_DEPLOYER_QUEUE_POLL_MS: '100' };
  deployer = await startService(deployerService({ target: kubernetesDeployTarget(kubeConfigFor(kube, KubeConfig), 'test cluster'), onBuilt: (h) => (handles = h) }),
    loadConfig('deployer', deployerEnv, deployerConfig), quiet());

  const publish = async (type: EventName, streamId: string, data: Record<string, unknown>) => {
    const msg = encodeEvent({ eventId: randomUUID(), type, streamId, streamVersion: 1, time: new Date().toISOString(), source: 'test', data }, { namespace });
    const h = natsHeaders();
    for (const [k, v] of Object.entries(msg.headers)) if (k !== 'Nats-Msg-Id') h.set(k, v);
    await jetstream(audit.deps.nc).publish(msg.subject, msg.data, { msgID: msg.msgId, headers: h });
  };
  await publish('ProjectCreated', `project-${project}`, {
    projectId: project, organizationId: ORG, name: 'Shop', slug: 'shop', repositoryUrl: 'https://git.example/shop.git', environments: ['prod'], provider: 'gitlab', branch: 'main',
  });
  await publish('SecretGroupCreated', `secret_group-${group}`, { groupId: group, name: 'shop' });
  await publish('SecretCreated', `secret-${secret}`, { secretId: secret, groupId: group, name: 'DB_PASSWORD', version: 1, valueFingerprint: 'fp1' });
  await publish('EnvVarSet', `env_var-${envVar}`, { envVarId: envVar, scope: 'project', projectId: project, key: 'DB_PASSWORD', kind: 'secret_ref', reference: secret });
  app = routeTestApp('/api/v1/impact', impactRoutes, { nc: audit.deps.nc, namespace });
  app.as(session('admin-1', ['admin']));
}, 120_000);

afterAll(async () => {
  await deployer?.stop();
  await stopVault?.();
  await audit?.stop();
  await kube?.close();
  for (const db of dbs) await db.drop();
});

const impact = async (): Promise<Impact> => {
  const r = await app.request(`/api/v1/impact/secrets/${secret}`);
  expect(r.status).toBe(200);
  return (await r.json()) as Impact;
};

const deploy = async (applicationId: string, version: string) => {
  const { deployment } = await callRpc(audit.deps.nc, 'deploy.DeployApplication', { actor: owner, applicationId, version }, { namespace, timeoutMs: 20_000 });
  await eventually(async () => (await callRpc(audit.deps.nc, 'deploy.GetDeployment', { actor: owner, deploymentId: deployment!.deploymentId! }, { namespace })).deployment?.status === 'succeeded',
    { timeoutMs: 30_000, message: `deployment ${version} succeeded` });
  return deployment!.deploymentId!;
};

describe('drift in the impact view (deployer + audit + Kubernetes API test server)', () => {
  it('marks a deployment whose live environment checksum was changed outside Keywarden, and clears it after a redeploy', async () => {
    const applicationId = await eventually(async () => (await callRpc(audit.deps.nc, 'deploy.RegisterApplication', {
      actor: owner, projectId: project, name: 'shop', environment: 'prod', image: 'registry.example/shop', ports: [8080], replicas: 1,
      webhookEnabled: false, autoDeploy: true, signatureRequired: false,
    }, { namespace }).catch(() => undefined))?.application?.applicationId, { timeoutMs: 30_000, message: 'the deployer knows the project' });
    const first = await deploy(applicationId, '1.0.0');
    const deployed = await eventually(async () => (await impact()).applications.find((a) => a.applicationId === applicationId && a.liveEnvFingerprint !== ''),
      { timeoutMs: 30_000, message: 'the deployment in the impact view' });
    const applied = (kube.get('Deployment', NS, 'shop') as unknown as { spec: { template: { metadata: { annotations: Record<string, string> } } } }).spec.template.metadata.annotations[CHECKSUM]!;
    expect(deployed).toMatchObject({ versionsExact: true, liveEnvFingerprint: applied.slice(0, 16), drift: false, secretVersions: [{ secretId: secret, version: 1, valueFingerprint: 'fp1', current: true }] });

    const live = kube.get('Deployment', NS, 'shop') as unknown as { spec: { template: { metadata: { annotations: Record<string, string> } } } };
    live.spec.template.metadata.annotations[CHECKSUM] = '0'.repeat(64);
    kube.put(live as never, 'kubectl-edit');
    expect(await handles.drift.check()).toMatchObject({ detected: 1 });
    const drifted = await eventually(async () => (await impact()).applications.find((a) => a.applicationId === applicationId && a.drift), { timeoutMs: 30_000, message: 'drift shown' });
    expect(drifted).toMatchObject({ drift: true, driftLiveEnvFingerprint: '0'.repeat(16) });
    expect(drifted.driftDetectedAt).toBeTruthy();

    const second = await deploy(applicationId, '1.0.1');
    expect(second).not.toBe(first);
    expect(await handles.drift.check()).toMatchObject({ cleared: 1 });
    await eventually(async () => (await impact()).applications.find((a) => a.applicationId === applicationId && !a.drift && a.driftLiveEnvFingerprint === ''),
      { timeoutMs: 30_000, message: 'drift cleared' });
  });
});
