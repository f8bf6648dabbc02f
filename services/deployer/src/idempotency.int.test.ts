// Creates with an Idempotency-Key (the gateway passes the header as idempotencyKey): registering an application
// and requesting a deployment. Two at once make one object; a retry answers the first result, marked replayed;
// another request with the key is ERR_IDEMPOTENCY_KEY_REUSED. The webhook token is shown once: a replay has none.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ownerOf, startHarness, until, type Harness } from './test-support/harness.js';

const ORG = 'org-idem';
const PROJECT = randomUUID();

describe('idempotent creates', () => {
  let h: Harness;
  const owner = ownerOf(ORG);
  const register = (name: string, idempotencyKey: string, actor = owner) => h.rpc('deploy.RegisterApplication', {
    actor, projectId: PROJECT, name, environment: 'production', image: 'registry.acme.test/idem/web', ports: [8080], replicas: 1,
    webhookEnabled: true, autoDeploy: true, signatureRequired: true, idempotencyKey,
  });

  beforeAll(async () => {
    h = await startHarness();
    await h.project({ projectId: PROJECT, organizationId: ORG, slug: 'idem', environments: ['production'] });
    h.environments.set(PROJECT, [{ key: 'LOG_LEVEL', value: 'info' }]);
  });
  afterAll(async () => h?.stop());

  it('registers one application for two requests at once and a retry; the credentials only in the first answer', async () => {
    const replies = [...(await Promise.all([register('web-idem', 'reg-1'), register('web-idem', 'reg-1')])), await register('web-idem', 'reg-1')];
    expect(new Set(replies.map((r) => r.application!.applicationId)).size).toBe(1);
    const [first, ...replays] = [...replies].sort((a, b) => Number(a.replayed) - Number(b.replayed));
    expect(first!.replayed).toBe(false);
    expect(first!.webhookToken).toMatch(/^whk_/);
    expect(first!.signingSecret).toMatch(/^whsec_/);
    for (const replay of replays) expect(replay).toMatchObject({ replayed: true, webhookToken: '', signingSecret: '', application: { name: 'web-idem' } });
    expect((await h.events('ApplicationRegistered')).filter((e) => e.data['name'] === 'web-idem')).toHaveLength(1);
    // The one token works.
    await expect(h.rpc('deploy.WebhookDeploy', { applicationName: 'web-idem', version: 'v1', token: first!.webhookToken, sourceAddress: '192.0.2.1', body: '' }))
      .rejects.toMatchObject({ code: 'ERR_INVALID_SIGNATURE' });
    // Another request with the key: refused, nothing registered; without a key, the name is taken as before.
    await expect(register('web-other', 'reg-1')).rejects.toMatchObject({ code: 'ERR_IDEMPOTENCY_KEY_REUSED', status: 409 });
    expect((await h.events('ApplicationRegistered')).filter((e) => e.data['name'] === 'web-other')).toHaveLength(0);
    await expect(register('web-idem', '')).rejects.toMatchObject({ code: 'ERR_CONFLICT' });
    // The same key from another caller is that caller's own.
    await expect(register('web-idem', 'reg-1', ownerOf(ORG, 'user-other'))).rejects.toMatchObject({ code: 'ERR_CONFLICT' });
  });

  it('one deployment for a manual deploy sent twice at once and again later; the key with another version is a 409', async () => {
    const { application } = await register('deployed-idem', 'reg-2');
    const applicationId = application!.applicationId!;
    const deploy = (version: string) => h.rpc('deploy.DeployApplication', { actor: owner, applicationId, version, idempotencyKey: 'deploy-1' });
    const replies = [...(await Promise.all([deploy('v1.0.0'), deploy('v1.0.0')])), await deploy('v1.0.0')];
    expect(new Set(replies.map((r) => r.deployment!.deploymentId)).size).toBe(1);
    expect(replies.filter((r) => r.replayed)).toHaveLength(2);
    expect((await h.events('DeploymentRequested')).filter((e) => e.data['applicationId'] === applicationId)).toHaveLength(1);
    await expect(deploy('v1.0.1')).rejects.toMatchObject({ code: 'ERR_IDEMPOTENCY_KEY_REUSED' });
    await until(async () => expect(h.target.appliesOf('deployed-idem')).toHaveLength(1));
    // Without a key every call is a deployment, as before.
    const again = await h.rpc('deploy.DeployApplication', { actor: owner, applicationId, version: 'v1.0.0' });
    expect(again.deployment!.deploymentId).not.toBe(replies[0]!.deployment!.deploymentId);
  });
});
