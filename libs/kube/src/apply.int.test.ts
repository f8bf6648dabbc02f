import { kubeConfigFor, startKubeApiServer, type KubeApiServer } from '@keywarden/simulators/kube';
import { KubeConfig } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverSideApply } from './apply.js';
import { ClusterError } from './errors.js';
import { FIELD_MANAGER, type KubeObject } from './objects.js';

const NS = 'apply';
const VALUE = 'hunter2-super-secret-value';
const b64 = (s: string) => Buffer.from(s).toString('base64');
const secret = (name: string, data: Record<string, string>, namespace = NS): KubeObject => ({
  apiVersion: 'v1', kind: 'Secret', type: 'Opaque', metadata: { name, namespace, labels: { app: name } }, data,
});

describe('serverSideApply', () => {
  let kube: KubeApiServer;
  let kc: KubeConfig;
  beforeAll(async () => {
    kube = await startKubeApiServer({ namespaces: [NS] });
    kc = kubeConfigFor(kube, KubeConfig);
  });
  afterAll(async () => kube.close());

  it('applies as field manager keywarden and returns the object the API stored', async () => {
    const applier = serverSideApply(kc);
    const returned = await applier.apply(secret('one', { TOKEN: b64(VALUE) }), { force: false });
    expect(returned.metadata).toMatchObject({ name: 'one', namespace: NS, labels: { app: 'one' } });
    expect(returned.metadata.resourceVersion).toMatch(/^\d+$/);
    const stored = kube.get('Secret', NS, 'one') as { metadata: { managedFields: { manager: string; operation: string }[] } };
    expect(stored.metadata.managedFields).toEqual([expect.objectContaining({ manager: FIELD_MANAGER, operation: 'Apply' })]);
    expect(applier.requests()).toBe(1);
  });

  it('a field another manager changed is a conflict naming it; force takes the field back', async () => {
    const applier = serverSideApply(kc);
    await applier.apply(secret('drifted', { TOKEN: b64(VALUE) }), { force: false });
    kube.edit('Secret', NS, 'drifted', (o) => void ((o.data as Record<string, string>).TOKEN = b64('edited-by-hand')));
    const error = await applier.apply(secret('drifted', { TOKEN: b64(VALUE) }), { force: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClusterError);
    expect(error).toMatchObject({ kind: 'conflict', conflicts: [{ field: '.data.TOKEN', manager: 'kubectl-edit' }] });
    await applier.apply(secret('drifted', { TOKEN: b64(VALUE) }), { force: true });
    expect((kube.get('Secret', NS, 'drifted')?.data as Record<string, string>).TOKEN).toBe(b64(VALUE));
  });

  it('errors are classified from the API status and never carry the Secret data', async () => {
    const applier = serverSideApply(kc);
    const missing = await applier.apply(secret('lost', { TOKEN: b64(VALUE) }, 'no-such-namespace'), { force: true }).catch((e: unknown) => e);
    expect(missing).toMatchObject({ kind: 'not_found' });
    const invalid = await applier.apply(secret('bad', { 'NOT A KEY': b64(VALUE) }), { force: true }).catch((e: unknown) => e);
    expect(invalid).toMatchObject({ kind: 'rejected', detail: expect.stringContaining('HTTP 422') });
    kube.failRequests({ count: 1, verb: 'patch', resource: 'secrets', code: 503 });
    const down = await applier.apply(secret('later', { TOKEN: b64(VALUE) }), { force: true }).catch((e: unknown) => e);
    expect(down).toMatchObject({ kind: 'unavailable', detail: 'HTTP 503' });
    await kube.unavailable('refuse');
    const refused = await applier.apply(secret('later', { TOKEN: b64(VALUE) }), { force: true }).catch((e: unknown) => e);
    await kube.available();
    expect(refused).toMatchObject({ kind: 'unavailable', detail: expect.stringContaining('cannot reach the Kubernetes API') });
    for (const error of [missing, invalid, down, refused]) {
      expect(error).toBeInstanceOf(ClusterError);
      const text = `${(error as Error).message} ${JSON.stringify(error)}`;
      expect(text).not.toContain(VALUE);
      expect(text).not.toContain(b64(VALUE));
    }
  });
});
