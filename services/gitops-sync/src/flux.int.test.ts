import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ownerOf, secretData, startHarness, until, type Harness } from './test-support/harness.js';

describe('Flux status', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await h.organization('org-f', 'fay');
    await h.connect('acc-fay', 'fay');
    await until(async () => expect((await h.service.deps.database!.sql`select 1 from oauth_accounts`).length + (await h.service.deps.database!.sql`select 1 from org_owners`).length).toBe(2));
    await h.rpc('gitops.CreateProject', { actor: ownerOf('org-f', 'fay'), organizationId: 'org-f', name: 'site', repositoryUrl: 'https://gitlab.com/acme/site', environments: ['dev', 'prod'] });
    await until(async () => expect(await h.events('GitCredentialsSynced')).toHaveLength(2));
  });
  afterAll(async () => h?.stop());

  it('an AuthenticationFailed Ready condition forces a token refresh and rewrites that Secret, once per failure', async () => {
    const before = h.tokenRequests.length;
    // The broker hands out a new grant when asked for a long validity.
    h.grants.set('acc-fay', { token: 'tok-acc-fay-2', generation: 2, usernameHint: 'oauth2' });
    h.kube.setCondition('GitRepository', 'project-site-prod', 'site', {
      type: 'Ready', status: 'False', reason: 'AuthenticationFailed', message: 'failed to checkout: authentication required',
    });
    await until(() => expect(secretData(h.kube, 'project-site-prod', 'site-git-auth')?.['password']).toBe('tok-acc-fay-2'));
    await until(async () => expect((await h.events('GitCredentialsSynced')).filter((e) => e.data['trigger'] === 'flux_auth_failure')).toHaveLength(1));
    expect(h.tokenRequests.slice(before)).toEqual([{ accountId: 'acc-fay', minValidMinutes: 24 * 60 }]);
    // Only the failing environment was rewritten.
    expect(secretData(h.kube, 'project-site-dev', 'site-git-auth')?.['password']).toBe('tok-acc-fay-1');
    // Flux repeating the same failure (a status update with the same transition) does not trigger again.
    h.kube.setCondition('GitRepository', 'project-site-prod', 'site', {
      type: 'Ready', status: 'False', reason: 'AuthenticationFailed', message: 'failed to checkout: authentication required (retry)',
    });
    await new Promise((r) => setTimeout(r, 400));
    expect(h.tokenRequests.length).toBe(before + 1);
  });
});
