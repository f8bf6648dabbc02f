import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ownerOf, secretData, startHarness, until, type Harness } from './test-support/harness.js';

const ORG = 'org-r';
const ENVS = ['dev', 'prod'];

describe('reconcile and conflicts', () => {
  let h: Harness;
  let projectId = '';
  const completed = async () => (await h.events('CredentialsReconcileCompleted')).map((e) => e.data);

  beforeAll(async () => {
    h = await startHarness();
    await h.organization(ORG, 'olga');
    await h.connect('acc-olga', 'olga');
    await until(async () => expect((await h.service.deps.database!.sql`select 1 from oauth_accounts`).length + (await h.service.deps.database!.sql`select 1 from org_owners`).length).toBe(2));
    const { project } = await h.rpc('gitops.CreateProject', { actor: ownerOf(ORG, 'olga'), organizationId: ORG, name: 'shop', repositoryUrl: 'https://gitlab.com/acme/shop', environments: ENVS });
    projectId = project!.projectId!;
    await h.rpc('gitops.CreateProject', { actor: ownerOf(ORG, 'olga'), organizationId: ORG, name: 'blog', repositoryUrl: 'https://gitlab.com/acme/blog', environments: ENVS });
    await until(async () => expect(await h.events('GitCredentialsSynced')).toHaveLength(4));
    await h.reconcileRequestsSent();
  });
  afterAll(async () => h?.stop());

  it('a reconcile with nothing to do changes nothing and reads the cluster with two LISTs', async () => {
    h.kube.resetRequests();
    const result = await h.handles.reconciler.run({ trigger: 'schedule' });
    expect(result).toMatchObject({ projects: 2, refreshed: 0, failed: 0, driftFixed: 0 });
    expect(h.kube.requests()).toEqual({ 'list gitrepositories': 1, 'list secrets': 1 });
  });

  it('a scheduled pass runs on one replica only: the first to claim its minute', async () => {
    const due = new Date('2031-05-01T10:00:00.000Z');
    const runs = await Promise.all([0, 400, 20_000].map((late) => h.handles.reconciler.runScheduled(new Date(due.getTime() + late))));
    expect(runs.filter(Boolean)).toHaveLength(1);
    // The next hour is a new slot.
    expect(await h.handles.reconciler.runScheduled(new Date(due.getTime() + 3_600_000))).toMatchObject({ projects: 2 });
  });

  it('a Secret deleted or edited by hand is repaired by the next reconcile', async () => {
    h.kube.remove('Secret', 'project-shop-dev', 'shop-git-auth');
    h.kube.edit('Secret', 'project-shop-prod', 'shop-git-auth', (secret) => {
      (secret['data'] as Record<string, string>)['password'] = Buffer.from('typed-by-hand').toString('base64');
    });
    const blogBefore = (h.kube.get('Secret', 'project-blog-dev', 'blog-git-auth')?.['metadata'] as { resourceVersion: string }).resourceVersion;
    const result = await h.handles.reconciler.run({ trigger: 'schedule' });
    expect(result).toMatchObject({ projects: 2, refreshed: 0, failed: 0, driftFixed: 2 });
    for (const env of ENVS) expect(secretData(h.kube, `project-shop-${env}`, 'shop-git-auth')).toEqual({ username: 'oauth2', password: 'tok-acc-olga-1' });
    // The hand edit took the field from keywarden; the repair took it back.
    const fields = (h.kube.get('Secret', 'project-shop-prod', 'shop-git-auth')?.['metadata'] as { managedFields: Array<{ manager: string; fieldsV1: object }> }).managedFields;
    expect(JSON.stringify(fields.find((f) => f.manager === 'keywarden')?.fieldsV1)).toContain('f:password');
    expect((h.kube.get('Secret', 'project-blog-dev', 'blog-git-auth')?.['metadata'] as { resourceVersion: string }).resourceVersion).toBe(blogBefore);
    expect((await completed()).at(-1)).toMatchObject({ trigger: 'schedule', projects: 2, driftFixed: 2, refreshed: 0, failed: 0 });
  });

  it('a GitRepository deleted by hand is recreated; a Secret behind its account generation is refreshed', async () => {
    h.kube.remove('GitRepository', 'project-blog-prod', 'blog');
    // A TokenRefreshed this service never saw (the account table knows generation 5, the Secrets hold 1).
    await h.service.deps.database!.sql`update oauth_accounts set generation = 5 where account_id = 'acc-olga'`;
    h.grants.set('acc-olga', { token: 'tok-acc-olga-5', generation: 5, usernameHint: 'oauth2' });
    const result = await h.handles.reconciler.run({ trigger: 'schedule' });
    expect(result).toMatchObject({ driftFixed: 1, refreshed: 3, failed: 0 });
    expect(h.kube.get('GitRepository', 'project-blog-prod', 'blog')).toBeDefined();
    expect(secretData(h.kube, 'project-shop-dev', 'shop-git-auth')?.['password']).toBe('tok-acc-olga-5');
  });

  it('an apply conflict with another field manager is reported, not overwritten; force takes over', async () => {
    // Someone else's tooling (an Update by 'team-flux') owns the branch of the GitRepository now.
    h.kube.edit('GitRepository', 'project-shop-prod', 'shop', (o) => {
      ((o['spec'] as Record<string, unknown>)['ref'] as Record<string, string>)['branch'] = 'release';
    }, 'team-flux');
    // "Refresh" tells the truth: an environment it could not write makes it an error (502: retrying will not help),
    // saying what happened in each environment.
    const refused = await h.rpc('gitops.ReconcileProject', { actor: ownerOf(ORG, 'olga'), projectId, force: false }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'ERR_REFRESH_FAILED', status: 502 });
    const { environments, runId } = (refused as { extensions: { environments: Array<Record<string, unknown>>; runId: string } }).extensions;
    expect(environments).toEqual(expect.arrayContaining([
      { environment: 'dev', outcome: 'refreshed', reason: '', detail: '', retrying: false },
      expect.objectContaining({ environment: 'prod', outcome: 'failed', reason: 'apply_conflict', retrying: false, detail: expect.stringContaining('team-flux') }),
    ]));
    expect(environments).toHaveLength(2);
    expect((await completed()).at(-1)).toMatchObject({ runId, failed: 1 });
    const result = await h.rpc('gitops.GetProject', { actor: ownerOf(ORG, 'olga'), projectId });
    const spec = h.kube.get('GitRepository', 'project-shop-prod', 'shop')?.['spec'] as { ref: { branch: string } };
    expect(spec.ref.branch).toBe('release');
    const conflict = (await h.events('GitCredentialsSyncFailed')).at(-1)!.data;
    expect(conflict).toMatchObject({ reason: 'apply_conflict', environment: 'prod', stale: false, trigger: 'manual' });
    expect(String(conflict['detail'])).toContain('team-flux');
    expect(String(conflict['detail'])).toContain('.spec.ref.branch');
    expect(result.project?.environments?.find((e) => e.environment === 'prod')).toMatchObject({ status: 'failed', reason: 'apply_conflict' });
    const forced = await h.rpc('gitops.ReconcileProject', { actor: ownerOf(ORG, 'olga'), projectId, force: true });
    expect(forced).toMatchObject({ failed: 0 });
    expect(forced.environments?.map((e) => [e.environment, e.outcome]).sort()).toEqual([['dev', 'refreshed'], ['prod', 'refreshed']]);
    expect((h.kube.get('GitRepository', 'project-shop-prod', 'shop')?.['spec'] as { ref: { branch: string } }).ref.branch).toBe('main');
    expect((await completed()).at(-1)).toMatchObject({ trigger: 'manual', projectId, projects: 1 });
  });

  it('a refresh that fails for a passing reason is a 503 naming each environment, and is retried from the queue', async () => {
    const grant = h.grants.get('acc-olga')!;
    h.grants.set('acc-olga', { ...grant, failWith: { code: 'ERR_UNAVAILABLE', status: 503 } });
    const refused = await h.rpc('gitops.ReconcileProject', { actor: ownerOf(ORG, 'olga'), projectId, force: false }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'ERR_REFRESH_FAILED', status: 503 });
    expect((refused as { extensions: { environments: unknown[] } }).extensions.environments).toEqual(ENVS.map((environment) => ({
      environment, outcome: 'failed', reason: 'token_unavailable', detail: 'oauth-broker did not return a token (ERR_UNAVAILABLE)', retrying: true,
    })));
    // Once the broker answers again, the queued retries write both environments.
    const calls = h.tokenCalls.get('acc-olga') ?? 0;
    h.grants.set('acc-olga', grant);
    await until(async () => expect((await h.service.deps.database!.sql`select 1 from sync_queue`).length).toBe(0), { timeoutMs: 10_000 });
    expect(h.tokenCalls.get('acc-olga')).toBeGreaterThan(calls);
    const got = await h.rpc('gitops.GetProject', { actor: ownerOf(ORG, 'olga'), projectId });
    expect(got.project?.environments?.map((e) => e.status)).toEqual(['synced', 'synced']);
  });

  it('members may not trigger a refresh', async () => {
    await expect(h.rpc('gitops.ReconcileProject', { actor: { userId: 'm', roles: [], organizationId: ORG, organizationRole: 'member' }, projectId, force: false }))
      .rejects.toMatchObject({ code: 'ERR_FORBIDDEN' });
  });
});
