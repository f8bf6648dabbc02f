import { randomUUID } from 'node:crypto';
import { metricsText } from '@keywarden/telemetry';
import { kubeConfigFor, startKubeApiServer, type KubeApiServer } from '@keywarden/simulators/kube';
import { KubeConfig } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kubernetesDeployTarget } from './adapters/outgoing/kube/index.js';
import type { DeployTarget } from './app/ports.js';
import { memberOf, ownerOf, startHarness, until, type Harness } from './test-support/harness.js';

const ORG = 'org-deploy';
const PROJECT = randomUUID();
const NS = 'project-api-prod';

async function deploymentsTotal(result: string, trigger: string): Promise<number> {
  const line = (await metricsText()).split('\n').find((l) => l.startsWith('keywarden_deployments_total{') && l.includes(`result="${result}"`) && l.includes(`trigger="${trigger}"`));
  return line ? Number(line.split(' ').at(-1)) : 0;
}

type KubeDeployment = { spec: { template: { spec: { containers: Array<{ image: string }> }; metadata: { annotations: Record<string, string> } } } };

describe('deploying (against the Kubernetes API test server)', () => {
  let h: Harness<DeployTarget>;
  let kube: KubeApiServer;
  const owner = ownerOf(ORG);
  const register = async (name: string) => (await h.rpc('deploy.RegisterApplication', {
    actor: owner, projectId: PROJECT, name, environment: 'prod', image: 'registry.acme.test/api', ports: [8080], replicas: 1,
    webhookEnabled: true, autoDeploy: true, signatureRequired: false,
  })).application!.applicationId!;
  const finished = async (deploymentId: string) => {
    let status = '';
    await until(async () => {
      status = (await h.rpc('deploy.GetDeployment', { actor: owner, deploymentId })).deployment?.status ?? '';
      expect(['succeeded', 'failed']).toContain(status);
    }, { timeoutMs: 15_000 });
    return (await h.rpc('deploy.GetDeployment', { actor: owner, deploymentId })).deployment!;
  };

  beforeAll(async () => {
    kube = await startKubeApiServer({ namespaces: [NS] });
    h = await startHarness({ target: kubernetesDeployTarget(kubeConfigFor(kube, KubeConfig), 'test cluster'), env: { KW_DEPLOYER_ROLLOUT_TIMEOUT_MS: '1500' } });
    await h.project({ projectId: PROJECT, organizationId: ORG, slug: 'api', environments: ['dev', 'prod'] });
    h.environments.set(PROJECT, [{ key: 'API_KEY', value: 'sk_live_abcdef123456', secretId: 'sec-api' }]);
  });
  afterAll(async () => {
    await h?.stop();
    await kube?.close();
  });

  it('a manual deploy applies the env Secret and the Deployment and records DeploymentSucceeded; members may only read', async () => {
    const id = await register('orders');
    await expect(h.rpc('deploy.DeployApplication', { actor: memberOf(ORG), applicationId: id, version: '1.0.0' })).rejects.toMatchObject({ code: 'ERR_FORBIDDEN' });
    const pat = { ...owner, credential: 'pat', scopes: ['deploy:read'] };
    await expect(h.rpc('deploy.DeployApplication', { actor: pat, applicationId: id, version: '1.0.0' })).rejects.toMatchObject({ code: 'ERR_FORBIDDEN' });
    await expect(h.rpc('deploy.DeployApplication', { actor: owner, applicationId: id, version: '../1' })).rejects.toMatchObject({ code: 'ERR_VALIDATION' });
    const before = await deploymentsTotal('succeeded', 'manual');
    const { deployment } = await h.rpc('deploy.DeployApplication', { actor: { ...pat, scopes: ['deploy:write'] }, applicationId: id, version: '1.0.0' });
    expect(deployment).toMatchObject({ trigger: 'manual', actorUserId: 'user-owner', version: '1.0.0' });
    expect(['pending', 'in_progress', 'succeeded']).toContain(deployment!.status);
    const done = await finished(deployment!.deploymentId!);
    expect(done).toMatchObject({ status: 'succeeded', stage: '', error: '' });
    expect(done.finishedAt).toBeTruthy();
    const k8s = kube.get('Deployment', NS, 'orders') as unknown as KubeDeployment;
    expect(k8s.spec.template.spec.containers[0]!.image).toBe('registry.acme.test/api:1.0.0');
    expect(kube.get('Secret', NS, 'orders-env')).toBeDefined();
    const succeeded = (await h.events('DeploymentSucceeded')).find((e) => e.data['deploymentId'] === deployment!.deploymentId);
    expect(succeeded?.data).toMatchObject({ applicationId: id, version: '1.0.0', trigger: 'manual' });
    expect(typeof succeeded?.data['durationMs']).toBe('number');
    expect(JSON.stringify(await h.events())).not.toContain('sk_live_abcdef123456');
    const read = await h.rpc('deploy.GetApplication', { actor: memberOf(ORG), applicationId: id });
    expect(read.application).toMatchObject({ currentVersion: '1.0.0', status: 'running', namespace: NS });
    await until(async () => expect(await deploymentsTotal('succeeded', 'manual')).toBe(before + 1));
  });

  it('a rollout that fails gives DeploymentFailed with stage rollout_failed and the reason', async () => {
    const id = await register('failing');
    kube.setRolloutMode('fail');
    try {
      const { deployment } = await h.rpc('deploy.DeployApplication', { actor: owner, applicationId: id, version: '2.0.0' });
      const done = await finished(deployment!.deploymentId!);
      expect(done).toMatchObject({ status: 'failed', stage: 'rollout_failed' });
      expect(done.error).toContain('ProgressDeadlineExceeded');
    } finally {
      kube.setRolloutMode('complete');
    }
    const failed = (await h.events('DeploymentFailed')).find((e) => e.data['applicationId'] === id);
    expect(failed?.data).toMatchObject({ stage: 'rollout_failed', version: '2.0.0', trigger: 'manual' });
    expect((await h.rpc('deploy.GetApplication', { actor: owner, applicationId: id })).application).toMatchObject({ status: 'failed', currentVersion: '' });
    expect(await deploymentsTotal('failed', 'manual')).toBeGreaterThanOrEqual(1);
  });

  it('a rollout that never becomes ready times out: DeploymentFailed with stage rollout_timeout', async () => {
    const id = await register('stuck');
    kube.setRolloutMode('manual');
    try {
      const { deployment } = await h.rpc('deploy.DeployApplication', { actor: owner, applicationId: id, version: '3.0.0' });
      const done = await finished(deployment!.deploymentId!);
      expect(done).toMatchObject({ status: 'failed', stage: 'rollout_timeout' });
      expect(done.error).not.toBe('');
      expect(Number(done.durationMs)).toBeGreaterThanOrEqual(1500);
    } finally {
      kube.setRolloutMode('complete');
    }
  });

  it('an environment secrets-vault cannot build fails at stage environment, before anything is applied', async () => {
    const other = randomUUID();
    await h.project({ projectId: other, organizationId: ORG, slug: 'noenv', environments: ['prod'] });
    const { application } = await h.rpc('deploy.RegisterApplication', {
      actor: owner, projectId: other, name: 'no-env', environment: '', image: 'acme/no-env', ports: [], replicas: 0,
      webhookEnabled: true, autoDeploy: false, signatureRequired: false,
    });
    expect(application).toMatchObject({ environment: 'prod', namespace: 'project-noenv-prod', replicas: 1 });
    const { deployment } = await h.rpc('deploy.DeployApplication', { actor: owner, applicationId: application!.applicationId, version: 'v1' });
    const done = await finished(deployment!.deploymentId!);
    expect(done).toMatchObject({ status: 'failed', stage: 'environment' });
    expect(done.error).toContain('ERR_NOT_FOUND');
    expect(kube.get('Deployment', 'project-noenv-prod', 'no-env')).toBeUndefined();
  });

  it('deploys of one application run in order; rollback redeploys an earlier successful version', async () => {
    const id = await register('ledger');
    const ids: string[] = [];
    for (const version of ['1.0.0', '1.1.0', '1.2.0']) ids.push((await h.rpc('deploy.DeployApplication', { actor: owner, applicationId: id, version })).deployment!.deploymentId!);
    for (const d of ids) expect((await finished(d)).status).toBe('succeeded');
    const succeeded = (await h.events('DeploymentSucceeded')).filter((e) => e.data['applicationId'] === id).map((e) => e.data['version']);
    expect(succeeded).toEqual(['1.0.0', '1.1.0', '1.2.0']);
    expect((await h.rpc('deploy.GetApplication', { actor: owner, applicationId: id })).application?.currentVersion).toBe('1.2.0');
    // Default: the latest successful deployment whose version is not the current one.
    const back = await h.rpc('deploy.RollbackApplication', { actor: owner, applicationId: id, deploymentId: '' });
    expect(back.deployment).toMatchObject({ trigger: 'rollback', version: '1.1.0', rollbackOfDeploymentId: ids[1] });
    await finished(back.deployment!.deploymentId!);
    const image = () => (kube.get('Deployment', NS, 'ledger') as unknown as KubeDeployment).spec.template.spec.containers[0]!.image;
    expect(image()).toBe('registry.acme.test/api:1.1.0');
    // Explicit: that deployment's version.
    const first = await h.rpc('deploy.RollbackApplication', { actor: owner, applicationId: id, deploymentId: ids[0] });
    expect(first.deployment).toMatchObject({ version: '1.0.0', rollbackOfDeploymentId: ids[0] });
    await finished(first.deployment!.deploymentId!);
    expect(image()).toBe('registry.acme.test/api:1.0.0');
    // Only to a successful deployment of this application.
    const failing = (await h.events('DeploymentFailed'))[0]!.data['deploymentId'] as string;
    await expect(h.rpc('deploy.RollbackApplication', { actor: owner, applicationId: id, deploymentId: failing })).rejects.toMatchObject({ code: 'ERR_NOT_FOUND' });
    await expect(h.rpc('deploy.RollbackApplication', { actor: memberOf(ORG), applicationId: id, deploymentId: '' })).rejects.toMatchObject({ code: 'ERR_FORBIDDEN' });
  });

  it('lists history newest first, filtered by status and trigger, keyset-paginated', async () => {
    const id = await register('history');
    const wait = async (version: string) => finished((await h.rpc('deploy.DeployApplication', { actor: owner, applicationId: id, version })).deployment!.deploymentId!);
    await wait('h1');
    await wait('h2');
    kube.setRolloutMode('fail');
    await wait('h3');
    kube.setRolloutMode('complete');
    await wait('h4');
    await finished((await h.rpc('deploy.RollbackApplication', { actor: owner, applicationId: id, deploymentId: '' })).deployment!.deploymentId!);
    const list = (over: Record<string, unknown>) => h.rpc('deploy.ListDeployments', { actor: memberOf(ORG), applicationId: id, status: '', trigger: '', pageSize: 0, pageToken: '', ...over });
    const all = await list({});
    expect(all.deployments.map((d) => d.version)).toEqual(['h2', 'h4', 'h3', 'h2', 'h1']);
    expect(all.nextPageToken).toBe('');
    expect((await list({ status: 'failed' })).deployments.map((d) => d.version)).toEqual(['h3']);
    expect((await list({ status: 'succeeded', trigger: 'manual' })).deployments.map((d) => d.version)).toEqual(['h4', 'h2', 'h1']);
    expect((await list({ trigger: 'rollback' })).deployments.map((d) => d.version)).toEqual(['h2']);
    // Pages of 2, following next_page_token: every deployment once, in order.
    const seen: string[] = [];
    let token = '';
    let pages = 0;
    do {
      const page = await list({ pageSize: 2, pageToken: token });
      expect(page.deployments.length).toBeLessThanOrEqual(2);
      seen.push(...page.deployments.map((d) => d.deploymentId!));
      token = page.nextPageToken;
      pages++;
    } while (token);
    expect(pages).toBe(3);
    expect(seen).toEqual(all.deployments.map((d) => d.deploymentId));
    const succeededPage = await list({ status: 'succeeded', pageSize: 2 });
    expect(succeededPage.deployments.map((d) => d.version)).toEqual(['h2', 'h4']);
    expect((await list({ status: 'succeeded', pageSize: 2, pageToken: succeededPage.nextPageToken })).deployments.map((d) => d.version)).toEqual(['h2', 'h1']);
    await expect(list({ status: 'exploded' })).rejects.toMatchObject({ code: 'ERR_VALIDATION' });
    await expect(list({ pageToken: 'garbage' })).rejects.toMatchObject({ code: 'ERR_VALIDATION' });
    await expect(h.rpc('deploy.ListDeployments', { actor: memberOf('org-else'), applicationId: id, status: '', trigger: '', pageSize: 0, pageToken: '' })).rejects.toMatchObject({ code: 'ERR_FORBIDDEN' });
  });
});
