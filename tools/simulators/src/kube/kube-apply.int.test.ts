import type { KubernetesObject, V1Secret } from '@kubernetes/client-node';
import { CoreV1Api, KubeConfig, KubernetesObjectApi, PatchStrategy, setHeaderOptions } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KubeApiServer } from './api.js';
import { kubeConfigFor } from './api.js';
import { startKubeApiServer } from './server.js';
import { statusOf } from './test-support.js';

const b64 = (text: string) => Buffer.from(text).toString('base64');

describe('Kubernetes API test server: server-side apply', () => {
  let server: KubeApiServer;
  let objects: KubernetesObjectApi;
  let core: CoreV1Api;
  const apply = (spec: object, manager: string, force?: boolean) =>
    objects.patch(spec as KubernetesObject, undefined, undefined, manager, force, PatchStrategy.ServerSideApply);
  const secret = (stringData: Record<string, string>, labels: Record<string, string> = {}): V1Secret & KubernetesObject => ({
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: 'web-git-auth', namespace: 'project-web-dev', labels, annotations: { 'keywarden.io/token-generation': '1' } },
    stringData,
  });
  const managers = (name: string) =>
    (server.get('Secret', 'project-web-dev', name)?.metadata as { managedFields?: { manager: string; operation: string; fieldsV1: Record<string, unknown> }[] })
      .managedFields ?? [];

  beforeAll(async () => {
    server = await startKubeApiServer({ namespaces: ['project-web-dev'] });
    const kc = kubeConfigFor(server, KubeConfig);
    objects = KubernetesObjectApi.makeApiClient(kc);
    core = kc.makeApiClient(CoreV1Api);
  });
  afterAll(() => server.close());

  it('creates the object, records the manager, and a repeated apply changes nothing', async () => {
    const created = (await apply(secret({ username: 'oauth2', password: 'tok-1' }, { 'app.kubernetes.io/managed-by': 'keywarden', stale: 'yes' }), 'keywarden')) as V1Secret;
    expect(created.data).toEqual({ username: b64('oauth2'), password: b64('tok-1') });
    const [entry] = managers('web-git-auth');
    expect(entry).toMatchObject({ manager: 'keywarden', operation: 'Apply', apiVersion: 'v1', fieldsType: 'FieldsV1' });
    expect(entry?.fieldsV1).toMatchObject({ 'f:data': { 'f:password': {}, 'f:username': {} }, 'f:metadata': { 'f:labels': { 'f:stale': {} } } });

    const again = (await apply(secret({ username: 'oauth2', password: 'tok-1' }, { 'app.kubernetes.io/managed-by': 'keywarden', stale: 'yes' }), 'keywarden')) as V1Secret;
    expect(again.metadata?.resourceVersion).toBe(created.metadata?.resourceVersion);
  });

  it('updates what it sets and removes what it owned and now omits', async () => {
    const updated = (await apply(secret({ username: 'oauth2', password: 'tok-2' }, { 'app.kubernetes.io/managed-by': 'keywarden' }), 'keywarden')) as V1Secret;
    expect(updated.data?.password).toBe(b64('tok-2'));
    expect(updated.metadata?.labels).toEqual({ 'app.kubernetes.io/managed-by': 'keywarden' });
  });

  it('refuses to overwrite a field another manager changed, naming the field and the manager', async () => {
    // A person edits the token by hand: an Update that takes ownership of data.password.
    await core.patchNamespacedSecret(
      { name: 'web-git-auth', namespace: 'project-web-dev', body: { data: { password: b64('hand-edited') } }, fieldManager: 'kubectl-edit' },
      setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
    );
    const conflict = await statusOf(apply(secret({ username: 'oauth2', password: 'tok-3' }, { 'app.kubernetes.io/managed-by': 'keywarden' }), 'keywarden'));
    expect(conflict).toMatchObject({ code: 409, reason: 'Conflict' });
    expect(conflict.message).toMatch(/^Apply failed with 1 conflict: conflict with "kubectl-edit" using v1 at \S+: \.data\.password$/);
    expect(conflict.details?.causes).toEqual([expect.objectContaining({ type: 'FieldManagerConflict', field: '.data.password' })]);
    expect(server.get('Secret', 'project-web-dev', 'web-git-auth')?.data).toMatchObject({ password: b64('hand-edited') });

    // Another applier setting the same field differently conflicts with keywarden too.
    const other = await statusOf(apply(secret({ username: 'x-access-token' }), 'helm'));
    expect(other.message).toContain('conflict with "keywarden"');
    expect(other.message).toContain('.data.username');
  });

  it('force takes the fields over', async () => {
    const forced = (await apply(secret({ username: 'oauth2', password: 'tok-3' }, { 'app.kubernetes.io/managed-by': 'keywarden' }), 'keywarden', true)) as V1Secret;
    expect(forced.data?.password).toBe(b64('tok-3'));
    const byManager = Object.fromEntries(managers('web-git-auth').map((m) => [m.manager, m.fieldsV1]));
    expect(byManager['kubectl-edit']).toBeUndefined();
    expect(byManager.keywarden).toMatchObject({ 'f:data': { 'f:password': {} } });
  });

  it('shares a field set to the same value, and keeps it when one owner lets go', async () => {
    await apply(secret({ username: 'oauth2' }), 'flux-bootstrap');
    await apply(secret({ password: 'tok-3' }, { 'app.kubernetes.io/managed-by': 'keywarden' }), 'keywarden');
    const after = server.get('Secret', 'project-web-dev', 'web-git-auth');
    expect(after?.data).toEqual({ username: b64('oauth2'), password: b64('tok-3') });
  });

  it('requires a fieldManager and an existing namespace', async () => {
    const noManager = await statusOf(objects.patch(secret({ a: 'b' }), undefined, undefined, undefined, undefined, PatchStrategy.ServerSideApply));
    expect(noManager).toMatchObject({ code: 422, reason: 'Invalid' });
    expect(noManager.message).toContain('fieldManager: Required value');
    const missing = await statusOf(apply({ ...secret({ a: 'b' }), metadata: { name: 's', namespace: 'nope' } }, 'keywarden'));
    expect(missing).toMatchObject({ code: 404, message: 'namespaces "nope" not found' });
  });

  it('applies a GitRepository without touching its status, bumping generation only on spec changes', async () => {
    const repo = {
      apiVersion: 'source.toolkit.fluxcd.io/v1',
      kind: 'GitRepository',
      metadata: { name: 'web', namespace: 'project-web-dev' },
      spec: { url: 'https://gitlab.example.com/acme/web.git', interval: '1m', ref: { branch: 'main' }, secretRef: { name: 'web-git-auth' } },
    };
    await apply(repo, 'keywarden');
    server.setCondition('GitRepository', 'project-web-dev', 'web', { type: 'Ready', status: 'True', reason: 'Succeeded' });
    const relabelled = (await apply({ ...repo, metadata: { ...repo.metadata, labels: { team: 'a' } } }, 'keywarden')) as { metadata: { generation: number } };
    expect(relabelled.metadata.generation).toBe(1);
    const moved = (await apply({ ...repo, spec: { ...repo.spec, ref: { branch: 'release' } } }, 'keywarden')) as {
      metadata: { generation: number; labels?: unknown };
      status: { conditions: { reason: string }[] };
    };
    expect(moved.metadata.generation).toBe(2);
    expect(moved.metadata.labels).toBeUndefined();
    expect(moved.status.conditions[0]?.reason).toBe('Succeeded');
  });
});
