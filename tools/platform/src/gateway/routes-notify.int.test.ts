// /api/v1/notifications against the real notifier (in-process, real nats-server
// and PostgreSQL) with the Slack webhook receiver; identity's GetMembership is
// a stand-in endpoint on the same bus.
import { Writable } from 'node:stream';
import { randomUUID } from 'node:crypto';
import { endpoint, startRpcService } from '@keywarden/bus';
import { generateMasterKey } from '@keywarden/crypto';
import { pat, routeTestApp, send, session, notificationRoutes, type RouteTestApp } from '@keywarden/gateway/testing';
import { notifierConfig, notifierService, notifierSettings } from '@keywarden/notifier';
import { loadConfig, startService, type RunningService } from '@keywarden/runtime';
import { startSlackWebhookReceiver, type SlackWebhookReceiver } from '@keywarden/simulators';
import { createTestDatabase, testBus, type TestDatabase } from '@keywarden/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ORG = randomUUID();
const roles: Record<string, string> = { [`${ORG} owner-1`]: 'owner', [`${ORG} member-1`]: 'member' };
const ann = session('user-ann');

let db: TestDatabase;
let notifier: RunningService;
let slack: SlackWebhookReceiver;
let app: RouteTestApp;
let stopIdentity: () => Promise<void>;
let channelId = '';

beforeAll(async () => {
  db = await createTestDatabase('gw_notify');
  const { natsUrl, namespace } = testBus();
  slack = await startSlackWebhookReceiver();
  const env = {
    KW_NATS_URL: natsUrl, KW_DATABASE_URL: db.url, KW_BUS_NAMESPACE: namespace, KW_LOG_LEVEL: 'silent', KW_MASTER_KEYS: `1:${generateMasterKey()}`,
    KW_NOTIFIER_SEND_TIMEOUT_MS: '3000', KW_NOTIFIER_ALLOW_PRIVATE_TARGETS: 'true',
  };
  const config = loadConfig('notifier', env, notifierConfig, { database: true, masterKeys: true });
  notifier = await startService(notifierService(() => notifierSettings(config.extra)), config, { logDestination: new Writable({ write: (_c, _e, cb) => cb() }) });
  const identity = await startRpcService(notifier.deps.nc, {
    name: 'identity-stand-in', version: '0.0.1', namespace,
    endpoints: [endpoint('identity.GetMembership', async (r) => ({ role: roles[`${r.organizationId} ${r.userId}`] ?? '' }))],
  });
  stopIdentity = () => identity.stop().then(() => undefined);
  app = routeTestApp('/api/v1/notifications', notificationRoutes, { nc: notifier.deps.nc, namespace });
});

afterAll(async () => {
  await stopIdentity?.();
  await notifier?.stop();
  await slack?.close();
  await db?.drop();
});

const read = async <T = Record<string, unknown>>(response: Response | Promise<Response>, status = 200): Promise<T> => {
  const r = await response;
  const text = await r.text();
  expect(r.status, text).toBe(status);
  return JSON.parse(text) as T;
};

describe('/api/v1/notifications', () => {
  it("manages a user's channel and subscription, test-sends, and shows the delivery log", async () => {
    app.as(ann);
    const { channel } = await read<{ channel: { channelId: string; owner: { userId: string }; endpointHost: string } }>(
      app.request('/api/v1/notifications/channels', send('POST', { kind: 'slack', name: 'alerts', url: `${slack.url}` })), 201);
    channelId = channel.channelId;
    expect(channel.owner.userId).toBe('user-ann');
    expect(JSON.stringify(channel)).not.toContain(new URL(slack.url).pathname);

    const { subscription } = await read<{ subscription: { subscriptionId: string } }>(
      app.request('/api/v1/notifications/subscriptions', send('POST', { channelId, kinds: ['refresh_token_expiring'] })), 201);
    expect((await read<{ subscriptions: unknown[] }>(app.request('/api/v1/notifications/subscriptions'))).subscriptions).toHaveLength(1);

    const tested = await read(app.request(`/api/v1/notifications/channels/${channelId}/test`, send('POST', { locale: 'zh-CN' })));
    expect(tested).toMatchObject({ sent: true, errorClass: '' });
    expect(slack.received).toHaveLength(1);
    const log = await read<{ deliveries: Array<{ kind: string; status: string }> }>(app.request(`/api/v1/notifications/deliveries?channelId=${channelId}&status=sent`));
    expect(log.deliveries).toEqual([expect.objectContaining({ kind: 'test', status: 'sent', deliveryId: (tested as { deliveryId: string }).deliveryId })]);

    expect(await read(app.request(`/api/v1/notifications/subscriptions/${subscription.subscriptionId}`, { method: 'DELETE' }))).toEqual({ deleted: true });
    expect(await read(app.request(`/api/v1/notifications/channels/${channelId}/disable`, { method: 'POST' }))).toMatchObject({ channel: { enabled: false } });
    expect((await read<{ channels: Array<{ enabled: boolean }> }>(app.request('/api/v1/notifications/channels'))).channels).toEqual([expect.objectContaining({ channelId, enabled: false })]);
  });

  it("acts for an organization with the actor's role in it", async () => {
    app.as(session('owner-1'));
    const { channel } = await read<{ channel: { channelId: string; owner: { organizationId: string } } }>(
      app.request(`/api/v1/notifications/channels?organizationId=${ORG}`, send('POST', { kind: 'slack', name: 'org alerts', url: slack.url })), 201);
    expect(channel.owner.organizationId).toBe(ORG);
    expect((await read<{ channels: unknown[] }>(app.request(`/api/v1/notifications/channels?organizationId=${ORG}`))).channels).toHaveLength(1);
    // A plain member: the notifier refuses.
    app.as(session('member-1'));
    const member = await app.request(`/api/v1/notifications/channels?organizationId=${ORG}`);
    expect(await member.json()).toMatchObject({ status: 403, code: 'ERR_FORBIDDEN' });
    // Not a member at all: the gateway refuses.
    app.as(session('stranger-1'));
    expect((await app.request(`/api/v1/notifications/channels/${channel.channelId}/disable?organizationId=${ORG}`, { method: 'POST' })).status).toBe(403);
  });

  it('refuses a personal access token without the scope before calling the notifier', async () => {
    app.as(pat('user-ann', ['notify:read']));
    expect((await app.request('/api/v1/notifications/channels')).status).toBe(200);
    const calls = app.calls.length;
    const refused = await app.request('/api/v1/notifications/channels', send('POST', { kind: 'slack', name: 'x', url: slack.url }));
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ code: 'ERR_FORBIDDEN', detail: expect.stringContaining('notify:write') });
    expect((await app.request(`/api/v1/notifications/channels?organizationId=${ORG}`, send('POST', { kind: 'slack', name: 'x', url: slack.url }))).status).toBe(403);
    app.as(undefined);
    expect((await app.request('/api/v1/notifications/channels', send('POST', { kind: 'pager' }))).status).toBe(401);
    expect(app.calls.length).toBe(calls);
  });

  it('refuses bad input before calling the notifier', async () => {
    app.as(ann);
    const calls = app.calls.length;
    const bad = await app.request('/api/v1/notifications/channels', send('POST', { kind: 'pager', name: '', url: 'gopher://x' }));
    expect(bad.status).toBe(400);
    const problem = (await bad.json()) as { code: string; errors: Array<{ path: string }> };
    expect(problem.code).toBe('ERR_VALIDATION');
    expect(problem.errors.map((e) => e.path).sort()).toEqual(['kind', 'name', 'url']);
    expect((await app.request('/api/v1/notifications/channels/nope/test', send('POST', {}))).status).toBe(400);
    expect((await app.request('/api/v1/notifications/channels?organizationId=acme')).status).toBe(400);
    expect((await app.request('/api/v1/notifications/deliveries?status=lost')).status).toBe(400);
    expect(app.calls.length).toBe(calls);
  });

  it("maps the notifier's errors to problem+json with their code", async () => {
    app.as(ann);
    const missing = await app.request(`/api/v1/notifications/channels/${randomUUID()}/test`, send('POST', {}));
    expect(missing.headers.get('content-type')).toBe('application/problem+json');
    expect(await missing.json()).toMatchObject({ status: 404, code: 'ERR_NOT_FOUND' });
    const unknownKind = await app.request('/api/v1/notifications/subscriptions', send('POST', { channelId, kinds: ['no_such_kind'] }));
    expect(await unknownKind.json()).toMatchObject({ status: 400, code: 'ERR_VALIDATION' });
  });
});
