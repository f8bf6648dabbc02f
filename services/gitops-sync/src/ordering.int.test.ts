import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClusterTarget } from './app/ports.js';
import { ownerOf, secretData, startHarness, until, type Harness } from './test-support/harness.js';

// Out-of-order token generations, and one item that throws inside a batch.
const ENVS = ['development', 'staging', 'production'];

describe('token generations and poison items', () => {
  let h: Harness;
  let projectId = '';
  // Any write into a `project-poison-*` namespace throws a plain error (not a ClusterError): a bug, not an outage.
  const wrapTarget = (t: ClusterTarget): ClusterTarget => ({
    ...t,
    apply: async (object, options) => {
      if (object.metadata.namespace?.startsWith('project-poison-') || object.metadata.name.startsWith('project-poison-')) throw new TypeError('boom');
      return t.apply(object, options);
    },
  });

  beforeAll(async () => {
    h = await startHarness({ wrapTarget });
    await h.organization('org-o', 'olga');
    await h.connect('acc-olga', 'olga');
    await until(async () => expect((await h.service.deps.database!.sql`select 1 from oauth_accounts`).length).toBe(1));
    const { project } = await h.rpc('gitops.CreateProject', { actor: ownerOf('org-o', 'olga'), organizationId: 'org-o', name: 'alpha', repositoryUrl: 'https://gitlab.com/acme/alpha', environments: [] });
    projectId = project!.projectId!;
    await until(async () => expect(await h.events('GitCredentialsSynced')).toHaveLength(3));
  });
  afterAll(async () => h?.stop());

  const password = (env: string) => secretData(h.kube, `project-alpha-${env}`, 'alpha-git-auth')?.['password'];

  it('an older TokenRefreshed arriving after a newer one does not write the older token', async () => {
    const newer = await h.refresh('acc-olga');
    await until(() => ENVS.forEach((env) => expect(password(env)).toBe(newer.token)));
    const calls = h.tokenCalls.get('acc-olga') ?? 0;
    // The broker (a lagging replica, say) still hands out generation 1, and generation 1's TokenRefreshed arrives late.
    h.grants.set('acc-olga', { token: 'tok-acc-olga-1', generation: 1, usernameHint: 'oauth2' });
    await h.publish('oauth-broker', 'TokenRefreshed', 'account-acc-olga', {
      accountId: 'acc-olga', provider: 'gitlab', expiresAt: new Date(Date.now() + 7_200_000).toISOString(), generation: 1, trigger: 'scheduler',
    });
    // A later event on the same consumer, handled after it: an organization for a marker account.
    await h.organization('org-m', 'mark');
    await h.connect('acc-mark', 'mark');
    await until(async () => expect((await h.service.deps.database!.sql`select 1 from oauth_accounts where account_id = 'acc-mark'`).length).toBe(1));
    await until(async () => expect((await h.service.deps.database!.sql`select 1 from sync_queue`).length).toBe(0));
    ENVS.forEach((env) => expect(password(env)).toBe(newer.token));
    expect(h.tokenCalls.get('acc-olga') ?? 0).toBe(calls);
  });

  it('a broker answer older than the Secret holds is not written by "refresh now"', async () => {
    const held = password('staging');
    const result = await h.rpc('gitops.ReconcileProject', { actor: ownerOf('org-o', 'olga'), projectId, force: false });
    expect(result.refreshed).toBe(0);
    ENVS.forEach((env) => expect(password(env)).toBe(held));
    const synced = await h.service.deps.database!.sql`select token_generation from bindings where project_id = ${projectId}`;
    expect(synced.map((r) => Number(r['token_generation']))).toEqual([2, 2, 2]);
    // Once the broker serves the current grant again, the retried rows settle.
    h.grants.set('acc-olga', { token: String(held), generation: 2, usernameHint: 'oauth2' });
    await until(async () => expect((await h.service.deps.database!.sql`select 1 from sync_queue`).length).toBe(0), { timeoutMs: 10_000 });
  });

  it('an item that throws fails alone: the rest of its batch is written and recorded, and it is eventually dropped', async () => {
    // Both projects wait for an account, so the owner's connection queues all six environments in one transaction (one batch).
    await h.organization('org-p', 'pat');
    for (const slug of ['poison', 'fine']) {
      await h.rpc('gitops.CreateProject', { actor: ownerOf('org-p', 'pat'), organizationId: 'org-p', name: slug, repositoryUrl: `https://gitlab.com/acme/${slug}`, environments: [] });
    }
    await until(async () => expect((await h.events('GitCredentialsSyncFailed')).filter((e) => e.data['reason'] === 'no_account')).toHaveLength(6));
    await h.connect('acc-pat', 'pat');
    await until(async () => {
      const synced = (await h.events('GitCredentialsSynced')).filter((e) => String(e.data['namespace']).startsWith('project-fine-'));
      expect(synced).toHaveLength(3);
    }, { timeoutMs: 5_000 });
    await until(async () => expect((await h.service.deps.database!.sql`select 1 from sync_queue`).length).toBe(0), { timeoutMs: 15_000 });
    expect(secretData(h.kube, 'project-fine-staging', 'fine-git-auth')?.['password']).toBe('tok-acc-pat-1');
  });
});
