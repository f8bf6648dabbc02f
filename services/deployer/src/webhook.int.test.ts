import { randomUUID } from 'node:crypto';
import { metricsText, parentSpanId } from '@keywarden/telemetry';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signatureHeader } from './app/signature.js';
import { bodyOf, ownerOf, startHarness, until, type Harness } from './test-support/harness.js';

const ORG = 'org-hooks';
const PROJECT = randomUUID();

async function rejected(reason: string): Promise<number> {
  const line = (await metricsText()).split('\n').find((l) => l.startsWith(`keywarden_webhook_rejected_total{reason="${reason}"}`));
  return line ? Number(line.split(' ').at(-1)) : 0;
}

describe('webhook deploy', () => {
  let h: Harness;
  const register = async (name: string, over: Record<string, unknown> = {}) =>
    h.rpc('deploy.RegisterApplication', {
      actor: ownerOf(ORG), projectId: PROJECT, name, environment: 'production', image: 'registry.acme.test/shop/web', ports: [8080], replicas: 2,
      webhookEnabled: true, autoDeploy: true, signatureRequired: false, ...over,
    });
  const hook = (request: Record<string, unknown>) => h.rpc('deploy.WebhookDeploy', { sourceAddress: '203.0.113.7', ...request });

  beforeAll(async () => {
    // An hour-long window: the 13 calls of the rate-limit test cannot straddle two windows. These tests make many
    // rejected calls from one address: the per-source limit (limits.int.test.ts) is set out of their way.
    h = await startHarness({ env: { KW_DEPLOYER_WEBHOOK_RATE_LIMIT: '12', KW_DEPLOYER_WEBHOOK_RATE_WINDOW_MS: '3600000', KW_DEPLOYER_REJECTION_LIMIT: '1000' } });
    await h.project({ projectId: PROJECT, organizationId: ORG, slug: 'shop', environments: ['staging', 'production'] });
    h.environments.set(PROJECT, [{ key: 'DATABASE_URL', value: 'postgres://shop:s3cr3t-db@db/shop', secretId: 'sec-db' }, { key: 'LOG_LEVEL', value: 'info' }]);
  });
  afterAll(async () => h?.stop());

  it('applies the seed\'s rules one by one: 401 no token, 400 missing fields, 404 unknown, 403 disabled, 401 wrong token', async () => {
    const { application, webhookToken } = await register('web');
    const id = application!.applicationId!;
    expect(webhookToken).toMatch(/^whk_[A-Za-z0-9_-]{43}$/);
    // 401 before anything else when there is no token at all (credentials before the body), then 400 for each
    // required field missing in turn.
    await expect(hook({ applicationId: id, version: 'v1.0.0' })).rejects.toMatchObject({ code: 'ERR_UNAUTHENTICATED', status: 401 });
    await expect(hook({})).rejects.toMatchObject({ code: 'ERR_UNAUTHENTICATED', status: 401 });
    await expect(hook({ version: 'v1.0.0', token: webhookToken })).rejects.toMatchObject({ code: 'ERR_MISSING_FIELDS', status: 400 });
    await expect(hook({ applicationId: id, token: webhookToken })).rejects.toMatchObject({ code: 'ERR_MISSING_FIELDS', status: 400 });
    // 404: by id and by name, before any token is looked at.
    await expect(hook({ applicationId: randomUUID(), version: 'v1.0.0', token: 'whk_guessing-1234' })).rejects.toMatchObject({ code: 'ERR_APPLICATION_NOT_FOUND', status: 404 });
    await expect(hook({ applicationName: 'no-such-app', version: 'v1.0.0', token: webhookToken })).rejects.toMatchObject({ code: 'ERR_APPLICATION_NOT_FOUND', status: 404 });
    // 401: a wrong token, and the right one of another application.
    await expect(hook({ applicationId: id, version: 'v1.0.0', token: 'whk_wrongwrongwrongwrong' })).rejects.toMatchObject({ code: 'ERR_INVALID_TOKEN', status: 401 });
    const other = await register('web-other');
    await expect(hook({ applicationId: id, version: 'v1.0.0', token: other.webhookToken })).rejects.toMatchObject({ code: 'ERR_INVALID_TOKEN', status: 401 });
    // 403: disabled wins over the token (the seed's order), even with the right one.
    await h.rpc('deploy.UpdateApplication', { actor: ownerOf(ORG), applicationId: id, updateMask: ['webhook_enabled'], webhookEnabled: false });
    await expect(hook({ applicationName: 'web', version: 'v1.0.0', token: webhookToken })).rejects.toMatchObject({ code: 'ERR_WEBHOOK_DISABLED', status: 403 });
    await expect(hook({ applicationName: 'web', version: 'v1.0.0', token: 'whk_wrongwrongwrongwrong' })).rejects.toMatchObject({ code: 'ERR_WEBHOOK_DISABLED', status: 403 });
    // None of them deployed anything.
    expect(await h.events('DeploymentRequested')).toHaveLength(0);
    await h.rpc('deploy.UpdateApplication', { actor: ownerOf(ORG), applicationId: id, updateMask: ['webhook_enabled'], webhookEnabled: true });
    // The right token, by name (the body's token field or the Bearer header both arrive as `token`).
    const accepted = await hook({ applicationName: 'web', version: 'v1.0.0', token: webhookToken });
    expect(accepted).toMatchObject({ duplicate: false, deployment: { applicationId: id, version: 'v1.0.0', trigger: 'webhook', applicationName: 'web' } });
    await until(async () => expect((await h.rpc('deploy.GetApplication', { actor: ownerOf(ORG), applicationId: id })).application).toMatchObject({ currentVersion: 'v1.0.0', status: 'running' }));
    const applied = h.target.appliesOf('web').at(-1)!;
    expect(applied).toMatchObject({
      namespace: 'project-shop-production', image: 'registry.acme.test/shop/web:v1.0.0', ports: [8080], replicas: 2,
      env: { DATABASE_URL: 'postgres://shop:s3cr3t-db@db/shop', LOG_LEVEL: 'info' },
      labels: { 'app.kubernetes.io/managed-by': 'keywarden', 'keywarden.dev/application-id': id, 'keywarden.dev/project-id': PROJECT, 'keywarden.dev/environment': 'production' },
      annotations: { 'keywarden.dev/deployment-id': accepted.deployment!.deploymentId, 'keywarden.dev/version': 'v1.0.0' },
    });
  });

  it('audits every rejection with reason, source and at most a short token prefix, also for unknown applications', async () => {
    const before = await rejected('invalid_token');
    const { application, webhookToken } = await register('audited');
    const id = application!.applicationId!;
    const wrong = `whk_${'Z'.repeat(40)}`;
    await expect(hook({ applicationId: id, version: 'v1', token: wrong, sourceAddress: '198.51.100.23' })).rejects.toMatchObject({ status: 401 });
    await expect(hook({ applicationName: 'ghost', version: 'v1', token: wrong, sourceAddress: '198.51.100.24' })).rejects.toMatchObject({ status: 404 });
    const audit = await h.events('WebhookRejected');
    expect(audit.find((e) => e.stream_id === `application-${id}`)?.data).toEqual({
      applicationId: id, applicationRef: id, reason: 'invalid_token', sourceAddress: '198.51.100.23', tokenPrefix: 'whk_ZZZZ',
    });
    expect(audit.find((e) => e.data['applicationRef'] === 'ghost')).toMatchObject({
      stream_id: 'application-unknown', data: { applicationId: '', reason: 'unknown_application', sourceAddress: '198.51.100.24', tokenPrefix: 'whk_ZZZZ' },
    });
    expect(audit.every((e) => String(e.data['tokenPrefix'] ?? '').length <= 8)).toBe(true);
    expect(JSON.stringify(audit)).not.toContain(wrong);
    expect(new Set(audit.map((e) => e.data['reason']))).toEqual(new Set(['missing_token', 'missing_fields', 'unknown_application', 'webhook_disabled', 'invalid_token']));
    await until(async () => expect(await rejected('invalid_token')).toBe(before + 1));
    // The right token still works after the rejections: they changed nothing.
    await expect(hook({ applicationId: id, version: 'v2', token: webhookToken })).resolves.toMatchObject({ duplicate: false });
  });

  it('stores no token or signing secret in plaintext: not in any table, not in any event', async () => {
    const { webhookToken, signingSecret, application } = await register('plain-check', { signatureRequired: true });
    expect(signingSecret).toMatch(/^whsec_/);
    const regenerated = await h.rpc('deploy.RegenerateWebhookToken', { actor: ownerOf(ORG), applicationId: application!.applicationId, rotateSigningSecret: true });
    expect(regenerated.webhookToken).not.toBe(webhookToken);
    const tables = await h.sql`select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'`;
    let dump = '';
    for (const { table_name: table } of tables as unknown as Array<{ table_name: string }>) {
      dump += JSON.stringify(await h.sql`select * from ${h.sql(table)}`);
    }
    expect(dump).toContain(application!.applicationId); // the dump does hold the rows
    for (const secret of [webhookToken, signingSecret, regenerated.webhookToken, regenerated.signingSecret]) {
      expect(secret.length).toBeGreaterThan(40);
      expect(dump).not.toContain(secret);
      expect(dump).not.toContain(secret.slice(4, 36));
    }
    const row = (await h.sql`select token_hash, token_prefix from applications where id = ${application!.applicationId!}`)[0]!;
    expect(row['token_hash']).toMatch(/^[0-9a-f]{64}$/);
    expect(row['token_prefix']).toBe(regenerated.webhookToken.slice(0, 8));
    // The regenerated token works, the old one does not.
    await expect(hook({ applicationId: application!.applicationId, version: 'v1', token: webhookToken })).rejects.toMatchObject({ code: 'ERR_INVALID_TOKEN' });
  });

  it('checks the signature when required: accepted, wrong, missing, stale', async () => {
    const { application, webhookToken, signingSecret } = await register('signed', { signatureRequired: true });
    const id = application!.applicationId!;
    const body = bodyOf({ applicationId: id, version: 'v3.1.0' });
    const raw = Buffer.from(body, 'base64');
    const now = Math.floor(h.clock.now().getTime() / 1000);
    const request = { applicationId: id, version: 'v3.1.0', token: webhookToken, body };
    await expect(hook({ ...request, signature: '' })).rejects.toMatchObject({ code: 'ERR_INVALID_SIGNATURE', status: 401 });
    await expect(hook({ ...request, signature: signatureHeader('whsec_not-the-secret', now, raw) })).rejects.toMatchObject({ code: 'ERR_INVALID_SIGNATURE' });
    await expect(hook({ ...request, signature: signatureHeader(signingSecret, now - 301, raw) })).rejects.toMatchObject({ code: 'ERR_INVALID_SIGNATURE' });
    // The signature covers the body: the same header over another body fails.
    await expect(hook({ ...request, body: bodyOf({ applicationId: id, version: 'v9' }), signature: signatureHeader(signingSecret, now, raw) })).rejects.toMatchObject({ code: 'ERR_INVALID_SIGNATURE' });
    await expect(hook({ ...request, signature: signatureHeader(signingSecret, now - 299, raw) })).resolves.toMatchObject({ deployment: { version: 'v3.1.0' } });
    const audit = (await h.events('WebhookRejected')).filter((e) => e.data['applicationId'] === id);
    expect(audit.map((e) => e.data['reason'])).toEqual(['invalid_signature', 'invalid_signature', 'invalid_signature', 'invalid_signature']);
  });

  it('refuses an invalid version after the credentials, and rate-limits per application', async () => {
    const { application, webhookToken } = await register('limited');
    const id = application!.applicationId!;
    for (const version of ['-v1', '.hidden', 'v1/../../etc', 'a'.repeat(129), 'v1 beta']) {
      await expect(hook({ applicationId: id, version, token: webhookToken })).rejects.toMatchObject({ code: 'ERR_INVALID_VERSION', status: 400 });
    }
    // A wrong token with a bad version is a token failure: credentials first.
    await expect(hook({ applicationId: id, version: '-v1', token: 'whk_nope' })).rejects.toMatchObject({ code: 'ERR_INVALID_TOKEN' });
    for (let i = 0; i < 12; i++) await hook({ applicationId: id, version: `v1.${i}`, token: webhookToken });
    const limited = await hook({ applicationId: id, version: 'v1.12', token: webhookToken }).catch((e: unknown) => e as { code: string; status: number; detail: string });
    expect(limited).toMatchObject({ code: 'ERR_RATE_LIMITED', status: 429 });
    // The gateway turns this into Retry-After.
    expect((limited as { detail: string }).detail).toMatch(/retry after [1-9][0-9]* s$/);
    // Another application has its own budget.
    const other = await register('unlimited');
    await expect(hook({ applicationId: other.application!.applicationId, version: 'v1', token: other.webhookToken })).resolves.toMatchObject({ duplicate: false });
    const reasons = (await h.events('WebhookRejected')).filter((e) => e.data['applicationId'] === id).map((e) => e.data['reason']);
    expect(reasons).toEqual(['invalid_version', 'invalid_version', 'invalid_version', 'invalid_version', 'invalid_version', 'invalid_token', 'rate_limited']);
  });

  it('concurrent webhooks with one Idempotency-Key give one deployment; the key with another version is refused', async () => {
    const { application, webhookToken } = await register('retried');
    const id = application!.applicationId!;
    const key = `ci-run-${randomUUID()}`;
    const replies = await Promise.all(Array.from({ length: 10 }, () => hook({ applicationId: id, version: 'v7.0.0', token: webhookToken, idempotencyKey: key })));
    const ids = new Set(replies.map((r) => r.deployment!.deploymentId));
    expect(ids.size).toBe(1);
    expect(replies.filter((r) => !r.duplicate)).toHaveLength(1);
    const requested = (await h.events('DeploymentRequested')).filter((e) => e.data['applicationId'] === id);
    expect(requested).toHaveLength(1);
    await until(async () => expect((await h.events('DeploymentSucceeded')).filter((e) => e.data['applicationId'] === id)).toHaveLength(1));
    expect(h.target.appliesOf('retried')).toHaveLength(1);
    // A later retry still answers the same deployment, now finished.
    const later = await hook({ applicationId: id, version: 'v7.0.0', token: webhookToken, idempotencyKey: key });
    expect(later).toMatchObject({ duplicate: true, deployment: { deploymentId: [...ids][0], status: 'succeeded' } });
    await expect(hook({ applicationId: id, version: 'v7.0.1', token: webhookToken, idempotencyKey: key, sourceAddress: '203.0.113.8' }))
      .rejects.toMatchObject({ code: 'ERR_IDEMPOTENCY_KEY_REUSED', status: 409 });
    // The reuse is a refusal like the others: audited once, on the application's stream.
    expect((await h.events('WebhookRejected')).filter((e) => e.data['sourceAddress'] === '203.0.113.8').map((e) => e.data)).toEqual([
      { applicationId: id, applicationRef: id, reason: 'idempotency_key_reused', sourceAddress: '203.0.113.8', tokenPrefix: webhookToken.slice(0, 8) },
    ]);
    expect((await h.events('DeploymentRequested')).filter((e) => e.data['applicationId'] === id)).toHaveLength(1);
    // The CI system follows its deployment with the same token, and only with it.
    const followed = await h.rpc('deploy.GetWebhookDeployment', { deploymentId: [...ids][0], token: webhookToken, sourceAddress: '203.0.113.7' });
    expect(followed.deployment).toMatchObject({ status: 'succeeded', version: 'v7.0.0' });
    await expect(h.rpc('deploy.GetWebhookDeployment', { deploymentId: [...ids][0], token: 'whk_other', sourceAddress: '203.0.113.7' })).rejects.toMatchObject({ code: 'ERR_INVALID_TOKEN' });
    // A disabled webhook answers no follow-up either, as WebhookDeploy's rules say (403 before the token), and the
    // refusal is audited; an unknown deployment stays 404, audited too; no token at all is 401 before anything.
    await h.rpc('deploy.UpdateApplication', { actor: ownerOf(ORG), applicationId: id, updateMask: ['webhook_enabled'], webhookEnabled: false });
    for (const token of [webhookToken, 'whk_other']) {
      await expect(h.rpc('deploy.GetWebhookDeployment', { deploymentId: [...ids][0], token, sourceAddress: '203.0.113.9' })).rejects.toMatchObject({ code: 'ERR_WEBHOOK_DISABLED', status: 403 });
    }
    await expect(h.rpc('deploy.GetWebhookDeployment', { deploymentId: randomUUID(), token: webhookToken, sourceAddress: '203.0.113.9' })).rejects.toMatchObject({ code: 'ERR_NOT_FOUND', status: 404 });
    const refusals = (await h.events('WebhookRejected')).filter((e) => e.data['sourceAddress'] === '203.0.113.9');
    expect(refusals.map((e) => e.data)).toEqual([
      { applicationId: id, applicationRef: id, reason: 'webhook_disabled', sourceAddress: '203.0.113.9', tokenPrefix: webhookToken.slice(0, 8) },
      { applicationId: id, applicationRef: id, reason: 'webhook_disabled', sourceAddress: '203.0.113.9', tokenPrefix: 'whk_othe' },
      { applicationId: '', applicationRef: '', reason: 'unknown_deployment', sourceAddress: '203.0.113.9', tokenPrefix: webhookToken.slice(0, 8) },
    ]);
    await expect(h.rpc('deploy.GetWebhookDeployment', { deploymentId: [...ids][0], token: '', sourceAddress: '203.0.113.10' })).rejects.toMatchObject({ code: 'ERR_UNAUTHENTICATED', status: 401 });
    expect((await h.events('WebhookRejected')).filter((e) => e.data['sourceAddress'] === '203.0.113.10').map((e) => e.data['reason'])).toEqual(['missing_token']);
    await h.rpc('deploy.UpdateApplication', { actor: ownerOf(ORG), applicationId: id, updateMask: ['webhook_enabled'], webhookEnabled: true });
    await expect(h.rpc('deploy.GetWebhookDeployment', { deploymentId: [...ids][0], token: webhookToken, sourceAddress: '203.0.113.9' })).resolves.toMatchObject({ deployment: { status: 'succeeded' } });
  });

  it('audits what the gateway could not read: one WebhookRejected per refusal, its error, nothing else looked at', async () => {
    const { application, webhookToken } = await register('unreadable');
    const cases = [
      ['body_too_large', 'ERR_PAYLOAD_TOO_LARGE', 413], ['unsupported_media_type', 'ERR_UNSUPPORTED_MEDIA_TYPE', 415],
      ['invalid_json', 'ERR_VALIDATION', 400], ['not_an_object', 'ERR_VALIDATION', 400], ['invalid_field', 'ERR_VALIDATION', 400],
    ] as const;
    for (const [refusal, code, status] of cases) {
      // Even with everything a deployment needs beside it: the refusal decides.
      await expect(hook({ applicationId: application!.applicationId, version: 'v1', token: webhookToken, gatewayRefusal: refusal, sourceAddress: '203.0.113.30' }))
        .rejects.toMatchObject({ code, status });
    }
    const audit = (await h.events('WebhookRejected')).filter((e) => e.data['sourceAddress'] === '203.0.113.30');
    expect(audit.map((e) => e.data['reason'])).toEqual(cases.map(([reason]) => reason));
    expect(audit.every((e) => e.stream_id === 'application-unknown' && e.data['tokenPrefix'] === webhookToken.slice(0, 8))).toBe(true);
    expect((await h.events('DeploymentRequested')).filter((e) => e.data['applicationId'] === application!.applicationId)).toHaveLength(0);
    // A refusal this deployer does not know is a contract error, not an audit record.
    await expect(hook({ gatewayRefusal: 'whatever', sourceAddress: '203.0.113.31' })).rejects.toMatchObject({ code: 'ERR_VALIDATION' });
    expect((await h.events('WebhookRejected')).filter((e) => e.data['sourceAddress'] === '203.0.113.31')).toHaveLength(0);
  });

  it('a webhook deploy is one trace: the RPC, the worker\'s rollout, the BuildEnvironment call, the apply and the rollout wait', async () => {
    const { application, webhookToken } = await register('traced');
    const { deployment } = await hook({ applicationId: application!.applicationId, version: 'v1', token: webhookToken });
    await until(async () => expect((await h.rpc('deploy.GetDeployment', { actor: ownerOf(ORG), deploymentId: deployment!.deploymentId })).deployment?.status).toBe('succeeded'));
    await until(() => {
      const spans = h.exporter.getFinishedSpans();
      const deploy = spans.find((s) => s.name === 'deploy' && s.attributes['keywarden.deployment_id'] === deployment!.deploymentId);
      const rpc = spans.find((s) => s.name.endsWith('rpc.deploy.WebhookDeploy') && s.kind === 1 && s.spanContext().traceId === deploy?.spanContext().traceId);
      const build = spans.filter((s) => s.name.endsWith('rpc.secrets.BuildEnvironment') && s.spanContext().traceId === deploy?.spanContext().traceId);
      expect(deploy).toBeDefined();
      expect(rpc).toBeDefined();
      expect(build.length).toBeGreaterThanOrEqual(1);
      // The cluster step, under the worker's span: the apply (names and kinds, no data) and the rollout wait.
      const apply = spans.find((s) => s.name === 'kube apply' && s.spanContext().traceId === deploy!.spanContext().traceId);
      const rollout = spans.find((s) => s.name === 'kube rollout' && s.spanContext().traceId === deploy!.spanContext().traceId);
      expect(apply && parentSpanId(apply)).toBe(deploy!.spanContext().spanId);
      expect(rollout && parentSpanId(rollout)).toBe(deploy!.spanContext().spanId);
      expect(apply!.attributes).toMatchObject({ 'k8s.namespace.name': 'project-shop-production', 'k8s.object.name': 'traced', 'k8s.object.kinds': ['Secret', 'Deployment'] });
      expect(rollout!.attributes).toMatchObject({ 'k8s.namespace.name': 'project-shop-production', 'k8s.object.name': 'traced', 'k8s.deployment.generation': 1, 'keywarden.rollout.result': 'complete' });
      // The environment's values stay out of every span.
      expect(JSON.stringify(spans.map((s) => s.attributes))).not.toContain('s3cr3t-db');
    });
  });
});
