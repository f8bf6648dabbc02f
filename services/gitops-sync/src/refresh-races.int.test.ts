// A token refresh racing an environment's first write, found by the platform's
// fault suite (tools/platform/src/faults.e2e.test.ts): each Secret is written
// once per token generation, and an environment's first write makes all its
// objects even when a TokenRefreshed took over its queue row.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ownerOf, secretData, startHarness, until, type Harness } from './test-support/harness.js';

describe('token refresh racing the first write of an environment', () => {
  let h: Harness;
  const created = async (slug: string) => {
    const { project } = await h.rpc('gitops.CreateProject', { actor: ownerOf('org-r', 'rita'), organizationId: 'org-r', name: slug, repositoryUrl: `https://gitlab.com/acme/${slug}`, environments: ['development'] });
    return project!.projectId!;
  };
  const syncedOf = async (projectId: string) => (await h.events('GitCredentialsSynced')).filter((e) => e.data['projectId'] === projectId);

  beforeAll(async () => {
    h = await startHarness();
    await h.organization('org-r', 'rita');
    await h.connect('acc-rita', 'rita');
    await until(async () => expect((await h.service.deps.database!.sql`select 1 from oauth_accounts`).length + (await h.service.deps.database!.sql`select 1 from org_owners`).length).toBe(2));
  });
  afterAll(async () => h?.stop());

  it('does not write a Secret again for the TokenRefreshed of the generation it already holds', async () => {
    const older = await created('older');
    await until(async () => expect(await syncedOf(older)).toHaveLength(1));
    // The broker refreshes; a project created before its TokenRefreshed is consumed gets the new token at once.
    const grant = h.grants.get('acc-rita')!;
    h.grants.set('acc-rita', { ...grant, generation: 2, token: 'tok-acc-rita-2' });
    const newer = await created('newer');
    await until(async () => expect((await syncedOf(newer)).map((e) => e.data['tokenGeneration'])).toEqual([2]));
    const version = (h.kube.get('Secret', 'project-newer-development', 'newer-git-auth')?.['metadata'] as { resourceVersion: string }).resourceVersion;
    await h.publish('oauth-broker', 'TokenRefreshed', 'account-acc-rita', { accountId: 'acc-rita', provider: 'gitlab', expiresAt: new Date(Date.now() + 7_200_000).toISOString(), generation: 2, trigger: 'scheduler' });
    // The older project's Secret held generation 1: it is rewritten (and that is recorded)...
    await until(async () => expect((await syncedOf(older)).map((e) => [e.data['tokenGeneration'], e.data['trigger']])).toEqual([[1, 'project_created'], [2, 'token_refreshed']]));
    await until(async () => expect(await h.service.deps.database!.sql`select 1 from sync_queue`).toHaveLength(0));
    // ...the newer one already held generation 2: not written again, nothing recorded twice.
    expect((await syncedOf(newer)).map((e) => e.data['tokenGeneration'])).toEqual([2]);
    expect((h.kube.get('Secret', 'project-newer-development', 'newer-git-auth')?.['metadata'] as { resourceVersion: string }).resourceVersion).toBe(version);
  });

  it('makes the GitRepository of an environment whose first write a TokenRefreshed took over, in a namespace that already existed', async () => {
    // The namespace was there before the project (a team made it): a Secret alone would not fail.
    await h.target.apply({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'project-early-development' } }, { force: false });
    // The first write fails for now (oauth-broker restarting), so the environment's apply waits for its retry...
    const grant = h.grants.get('acc-rita')!;
    h.grants.set('acc-rita', { ...grant, failWith: { code: 'ERR_UNAVAILABLE', status: 503 } });
    const early = await created('early');
    await until(async () => expect((await h.events('GitCredentialsSyncFailed')).filter((e) => e.data['projectId'] === early)).toHaveLength(1));
    // ...when the broker refreshes the grant: its TokenRefreshed takes over the environment's queue row. Then the broker answers.
    await h.publish('oauth-broker', 'TokenRefreshed', 'account-acc-rita', { accountId: 'acc-rita', provider: 'gitlab', expiresAt: new Date(Date.now() + 7_200_000).toISOString(), generation: 3, trigger: 'scheduler' });
    await until(async () => expect(await h.service.deps.database!.sql`select trigger from sync_queue where project_id = ${early}`).toEqual([{ trigger: 'token_refreshed' }]));
    h.grants.set('acc-rita', { token: 'tok-acc-rita-3', generation: 3, usernameHint: 'oauth2' });
    await until(async () => expect((await syncedOf(early)).map((e) => e.data['tokenGeneration'])).toEqual([3]));
    expect(secretData(h.kube, 'project-early-development', 'early-git-auth')?.['password']).toBe('tok-acc-rita-3');
    expect(h.kube.get('GitRepository', 'project-early-development', 'early')).toMatchObject({ spec: { secretRef: { name: 'early-git-auth' } } });
  });
});
