import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ownerOf, secretData, startHarness, until, type Harness } from './test-support/harness.js';

// A provider whose access tokens live about a minute (a GitLab configured so, the journey's simulator):
// the broker cannot promise KW_GITOPS_MIN_VALID_MINUTES (30) and answers ERR_VALIDATION.
describe('accounts whose tokens live less than the validity gitops-sync asks for', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
    await h.organization('org-s', 'sam');
    await h.connect('acc-sam', 'sam');
    h.grants.set('acc-sam', { ...h.grants.get('acc-sam')!, maxValidMinutes: 0 });
    await until(async () => expect((await h.service.deps.database!.sql`select 1 from oauth_accounts`).length).toBe(1));
    await until(async () => expect((await h.service.deps.database!.sql`select 1 from org_owners`).length).toBe(1));
  });
  afterAll(async () => h?.stop());

  it('writes the current token (asking again for any valid one) instead of failing, and follows each refresh', async () => {
    await h.rpc('gitops.CreateProject', { actor: ownerOf('org-s', 'sam'), organizationId: 'org-s', name: 'brief', repositoryUrl: 'https://gitlab.com/acme/brief', environments: ['development'] });
    await until(async () => expect(await h.events('GitCredentialsSynced')).toHaveLength(1));
    expect(await h.events('GitCredentialsSyncFailed')).toEqual([]);
    expect(secretData(h.kube, 'project-brief-development', 'brief-git-auth')?.['password']).toBe('tok-acc-sam-1');
    expect(h.tokenRequests.filter((r) => r.accountId === 'acc-sam').map((r) => r.minValidMinutes)).toEqual([30, 0]);

    const grant = await h.refresh('acc-sam');
    await until(() => expect(secretData(h.kube, 'project-brief-development', 'brief-git-auth')?.['password']).toBe(grant.token));
    expect(await h.events('GitCredentialsSyncFailed')).toEqual([]);
    // Remembered: the rewrite asks for any valid token at once, one call.
    expect(h.tokenRequests.filter((r) => r.accountId === 'acc-sam').map((r) => r.minValidMinutes)).toEqual([30, 0, 0]);
  });

  it('still reports a token the broker cannot give at all, without asking again for less', async () => {
    await h.organization('org-u', 'uma');
    await h.connect('acc-uma', 'uma');
    h.grants.set('acc-uma', { ...h.grants.get('acc-uma')!, failWith: { code: 'ERR_PROVIDER_UNAVAILABLE', status: 503 } });
    await until(async () => expect((await h.service.deps.database!.sql`select 1 from org_owners`).length).toBe(2));
    await until(async () => expect((await h.service.deps.database!.sql`select 1 from oauth_accounts`).length).toBe(2));
    await h.rpc('gitops.CreateProject', { actor: ownerOf('org-u', 'uma'), organizationId: 'org-u', name: 'down', repositoryUrl: 'https://gitlab.com/acme/down', environments: ['development'] });
    await until(async () => expect((await h.events('GitCredentialsSyncFailed')).map((e) => e.data['reason'])).toContain('token_unavailable'));
    // Only a validity longer than the provider's tokens is asked again with 0 minutes.
    const asked = h.tokenRequests.filter((r) => r.accountId === 'acc-uma').map((r) => r.minValidMinutes);
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.every((m) => m === 30)).toBe(true);
  });
});
