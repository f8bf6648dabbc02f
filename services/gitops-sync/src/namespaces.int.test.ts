import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '@keywarden/telemetry';
import type { RepositoryStatus } from './app/ports.js';
import { syncRequests } from './adapters/outgoing/db/sync-queue.js';
import { fluxWatchTask } from './app/flux-watch.js';
import { ownerOf, quiet, secretData, startHarness, until, type Harness } from './test-support/harness.js';

describe('namespaces', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await h.organization('org-n', 'nina');
    await h.connect('acc-nina', 'nina');
    await until(async () => expect((await h.service.deps.database!.sql`select 1 from oauth_accounts`).length).toBe(1));
  });
  afterAll(async () => h?.stop());

  it('a namespace that already existed is not labelled as keywarden\'s, and deleting the project leaves it', async () => {
    h.kube.put({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'project-shop-prod', labels: { team: 'shop' } } }, 'platform-team');
    const actor = ownerOf('org-n', 'nina');
    const { project } = await h.rpc('gitops.CreateProject', { actor, organizationId: 'org-n', name: 'shop', repositoryUrl: 'https://gitlab.com/acme/shop', environments: ['prod', 'dev'] });
    await until(async () => expect(await h.events('GitCredentialsSynced')).toHaveLength(2));
    expect(secretData(h.kube, 'project-shop-prod', 'shop-git-auth')?.['password']).toBe('tok-acc-nina-1');
    const labels = (ns: string) => (h.kube.get('Namespace', undefined, ns)?.['metadata'] as { labels?: Record<string, string> }).labels ?? {};
    expect(labels('project-shop-prod')).toMatchObject({ team: 'shop' });
    expect(labels('project-shop-prod')['app.kubernetes.io/managed-by']).toBeUndefined();
    // The one keywarden created carries its labels.
    expect(labels('project-shop-dev')).toMatchObject({ 'app.kubernetes.io/managed-by': 'keywarden', 'keywarden.dev/environment': 'dev' });
    await h.rpc('gitops.DeleteProject', { actor, projectId: project!.projectId! });
    await until(() => {
      expect(h.kube.get('Namespace', undefined, 'project-shop-dev')).toBeUndefined();
      expect(h.kube.get('Secret', 'project-shop-prod', 'shop-git-auth')).toBeUndefined();
      expect(h.kube.get('GitRepository', 'project-shop-prod', 'shop')).toBeUndefined();
    });
    expect(h.kube.get('Namespace', undefined, 'project-shop-prod')).toBeDefined();
  });

  it('a Flux authentication failure reported while a project is being deleted does not cancel the deletion', async () => {
    const actor = ownerOf('org-n', 'nina');
    const { project } = await h.rpc('gitops.CreateProject', { actor, organizationId: 'org-n', name: 'cart', repositoryUrl: 'https://gitlab.com/acme/cart', environments: ['prod'] });
    const projectId = project!.projectId!;
    await until(() => expect(secretData(h.kube, 'project-cart-prod', 'cart-git-auth')).toBeDefined());
    // The Flux watch as the service runs it, fed by hand.
    let report: ((status: RepositoryStatus) => void) | undefined;
    const watch = fluxWatchTask({
      requests: syncRequests(h.service.deps.database!), logger: createLogger({ service: 'test', level: 'silent', destination: quiet }),
      target: { ...h.target, watchRepositories: async (on) => ((report = on), async () => undefined) },
    });
    await watch.start();
    await h.kube.unavailable('refuse');
    try {
      await h.rpc('gitops.DeleteProject', { actor, projectId });
      const sql = h.service.deps.database!.sql;
      await until(async () => expect((await sql`select attempts from sync_queue where project_id = ${projectId} and action = 'delete' and attempts > 0`).length).toBe(1));
      report!({
        namespace: 'project-cart-prod', name: 'cart', projectId, environment: 'prod', ready: 'False', reason: 'GitOperationFailed',
        message: 'authentication required', since: 't1', lastHandledReconcileAt: '', revision: '',
      });
      await new Promise((resolve) => setTimeout(resolve, 200));
    } finally {
      await h.kube.available();
      await watch.stop();
    }
    await until(() => {
      expect(h.kube.get('Secret', 'project-cart-prod', 'cart-git-auth')).toBeUndefined();
      expect(h.kube.get('Namespace', undefined, 'project-cart-prod')).toBeUndefined();
    }, { timeoutMs: 10_000 });
  });
});
