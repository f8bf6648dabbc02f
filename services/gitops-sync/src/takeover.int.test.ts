// A gitops-sync replica that dies in the middle of a sync (its Kubernetes write
// never returns, its heartbeat stops): the rows it held are taken over by
// another replica once the short lease ends, the Secrets are written and the
// queue empties; the dead replica's claim settles nothing.
import type { ClusterTarget } from './app/ports.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ownerOf, secretData, startHarness, until, type Harness } from './test-support/harness.js';

const ORG = 'org-takeover';
const LEASE = { KW_QUEUE_LEASE_MS: '1000' };

describe('a gitops-sync replica dies mid-sync', () => {
  let h: Harness;
  let stuck = 0;
  // The first replica's writes into this project's namespaces never come back (the process is as good as gone).
  const hangOn = (target: ClusterTarget): ClusterTarget => ({
    ...target,
    apply: async (object, options) => {
      const namespace = (object as { metadata?: { namespace?: string; name?: string } }).metadata;
      if ((namespace?.namespace ?? namespace?.name ?? '').startsWith('project-orphan-')) {
        stuck++;
        return new Promise<void>(() => undefined);
      }
      return target.apply(object, options);
    },
  });

  beforeAll(async () => {
    h = await startHarness({ env: LEASE, wrapTarget: hangOn });
    await h.organization(ORG, 'ivy');
    await h.connect('acc-ivy', 'ivy');
    await until(async () => expect((await h.service.deps.database!.sql`select 1 from oauth_accounts`).length).toBe(1));
  });
  afterAll(async () => h?.stop());

  it('another replica takes its rows over once the lease ends and writes the Secrets', async () => {
    const { project } = await h.rpc('gitops.CreateProject', {
      actor: ownerOf(ORG, 'ivy'), organizationId: ORG, name: 'orphan', repositoryUrl: 'https://gitlab.com/acme/orphan', environments: ['dev', 'prod'],
    });
    const projectId = project!.projectId!;
    await until(() => expect(stuck).toBeGreaterThan(0));
    const held = await h.service.deps.database!.sql`select environment from sync_queue where project_id = ${projectId} and lease_until is not null order by environment`;
    expect(held.map((r) => r['environment'])).toEqual(['dev', 'prod']);
    h.handles.worker.abandon();

    await h.replica(LEASE);
    await until(() => {
      expect(secretData(h.kube, 'project-orphan-dev', 'orphan-git-auth')).toEqual({ username: 'oauth2', password: 'tok-acc-ivy-1' });
      expect(secretData(h.kube, 'project-orphan-prod', 'orphan-git-auth')).toEqual({ username: 'oauth2', password: 'tok-acc-ivy-1' });
    }, { timeoutMs: 10_000 });
    await until(async () => expect(await h.service.deps.database!.sql`select 1 from sync_queue where project_id = ${projectId}`).toHaveLength(0));
    const synced = (await h.events('GitCredentialsSynced')).filter((e) => e.data['projectId'] === projectId);
    expect(synced.map((e) => e.data['environment']).sort()).toEqual(['dev', 'prod']);
    const got = await h.rpc('gitops.GetProject', { actor: ownerOf(ORG, 'ivy'), projectId });
    expect(got.project?.environments?.map((e) => e.status)).toEqual(['synced', 'synced']);
  });
});
