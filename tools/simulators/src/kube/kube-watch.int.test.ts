import type { KubernetesObject, V1Secret } from '@kubernetes/client-node';
import { ApiException, CoreV1Api, CustomObjectsApi, KubeConfig, KubernetesObjectApi, PatchStrategy, Watch, makeInformer, setHeaderOptions } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, sleep } from '@keywarden/testing';
import type { KubeApiServer } from './api.js';
import { kubeConfigFor } from './api.js';
import { startKubeApiServer } from './server.js';

type Seen = { type: string; name: string; object: KubernetesObject & { code?: number; reason?: string } };

describe('Kubernetes API test server: watch, informer, faults', () => {
  let server: KubeApiServer;
  let kc: KubeConfig;
  let core: CoreV1Api;
  const ns = 'project-web-dev';

  const watchInto = async (path: string, params: Record<string, string | boolean>, seen: Seen[], done?: (err: unknown) => void) =>
    new Watch(kc).watch(path, params, (type, object: Seen['object']) => seen.push({ type, name: object.metadata?.name ?? '', object }), done ?? (() => {}));

  beforeAll(async () => {
    server = await startKubeApiServer({ namespaces: [ns, 'project-api-dev'], bookmarkIntervalMs: 50 });
    kc = kubeConfigFor(server, KubeConfig);
    core = kc.makeApiClient(CoreV1Api);
  });
  afterAll(() => server.close());

  it('delivers ADDED, MODIFIED and DELETED from a resourceVersion, honouring the label selector', async () => {
    const start = await core.listNamespacedSecret({ namespace: ns });
    const seen: Seen[] = [];
    const controller = await watchInto(`/api/v1/namespaces/${ns}/secrets`, { resourceVersion: start.metadata?.resourceVersion ?? '', labelSelector: 'app=web' }, seen);
    await core.createNamespacedSecret({ namespace: ns, body: { metadata: { name: 'a', labels: { app: 'web' } }, stringData: { k: 'v1' } } });
    await core.createNamespacedSecret({ namespace: ns, body: { metadata: { name: 'ignored' } } });
    await core.patchNamespacedSecret({ name: 'a', namespace: ns, body: { stringData: { k: 'v2' } } }, setHeaderOptions('Content-Type', PatchStrategy.MergePatch));
    await core.deleteNamespacedSecret({ name: 'a', namespace: ns });
    await core.createNamespacedSecret({ namespace: ns, body: { metadata: { name: 'b', labels: { app: 'web' } } } });
    await core.patchNamespacedSecret({ name: 'b', namespace: ns, body: { metadata: { labels: { app: 'other' } } } }, setHeaderOptions('Content-Type', PatchStrategy.MergePatch));
    await eventually(() => seen.length >= 5);
    controller.abort();
    expect(seen.map((e) => `${e.type} ${e.name}`)).toEqual(['ADDED a', 'MODIFIED a', 'DELETED a', 'ADDED b', 'DELETED b']);
    expect((seen[1]?.object as V1Secret).data?.k).toBe(Buffer.from('v2').toString('base64'));
  });

  it('watches GitRepositories across namespaces and sends bookmarks when allowed', async () => {
    const custom = kc.makeApiClient(CustomObjectsApi);
    const seen: Seen[] = [];
    const controller = await watchInto('/apis/source.toolkit.fluxcd.io/v1/gitrepositories', { resourceVersion: server.resourceVersion(), allowWatchBookmarks: true }, seen);
    for (const namespace of [ns, 'project-api-dev']) {
      await custom.createNamespacedCustomObject({
        group: 'source.toolkit.fluxcd.io',
        version: 'v1',
        plural: 'gitrepositories',
        namespace,
        body: { apiVersion: 'source.toolkit.fluxcd.io/v1', kind: 'GitRepository', metadata: { name: 'repo' }, spec: { url: 'https://git.example.com/r.git', interval: '1m' } },
      });
    }
    server.setCondition('GitRepository', 'project-api-dev', 'repo', { type: 'Ready', status: 'False', reason: 'AuthenticationFailed', message: 'auth failed' });
    await eventually(() => seen.some((e) => e.type === 'BOOKMARK') && seen.filter((e) => e.type !== 'BOOKMARK').length >= 3);
    controller.abort();
    const changes = seen.filter((e) => e.type !== 'BOOKMARK');
    expect(changes.map((e) => `${e.type} ${e.object.metadata?.namespace}`)).toEqual([`ADDED ${ns}`, 'ADDED project-api-dev', 'MODIFIED project-api-dev']);
    expect(changes[2]?.object).toMatchObject({ status: { conditions: [{ type: 'Ready', status: 'False', reason: 'AuthenticationFailed' }] } });
  });

  it('answers a watch from a compacted resourceVersion with a 410 Expired ERROR event', async () => {
    const old = server.resourceVersion();
    await core.createNamespacedConfigMap({ namespace: ns, body: { metadata: { name: 'after' } } });
    server.compactHistory();
    const seen: Seen[] = [];
    let ended = false;
    await watchInto(`/api/v1/namespaces/${ns}/configmaps`, { resourceVersion: old }, seen, () => (ended = true));
    await eventually(() => ended);
    expect(seen).toEqual([{ type: 'ERROR', name: '', object: expect.objectContaining({ kind: 'Status', code: 410, reason: 'Expired' }) }]);
  });

  it('keeps an informer in step, across a 410 and an outage', async () => {
    const seen: string[] = [];
    const informer = makeInformer(kc, `/api/v1/namespaces/${ns}/configmaps`, () => core.listNamespacedConfigMap({ namespace: ns }));
    informer.on('add', (o) => seen.push(`add ${o.metadata?.name}`));
    informer.on('update', (o) => seen.push(`update ${o.metadata?.name}`));
    informer.on('delete', (o) => seen.push(`delete ${o.metadata?.name}`));
    // client-node leaves restarting after an error to its user; this is the usual pattern.
    informer.on('error', () => setTimeout(() => void informer.start().catch(() => {}), 50));
    await informer.start();
    expect(seen).toEqual(['add after']);

    await core.createNamespacedConfigMap({ namespace: ns, body: { metadata: { name: 'cm' }, data: { a: '1' } } });
    await core.replaceNamespacedConfigMap({ name: 'cm', namespace: ns, body: { metadata: { name: 'cm' }, data: { a: '2' } } });
    await core.deleteNamespacedConfigMap({ name: 'cm', namespace: ns });
    await eventually(() => seen.length === 4);
    expect(seen.slice(1)).toEqual(['add cm', 'update cm', 'delete cm']);

    // A re-watch from a resourceVersion still in history resumes without listing again...
    const lists = () => server.requestCount('list configmaps');
    const listed = lists();
    server.endWatches();
    await eventually(() => server.requestCount('watch configmaps') >= 2);
    expect(lists()).toBe(listed);
    // ...one from a resourceVersion compacted away meanwhile gets 410 Expired and relists, finding what it missed.
    server.endWatches();
    server.put({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'missed', namespace: ns } });
    server.compactHistory();
    await eventually(() => seen.includes('add missed'), { message: 'informer relisted after 410' });
    expect(lists()).toBe(listed + 1);

    await server.unavailable('refuse');
    server.put({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'while-down', namespace: ns } });
    await sleep(200);
    await server.available();
    await eventually(() => seen.includes('add while-down'), { message: 'informer relisted after the outage' });
    expect(informer.get('while-down', ns)).toBeDefined();
    await informer.stop();
  });

  it('is unreachable while unavailable and back on the same port; clients retrying with backoff succeed', async () => {
    const objects = KubernetesObjectApi.makeApiClient(kc);
    const failures: string[] = [];
    const withBackoff = async <T>(call: () => Promise<T>): Promise<T> => {
      for (let attempt = 0; ; attempt++) {
        try {
          return await call();
        } catch (error) {
          failures.push(error instanceof ApiException ? String(error.code) : ((error as { code?: string }).code ?? 'error'));
          if (attempt >= 12) throw error;
          await sleep(Math.min(10 * 2 ** attempt, 250));
        }
      }
    };
    const spec = { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'retried', namespace: ns }, stringData: { token: 't' } };

    await server.unavailable('refuse', 300);
    await withBackoff(() => objects.patch(spec, undefined, undefined, 'keywarden', true, PatchStrategy.ServerSideApply));
    expect(failures.length).toBeGreaterThan(0);
    expect(failures.every((f) => f === 'ECONNREFUSED')).toBe(true);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);

    failures.length = 0;
    server.resetRequests();
    await server.unavailable('503', 200);
    await withBackoff(() => core.readNamespacedSecret({ name: 'retried', namespace: ns }));
    expect(failures.length).toBeGreaterThan(0);
    expect(new Set(failures)).toEqual(new Set(['503']));
    expect(server.requestCount('get secrets')).toBe(failures.length + 1);

    failures.length = 0;
    server.failRequests({ count: 2, verb: 'patch', resource: 'secrets', code: 500 });
    await withBackoff(() => objects.patch(spec, undefined, undefined, 'keywarden', true, PatchStrategy.ServerSideApply));
    expect(failures).toEqual(['500', '500']);
    expect(server.requests()).toMatchObject({ 'patch secrets': 3 });
  });
});
