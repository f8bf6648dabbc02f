// Stop (scale to zero), start and delete of an application, against the Kubernetes API test server: its objects,
// its history and its webhook.
import { randomUUID } from 'node:crypto';
import { kubeConfigFor, startKubeApiServer, type KubeApiServer } from '@keywarden/simulators/kube';
import { KubeConfig } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kubernetesDeployTarget } from './adapters/outgoing/kube/index.js';
import type { DeployTarget } from './app/ports.js';
import { memberOf, ownerOf, startHarness, until, type Harness } from './test-support/harness.js';

const ORG = 'org-life';
const PROJECT = randomUUID();
const NS = 'project-life-prod';
type KubeDeployment = { spec: { replicas: number; template: { spec: { containers: Array<{ image: string }> } } }; status?: { observedGeneration?: number } };

describe('stopping, starting and deleting an application (against the Kubernetes API test server)', () => {
  let h: Harness<DeployTarget>;
  let kube: KubeApiServer;
  const owner = ownerOf(ORG);
  const deployment = (name: string) => kube.get('Deployment', NS, name) as KubeDeployment | undefined;
  const application = async (id: string) => (await h.rpc('deploy.GetApplication', { actor: owner, applicationId: id })).application!;
  const register = async (name: string) => h.rpc('deploy.RegisterApplication', {
    actor: owner, projectId: PROJECT, name, environment: 'prod', image: 'registry.acme.test/life', ports: [8080], replicas: 3,
    webhookEnabled: true, autoDeploy: true, signatureRequired: false,
  });
  const deployed = async (id: string, version: string) => {
    const { deployment: d } = await h.rpc('deploy.DeployApplication', { actor: owner, applicationId: id, version });
    await until(async () => expect((await h.rpc('deploy.GetDeployment', { actor: owner, deploymentId: d!.deploymentId! })).deployment?.status).toBe('succeeded'));
    return d!.deploymentId!;
  };
  const hook = (applicationId: string, token: string, version: string) =>
    h.rpc('deploy.WebhookDeploy', { applicationId, version, token, sourceAddress: '203.0.113.9', idempotencyKey: '', signature: '', body: '' });

  beforeAll(async () => {
    kube = await startKubeApiServer({ namespaces: [NS] });
    h = await startHarness({ target: kubernetesDeployTarget(kubeConfigFor(kube, KubeConfig), 'test cluster'), env: { KW_DEPLOYER_REJECTION_LIMIT: '1000' } });
    await h.project({ projectId: PROJECT, organizationId: ORG, slug: 'life', environments: ['prod'] });
    h.environments.set(PROJECT, [{ key: 'API_KEY', value: 'sk_live_0123456789', secretId: 'sec-api' }]);
  });
  afterAll(async () => {
    await h?.stop();
    await kube?.close();
  });

  it('stop scales the Deployment to zero and refuses deploys; start deploys the current version again with its replicas', async () => {
    const { application: app, webhookToken } = await register('clock');
    const id = app!.applicationId!;
    await deployed(id, '1.0.0');
    expect(deployment('clock')?.spec.replicas).toBe(3);
    await expect(h.rpc('deploy.StopApplication', { actor: memberOf(ORG), applicationId: id })).rejects.toMatchObject({ code: 'ERR_FORBIDDEN' });
    const stopped = await h.rpc('deploy.StopApplication', { actor: owner, applicationId: id });
    expect(stopped.application).toMatchObject({ status: 'stopped', currentVersion: '1.0.0', stoppedAt: expect.any(String) });
    await until(() => expect(deployment('clock')?.spec.replicas).toBe(0));
    // Stopping again changes nothing.
    await h.rpc('deploy.StopApplication', { actor: owner, applicationId: id });
    expect(await h.events('ApplicationStopped')).toHaveLength(1);
    // Deploys wait for a start: by hand and by webhook (audited).
    await expect(h.rpc('deploy.DeployApplication', { actor: owner, applicationId: id, version: '1.1.0' })).rejects.toMatchObject({ code: 'ERR_APPLICATION_STOPPED', status: 409 });
    await expect(hook(id, webhookToken!, '1.1.0')).rejects.toMatchObject({ code: 'ERR_APPLICATION_STOPPED', status: 409 });
    expect((await h.events('WebhookRejected')).at(-1)?.data).toMatchObject({ applicationId: id, reason: 'application_stopped' });
    // Its webhook still refuses a wrong token first: only the token's holder learns the application is stopped.
    await expect(hook(id, 'whk_wrongwrongwrongwrong', '1.1.0')).rejects.toMatchObject({ code: 'ERR_INVALID_TOKEN' });
    const requested = (await h.events('DeploymentRequested')).length;
    // Start: the current version is deployed again (a fresh environment), its three replicas back.
    h.environments.set(PROJECT, [{ key: 'API_KEY', value: 'sk_live_rotated_987654', secretId: 'sec-api' }]);
    const started = await h.rpc('deploy.StartApplication', { actor: owner, applicationId: id });
    // Deploying (not the old running) until the redeploy has rolled out.
    expect(started.application?.status).toBe('deploying');
    await until(async () => expect(await application(id)).toMatchObject({ status: 'running', currentVersion: '1.0.0' }));
    await until(() => expect(deployment('clock')?.spec.replicas).toBe(3));
    const redeploys = (await h.events('DeploymentRequested')).slice(requested);
    expect(redeploys.map((e) => [e.data['version'], e.data['trigger']])).toEqual([['1.0.0', 'manual']]);
    const env = kube.get('Secret', NS, 'clock-env') as { data: Record<string, string> };
    expect(Buffer.from(env.data['API_KEY']!, 'base64').toString()).toBe('sk_live_rotated_987654');
    // Deploying works again.
    await expect(hook(id, webhookToken!, '1.1.0')).resolves.toMatchObject({ deployment: { version: '1.1.0' } });
  });

  it('delete removes the Deployment and its Secret, keeps the application and its history readable, and refuses its webhook', async () => {
    const { application: app, webhookToken } = await register('ledger');
    const id = app!.applicationId!;
    const first = await deployed(id, '2.0.0');
    await deployed(id, '2.1.0');
    expect(kube.get('Secret', NS, 'ledger-env')).toBeDefined();
    const deleted = await h.rpc('deploy.DeleteApplication', { actor: owner, applicationId: id });
    expect(deleted.application).toMatchObject({ status: 'deleted', deletedAt: expect.any(String), currentVersion: '2.1.0' });
    await until(() => {
      expect(deployment('ledger')).toBeUndefined();
      expect(kube.get('Secret', NS, 'ledger-env')).toBeUndefined();
    });
    // History kept: the application, its deployments, one by one.
    expect((await application(id)).status).toBe('deleted');
    const history = await h.rpc('deploy.ListDeployments', { actor: owner, applicationId: id, status: '', trigger: '', pageSize: 0, pageToken: '' });
    expect(history.deployments?.map((d) => d.version)).toEqual(['2.1.0', '2.0.0']);
    expect((await h.rpc('deploy.GetDeployment', { actor: owner, deploymentId: first })).deployment?.status).toBe('succeeded');
    // The webhook says what happened (410), audited; following an earlier deployment with its token is refused too.
    await expect(hook(id, webhookToken!, '2.2.0')).rejects.toMatchObject({ code: 'ERR_APPLICATION_DELETED', status: 410 });
    await expect(h.rpc('deploy.GetWebhookDeployment', { deploymentId: first, token: webhookToken!, sourceAddress: '203.0.113.9' })).rejects.toMatchObject({ code: 'ERR_APPLICATION_DELETED' });
    expect((await h.events('WebhookRejected')).at(-1)?.data).toMatchObject({ applicationId: id, reason: 'application_deleted' });
    // Nothing else happens to it: no deploy, stop, start or change; deleting again changes nothing; its name is not reused.
    await expect(h.rpc('deploy.DeployApplication', { actor: owner, applicationId: id, version: '2.2.0' })).rejects.toMatchObject({ code: 'ERR_APPLICATION_DELETED', status: 410 });
    await expect(h.rpc('deploy.StartApplication', { actor: owner, applicationId: id })).rejects.toMatchObject({ code: 'ERR_APPLICATION_DELETED' });
    await expect(h.rpc('deploy.UpdateApplication', { actor: owner, applicationId: id, updateMask: ['replicas'], replicas: 2 })).rejects.toMatchObject({ code: 'ERR_APPLICATION_DELETED' });
    await h.rpc('deploy.DeleteApplication', { actor: owner, applicationId: id });
    expect(await h.events('ApplicationDeleted')).toHaveLength(1);
    await expect(register('ledger')).rejects.toMatchObject({ code: 'ERR_CONFLICT', detail: expect.stringContaining('names are not reused') });
  });

  it('a stop or delete waits for a deployment that is queued or rolling out', async () => {
    const { application: app } = await register('queue');
    const id = app!.applicationId!;
    kube.setRolloutMode('manual');
    try {
      const { deployment: d } = await h.rpc('deploy.DeployApplication', { actor: owner, applicationId: id, version: '3.0.0' });
      await until(() => expect(deployment('queue')).toBeDefined());
      await expect(h.rpc('deploy.StopApplication', { actor: owner, applicationId: id })).rejects.toMatchObject({ code: 'ERR_CONFLICT', detail: expect.stringContaining(d!.deploymentId!) });
      await expect(h.rpc('deploy.DeleteApplication', { actor: owner, applicationId: id })).rejects.toMatchObject({ code: 'ERR_CONFLICT' });
      expect((await application(id)).status).toBe('deploying');
      kube.completeRollout(NS, 'queue');
      await until(async () => expect((await application(id)).status).toBe('running'));
    } finally {
      kube.setRolloutMode('complete');
    }
    await expect(h.rpc('deploy.StopApplication', { actor: owner, applicationId: id })).resolves.toMatchObject({ application: { status: 'stopped' } });
    await until(() => expect(deployment('queue')?.spec.replicas).toBe(0));
  });
});
