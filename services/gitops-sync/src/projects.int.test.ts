import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memberOf, ownerOf, secretData, startHarness, until, type Harness } from './test-support/harness.js';

const ORG = 'org-projects';
const OWNER = 'user-owner';

describe('projects', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await h.organization(ORG, OWNER);
    await h.connect('acc-owner', OWNER);
    // The consumers have recorded the owner and the account before the tests create projects.
    await until(async () => expect((await h.service.deps.database!.sql`select 1 from oauth_accounts where account_id = 'acc-owner'`).length).toBe(1));
    await until(async () => expect((await h.service.deps.database!.sql`select 1 from org_owners where organization_id = ${ORG}`).length).toBe(1));
  });
  afterAll(async () => h?.stop());

  it('creating a project applies the namespace, Secret and GitRepository in every environment, with one token request', async () => {
    const { project } = await h.rpc('gitops.CreateProject', {
      actor: ownerOf(ORG, OWNER), organizationId: ORG, name: 'Web Shop', repositoryUrl: 'git@gitlab.com:acme/web-shop.git', environments: [],
    });
    expect(project).toMatchObject({ slug: 'web-shop', provider: 'gitlab', branch: 'main', repositoryUrl: 'https://gitlab.com/acme/web-shop.git' });
    expect(project?.environments?.map((e) => e.environment)).toEqual(['development', 'staging', 'production']);
    await until(async () => expect(await h.events('GitCredentialsSynced')).toHaveLength(3));
    for (const env of ['development', 'staging', 'production']) {
      const ns = `project-web-shop-${env}`;
      expect(h.kube.get('Namespace', undefined, ns)?.['metadata']).toMatchObject({ labels: { 'app.kubernetes.io/managed-by': 'keywarden', 'keywarden.dev/environment': env } });
      expect(secretData(h.kube, ns, 'web-shop-git-auth')).toEqual({ username: 'oauth2', password: 'tok-acc-owner-1' });
      const secret = h.kube.get('Secret', ns, 'web-shop-git-auth') as { metadata: { annotations: Record<string, string>; managedFields: Array<{ manager: string; operation: string }> } };
      expect(secret.metadata.annotations['keywarden.dev/token-generation']).toBe('1');
      expect(secret.metadata.annotations['keywarden.dev/token-fingerprint']).toMatch(/^[0-9a-f]{16}$/);
      expect(secret.metadata.managedFields).toContainEqual(expect.objectContaining({ manager: 'keywarden', operation: 'Apply' }));
      expect(h.kube.get('GitRepository', ns, 'web-shop')?.['spec']).toEqual({
        url: 'https://gitlab.com/acme/web-shop.git', ref: { branch: 'main' }, interval: '1m', secretRef: { name: 'web-shop-git-auth' },
      });
    }
    expect(h.tokenCalls.get('acc-owner')).toBe(1);
    const synced = await h.events('GitCredentialsSynced');
    expect(synced[0]!.data).toMatchObject({ accountId: 'acc-owner', tokenGeneration: 1, trigger: 'project_created', secretName: 'web-shop-git-auth' });
    // The token is nowhere in the event store.
    expect(JSON.stringify(await h.events())).not.toContain('tok-acc-owner');
    const got = await h.rpc('gitops.GetProject', { actor: memberOf(ORG, 'user-member'), projectId: project!.projectId });
    expect(got.project?.environments?.every((e) => e.status === 'synced' && e.tokenGeneration === 1)).toBe(true);
  });

  it('validates input and detects configured self-hosted GitLab hosts', async () => {
    const actor = ownerOf(ORG, OWNER);
    const create = (over: Record<string, unknown>) =>
      h.rpc('gitops.CreateProject', { actor, organizationId: ORG, name: 'x', repositoryUrl: 'https://git.acme.test/a/b.git', environments: ['dev'], ...over });
    await expect(create({ slug: 'Bad_Slug' })).rejects.toMatchObject({ code: 'ERR_VALIDATION' });
    await expect(create({ slug: 'ok-slug', repositoryUrl: 'ftp://x/y/z' })).rejects.toMatchObject({ code: 'ERR_VALIDATION' });
    await expect(create({ slug: 'ok-slug', environments: ['dev', 'dev'] })).rejects.toMatchObject({ code: 'ERR_VALIDATION' });
    await expect(create({ slug: 'web-shop' })).rejects.toMatchObject({ code: 'ERR_CONFLICT' });
    await expect(h.rpc('gitops.CreateProject', { actor: memberOf(ORG, 'user-member'), organizationId: ORG, name: 'y', slug: 'member-made', repositoryUrl: 'https://gitlab.com/a/b', environments: [] }))
      .rejects.toMatchObject({ code: 'ERR_FORBIDDEN' });
    await expect(h.rpc('gitops.ListProjects', { actor: memberOf('other-org', 'user-member'), organizationId: ORG })).rejects.toMatchObject({ code: 'ERR_FORBIDDEN' });
    // A personal access token of the owner narrows to its scopes: gitops:read lists, but cannot create.
    const pat = (scopes: string[]) => ({ ...ownerOf(ORG, OWNER), credential: 'pat', scopes });
    await expect(h.rpc('gitops.ListProjects', { actor: pat(['gitops:read']), organizationId: ORG })).resolves.toBeDefined();
    await expect(h.rpc('gitops.ListProjects', { actor: pat(['deploy:write']), organizationId: ORG })).rejects.toMatchObject({ code: 'ERR_FORBIDDEN' });
    await expect(create({ slug: 'pat-made', actor: pat(['gitops:read']) })).rejects.toMatchObject({ code: 'ERR_FORBIDDEN' });
    const { project } = await create({ slug: 'self-hosted' });
    expect(project).toMatchObject({ provider: 'gitlab', repositoryUrl: 'https://git.acme.test/a/b.git' });
    const github = await create({ slug: 'on-github', repositoryUrl: 'https://github.com/acme/tool' });
    expect(github.project?.provider).toBe('github');
    // The owner has no GitHub account: reported, not retried.
    await until(async () => expect((await h.events('GitCredentialsSyncFailed')).filter((e) => e.data['reason'] === 'no_account')).toHaveLength(1));
    const list = await h.rpc('gitops.ListProjects', { actor: memberOf(ORG, 'user-member'), organizationId: ORG });
    expect(list.projects.map((p) => p.slug)).toEqual(['on-github', 'self-hosted', 'web-shop']);
  });

  it('adds and removes environments, and deleting a project removes what it made', async () => {
    const actor = ownerOf(ORG, OWNER);
    const { project } = await h.rpc('gitops.CreateProject', { actor, organizationId: ORG, name: 'Api', repositoryUrl: 'https://gitlab.com/acme/api', environments: ['dev'] });
    const id = project!.projectId;
    await h.rpc('gitops.AddEnvironment', { actor, projectId: id, environment: 'qa' });
    await until(() => expect(secretData(h.kube, 'project-api-qa', 'api-git-auth')?.['password']).toBe('tok-acc-owner-1'));
    await expect(h.rpc('gitops.AddEnvironment', { actor, projectId: id, environment: 'qa' })).rejects.toMatchObject({ code: 'ERR_CONFLICT' });
    const removed = await h.rpc('gitops.RemoveEnvironment', { actor, projectId: id, environment: 'dev' });
    expect(removed.project?.environments?.map((e) => e.environment)).toEqual(['qa']);
    await until(() => expect(h.kube.get('Namespace', undefined, 'project-api-dev')).toBeUndefined());
    await expect(h.rpc('gitops.RemoveEnvironment', { actor, projectId: id, environment: 'qa' })).rejects.toMatchObject({ code: 'ERR_VALIDATION' });
    await h.rpc('gitops.DeleteProject', { actor, projectId: id });
    await until(() => {
      expect(h.kube.get('Secret', 'project-api-qa', 'api-git-auth')).toBeUndefined();
      expect(h.kube.get('GitRepository', 'project-api-qa', 'api')).toBeUndefined();
    });
    await expect(h.rpc('gitops.GetProject', { actor, projectId: id })).rejects.toMatchObject({ code: 'ERR_NOT_FOUND' });
  });

  it('LookupProject answers secrets-vault and the deployer what they keep of a project, at its stream version, without an actor', async () => {
    const actor = ownerOf(ORG, OWNER);
    const { project } = await h.rpc('gitops.CreateProject', { actor, organizationId: ORG, name: 'Lookup', repositoryUrl: 'https://gitlab.com/acme/lookup', environments: ['dev'] });
    const id = project!.projectId!;
    expect(await h.rpc('gitops.LookupProject', { projectId: id })).toEqual({ found: true, projectId: id, organizationId: ORG, slug: 'lookup', environments: ['dev'], streamVersion: 1 });
    await h.rpc('gitops.AddEnvironment', { actor, projectId: id, environment: 'qa' });
    expect(await h.rpc('gitops.LookupProject', { projectId: id })).toMatchObject({ found: true, environments: ['dev', 'qa'], streamVersion: 2 });
    await h.rpc('gitops.DeleteProject', { actor, projectId: id });
    expect(await h.rpc('gitops.LookupProject', { projectId: id })).toMatchObject({ found: false });
    expect(await h.rpc('gitops.LookupProject', { projectId: 'no-such-project' })).toMatchObject({ found: false });
  });

  it('Kubernetes unavailable: the sync is retried with backoff and applied once the API is back', async () => {
    await h.kube.unavailable('refuse');
    const { project } = await h.rpc('gitops.CreateProject', {
      actor: ownerOf(ORG, OWNER), organizationId: ORG, name: 'Outage', repositoryUrl: 'https://gitlab.com/acme/outage', environments: ['prod'],
    });
    await until(async () => expect((await h.events('GitCredentialsSyncFailed')).filter((e) => e.data['reason'] === 'kubernetes_unavailable')).toHaveLength(1));
    // Several retries while it is down, still one failure event; the work waits in the queue.
    await new Promise((r) => setTimeout(r, 800));
    const queued = await h.service.deps.database!.sql`select attempts from sync_queue where project_id = ${project!.projectId!}`;
    expect(Number(queued[0]?.['attempts'])).toBeGreaterThanOrEqual(2);
    expect((await h.events('GitCredentialsSyncFailed')).filter((e) => e.data['reason'] === 'kubernetes_unavailable')).toHaveLength(1);
    await h.kube.available();
    await until(() => expect(secretData(h.kube, 'project-outage-prod', 'outage-git-auth')?.['password']).toBe('tok-acc-owner-1'), { timeoutMs: 5000 });
    await until(async () => expect((await h.service.deps.database!.sql`select 1 from sync_queue where project_id = ${project!.projectId!}`).length).toBe(0));
    const got = await h.rpc('gitops.GetProject', { actor: ownerOf(ORG, OWNER), projectId: project!.projectId });
    expect(got.project?.environments?.[0]?.status).toBe('synced');
  });
});
