import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metricsText } from '@keywarden/telemetry';
import { ownerOf, secretData, startHarness, until, type Harness } from './test-support/harness.js';

/** keywarden_gitops_secrets_written_total for one trigger, as GET /metrics serves it. */
async function secretsWritten(trigger: string): Promise<number> {
  const line = (await metricsText()).split('\n').find((l) => l.startsWith(`keywarden_gitops_secrets_written_total{trigger="${trigger}"}`));
  return line ? Number(line.split(' ').at(-1)) : 0;
}

// Two organizations: alice's account feeds two projects (6 Secrets), bob's one project (3 Secrets).
const ENVS = ['development', 'staging', 'production'];

describe('token refresh', () => {
  let h: Harness;
  const ids: Record<string, string> = {};
  const rv = (ns: string, name: string) => String((h.kube.get('Secret', ns, name)?.['metadata'] as { resourceVersion: string }).resourceVersion);

  beforeAll(async () => {
    h = await startHarness();
    await h.organization('org-a', 'alice');
    await h.organization('org-b', 'bob');
    await h.connect('acc-alice', 'alice');
    await h.connect('acc-bob', 'bob');
    await until(async () => expect((await h.service.deps.database!.sql`select 1 from oauth_accounts`).length + (await h.service.deps.database!.sql`select 1 from org_owners`).length).toBe(4));
    for (const [slug, org, owner] of [['alpha', 'org-a', 'alice'], ['beta', 'org-a', 'alice'], ['gamma', 'org-b', 'bob']] as const) {
      const { project } = await h.rpc('gitops.CreateProject', { actor: ownerOf(org, owner), organizationId: org, name: slug, repositoryUrl: `https://gitlab.com/acme/${slug}`, environments: [] });
      ids[slug] = project!.projectId!;
    }
    await until(async () => expect(await h.events('GitCredentialsSynced')).toHaveLength(9));
  });
  afterAll(async () => h?.stop());

  it('rewrites exactly the Secrets bound to the refreshed account, with one token request', async () => {
    const untouched = ENVS.map((env) => rv(`project-gamma-${env}`, 'gamma-git-auth'));
    const callsBefore = h.tokenCalls.get('acc-alice') ?? 0;
    const bobCalls = h.tokenCalls.get('acc-bob') ?? 0;
    const written = await secretsWritten('token_refreshed');
    const grant = await h.refresh('acc-alice');
    await until(() => {
      for (const slug of ['alpha', 'beta']) for (const env of ENVS) expect(secretData(h.kube, `project-${slug}-${env}`, `${slug}-git-auth`)?.['password']).toBe(grant.token);
    });
    // Speed is the credential-latency benchmark's business; here, that each rewrite is counted for /metrics.
    await until(async () => expect(await secretsWritten('token_refreshed')).toBe(written + 6));
    expect(h.tokenCalls.get('acc-alice')).toBe(callsBefore + 1);
    expect(h.tokenCalls.get('acc-bob')).toBe(bobCalls);
    expect(ENVS.map((env) => rv(`project-gamma-${env}`, 'gamma-git-auth'))).toEqual(untouched);
    expect(secretData(h.kube, 'project-gamma-production', 'gamma-git-auth')?.['password']).toBe('tok-acc-bob-1');
    const annotations = (h.kube.get('Secret', 'project-alpha-staging', 'alpha-git-auth')?.['metadata'] as { annotations: Record<string, string> }).annotations;
    expect(annotations['keywarden.dev/token-generation']).toBe('2');
    await until(async () => expect((await h.events('GitCredentialsSynced')).filter((e) => e.data['trigger'] === 'token_refreshed')).toHaveLength(6));
    const refreshed = (await h.events('GitCredentialsSynced')).filter((e) => e.data['trigger'] === 'token_refreshed');
    expect(new Set(refreshed.map((e) => e.data['projectId']))).toEqual(new Set([ids['alpha'], ids['beta']]));
  });

  it('a refresh writes only the Secret, then asks Flux to reconcile: the namespace and GitRepository spec are not touched', async () => {
    await h.reconcileRequestsSent();
    h.kube.resetRequests();
    const grant = await h.refresh('acc-bob');
    await until(() => expect(secretData(h.kube, 'project-gamma-staging', 'gamma-git-auth')?.['password']).toBe(grant.token));
    await until(async () => expect((await h.events('GitCredentialsSynced')).filter((e) => e.data['trigger'] === 'token_refreshed')).toHaveLength(9));
    // One PATCH of the Secret, and one merge patch of the GitRepository's reconcile.fluxcd.io/requestedAt annotation.
    await until(() => expect(h.kube.requests()).toEqual({ 'patch secrets': 3, 'patch gitrepositories': 3 }));
    const repository = h.kube.get('GitRepository', 'project-gamma-staging', 'gamma')!;
    expect((repository['metadata'] as { generation: number }).generation).toBe(1);
    const requested = (repository['metadata'] as { annotations: Record<string, string> }).annotations['reconcile.fluxcd.io/requestedAt'];
    const [binding] = await h.service.deps.database!.sql`select reconcile_requested_at, verification from bindings where namespace = 'project-gamma-staging'`;
    expect(binding).toEqual({ reconcile_requested_at: requested, verification: 'pending' });
  });

  it('ReauthorizationRequired marks the bindings stale and reports it once', async () => {
    const data = { accountId: 'acc-bob', provider: 'gitlab', userId: 'bob', errorClass: 'invalid_grant', providerCode: 'invalid_grant', generation: 2 };
    await h.publish('oauth-broker', 'ReauthorizationRequired', 'account-acc-bob', data);
    await until(async () => expect(await h.events('GitCredentialsSyncFailed')).toHaveLength(3));
    const failed = await h.events('GitCredentialsSyncFailed');
    expect(failed.every((e) => e.data['stale'] === true && e.data['reason'] === 'reauthorization_required' && e.data['accountId'] === 'acc-bob')).toBe(true);
    const got = await h.rpc('gitops.GetProject', { actor: ownerOf('org-b', 'bob'), projectId: ids['gamma']! });
    expect(got.project?.environments?.map((e) => e.status)).toEqual(['stale', 'stale', 'stale']);
    // Told again (a redelivery, or the broker repeating itself): no second report.
    await h.publish('oauth-broker', 'ReauthorizationRequired', 'account-acc-bob', data);
    await new Promise((r) => setTimeout(r, 500));
    expect(await h.events('GitCredentialsSyncFailed')).toHaveLength(3);
    // alice's projects are not affected.
    const alpha = await h.rpc('gitops.GetProject', { actor: ownerOf('org-a', 'alice'), projectId: ids['alpha']! });
    expect(alpha.project?.environments?.every((e) => e.status === 'synced')).toBe(true);
  });

  it('an ownership transfer moves the projects to the new owner\'s account', async () => {
    await h.connect('acc-carol', 'carol');
    await h.publish('identity', 'OwnershipTransferred', 'organization-org-b', { organizationId: 'org-b', previousOwnerUserId: 'bob', newOwnerUserId: 'carol', actorUserId: 'bob' });
    await until(() => {
      for (const env of ENVS) expect(secretData(h.kube, `project-gamma-${env}`, 'gamma-git-auth')?.['password']).toBe('tok-acc-carol-1');
    });
    await until(async () => {
      const got = await h.rpc('gitops.GetProject', { actor: ownerOf('org-b', 'carol'), projectId: ids['gamma']! });
      expect(got.project?.environments?.every((e) => e.status === 'synced' && e.accountId === 'acc-carol')).toBe(true);
    });
  });

  it('a disconnected account is replaced by another account of the owner, or reported as no_account', async () => {
    await h.publish('oauth-broker', 'AccountDisconnected', 'account-acc-carol', { accountId: 'acc-carol', provider: 'gitlab', userId: 'carol', actorUserId: 'carol', reason: 'user', revokedAtProvider: true });
    await until(async () => {
      const got = await h.rpc('gitops.GetProject', { actor: ownerOf('org-b', 'carol'), projectId: ids['gamma']! });
      expect(got.project?.environments?.map((e) => e.reason)).toEqual(['no_account', 'no_account', 'no_account']);
    });
  });
});
