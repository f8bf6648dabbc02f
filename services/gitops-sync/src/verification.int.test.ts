// Flux confirms the credential works: against the Kubernetes test server's Flux controller, which clones from the
// GitLab simulator with the Secret's token (only tokens the simulator issued and that still live work there).
import { metricsText } from '@keywarden/telemetry';
import { metricValue } from '@keywarden/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ownerOf, secretData, startHarness, until, type Harness } from './test-support/harness.js';

const ENVS = ['development', 'staging', 'production'];
type Env = { environment: string; status: string; tokenGeneration: number; verification: string; verifiedAt?: string; verificationReason: string; verificationMessage: string };

/** One series of GET /metrics, as Prometheus scrapes it (0 before its first sample). */
const metric = async (name: string, labels: Record<string, string>) => metricValue(await metricsText(), name, labels) ?? 0;

describe('Flux verification of the Git credentials', () => {
  let h: Harness;
  const ids: Record<string, string> = {};
  const environments = async (slug: string, org: string, owner: string) =>
    ((await h.rpc('gitops.GetProject', { actor: ownerOf(org, owner), projectId: ids[slug]! })).project?.environments ?? []) as Env[];
  const create = async (slug: string, org: string, owner: string, path: string, envs: string[] = []) => {
    const { project } = await h.rpc('gitops.CreateProject', { actor: ownerOf(org, owner), organizationId: org, name: slug, repositoryUrl: `https://gitlab.com/${path}`, environments: envs });
    ids[slug] = project!.projectId!;
  };

  beforeAll(async () => {
    // Gauges read at every scrape (no caching), so the readiness gauge can be compared with the bindings.
    h = await startHarness({ gitlab: true, env: { KW_METRICS_MAX_AGE_MS: '0' } });
    h.gitlab!.addRepository({ path: 'acme/site' });
    for (const [org, owner, account, scope] of [['org-a', 'ann', 'acc-ann', 'api'], ['org-r', 'rob', 'acc-rob', 'api'], ['org-n', 'ned', 'acc-ned', 'read_user']] as const) {
      await h.organization(org, owner);
      await h.connect(account, owner, 'gitlab', { scope });
    }
    await until(async () => expect((await h.service.deps.database!.sql`select 1 from oauth_accounts`).length + (await h.service.deps.database!.sql`select 1 from org_owners`).length).toBe(6));
  });
  afterAll(async () => h?.stop());

  it('after a token refresh, every bound environment reaches verified with the new token', async () => {
    await create('site', 'org-a', 'ann', 'acme/site');
    await until(async () => expect((await environments('site', 'org-a', 'ann')).map((e) => e.verification)).toEqual(['verified', 'verified', 'verified']));
    const before = await h.events('GitCredentialsVerified');
    const old = h.grants.get('acc-ann')!.token;
    const grant = await h.refresh('acc-ann');
    // The old token stops working at GitLab: only the rewritten Secrets can be what Flux verifies now.
    h.gitlab!.revokeToken(old);
    await until(async () => {
      const envs = await environments('site', 'org-a', 'ann');
      expect(envs.map((e) => [e.environment, e.tokenGeneration, e.verification])).toEqual(ENVS.map((env) => [env, 2, 'verified']));
    });
    const verified = (await h.events('GitCredentialsVerified')).slice(before.length);
    expect(verified.map((e) => [e.data['environment'], Number(e.data['tokenGeneration'])]).sort()).toEqual(ENVS.map((env) => [env, 2]).sort());
    for (const env of ENVS) {
      expect(secretData(h.kube, `project-site-${env}`, 'site-git-auth')?.['password']).toBe(grant.token);
      const status = h.kube.get('GitRepository', `project-site-${env}`, 'site')!['status'] as { lastHandledReconcileAt: string; artifact: { revision: string } };
      const [binding] = await h.service.deps.database!.sql`select reconcile_requested_at from bindings where namespace = ${`project-site-${env}`}`;
      expect(status.lastHandledReconcileAt).toBe(binding!['reconcile_requested_at']);
      expect(status.artifact.revision).toMatch(/^main@sha1:[0-9a-f]{40}$/);
    }
    expect((await environments('site', 'org-a', 'ann')).every((e) => e.verifiedAt !== undefined && e.verificationReason === '')).toBe(true);
  });

  it('an expired credential shows failing: authentication required, and the refresh it triggers is verified again', async () => {
    const failuresBefore = await metric('keywarden_gitops_flux_auth_failures_total', { reason: 'authentication_required' });
    const requestsBefore = h.tokenRequests.length;
    // Two hours and a bit later at GitLab: every token the simulator issued has expired. Flux's next interval notices.
    h.gitlab!.clock.advance(2 * 3_600_000 + 60_000);
    await h.kube.reconcileGitRepository('project-site-staging', 'site');
    await until(async () => expect((await h.events('GitCredentialsVerificationFailed')).filter((e) => e.data['environment'] === 'staging')).toHaveLength(1));
    const [failed] = (await h.events('GitCredentialsVerificationFailed')).filter((e) => e.data['environment'] === 'staging');
    expect(failed!.data).toMatchObject({ reason: 'authentication_required', fluxReason: 'GitOperationFailed', tokenGeneration: 2 });
    expect(String(failed!.data['message'])).toContain("unable to clone 'https://gitlab.com/acme/site': authentication required: HTTP Basic: Access denied");
    expect(JSON.stringify(failed!.data)).not.toContain('tok-acc-ann');
    expect(await metric('keywarden_gitops_flux_auth_failures_total', { reason: 'authentication_required' })).toBe(failuresBefore + 1);
    // As before this issue: the failure forces a refresh (a token valid a day) and rewrites that Secret, which Flux verifies.
    await until(async () => {
      const staging = (await environments('site', 'org-a', 'ann')).find((e) => e.environment === 'staging')!;
      expect([staging.tokenGeneration, staging.verification]).toEqual([3, 'verified']);
    });
    expect(h.tokenRequests.slice(requestsBefore)).toContainEqual({ accountId: 'acc-ann', minValidMinutes: 24 * 60 });
    expect(secretData(h.kube, 'project-site-staging', 'site-git-auth')?.['password']).toBe('tok-acc-ann-3');
  });

  it('a credential that cannot be renewed stays failing: authentication required', async () => {
    await create('shop', 'org-r', 'rob', 'acme/site', ['prod']);
    await until(async () => expect((await environments('shop', 'org-r', 'rob'))[0]?.verification).toBe('verified'));
    // rob revokes keywarden at GitLab: the token dies, and the broker can no longer refresh the grant.
    h.gitlab!.revokeToken(h.grants.get('acc-rob')!.token);
    h.grants.set('acc-rob', { ...h.grants.get('acc-rob')!, failWith: { code: 'ERR_ACCOUNT_NOT_USABLE', status: 409 } });
    await h.kube.reconcileGitRepository('project-shop-prod', 'shop');
    await until(async () => {
      const [prod] = await environments('shop', 'org-r', 'rob');
      expect(prod).toMatchObject({ status: 'stale', verification: 'failing', verificationReason: 'authentication_required' });
      expect(prod!.verificationMessage).toContain('authentication required');
    });
  });

  it('tells a missing repository and a token without the read scope apart, and refreshes neither', async () => {
    await create('ghost', 'org-a', 'ann', 'acme/ghost', ['prod']);
    await create('narrow', 'org-n', 'ned', 'acme/site', ['prod']);
    await until(async () => {
      expect((await environments('ghost', 'org-a', 'ann'))[0]).toMatchObject({ status: 'synced', verification: 'failing', verificationReason: 'not_found' });
      expect((await environments('narrow', 'org-n', 'ned'))[0]).toMatchObject({ status: 'synced', verification: 'failing', verificationReason: 'authorization_failed' });
    });
    const [narrow] = await environments('narrow', 'org-n', 'ned');
    expect(narrow!.verificationMessage).toContain('authorization failed: You are not allowed to download code from this project.');
    // A new token would not help either of them: no forced refresh.
    expect(h.tokenRequests.filter((r) => r.accountId === 'acc-ned' && r.minValidMinutes === 24 * 60)).toEqual([]);
  });

  it('serves the readiness of every environment and the reconcile passes on /metrics', async () => {
    const passes = await metric('keywarden_gitops_reconcile_passes_total', { trigger: 'manual', result: 'success' });
    await h.rpc('gitops.ReconcileProject', { actor: ownerOf('org-a', 'ann'), projectId: ids['site']!, force: false });
    expect(await metric('keywarden_gitops_reconcile_passes_total', { trigger: 'manual', result: 'success' })).toBe(passes + 1);
    expect(await metric('keywarden_gitops_reconcile_duration_seconds_count', { trigger: 'manual' })).toBeGreaterThanOrEqual(passes + 1);
    await until(async () => {
      const rows = await h.service.deps.database!.sql`select verification, count(*)::int as n from bindings group by verification`;
      const byState = Object.fromEntries(rows.map((r) => [r['verification'], Number(r['n'])]));
      expect(byState['failing']).toBeGreaterThanOrEqual(3);
      const text = await metricsText();
      for (const state of ['verified', 'failing', 'pending', 'unverified', 'unknown']) {
        expect(metricValue(text, 'keywarden_gitops_repository_readiness', { state })).toBe(byState[state] ?? 0);
      }
    });
  });
});
