import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiException } from '@kubernetes/client-node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { kubeConfigFrom } from './config.js';
import { ClusterError, classifyKubeError } from './errors.js';
import { manifestPath, writeManifest } from './manifests.js';
import { judgeRollout } from './rollout.js';

let dir = '';
beforeEach(async () => void (dir = await mkdtemp(join(tmpdir(), 'kw-kube-'))));
afterEach(async () => rm(dir, { recursive: true, force: true }));

describe('writeManifest', () => {
  it('writes <namespace>/<kind>-<name>.yaml; a Secret 0600 even over a wider file, with no temporary file left', async () => {
    const folder = join(dir, 'project-web-dev');
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'secret-web-env.yaml'), 'old: true\n', { mode: 0o644 });
    const secret = { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'web-env', namespace: 'project-web-dev' }, data: { A: 'Yg==' } };
    const file = await writeManifest(dir, secret);
    expect(file).toBe(join(folder, 'secret-web-env.yaml'));
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(parse(await readFile(file, 'utf8'))).toEqual(secret);
    const deployment = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: 'project-web-dev' } };
    expect((await stat(await writeManifest(dir, deployment))).mode & 0o777).toBe(0o644);
    expect((await readdir(folder)).sort()).toEqual(['deployment-web.yaml', 'secret-web-env.yaml']);
    expect(manifestPath(dir, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'ns1' } })).toBe(join(dir, 'ns1', 'namespace-ns1.yaml'));
  });
});

describe('kubeConfigFrom', () => {
  const kubeconfig = (server: string) => `apiVersion: v1
kind: Config
clusters: [{ name: c, cluster: { server: "${server}" } }]
users: [{ name: u, user: { token: t } }]
contexts: [{ name: x, context: { cluster: c, user: u } }]
current-context: x
`;
  it('prefers the explicit path, then KUBECONFIG, then in-cluster, else no cluster', async () => {
    const explicit = join(dir, 'explicit.yaml');
    const fromEnv = join(dir, 'env.yaml');
    await writeFile(explicit, kubeconfig('https://explicit.example:6443'));
    await writeFile(fromEnv, kubeconfig('https://env.example:6443'));
    expect(kubeConfigFrom({ kubeconfig: explicit, env: { KUBECONFIG: fromEnv } })?.description).toBe(`kubernetes cluster https://explicit.example:6443 (kubeconfig ${explicit})`);
    expect(kubeConfigFrom({ kubeconfig: undefined, env: { KUBECONFIG: fromEnv } })?.kc.getCurrentCluster()?.server).toBe('https://env.example:6443');
    expect(kubeConfigFrom({ kubeconfig: undefined, env: { KUBERNETES_SERVICE_HOST: '10.0.0.1' } })?.description).toBe('kubernetes cluster (in-cluster configuration)');
    expect(kubeConfigFrom({ kubeconfig: undefined, env: {} })).toBeUndefined();
  });
  it('refuses a named kubeconfig that does not exist rather than falling back to manifests', () => {
    const missing = join(dir, 'missing.yaml');
    expect(() => kubeConfigFrom({ kubeconfig: missing, env: {} })).toThrow(`kubeconfig ${missing} does not exist`);
    expect(() => kubeConfigFrom({ kubeconfig: undefined, env: { KUBECONFIG: missing, KUBERNETES_SERVICE_HOST: '10.0.0.1' } })).toThrow(ClusterError);
  });
});

describe('classifyKubeError', () => {
  it('reads the Status, never the request', () => {
    const body = JSON.stringify({ kind: 'Status', reason: 'Invalid', message: 'Secret "x" is invalid: data[bad key]: Invalid value' });
    expect(classifyKubeError(new ApiException(422, 'request body: {"data":{"K":"c2VjcmV0"}}', body, {}))).toMatchObject({ kind: 'rejected', detail: 'HTTP 422 Invalid: Secret "x" is invalid: data[bad key]: Invalid value' });
    expect(classifyKubeError(new ApiException(429, 'x', '', {}))).toMatchObject({ kind: 'unavailable', detail: 'HTTP 429' });
    expect(classifyKubeError(Object.assign(new Error('Gone'), { statusCode: 403 }))).toMatchObject({ kind: 'rejected', detail: 'HTTP 403' });
    expect(classifyKubeError(Object.assign(new Error('x'), { code: 'ECONNREFUSED' }))).toMatchObject({ kind: 'unavailable', detail: 'cannot reach the Kubernetes API (ECONNREFUSED)' });
    const same = new ClusterError('conflict', 'd');
    expect(classifyKubeError(same)).toBe(same);
  });
});

describe('judgeRollout', () => {
  const spec = { replicas: 3 };
  it('follows kubectl rollout status', () => {
    expect(judgeRollout(undefined, 1)).toMatchObject({ status: 'failed', reason: 'NotFound' });
    expect(judgeRollout({ spec, status: { observedGeneration: 1 } }, 2)).toMatchObject({ status: 'progressing' });
    expect(judgeRollout({ spec, status: { observedGeneration: 2, replicas: 3, updatedReplicas: 2, availableReplicas: 2 } }, 2)).toEqual({ status: 'progressing', message: '2 of 3 new replicas updated' });
    expect(judgeRollout({ spec, status: { observedGeneration: 2, replicas: 3, updatedReplicas: 3, availableReplicas: 3 } }, 2)).toEqual({ status: 'complete' });
    // A later generation observed and finished also covers the one asked for.
    expect(judgeRollout({ spec, status: { observedGeneration: 3, replicas: 3, updatedReplicas: 3, availableReplicas: 3 } }, 2)).toEqual({ status: 'complete' });
    // Progressing=False with another reason is not the deadline.
    const paused = { type: 'Progressing', status: 'False', reason: 'DeploymentPaused' };
    expect(judgeRollout({ spec, status: { observedGeneration: 2, replicas: 3, updatedReplicas: 1, conditions: [paused] } }, 2)).toMatchObject({ status: 'progressing' });
  });
});
