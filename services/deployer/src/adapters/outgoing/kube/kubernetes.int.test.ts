import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ClusterError } from '@keywarden/kube';
import { eventually } from '@keywarden/testing';
import { kubeConfigFor, startKubeApiServer, type KubeApiServer } from '@keywarden/simulators/kube';
import { KubeConfig } from '@kubernetes/client-node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DeployTarget, WorkloadSpec } from '../../../app/ports.js';
import { kubernetesDeployTarget } from './kubernetes.js';
import { deployTargetFrom } from './target.js';
import { ENV_CHECKSUM_ANNOTATION } from './workload.js';

const NS = 'project-shop-prod';
const DB_PASSWORD = 'pg-password-7f3a9c2e';
const API_KEY = 'sk_live_51HxYzQ2eZvKYlo2C';

const specOf = (name: string, over: Partial<WorkloadSpec> = {}): WorkloadSpec => ({
  namespace: NS, name, image: 'registry.example.com/shop/api:1.4.2', ports: [8080, 9090], replicas: 2,
  resources: { cpuRequest: '100m', cpuLimit: '', memoryRequest: '', memoryLimit: '256Mi' },
  env: { DATABASE_PASSWORD: DB_PASSWORD, API_KEY, LOG_LEVEL: 'info' },
  labels: {
    'app.kubernetes.io/name': name, 'app.kubernetes.io/managed-by': 'keywarden', 'keywarden.dev/application-id': `app-${name}`,
    'keywarden.dev/project-id': 'proj-1', 'keywarden.dev/environment': 'prod',
  },
  annotations: { 'keywarden.dev/deployment-id': 'dep-1', 'keywarden.dev/version': '1.4.2' },
  ...over,
});

type Deployment = {
  metadata: { generation: number; resourceVersion: string; labels: Record<string, string>; annotations: Record<string, string>; managedFields: { manager: string }[] };
  spec: { replicas: number; selector: { matchLabels: Record<string, string> }; template: { metadata: { labels: Record<string, string>; annotations: Record<string, string> }; spec: { containers: Record<string, unknown>[] } } };
};
type Secret = { type: string; metadata: { labels: Record<string, string>; managedFields: { manager: string }[] }; data: Record<string, string> };

describe('kubernetes deploy target', () => {
  let kube: KubeApiServer;
  let target: DeployTarget;
  const deploymentOf = (name: string) => kube.get('Deployment', NS, name) as unknown as Deployment;
  const secretOf = (name: string) => kube.get('Secret', NS, `${name}-env`) as unknown as Secret;
  const decoded = (data: Record<string, string>) => Object.fromEntries(Object.entries(data).map(([k, v]) => [k, Buffer.from(v, 'base64').toString('utf8')]));

  beforeAll(async () => {
    kube = await startKubeApiServer({ namespaces: [NS], rollout: 'manual' });
    target = kubernetesDeployTarget(kubeConfigFor(kube, KubeConfig));
  });
  afterAll(async () => {
    await target.close();
    await kube.close();
  });
  beforeEach(() => kube.setRolloutMode('manual'));

  it('applies Secret <name>-env and Deployment <name> with the workload shape, returning the generation', async () => {
    const spec = specOf('api');
    const { generation } = await target.apply(spec);
    const secret = secretOf('api');
    expect(secret.type).toBe('Opaque');
    expect(secret.metadata.labels).toEqual(spec.labels);
    expect(decoded(secret.data)).toEqual(spec.env);
    expect(secret.metadata.managedFields.map((f) => f.manager)).toEqual(['keywarden']);

    const deployment = deploymentOf('api');
    expect(generation).toBe(deployment.metadata.generation);
    expect(deployment.metadata.labels).toEqual(spec.labels);
    expect(deployment.metadata.annotations).toEqual(spec.annotations);
    expect(deployment.metadata.managedFields.map((f) => f.manager)).toEqual(['keywarden']);
    expect(deployment.spec.replicas).toBe(2);
    expect(deployment.spec.selector.matchLabels).toEqual({ 'app.kubernetes.io/name': 'api', 'keywarden.dev/application-id': 'app-api' });
    expect(deployment.spec.template.metadata.labels).toEqual(spec.labels);
    expect(deployment.spec.template.metadata.annotations[ENV_CHECKSUM_ANNOTATION]).toMatch(/^[0-9a-f]{64}$/);
    expect(deployment.spec.template.spec.containers).toEqual([{
      name: 'api', image: 'registry.example.com/shop/api:1.4.2',
      ports: [{ containerPort: 8080, protocol: 'TCP' }, { containerPort: 9090, protocol: 'TCP' }],
      resources: { requests: { cpu: '100m' }, limits: { memory: '256Mi' } },
      envFrom: [{ secretRef: { name: 'api-env' } }],
    }]);
    // The environment is only in the Secret, never in the Deployment.
    expect(JSON.stringify(deployment)).not.toContain(DB_PASSWORD);
  });

  it('the same spec again changes no pod template: same generation, same resourceVersion; a new deployment id is metadata only', async () => {
    const first = await target.apply(specOf('same'));
    const before = deploymentOf('same');
    // The environment in another order is the same environment.
    const reordered = await target.apply(specOf('same', { env: { LOG_LEVEL: 'info', API_KEY, DATABASE_PASSWORD: DB_PASSWORD } }));
    expect(reordered.generation).toBe(first.generation);
    expect(deploymentOf('same').metadata.resourceVersion).toBe(before.metadata.resourceVersion);

    const redeploy = await target.apply(specOf('same', { annotations: { 'keywarden.dev/deployment-id': 'dep-2', 'keywarden.dev/version': '1.4.2' } }));
    expect(redeploy.generation).toBe(first.generation);
    expect(deploymentOf('same').metadata.annotations['keywarden.dev/deployment-id']).toBe('dep-2');
    expect(deploymentOf('same').spec.template).toEqual(before.spec.template);
  });

  it('changing one env value changes the checksum and the generation by exactly one; a dropped variable leaves the Secret', async () => {
    const first = await target.apply(specOf('rotate'));
    const checksum = deploymentOf('rotate').spec.template.metadata.annotations[ENV_CHECKSUM_ANNOTATION];
    const rotated = { DATABASE_PASSWORD: 'pg-password-rotated-0b1d', API_KEY, LOG_LEVEL: 'info' };
    const second = await target.apply(specOf('rotate', { env: rotated }));
    expect(second.generation).toBe(first.generation + 1);
    expect(deploymentOf('rotate').spec.template.metadata.annotations[ENV_CHECKSUM_ANNOTATION]).not.toBe(checksum);
    expect(decoded(secretOf('rotate').data)).toEqual(rotated);

    const third = await target.apply(specOf('rotate', { env: { DATABASE_PASSWORD: 'pg-password-rotated-0b1d', LOG_LEVEL: 'info' } }));
    expect(third.generation).toBe(second.generation + 1);
    expect(Object.keys(secretOf('rotate').data).sort()).toEqual(['DATABASE_PASSWORD', 'LOG_LEVEL']);
  });

  it('a new image or resources roll; a quantity unset later is removed', async () => {
    const first = await target.apply(specOf('res'));
    const second = await target.apply(specOf('res', { image: 'registry.example.com/shop/api:1.5.0', resources: { cpuRequest: '', cpuLimit: '', memoryRequest: '', memoryLimit: '' } }));
    expect(second.generation).toBe(first.generation + 1);
    const container = deploymentOf('res').spec.template.spec.containers[0];
    expect(container).toMatchObject({ image: 'registry.example.com/shop/api:1.5.0' });
    expect(container).not.toHaveProperty('resources');
  });

  it('waits for the rollout: complete, failed with the reason, timeout', async () => {
    kube.setRolloutMode('complete');
    const done = await target.apply(specOf('web'));
    expect(await target.waitForRollout(NS, 'web', done.generation, 20_000)).toEqual({ status: 'complete' });

    kube.setRolloutMode('fail');
    const broken = await target.apply(specOf('web', { image: 'registry.example.com/shop/api:broken' }));
    expect(await target.waitForRollout(NS, 'web', broken.generation, 20_000)).toMatchObject({ status: 'failed', reason: 'ProgressDeadlineExceeded' });

    kube.setRolloutMode('manual');
    const never = await target.apply(specOf('web', { image: 'registry.example.com/shop/api:never' }));
    expect(await target.waitForRollout(NS, 'web', never.generation, 300)).toMatchObject({ status: 'timeout' });
  });

  it('no ClusterError carries Secret data, even when the API echoes it', async () => {
    const errors: unknown[] = [];
    errors.push(await target.apply(specOf('lost', { namespace: 'no-such-namespace' })).catch((e: unknown) => e));
    errors.push(await target.apply(specOf('bad', { env: { 'NOT A KEY': DB_PASSWORD } })).catch((e: unknown) => e));
    kube.failRequests({ count: 1, verb: 'patch', resource: 'secrets', code: 503 });
    errors.push(await target.apply(specOf('down')).catch((e: unknown) => e));
    const echoed = Buffer.from(API_KEY).toString('base64');
    kube.failRequests({ count: 1, verb: 'patch', resource: 'secrets', code: 409, message: `data.API_KEY: "${echoed}" and ${DB_PASSWORD} rejected` });
    const echo = await target.apply(specOf('echo')).catch((e: unknown) => e);
    errors.push(echo);
    expect(errors.map((e) => (e as ClusterError).kind)).toEqual(['not_found', 'rejected', 'unavailable', 'rejected']);
    expect((echo as ClusterError).detail).toContain('[redacted]');
    for (const error of errors) {
      expect(error).toBeInstanceOf(ClusterError);
      const text = `${(error as Error).message} ${(error as Error).stack ?? ''} ${JSON.stringify(error)}`;
      for (const value of [DB_PASSWORD, API_KEY, Buffer.from(DB_PASSWORD).toString('base64'), echoed]) expect(text).not.toContain(value);
    }
  });

  it('close ends an open wait at once with an unavailable ClusterError', async () => {
    const own = kubernetesDeployTarget(kubeConfigFor(kube, KubeConfig));
    const { generation } = await own.apply(specOf('closing'));
    kube.resetRequests();
    const waiting = own.waitForRollout(NS, 'closing', generation, 60_000).catch((e: unknown) => e);
    await eventually(() => kube.requestCount('watch deployments') >= 1);
    await own.close();
    expect(await waiting).toMatchObject({ name: 'ClusterError', kind: 'unavailable' });
  });

  it('deployTargetFrom picks the cluster from a kubeconfig file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kw-deployer-'));
    try {
      const file = join(dir, 'kubeconfig.yaml');
      await writeFile(file, kube.kubeconfigYaml());
      const chosen = deployTargetFrom({ kubeconfig: file, dataDir: dir, env: {} });
      expect(chosen.kind).toBe('kubernetes');
      expect(chosen.description).toContain(kube.url);
      await chosen.apply(specOf('chosen'));
      expect(kube.get('Deployment', NS, 'chosen')).toBeDefined();
      await chosen.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
