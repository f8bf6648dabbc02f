// Creates with an Idempotency-Key: a project and an environment. Two at once make one object; a retry answers
// the first result, marked replayed; another request with the key is ERR_IDEMPOTENCY_KEY_REUSED.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ownerOf, startHarness, until, type Harness } from './test-support/harness.js';

const ORG = 'org-idem';
const OWNER = 'user-owner';

describe('idempotent creates', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await h.organization(ORG, OWNER);
    await h.connect('acc-owner', OWNER);
    await until(async () => expect((await h.service.deps.database!.sql`select 1 from org_owners where organization_id = ${ORG}`).length).toBe(1));
  });
  afterAll(async () => h?.stop());

  it('a project: one for two at once and a retry, one round of cluster work; another body with the key is refused', async () => {
    const create = (name: string) => h.rpc('gitops.CreateProject', {
      actor: ownerOf(ORG, OWNER), organizationId: ORG, name, repositoryUrl: 'https://gitlab.com/acme/idem.git', environments: ['staging'], idempotencyKey: 'project-1',
    });
    const replies = [...(await Promise.all([create('Idem'), create('Idem')])), await create('Idem')];
    expect(new Set(replies.map((r) => r.project!.projectId)).size).toBe(1);
    expect(replies.map((r) => r.replayed).sort()).toEqual([false, true, true]);
    expect((await h.events('ProjectCreated')).filter((e) => e.data['slug'] === 'idem')).toHaveLength(1);
    await until(async () => expect((await h.events('GitCredentialsSynced')).filter((e) => e.data['projectId'] === replies[0]!.project!.projectId)).toHaveLength(1));
    await expect(create('Idem Two')).rejects.toMatchObject({ code: 'ERR_IDEMPOTENCY_KEY_REUSED', status: 409 });
    // Without a key the slug is taken, as before.
    await expect(h.rpc('gitops.CreateProject', { actor: ownerOf(ORG, OWNER), organizationId: ORG, name: 'Idem', repositoryUrl: 'https://gitlab.com/acme/idem.git' }))
      .rejects.toMatchObject({ code: 'ERR_CONFLICT' });
  });

  it('an environment: a retried add answers the project instead of "the environment exists"', async () => {
    const { project } = await h.rpc('gitops.CreateProject', { actor: ownerOf(ORG, OWNER), organizationId: ORG, name: 'Envs', repositoryUrl: 'https://gitlab.com/acme/envs.git', environments: ['staging'] });
    const add = () => h.rpc('gitops.AddEnvironment', { actor: ownerOf(ORG, OWNER), projectId: project!.projectId, environment: 'production', idempotencyKey: 'env-1' });
    expect(await add()).toMatchObject({ replayed: false });
    const again = await add();
    expect(again.replayed).toBe(true);
    expect(again.project!.environments!.map((e) => e.environment).sort()).toEqual(['production', 'staging']);
    await expect(h.rpc('gitops.AddEnvironment', { actor: ownerOf(ORG, OWNER), projectId: project!.projectId, environment: 'production' })).rejects.toMatchObject({ status: 409 });
    expect((await h.events('EnvironmentAdded')).filter((e) => e.data['projectId'] === project!.projectId)).toHaveLength(1);
  });
});
