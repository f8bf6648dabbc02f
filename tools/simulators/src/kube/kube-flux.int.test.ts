import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CoreV1Api, CustomObjectsApi, KubeConfig, PatchStrategy, setHeaderOptions } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '@keywarden/testing';
import type { KubeApiServer } from './api.js';
import { kubeConfigFor } from './api.js';
import { REQUESTED_AT_ANNOTATION } from './flux.js';
import { startKubeApiServer } from './server.js';

// A Git host answering the reference discovery by the password it is given, as a GitLab would.
const SHA = 'c0ffee'.padEnd(40, '0');
const ANSWERS: Record<string, { status: number; body: string }> = {
  live: { status: 200, body: `001e# service=git-upload-pack\n0000${SHA} HEAD\0symref=HEAD:refs/heads/main\n${SHA} refs/heads/main\n0000` },
  expired: { status: 401, body: 'HTTP Basic: Access denied.' },
  narrow: { status: 403, body: 'You are not allowed to download code from this project.' },
};
const FLUX = { group: 'source.toolkit.fluxcd.io', version: 'v1', plural: 'gitrepositories' };
type Status = {
  observedGeneration?: number; lastHandledReconcileAt?: string; artifact?: { revision: string };
  conditions?: Array<{ type: string; status: string; reason: string; message: string }>;
};

describe('Kubernetes API test server: the Flux source-controller stand-in', () => {
  let kube: KubeApiServer;
  let git: Server;
  let core: CoreV1Api;
  let custom: CustomObjectsApi;
  const seen: string[] = [];
  const ns = 'project-web-dev';

  beforeAll(async () => {
    git = createServer((req, res) => {
      seen.push(`${req.method} ${req.url}`);
      const password = Buffer.from(String(req.headers.authorization ?? '').replace(/^Basic /, ''), 'base64').toString().split(':')[1] ?? '';
      // A repository created without a commit: git advertises only the capabilities^{} placeholder.
      if (req.url?.startsWith('/acme/empty/')) return void res.writeHead(200).end(`001e# service=git-upload-pack\n0000004e${'0'.repeat(40)} capabilities^{}\0agent=git/2.45.2\n0000`);
      const answer = req.url?.startsWith('/acme/web/') ? (ANSWERS[password] ?? ANSWERS['expired']!) : { status: 404, body: 'The project you were looking for could not be found.' };
      res.writeHead(answer.status, { 'content-type': 'application/x-git-upload-pack-advertisement' }).end(answer.body);
    });
    await new Promise<void>((resolve) => git.listen(0, '127.0.0.1', resolve));
    kube = await startKubeApiServer({ namespaces: [ns], flux: { gitHosts: { 'https://gitlab.com': `http://127.0.0.1:${(git.address() as AddressInfo).port}` } } });
    const kc = kubeConfigFor(kube, KubeConfig);
    core = kc.makeApiClient(CoreV1Api);
    custom = kc.makeApiClient(CustomObjectsApi);
  });
  afterAll(async () => {
    await kube?.close();
    git?.close();
  });

  const secret = (name: string, password: string) =>
    core.createNamespacedSecret({ namespace: ns, body: { metadata: { name }, stringData: { username: 'oauth2', password } } });
  const repository = (name: string, url: string, secretName?: string) => custom.createNamespacedCustomObject({
    ...FLUX, namespace: ns,
    body: { apiVersion: 'source.toolkit.fluxcd.io/v1', kind: 'GitRepository', metadata: { name }, spec: { url, interval: '1m', ref: { branch: 'main' }, ...(secretName ? { secretRef: { name: secretName } } : {}) } },
  });
  const status = (name: string) => (kube.get('GitRepository', ns, name)?.['status'] ?? {}) as Status;
  const ready = (name: string) => status(name).conditions?.find((c) => c.type === 'Ready');

  it('clones with the Secret on creation and reports Ready, the artifact revision and the observed generation', async () => {
    await secret('ok-auth', 'live');
    await repository('ok', 'https://gitlab.com/acme/web', 'ok-auth');
    await eventually(() => ready('ok')?.status === 'True');
    expect(ready('ok')).toMatchObject({ reason: 'Succeeded', message: `stored artifact for revision 'main@sha1:${SHA}'` });
    expect(status('ok')).toMatchObject({ observedGeneration: 1, artifact: { revision: `main@sha1:${SHA}` } });
    expect(status('ok').conditions?.map((c) => c.type)).toEqual(['Ready', 'ArtifactInStorage']);
    expect(seen).toContain('GET /acme/web/info/refs?service=git-upload-pack');
  });

  it('tells authentication, authorization, missing repository and missing Secret apart in Flux\'s words', async () => {
    await secret('expired-auth', 'expired');
    await secret('narrow-auth', 'narrow');
    await repository('expired', 'https://gitlab.com/acme/web', 'expired-auth');
    await repository('narrow', 'https://gitlab.com/acme/web', 'narrow-auth');
    await repository('missing', 'https://gitlab.com/acme/gone', 'ok-auth');
    await repository('nosecret', 'https://gitlab.com/acme/web', 'never-written');
    await repository('offline', 'https://git.example.org/acme/web', 'ok-auth');
    await repository('empty', 'https://gitlab.com/acme/empty', 'ok-auth');
    await eventually(() => ['expired', 'narrow', 'missing', 'nosecret', 'offline', 'empty'].every((n) => ready(n)?.status === 'False'));
    expect(ready('expired')).toMatchObject({
      reason: 'GitOperationFailed',
      message: "failed to checkout and determine revision: unable to clone 'https://gitlab.com/acme/web': authentication required: HTTP Basic: Access denied.",
    });
    expect(ready('narrow')?.message).toContain(': authorization failed: You are not allowed to download code from this project.');
    expect(ready('missing')?.message).toContain("unable to clone 'https://gitlab.com/acme/gone': repository not found:");
    expect(ready('nosecret')).toMatchObject({ reason: 'AuthenticationFailed', message: 'failed to get secret \'project-web-dev/never-written\': secrets "never-written" not found' });
    expect(ready('offline')?.message).toContain('lookup git.example.org: no such host');
    expect(ready('empty')?.message).toBe("failed to checkout and determine revision: unable to clone 'https://gitlab.com/acme/empty': remote repository is empty");
    expect(status('expired').conditions?.find((c) => c.type === 'FetchFailed')).toMatchObject({ status: 'True', reason: 'GitOperationFailed' });
  });

  it('reconciles again on a requestedAt annotation and echoes it in lastHandledReconcileAt, using the Secret as it is now', async () => {
    await core.patchNamespacedSecret({ name: 'expired-auth', namespace: ns, body: { stringData: { password: 'live' } } }, setHeaderOptions('Content-Type', PatchStrategy.MergePatch));
    // Like the real controller, a rewritten Secret alone changes nothing until the next reconcile.
    expect(ready('expired')?.status).toBe('False');
    const requestedAt = new Date().toISOString();
    await custom.patchNamespacedCustomObject({ ...FLUX, namespace: ns, name: 'expired', body: { metadata: { annotations: { [REQUESTED_AT_ANNOTATION]: requestedAt } } } },
      setHeaderOptions('Content-Type', PatchStrategy.MergePatch));
    await eventually(() => status('expired').lastHandledReconcileAt === requestedAt);
    expect(ready('expired')).toMatchObject({ status: 'True', reason: 'Succeeded' });
    expect(status('expired').conditions?.map((c) => c.type)).toEqual(['Ready', 'ArtifactInStorage']);
    // Nothing more to do: its own status write does not make it reconcile again.
    const clones = kube.fluxClones();
    await new Promise((r) => setTimeout(r, 200));
    expect(kube.fluxClones()).toBe(clones);
  });

  it('an interval reconcile (reconcileNow) sees a credential that stopped working, keeping the last artifact', async () => {
    await core.patchNamespacedSecret({ name: 'ok-auth', namespace: ns, body: { stringData: { password: 'expired' } } }, setHeaderOptions('Content-Type', PatchStrategy.MergePatch));
    await kube.reconcileGitRepository(ns, 'ok');
    expect(ready('ok')).toMatchObject({ status: 'False', reason: 'GitOperationFailed' });
    expect(ready('ok')?.message).toContain('authentication required');
    expect(status('ok').artifact?.revision).toBe(`main@sha1:${SHA}`);
    expect(status('ok').conditions?.map((c) => c.type)).toEqual(['Ready', 'FetchFailed', 'ArtifactInStorage']);
  });
});
