import { AppsV1Api, CoreV1Api, CustomObjectsApi, KubeConfig, KubernetesObjectApi, PatchStrategy, setHeaderOptions } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KubeApiServer } from './api.js';
import { kubeConfigFor } from './api.js';
import { startKubeApiServer } from './server.js';
import { statusOf } from './test-support.js';

const flux = { group: 'source.toolkit.fluxcd.io', version: 'v1', plural: 'gitrepositories' };

describe('Kubernetes API test server: CRUD through @kubernetes/client-node', () => {
  let server: KubeApiServer;
  let core: CoreV1Api;
  let apps: AppsV1Api;
  let custom: CustomObjectsApi;
  let objects: KubernetesObjectApi;

  beforeAll(async () => {
    server = await startKubeApiServer({ namespaces: ['team-a'] });
    const kc = kubeConfigFor(server, KubeConfig);
    core = kc.makeApiClient(CoreV1Api);
    apps = kc.makeApiClient(AppsV1Api);
    custom = kc.makeApiClient(CustomObjectsApi);
    objects = KubernetesObjectApi.makeApiClient(kc);
  });
  afterAll(() => server.close());

  it('creates, reads, lists, replaces and deletes a Secret', async () => {
    const created = await core.createNamespacedSecret({
      namespace: 'team-a',
      body: { metadata: { name: 'git-auth', labels: { app: 'web' } }, stringData: { password: 's3cret' } },
    });
    expect(created.metadata?.uid).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.data).toEqual({ password: Buffer.from('s3cret').toString('base64') });
    expect(created.stringData).toBeUndefined();
    expect(created.type).toBe('Opaque');

    const read = await core.readNamespacedSecret({ name: 'git-auth', namespace: 'team-a' });
    expect(read.metadata?.resourceVersion).toBe(created.metadata?.resourceVersion);

    const dup = await statusOf(core.createNamespacedSecret({ namespace: 'team-a', body: { metadata: { name: 'git-auth' } } }));
    expect(dup).toMatchObject({ code: 409, reason: 'AlreadyExists', message: 'secrets "git-auth" already exists' });

    const replaced = await core.replaceNamespacedSecret({
      name: 'git-auth',
      namespace: 'team-a',
      body: { ...read, stringData: { username: 'oauth2' } },
    });
    expect(Number(replaced.metadata?.resourceVersion)).toBeGreaterThan(Number(read.metadata?.resourceVersion));
    expect(Object.keys(replaced.data ?? {}).sort()).toEqual(['password', 'username']);

    const stale = await statusOf(core.replaceNamespacedSecret({ name: 'git-auth', namespace: 'team-a', body: read }));
    expect(stale).toMatchObject({ code: 409, reason: 'Conflict' });
    expect(stale.message).toContain('the object has been modified');

    const listed = await core.listNamespacedSecret({ namespace: 'team-a', labelSelector: 'app in (web,api)' });
    expect(listed.items.map((s) => s.metadata?.name)).toEqual(['git-auth']);
    expect(listed.metadata?.resourceVersion).toBe(server.resourceVersion());
    expect((await core.listNamespacedSecret({ namespace: 'team-a', labelSelector: 'app!=web' })).items).toEqual([]);
    expect((await core.listSecretForAllNamespaces({ fieldSelector: 'metadata.name=git-auth' })).items).toHaveLength(1);

    await core.deleteNamespacedSecret({ name: 'git-auth', namespace: 'team-a' });
    expect(server.get('Secret', 'team-a', 'git-auth')).toBeUndefined();
    const gone = await statusOf(core.readNamespacedSecret({ name: 'git-auth', namespace: 'team-a' }));
    expect(gone).toMatchObject({ kind: 'Status', status: 'Failure', code: 404, reason: 'NotFound', message: 'secrets "git-auth" not found' });
  });

  it('rejects invalid names with 422 and writes into missing namespaces with 404', async () => {
    const bad = await statusOf(core.createNamespacedConfigMap({ namespace: 'team-a', body: { metadata: { name: 'Bad_Name' } } }));
    expect(bad).toMatchObject({ code: 422, reason: 'Invalid' });
    expect(bad.details?.causes?.[0]?.field).toBe('metadata.name');
    const badNs = await statusOf(core.createNamespace({ body: { metadata: { name: 'has.dot' } } }));
    expect(badNs.code).toBe(422);
    const missing = await statusOf(core.createNamespacedSecret({ namespace: 'nowhere', body: { metadata: { name: 'x' } } }));
    expect(missing).toMatchObject({ code: 404, reason: 'NotFound', message: 'namespaces "nowhere" not found' });

    await core.createNamespacedSecret({ namespace: 'team-a', body: { metadata: { name: 'typed' }, type: 'kubernetes.io/basic-auth', stringData: { username: 'u' } } });
    const jsonPatch = (body: object[]) =>
      core.patchNamespacedSecret({ name: 'typed', namespace: 'team-a', body }, setHeaderOptions('Content-Type', PatchStrategy.JsonPatch));
    const immutable = await statusOf(jsonPatch([{ op: 'replace', path: '/type', value: 'Opaque' }]));
    expect(immutable).toMatchObject({ code: 422, reason: 'Invalid' });
    expect(immutable.message).toContain('type: Invalid value: "Opaque": field is immutable');
    const patched = await jsonPatch([{ op: 'add', path: '/metadata/labels', value: { team: 'a' } }]);
    expect(patched.metadata?.labels).toEqual({ team: 'a' });
  });

  it('deleting a namespace removes what is in it', async () => {
    await core.createNamespace({ body: { metadata: { name: 'doomed' } } });
    await core.createNamespacedConfigMap({ namespace: 'doomed', body: { metadata: { name: 'settings' }, data: { a: '1' } } });
    await core.deleteNamespace({ name: 'doomed' });
    expect(server.get('ConfigMap', 'doomed', 'settings')).toBeUndefined();
    expect(server.get('Namespace', undefined, 'doomed')).toBeUndefined();
  });

  it('serves GitRepository custom objects with a status subresource and generation', async () => {
    const body = {
      apiVersion: 'source.toolkit.fluxcd.io/v1',
      kind: 'GitRepository',
      metadata: { name: 'app', namespace: 'team-a' },
      spec: { url: 'https://gitlab.example.com/team/app.git', interval: '1m', ref: { branch: 'main' }, secretRef: { name: 'git-auth' } },
    };
    const created = (await custom.createNamespacedCustomObject({ ...flux, namespace: 'team-a', body })) as typeof body & { metadata: { generation: number } };
    expect(created.metadata.generation).toBe(1);

    server.setCondition('GitRepository', 'team-a', 'app', { type: 'Ready', status: 'False', reason: 'AuthenticationFailed', message: 'authentication required' });
    const read = (await custom.getNamespacedCustomObjectStatus({ ...flux, namespace: 'team-a', name: 'app' })) as { status: { conditions: { reason: string }[] }; metadata: { generation: number } };
    expect(read.status.conditions[0]?.reason).toBe('AuthenticationFailed');
    expect(read.metadata.generation).toBe(1);

    const patched = (await custom.patchNamespacedCustomObject(
      { ...flux, namespace: 'team-a', name: 'app', body: { spec: { interval: '5m' } } },
      setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
    )) as { spec: { interval: string; url: string }; metadata: { generation: number }; status: unknown };
    expect(patched.spec).toMatchObject({ interval: '5m', url: body.spec.url });
    expect(patched.metadata.generation).toBe(2);
    expect(patched.status).toEqual(read.status);

    const strategic = await statusOf(
      custom.patchNamespacedCustomObject({ ...flux, namespace: 'team-a', name: 'app', body: { spec: {} } }, setHeaderOptions('Content-Type', PatchStrategy.StrategicMergePatch)),
    );
    expect(strategic.code).toBe(415);
    const invalid = await statusOf(custom.createNamespacedCustomObject({ ...flux, namespace: 'team-a', body: { ...body, metadata: { name: 'bad' }, spec: { url: 'ftp://x', interval: '1m' } } }));
    expect(invalid).toMatchObject({ code: 422, reason: 'Invalid' });
    const all = (await custom.listClusterCustomObject({ ...flux })) as { items: unknown[] };
    expect(all.items).toHaveLength(1);
  });

  it('finds resources through discovery for KubernetesObjectApi and rolls Deployments out', async () => {
    const deployment = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web', namespace: 'team-a' },
      spec: {
        selector: { matchLabels: { app: 'web' } },
        template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'registry/web:1.0.0' }] } },
      },
    };
    await objects.create(deployment);
    const rolled = await apps.readNamespacedDeploymentStatus({ name: 'web', namespace: 'team-a' });
    expect(rolled.spec?.replicas).toBe(1);
    expect(rolled.status?.observedGeneration).toBe(1);
    expect(rolled.status?.conditions?.find((c) => c.type === 'Progressing')?.reason).toBe('NewReplicaSetAvailable');

    server.setRolloutMode('manual');
    await objects.patch({ ...deployment, spec: { ...deployment.spec, template: { ...deployment.spec.template, spec: { containers: [{ name: 'web', image: 'registry/web:2.0.0' }] } } } }, undefined, undefined, 'deployer', undefined, PatchStrategy.MergePatch);
    server.failRollout('team-a', 'web');
    const failed = await apps.readNamespacedDeployment({ name: 'web', namespace: 'team-a' });
    expect(failed.metadata?.generation).toBe(2);
    expect(failed.status?.conditions?.find((c) => c.type === 'Progressing')).toMatchObject({ status: 'False', reason: 'ProgressDeadlineExceeded' });

    const noSelector = await statusOf(objects.create({ ...deployment, metadata: { name: 'broken', namespace: 'team-a' }, spec: { ...deployment.spec, selector: { matchLabels: { app: 'other' } } } }));
    expect(noSelector).toMatchObject({ code: 422, reason: 'Invalid' });
    expect(server.requests()['get discovery']).toBeGreaterThan(0);
  });

  it('pages lists with limit and continue', async () => {
    for (const i of [1, 2, 3]) await core.createNamespacedConfigMap({ namespace: 'team-a', body: { metadata: { name: `page-${i}`, labels: { page: 'yes' } } } });
    const first = await core.listNamespacedConfigMap({ namespace: 'team-a', labelSelector: 'page', limit: 2 });
    expect(first.items.map((c) => c.metadata?.name)).toEqual(['page-1', 'page-2']);
    const second = await core.listNamespacedConfigMap({ namespace: 'team-a', labelSelector: 'page', limit: 2, _continue: first.metadata?._continue });
    expect(second.items.map((c) => c.metadata?.name)).toEqual(['page-3']);
    expect(second.metadata?._continue).toBeUndefined();
  });

  it('serves custom resources registered by the test, and collects dependents of a deleted owner', async () => {
    server.registerResource({ group: 'kustomize.toolkit.fluxcd.io', version: 'v1', kind: 'Kustomization', plural: 'kustomizations', namespaced: true, shortNames: ['ks'] });
    const ks = { group: 'kustomize.toolkit.fluxcd.io', version: 'v1', plural: 'kustomizations' };
    const owner = (await custom.createNamespacedCustomObject({
      ...ks,
      namespace: 'team-a',
      body: { apiVersion: 'kustomize.toolkit.fluxcd.io/v1', kind: 'Kustomization', metadata: { name: 'apps' }, spec: { path: './apps' } },
    })) as { metadata: { uid: string } };
    await core.createNamespacedConfigMap({
      namespace: 'team-a',
      body: { metadata: { name: 'owned', ownerReferences: [{ apiVersion: 'kustomize.toolkit.fluxcd.io/v1', kind: 'Kustomization', name: 'apps', uid: owner.metadata.uid }] } },
    });
    await custom.deleteNamespacedCustomObject({ ...ks, namespace: 'team-a', name: 'apps' });
    expect(server.get('ConfigMap', 'team-a', 'owned')).toBeUndefined();
    expect((await objects.list('kustomize.toolkit.fluxcd.io/v1', 'Kustomization', 'team-a')).items).toEqual([]);
  });

  it('answers 401 to a wrong bearer token', async () => {
    const wrong = kubeConfigFor(server, KubeConfig, { token: 'not-the-token' }).makeApiClient(CoreV1Api);
    const status = await statusOf(wrong.listNamespace());
    expect(status.code).toBe(401);
    expect(server.requestCount('list namespaces')).toBeGreaterThan(0);
  });
});
