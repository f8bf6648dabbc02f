import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { randomUUID } from 'node:crypto';
import { parse } from 'yaml';
import type { DeployTarget } from './app/ports.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ownerOf, startHarness, until, type Harness } from './test-support/harness.js';

describe('no cluster configured (the composition root\'s own target)', () => {
  let h: Harness<DeployTarget>;
  let dataDir: string;
  const lines: string[] = [];
  const logs = new Writable({ write: (chunk, _e, cb) => { lines.push(String(chunk)); cb(); } });
  const saved = { KUBECONFIG: process.env['KUBECONFIG'], KUBERNETES_SERVICE_HOST: process.env['KUBERNETES_SERVICE_HOST'] };

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'deployer-manifests-'));
    delete process.env['KUBECONFIG'];
    delete process.env['KUBERNETES_SERVICE_HOST'];
    h = await startHarness({ target: 'production', logs, env: { KW_DATA_DIR: dataDir, KW_LOG_LEVEL: 'info' } });
  });
  afterAll(async () => {
    await h?.stop();
    await rm(dataDir, { recursive: true, force: true });
    for (const [k, v] of Object.entries(saved)) if (v !== undefined) process.env[k] = v;
  });

  it('says so at start-up and writes the Deployment and its env Secret as files', async () => {
    expect(h.target.kind).toBe('manifests');
    expect(lines.join('')).toContain('no Kubernetes cluster configured: writing manifests instead');
    const project = randomUUID();
    await h.project({ projectId: project, organizationId: 'org-m', slug: 'files', environments: ['dev'] });
    h.environments.set(project, [{ key: 'TOKEN', value: 'file-secret-value', secretId: 's1' }]);
    const { webhookToken } = await h.rpc('deploy.RegisterApplication', {
      actor: ownerOf('org-m'), projectId: project, name: 'filed', environment: 'dev', image: 'acme/filed', ports: [80], replicas: 1,
      webhookEnabled: true, autoDeploy: true, signatureRequired: false,
    });
    const { deployment } = await h.rpc('deploy.WebhookDeploy', { applicationName: 'filed', version: 'v1', token: webhookToken, sourceAddress: '127.0.0.1' });
    await until(async () => expect((await h.rpc('deploy.GetDeployment', { actor: ownerOf('org-m'), deploymentId: deployment!.deploymentId })).deployment?.status).toBe('succeeded'));
    const files = await readdir(join(dataDir, 'deployer', 'manifests', 'project-files-dev'), { recursive: true });
    expect(files.length).toBeGreaterThanOrEqual(2);
    const all = (await Promise.all(files.filter((f) => f.endsWith('.yaml')).map((f) => readFile(join(dataDir, 'deployer', 'manifests', 'project-files-dev', f), 'utf8')))).join('\n');
    expect(all).toContain('acme/filed:v1');
    expect(all).toContain('filed-env');
    expect(lines.join('')).not.toContain('file-secret-value');
    expect(lines.join('')).not.toContain(webhookToken);
  });

  it('a stop writes replicas 0, a start its replicas again, a delete removes both files', async () => {
    const project = randomUUID();
    await h.project({ projectId: project, organizationId: 'org-m', slug: 'paper', environments: ['dev'] });
    h.environments.set(project, [{ key: 'TOKEN', value: 'paper-secret-value', secretId: 's2' }]);
    const owner = ownerOf('org-m');
    const { application } = await h.rpc('deploy.RegisterApplication', {
      actor: owner, projectId: project, name: 'paper', environment: 'dev', image: 'acme/paper', ports: [80], replicas: 2,
      webhookEnabled: true, autoDeploy: true, signatureRequired: false,
    });
    const id = application!.applicationId!;
    const status = async () => (await h.rpc('deploy.GetApplication', { actor: owner, applicationId: id })).application?.status;
    await h.rpc('deploy.DeployApplication', { actor: owner, applicationId: id, version: 'v1' });
    await until(async () => expect(await status()).toBe('running'));
    const dir = join(dataDir, 'deployer', 'manifests', 'project-paper-dev');
    const replicas = async () => (parse(await readFile(join(dir, 'deployment-paper.yaml'), 'utf8')) as { spec: { replicas: number } }).spec.replicas;
    expect(await replicas()).toBe(2);
    await h.rpc('deploy.StopApplication', { actor: owner, applicationId: id });
    await until(async () => expect(await replicas()).toBe(0));
    await h.rpc('deploy.StartApplication', { actor: owner, applicationId: id });
    await until(async () => expect(await status()).toBe('running'));
    expect(await replicas()).toBe(2);
    await h.rpc('deploy.DeleteApplication', { actor: owner, applicationId: id });
    await until(async () => expect(await readdir(dir)).toEqual([]));
    expect(await status()).toBe('deleted');
  });
});
