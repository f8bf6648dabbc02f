// Bounds: a source address that keeps getting refused is cut off (429) after
// KW_DEPLOYER_REJECTION_LIMIT audited rejections, with one summary event, so
// unauthenticated callers cannot grow the event store without limit; and a
// deployment whose runs keep ending in errors is retried a bounded number of
// times, then recorded as failed, so its application's queue moves on.
import { randomUUID } from 'node:crypto';
import { RpcError } from '@keywarden/bus';
import { metricsText } from '@keywarden/telemetry';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ownerOf, startHarness, until, type Harness } from './test-support/harness.js';

const ORG = 'org-limits';
const PROJECT = randomUUID();
const LIMIT = 3;
const ATTEMPTS = 3;

async function rejectedTotal(reason: string): Promise<number> {
  const line = (await metricsText()).split('\n').find((l) => l.startsWith(`keywarden_webhook_rejected_total{reason="${reason}"}`));
  return line ? Number(line.split(' ').at(-1)) : 0;
}

describe('limits', () => {
  let h: Harness;
  const owner = ownerOf(ORG);
  const register = async (name: string) => {
    const reply = await h.rpc('deploy.RegisterApplication', {
      actor: owner, projectId: PROJECT, name, environment: 'production', image: `registry.acme.test/limits/${name}`, ports: [8080], replicas: 1,
      webhookEnabled: true, autoDeploy: true, signatureRequired: false,
    });
    return { id: reply.application!.applicationId!, token: reply.webhookToken };
  };
  const hook = (sourceAddress: string, request: Record<string, unknown>) => h.rpc('deploy.WebhookDeploy', { sourceAddress, ...request });
  const outcome = (sourceAddress: string, request: Record<string, unknown>) =>
    hook(sourceAddress, request).then(() => 'accepted', (e: { code: string }) => e.code);
  const fromSource = async (source: string) => (await h.events('WebhookRejected')).filter((e) => e.data['sourceAddress'] === source);
  const finished = async (deploymentId: string) => {
    let found: Record<string, unknown> | undefined;
    await until(async () => {
      found = (await h.rpc('deploy.GetDeployment', { actor: owner, deploymentId })).deployment as Record<string, unknown> | undefined;
      expect(['succeeded', 'failed']).toContain(found?.['status']);
    }, { timeoutMs: 20_000 });
    return found!;
  };

  beforeAll(async () => {
    // An hour-long window, so no test straddles two; retries back off 20 ms, then 40 ms.
    h = await startHarness({
      env: {
        KW_DEPLOYER_REJECTION_LIMIT: String(LIMIT), KW_DEPLOYER_WEBHOOK_RATE_WINDOW_MS: '3600000',
        KW_DEPLOYER_MAX_ATTEMPTS: String(ATTEMPTS), KW_DEPLOYER_RETRY_BACKOFF_MS: '20',
      },
    });
    await h.project({ projectId: PROJECT, organizationId: ORG, slug: 'limits', environments: ['production'] });
    h.environments.set(PROJECT, [{ key: 'API_KEY', value: 'sk-live-limits-0001', secretId: 'sec-api' }]);
  });
  afterAll(async () => h?.stop());

  it('cuts off a source after the rejection limit: 429 before any lookup, one summary event, every refusal counted', async () => {
    const { id, token } = await register('cut-off');
    const source = '198.51.100.61';
    const wrong = { applicationId: id, version: 'v1', token: 'whk_wrong-wrong-wrong' };
    await expect(hook(source, wrong)).rejects.toMatchObject({ code: 'ERR_INVALID_TOKEN' });
    await expect(hook(source, { applicationName: 'nobody-here', version: 'v1', token })).rejects.toMatchObject({ code: 'ERR_APPLICATION_NOT_FOUND' });
    // Under the limit, the source's good calls go through as before.
    await expect(hook(source, { applicationId: id, version: 'v1', token })).resolves.toMatchObject({ duplicate: false });
    await expect(hook(source, wrong)).rejects.toMatchObject({ code: 'ERR_INVALID_TOKEN' });
    const refusedBefore = await rejectedTotal('rate_limited');
    // Now LIMIT rejections: everything from the source is refused, the right token and the follow-up call included,
    // unknown applications too (nothing is looked up).
    const calls = [
      () => hook(source, { applicationId: id, version: 'v2', token }),
      () => hook(source, wrong),
      () => hook(source, { applicationName: 'nobody-here', version: 'v1', token: 'whk_guess' }),
      () => hook(source, {}),
      () => h.rpc('deploy.GetWebhookDeployment', { deploymentId: randomUUID(), token, sourceAddress: source }),
    ];
    for (const call of calls) {
      const refused = await call().then(() => undefined, (e: { code: string; status: number; detail: string }) => e);
      expect(refused).toMatchObject({ code: 'ERR_RATE_LIMITED', status: 429 });
      expect(refused!.detail).toMatch(/retry after [1-9][0-9]* s$/);
    }
    // Audited: the LIMIT rejections one by one, then one summary (no application, no token prefix).
    const audit = await fromSource(source);
    expect(audit.map((e) => e.data['reason'])).toEqual(['invalid_token', 'unknown_application', 'invalid_token', 'rate_limited']);
    expect(audit.at(-1)).toMatchObject({ stream_id: 'application-unknown', data: { applicationId: '', applicationRef: '', reason: 'rate_limited', sourceAddress: source, tokenPrefix: '' } });
    await until(async () => expect(await rejectedTotal('rate_limited')).toBe(refusedBefore + calls.length));
    // Nothing was deployed past the cut-off; another address is unaffected.
    expect((await h.events('DeploymentRequested')).filter((e) => e.data['applicationId'] === id).map((e) => e.data['version'])).toEqual(['v1']);
    await expect(hook('198.51.100.62', { applicationId: id, version: 'v3', token })).resolves.toMatchObject({ duplicate: false });
  });

  it('concurrent rejected calls from one source are audited at most up to the limit, plus the summary', async () => {
    const { id } = await register('burst');
    const source = '198.51.100.71';
    const results = await Promise.all(Array.from({ length: 12 }, () => outcome(source, { applicationId: id, version: 'v1', token: 'whk_burst-burst-burst' })));
    expect(results.every((r) => r === 'ERR_INVALID_TOKEN' || r === 'ERR_RATE_LIMITED')).toBe(true);
    expect(results.filter((r) => r === 'ERR_INVALID_TOKEN')).toHaveLength(LIMIT);
    const audit = await fromSource(source);
    expect(audit.filter((e) => e.data['reason'] === 'invalid_token')).toHaveLength(LIMIT);
    expect(audit.filter((e) => e.data['reason'] === 'rate_limited')).toHaveLength(1);
  });

  it('a run that keeps failing to reach the cluster is retried with backoff, then fails at stage apply; the next deployment runs', async () => {
    const { id } = await register('flaky');
    h.target.unavailableFor('registry.acme.test/limits/flaky:v1');
    const first = (await h.rpc('deploy.DeployApplication', { actor: owner, applicationId: id, version: 'v1' })).deployment!.deploymentId!;
    const second = (await h.rpc('deploy.DeployApplication', { actor: owner, applicationId: id, version: 'v2' })).deployment!.deploymentId!;
    const failed = await finished(first);
    expect(failed).toMatchObject({ status: 'failed', stage: 'apply', error: `kubernetes unavailable: HTTP 503 (gave up after ${ATTEMPTS} attempts)` });
    expect(h.target.applyCalls.get('registry.acme.test/limits/flaky:v1')).toBe(ATTEMPTS);
    expect(await finished(second)).toMatchObject({ status: 'succeeded', version: 'v2' });
    const events = (await h.events()).filter((e) => e.stream_id === `deployment-${first}`).map((e) => e.type);
    expect(events).toEqual(['DeploymentRequested', 'DeploymentFailed']);
    expect(JSON.stringify(await h.events('DeploymentFailed'))).not.toContain('sk-live-limits-0001');
  });

  it('secrets-vault unreachable: retried, then stage environment with its code; a refusal (4xx) fails at once', async () => {
    const other = randomUUID();
    await h.project({ projectId: other, organizationId: ORG, slug: 'vaultless', environments: ['production'] });
    const app = await h.rpc('deploy.RegisterApplication', {
      actor: owner, projectId: other, name: 'vaultless', environment: 'production', image: 'acme/vaultless', ports: [], replicas: 1,
      webhookEnabled: true, autoDeploy: false, signatureRequired: false,
    });
    const id = app.application!.applicationId!;
    const calls = () => h.buildCalls.filter((p) => p === other).length;
    h.buildErrors.set(other, new RpcError('ERR_UNAVAILABLE', 503, 'secrets-vault is restarting'));
    const down = (await h.rpc('deploy.DeployApplication', { actor: owner, applicationId: id, version: 'v1' })).deployment!.deploymentId!;
    expect(await finished(down)).toMatchObject({
      status: 'failed', stage: 'environment', error: `secrets-vault could not build the project's environment (ERR_UNAVAILABLE) (gave up after ${ATTEMPTS} attempts)`,
    });
    expect(calls()).toBe(ATTEMPTS);
    h.buildErrors.set(other, new RpcError('ERR_NOT_FOUND', 404, 'no such project'));
    const refused = (await h.rpc('deploy.DeployApplication', { actor: owner, applicationId: id, version: 'v2' })).deployment!.deploymentId!;
    expect(await finished(refused)).toMatchObject({ status: 'failed', stage: 'environment', error: "secrets-vault could not build the project's environment (ERR_NOT_FOUND)" });
    expect(calls()).toBe(ATTEMPTS + 1);
    expect(h.target.appliesOf('vaultless')).toHaveLength(0);
  });

  it('a deployment whose runs all died with their workers is failed at the next claim, with the last stage, and not run again', async () => {
    const { id } = await register('crashy');
    const worker = h.handles.worker.task();
    await worker.stop();
    let restarted = false;
    try {
      const deploymentId = (await h.rpc('deploy.DeployApplication', { actor: owner, applicationId: id, version: 'v9' })).deployment!.deploymentId!;
      // As left by ATTEMPTS runs that never came back (each claim counts one).
      await h.sql`update deploy_queue set attempts = ${ATTEMPTS}, last_stage = 'apply', last_error = 'kubernetes unavailable: HTTP 503' where deployment_id = ${deploymentId}`;
      await worker.start();
      restarted = true;
      expect(await finished(deploymentId)).toMatchObject({ status: 'failed', stage: 'apply', error: `kubernetes unavailable: HTTP 503 (gave up after ${ATTEMPTS} attempts)` });
      expect(h.target.appliesOf('crashy')).toHaveLength(0);
      expect(await h.sql`select 1 from deploy_queue where deployment_id = ${deploymentId}`).toHaveLength(0);
    } finally {
      if (!restarted) await worker.start();
    }
  });
});
