import { randomUUID } from 'node:crypto';
import { encodeInbound } from '@keywarden/contracts';
import { metricsText } from '@keywarden/telemetry';
import { jetstream } from '@nats-io/jetstream';
import { headers as natsHeaders } from '@nats-io/nats-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ownerOf, startHarness, until, type Harness } from './test-support/harness.js';

// DeployRequested published by a company's service on ext.<integration>.<organization>.deploy.DeployRequested
// (issue #20), through the real bus into the deployer's inbound consumer: a deployment like a webhook deploy's,
// once per ce-id; an unknown, another organization's or a stopped application is parked and answered.
const ORG = '3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a';
const OTHER_ORG = '7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d';
const PROJECT = randomUUID();

describe('inbound deploy requests', () => {
  let h: Harness;
  const send = async (data: Record<string, unknown>, options: { id?: string; organizationId?: string; msgId?: boolean } = {}) => {
    const id = options.id ?? randomUUID();
    const msg = encodeInbound({ integration: 'ci', organizationId: options.organizationId ?? ORG, type: 'DeployRequested', id, source: 'company-ci', data }, { namespace: h.namespace });
    const headers = natsHeaders();
    for (const [k, v] of Object.entries(msg.headers)) if (k !== 'Nats-Msg-Id') headers.set(k, v);
    await jetstream(h.nc).publish(msg.subject, msg.data, { headers, ...(options.msgId === false ? {} : { msgID: id }) });
    return id;
  };
  const rejections = async () => (await h.events('DeployRequestRejected')).map((e) => e.data);
  const register = async (name: string) => (await h.rpc('deploy.RegisterApplication', {
    actor: ownerOf(ORG), projectId: PROJECT, name, environment: 'production', image: 'registry.acme.test/shop/web', ports: [8080], replicas: 1,
    webhookEnabled: true, autoDeploy: false, signatureRequired: false,
  })).application!.applicationId!;

  beforeAll(async () => {
    h = await startHarness();
    await h.project({ projectId: PROJECT, organizationId: ORG, slug: 'inbound-shop', environments: ['production'] });
    h.environments.set(PROJECT, [{ key: 'LOG_LEVEL', value: 'info' }]);
  });
  afterAll(async () => h?.stop());

  it('deploys like a webhook deploy, acting as integration:<name>, once per ce-id', async () => {
    const id = await register('inbound-web');
    const ceId = await send({ application: 'inbound-web', version: 'v1.0.0' });
    await until(async () => expect((await h.rpc('deploy.GetApplication', { actor: ownerOf(ORG), applicationId: id })).application).toMatchObject({ currentVersion: 'v1.0.0', status: 'running' }));
    expect(h.target.appliesOf('inbound-web').at(-1)).toMatchObject({ namespace: 'project-inbound-shop-production', image: 'registry.acme.test/shop/web:v1.0.0', env: { LOG_LEVEL: 'info' } });
    const [requested] = await h.events('DeploymentRequested');
    expect(requested!.data).toMatchObject({ applicationId: id, version: 'v1.0.0', trigger: 'webhook', actorUserId: 'integration:ci', organizationId: ORG });

    // The same ce-id again past JetStream's duplicate window, then a new request by id: the copy deployed nothing.
    await send({ application: 'inbound-web', version: 'v1.0.0' }, { id: ceId, msgId: false });
    await send({ application: id, version: 'v1.0.1' });
    await until(async () => expect((await h.rpc('deploy.GetApplication', { actor: ownerOf(ORG), applicationId: id })).application?.currentVersion).toBe('v1.0.1'));
    expect((await h.events('DeploymentRequested')).map((e) => e.data['version'])).toEqual(['v1.0.0', 'v1.0.1']);
    expect(await rejections()).toEqual([]);
  });

  it('refuses an unknown application, another organization\'s, a stopped one and a bad version: parked, answered, nothing deployed; the next one is handled', async () => {
    const id = await register('inbound-stopped');
    expect((await h.rpc('deploy.StopApplication', { actor: ownerOf(ORG), applicationId: id })).application).toMatchObject({ status: 'stopped' });
    const before = (await h.events('DeploymentRequested')).length;
    const unknown = await send({ application: 'no-such-app', version: 'v1' });
    const foreign = await send({ application: 'inbound-web', version: 'v2.0.0' }, { organizationId: OTHER_ORG });
    const stopped = await send({ application: 'inbound-stopped', version: 'v1' });
    const badVersion = await send({ application: 'inbound-web', version: '-bad version' });
    const missing = await send({ application: 'inbound-web' });
    await send({ application: 'inbound-web', version: 'v1.0.2' });
    await until(async () => expect((await h.events('DeploymentRequested')).map((e) => e.data['version'])).toContain('v1.0.2'));
    await until(async () => expect(await rejections()).toHaveLength(5));
    expect((await rejections()).map((r) => [r['ceId'], r['reason'], r['organizationId'], r['applicationRef']])).toEqual([
      [unknown, 'unknown_application', ORG, 'no-such-app'], [foreign, 'unknown_application', OTHER_ORG, 'inbound-web'],
      [stopped, 'application_stopped', ORG, 'inbound-stopped'], [badVersion, 'invalid_version', ORG, 'inbound-web'], [missing, 'missing_fields', ORG, 'inbound-web'],
    ]);
    expect((await h.events('DeploymentRequested')).length).toBe(before + 1);
    const letters = await h.sql`select id, error_code from dead_letters where consumer = 'deployer--inbound' order by id`;
    expect(letters.map((l) => l['error_code'])).toEqual(['unknown_application', 'unknown_application', 'application_stopped', 'invalid_version', 'missing_fields']);
    expect((await rejections()).map((r) => r['deadLetterId'])).toEqual(letters.map((l) => Number(l['id'])));
    expect((await rejections()).every((r) => r['actorUserId'] === 'integration:ci' && r['integration'] === 'ci')).toBe(true);
    // The inbound consumer's backlog and dead letters are served on /metrics like the event consumers'.
    await until(async () => {
      const text = await metricsText();
      expect(text).toContain('keywarden_dead_letters{service="deployer",consumer="deployer--inbound"} 5');
      expect(text).toContain(`keywarden_consumer_pending{consumer="deployer--inbound",stream="${h.namespace.toUpperCase()}_EXT_INBOUND"} 0`);
    });
  });
});

describe('inbound deploy requests past the application\'s rate limit', () => {
  let h: Harness;
  beforeAll(async () => {
    // Two deploys per application per window, shared with its webhook; a window of a day, so the test's
    // requests never straddle two.
    h = await startHarness({ env: { KW_DEPLOYER_WEBHOOK_RATE_LIMIT: '2', KW_DEPLOYER_WEBHOOK_RATE_WINDOW_MS: '86400000' } });
    await h.project({ projectId: PROJECT, organizationId: ORG, slug: 'inbound-limited', environments: ['production'] });
  });
  afterAll(async () => h?.stop());

  it('refuses a request beyond the limit as the webhook would (rate_limited, retry after N s), parked and answered; other applications go on', async () => {
    const register = async (name: string) => (await h.rpc('deploy.RegisterApplication', {
      actor: ownerOf(ORG), projectId: PROJECT, name, environment: 'production', image: 'registry.acme.test/shop/web', ports: [8080], replicas: 1,
      webhookEnabled: true, autoDeploy: false, signatureRequired: false,
    })).application!.applicationId!;
    const send = async (application: string, version: string) => {
      const id = randomUUID();
      const msg = encodeInbound({ integration: 'ci', organizationId: ORG, type: 'DeployRequested', id, source: 'company-ci', data: { application, version } }, { namespace: h.namespace });
      const headers = natsHeaders();
      for (const [k, v] of Object.entries(msg.headers)) if (k !== 'Nats-Msg-Id') headers.set(k, v);
      await jetstream(h.nc).publish(msg.subject, msg.data, { headers, msgID: id });
      return id;
    };
    await register('limited-web');
    await register('limited-api');
    await send('limited-web', 'v1');
    await send('limited-web', 'v2');
    const third = await send('limited-web', 'v3');
    await send('limited-api', 'v1');
    await until(async () => expect((await h.events('DeploymentRequested')).map((e) => e.data['version']).sort()).toEqual(['v1', 'v1', 'v2']));
    await until(async () => expect((await h.events('DeployRequestRejected')).length).toBe(1));
    const [rejected] = (await h.events('DeployRequestRejected')).map((e) => e.data);
    expect(rejected).toMatchObject({ ceId: third, reason: 'rate_limited', applicationRef: 'limited-web' });
    expect(String(rejected!['detail'])).toMatch(/retry after \d+ s$/);
    const letters = await h.sql`select error_code from dead_letters where consumer = 'deployer--inbound'`;
    expect(letters.map((l) => l['error_code'])).toEqual(['rate_limited']);
  });
});

