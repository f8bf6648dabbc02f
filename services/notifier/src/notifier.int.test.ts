import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { callRpc, closeBus, connectBus, ensureEventStream } from '@keywarden/bus';
import { encodeEvent, type EventName } from '@keywarden/contracts';
import { appendToStream } from '@keywarden/event-store';
import { generateMasterKey } from '@keywarden/crypto';
import { loadConfig, startService, type RunningService } from '@keywarden/runtime';
import { startFeishuBotReceiver, startSlackWebhookReceiver, type FeishuBotReceiver, type SlackWebhookReceiver } from '@keywarden/simulators';
import { TestClock, createTestDatabase, eventually, scrapeMetric, testBus, type TestDatabase } from '@keywarden/testing';
import { jetstream } from '@nats-io/jetstream';
import { headers as natsHeaders, type NatsConnection } from '@nats-io/nats-core';
import { SMTPServer } from 'smtp-server';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notifierConfig, notifierSettings } from './config.js';
import { notifierService } from './service.js';

const quiet = new Writable({ write: (_c, _e, cb) => cb() });
const WEBHOOK_SECRET = `whsec_${Buffer.from('k'.repeat(32)).toString('base64')}`;
const FEISHU_SECRET = 'feishu-bot-signing-secret';

type Hit = { headers: Record<string, string>; body: string; verified: unknown };
async function webhookReceiver(status: number): Promise<{ url: string; hits: Hit[]; server: Server }> {
  const hits: Hit[] = [];
  const wh = new Webhook(WEBHOOK_SECRET);
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]));
      let verified: unknown;
      try {
        verified = wh.verify(body, headers);
      } catch (error) {
        verified = { error: (error as Error).message };
      }
      hits.push({ headers, body, verified });
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/keywarden`, hits, server };
}

type Mail = { from: string; to: string[]; raw: string };
async function smtpServer(): Promise<{ port: number; mails: Mail[]; server: SMTPServer }> {
  const mails: Mail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, done) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        mails.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
        done();
      });
    },
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return { port: (server.server.address() as AddressInfo).port, mails, server };
}

describe('notifier', () => {
  const clock = new TestClock(new Date());
  const userId = randomUUID();
  const actor = { userId, organizationId: '', organizationRole: '' };
  const owner = { userId };
  let db: TestDatabase;
  let service: RunningService;
  let nc: NatsConnection;
  let namespace: string;
  let natsUrl: string;
  let feishu: FeishuBotReceiver;
  let slack: SlackWebhookReceiver;
  let hook: Awaited<ReturnType<typeof webhookReceiver>>;
  let broken: Awaited<ReturnType<typeof webhookReceiver>>;
  let smtp: Awaited<ReturnType<typeof smtpServer>>;
  const channelIds: Record<string, string> = {};

  const rpc = <N extends Parameters<typeof callRpc>[1]>(method: N, request: Parameters<typeof callRpc<N>>[2]) => callRpc(nc, method, request, { namespace });

  // msgId null: a second copy of an event JetStream stores anyway (as a republish after its duplicate
  // window): no Nats-Msg-Id, since a copy whose Nats-Msg-Id differs from ce-id is refused and parked.
  async function publish(type: EventName, streamId: string, data: Record<string, unknown>, eventId = randomUUID(), msgId: string | null = eventId) {
    const msg = encodeEvent({ eventId, type, streamId, streamVersion: 1, time: clock.now().toISOString(), source: 'test', data }, { namespace });
    const h = natsHeaders();
    for (const [k, v] of Object.entries(msg.headers)) if (k !== 'Nats-Msg-Id') h.set(k, v);
    await jetstream(nc).publish(msg.subject, msg.data, { ...(msgId === null ? {} : { msgID: msgId }), headers: h });
    return eventId;
  }

  beforeAll(async () => {
    const bus = testBus();
    namespace = bus.namespace;
    natsUrl = bus.natsUrl;
    db = await createTestDatabase('notifier');
    nc = await connectBus({ servers: bus.natsUrl, name: 'notifier-test' });
    await ensureEventStream(nc, 'oauth', { namespace });
    await ensureEventStream(nc, 'identity', { namespace });
    [feishu, slack, hook, broken, smtp] = await Promise.all([
      startFeishuBotReceiver({ signingSecret: FEISHU_SECRET, now: clock.now }),
      startSlackWebhookReceiver(),
      webhookReceiver(204),
      webhookReceiver(503),
      smtpServer(),
    ]);
    const env = {
      KW_NATS_URL: bus.natsUrl, KW_DATABASE_URL: db.url, KW_BUS_NAMESPACE: namespace, KW_LOG_LEVEL: process.env['NOTIFIER_TEST_LOG'] ?? 'silent',
      KW_MASTER_KEYS: `1:${generateMasterKey()}`, KW_NOTIFIER_BACKOFF_MS: '60000', KW_NOTIFIER_MAX_ATTEMPTS: '3', KW_NOTIFIER_POLL_MS: '20',
      KW_NOTIFIER_SEND_TIMEOUT_MS: '3000', KW_NOTIFIER_PUBLIC_URL: 'https://keywarden.example.com',
      // The receivers listen on 127.0.0.1 over plain http: the default refuses such targets (private-targets.int.test.ts).
      KW_NOTIFIER_ALLOW_PRIVATE_TARGETS: 'true', KW_HTTP_PORT: '0', KW_HTTP_HOST: '127.0.0.1',
    };
    const config = loadConfig('notifier', env, notifierConfig, { database: true, masterKeys: true });
    service = await startService(notifierService(() => notifierSettings(config.extra)), config, { clock, logDestination: process.env['NOTIFIER_TEST_LOG'] ? process.stderr : quiet });

    const create = async (name: string, request: Record<string, unknown>) => {
      const { channel } = await rpc('notify.CreateChannel', { actor, owner, name, ...request } as never);
      channelIds[name] = channel!.channelId!;
      await rpc('notify.CreateSubscription', { actor, owner, channelId: channel!.channelId!, kinds: [] });
    };
    await create('feishu', { kind: 'feishu', locale: 'zh-CN', url: feishu.url, signingSecret: FEISHU_SECRET });
    await create('slack', { kind: 'slack', locale: 'en', url: slack.url });
    await create('email', { kind: 'email', locale: 'en', email: { host: '127.0.0.1', port: smtp.port, security: 'none', from: 'keywarden@example.com', to: ['owner@example.com'] } });
    await create('webhook', { kind: 'webhook', locale: 'en', url: hook.url, signingSecret: WEBHOOK_SECRET });
    await create('broken', { kind: 'webhook', locale: 'en', url: broken.url, signingSecret: WEBHOOK_SECRET });
  }, 30_000);

  afterAll(async () => {
    await service?.stop();
    await closeBus(nc);
    await Promise.all([feishu?.close(), slack?.close(), new Promise((r) => hook?.server.close(r)), new Promise((r) => broken?.server.close(r)), new Promise((r) => smtp?.server.close(() => r(undefined)))]);
    await db?.drop();
  });

  const accountId = randomUUID();
  const expiring = { accountId, provider: 'feishu', userId, daysLeft: 7, thresholdDays: 7, expiresAt: new Date(Date.now() + 7 * 86_400_000).toISOString(), generation: 4 };

  /** keywarden_notifications_total{channel,result} as the service's GET /metrics serves it. */
  const attempts = async (channel: string, result: string) =>
    (await scrapeMetric(`http://127.0.0.1:${service.http!.port}`, 'keywarden_notifications_total', { channel, result })) ?? 0;
  const KINDS = ['feishu', 'slack', 'email', 'webhook'];
  const counted: Record<string, number> = {};

  it('sends a correctly formed message to every channel kind', async () => {
    for (const kind of KINDS) for (const result of ['sent', 'retry', 'failed']) counted[`${kind}/${result}`] = await attempts(kind, result);
    await publish('RefreshTokenExpiring', `account-${accountId}`, expiring);
    await eventually(async () => (feishu.received.length && slack.received.length && smtp.mails.length && hook.hits.length ? true : undefined), { timeoutMs: 10_000 });

    // Feishu: signed interactive card, in the channel's language (zh-CN), with the reconnect button.
    expect(feishu.rejected).toEqual([]);
    const card = feishu.received[0]!.card;
    expect(card.header.title.content).toBe('Refresh Token 即将过期提醒');
    expect(JSON.stringify(card.elements)).toContain('7 天后过期');
    const button = card.elements.find((e) => e.tag === 'action')!.actions![0]!;
    expect(button.url).toBe(`https://keywarden.example.com/connections/${accountId}/reconnect`);

    // Slack: valid blocks (the receiver answers invalid_blocks otherwise), header and button.
    expect(slack.rejected).toEqual([]);
    const blocks = slack.received[0]!.blocks;
    expect(blocks[0]).toMatchObject({ type: 'header', text: { type: 'plain_text', text: 'Refresh token expiry warning' } });
    expect(blocks.find((b) => b.type === 'actions')!.elements![0]).toMatchObject({ type: 'button', url: `https://keywarden.example.com/connections/${accountId}/reconnect` });

    // E-mail through a real SMTP server.
    const mail = smtp.mails[0]!;
    expect(mail.from).toBe('keywarden@example.com');
    expect(mail.to).toEqual(['owner@example.com']);
    expect(mail.raw).toContain('Subject: [Keywarden] Refresh token expiry warning');
    expect(mail.raw).toContain('expires in 7 days');

    // Signed webhook: verified by the standardwebhooks library.
    const hit = hook.hits[0]!;
    expect(hit.verified).toMatchObject({ type: 'notification.refresh_token_expiring', data: { severity: 'warning', title: 'Refresh token expiry warning' } });

    // One sent attempt per channel kind on GET /metrics (counted once its outcome is recorded).
    for (const kind of KINDS) await expect.poll(() => attempts(kind, 'sent')).toBe(counted[`${kind}/sent`]! + 1);
  });

  it('retries a failing channel with backoff, then dead-letters it and records NotificationFailed', async () => {
    // Advance the clock only once an attempt's outcome is recorded (else the send lease would run out).
    const brokenDelivery = (status: string, attempts: number) =>
      eventually(async () => {
        const [d] = (await rpc('notify.ListDeliveries', { actor, owner, channelId: channelIds['broken']! })).deliveries ?? [];
        return d?.status === status && d.attempts === attempts ? d : undefined;
      });
    expect(await brokenDelivery('pending', 1)).toMatchObject({ lastErrorClass: 'http_5xx', lastStatusCode: 503 });
    expect(broken.hits).toHaveLength(1);
    clock.advance(60_000);
    await brokenDelivery('pending', 2);
    expect(broken.hits).toHaveLength(2);
    clock.advance(60_000);
    await new Promise((r) => setTimeout(r, 100));
    expect(broken.hits).toHaveLength(2); // the second retry waits 2 min, not 1
    clock.advance(60_000);
    await brokenDelivery('dead', 3);
    expect(broken.hits).toHaveLength(3);
    // The same webhook-id on every retry, as the specification asks.
    expect(new Set(broken.hits.map((h) => h.headers['webhook-id'])).size).toBe(1);
    const events = await service.deps.database!.sql<Array<{ type: string; data: Record<string, unknown> }>>`select type, data from events order by global_position`;
    const failed = events.filter((e) => e.type === 'NotificationFailed');
    expect(failed).toHaveLength(1);
    expect(failed[0]!.data).toMatchObject({ channelId: channelIds['broken'], attempt: 3, errorClass: 'http_5xx', statusCode: 503, kind: 'refresh_token_expiring' });
    expect(events.filter((e) => e.type === 'NotificationSent')).toHaveLength(4);
    // The broken webhook: two attempts to retry, then failed for good; the working one sent once.
    expect(await attempts('webhook', 'retry')).toBe(counted['webhook/retry']! + 2);
    // Counted right after the outcome's commit, which the listing above may see first.
    await expect.poll(() => attempts('webhook', 'failed')).toBe(counted['webhook/failed']! + 1);
    expect(await attempts('webhook', 'sent')).toBe(counted['webhook/sent']! + 1);
    expect(await attempts('slack', 'failed')).toBe(counted['slack/failed']!);
    // Events never carry channel URLs or secrets.
    const text = JSON.stringify(events);
    for (const secret of [hook.url, slack.url, feishu.url, FEISHU_SECRET, WEBHOOK_SECRET]) expect(text).not.toContain(secret);
  });

  it('gives one message when the bus delivers the same event twice, and one per dedupe key', async () => {
    const eventId = randomUUID();
    const reuse = { sessionId: randomUUID(), userId, reusedRefreshTokenId: 'rt-1', reusedGeneration: 2, currentGeneration: 3, clientIp: '203.0.113.9', userAgent: 'curl' };
    // The same event stored twice in JetStream, then a new event with the same dedupe key.
    await publish('RefreshTokenReuseDetected', `session-${reuse.sessionId}`, reuse, eventId);
    await publish('RefreshTokenReuseDetected', `session-${reuse.sessionId}`, reuse, eventId, null);
    await publish('RefreshTokenReuseDetected', `session-${reuse.sessionId}`, reuse);
    await publish('RefreshTokenExpiring', `account-${accountId}`, expiring); // same 7-day warning, same generation
    // A marker event afterwards: once it arrives, the duplicates have been handled.
    await publish('RefreshTokenExpired', `account-${accountId}`, { accountId, provider: 'feishu', userId, expiredAt: clock.now().toISOString(), generation: 4 });
    await eventually(async () => (slack.received.some((m) => m.text.startsWith('Refresh token expired')) ? true : undefined), { timeoutMs: 10_000 });
    await eventually(async () => (slack.received.some((m) => m.text.startsWith('Security alert')) ? true : undefined), { timeoutMs: 10_000 });
    const titles = slack.received.map((m) => m.text.split(':')[0]);
    expect(titles.filter((t) => t === 'Security alert')).toHaveLength(1);
    expect(titles.filter((t) => t === 'Refresh token expiry warning')).toHaveLength(1);
    expect(feishu.received.filter((m) => m.card.header.title.content.startsWith('安全警报'))).toHaveLength(1);
    // The second copy reached the consumer and was absorbed by its inbox, not parked as undecodable.
    expect(await service.deps.database!.sql`select consumer, error_code from dead_letters`).toEqual([]);
  });

  it('test-sends to a channel and refuses another user', async () => {
    const result = await rpc('notify.SendTestNotification', { actor, channelId: channelIds['slack']! });
    expect(result).toMatchObject({ sent: true });
    expect(slack.received.at(-1)!.text).toContain('Keywarden test notification');
    const failed = await rpc('notify.SendTestNotification', { actor, channelId: channelIds['broken']! });
    expect(failed).toMatchObject({ sent: false, errorClass: 'http_5xx', statusCode: 503 });
    await expect(rpc('notify.SendTestNotification', { actor: { userId: randomUUID() }, channelId: channelIds['slack']! })).rejects.toMatchObject({ code: 'ERR_FORBIDDEN' });
    const listed = await rpc('notify.ListChannels', { actor, owner });
    expect(listed.channels?.map((c) => c.kind).sort()).toEqual(['email', 'feishu', 'slack', 'webhook', 'webhook']);
    expect(JSON.stringify(listed)).not.toContain('/services/');
  });

  it('records a test-send whose channel secrets no longer decrypt as failed, not stuck in sending', async () => {
    const { channel } = await rpc('notify.CreateChannel', { actor, owner, kind: 'slack', name: 'undecryptable', locale: 'en', url: slack.url });
    const channelId = channel!.channelId!;
    // Another channel's ciphertext: the channel id is the additional data, so decryption fails.
    await service.deps.database!.sql`update notify_channel_secrets set secret_material = (select secret_material from notify_channel_secrets where channel_id = ${channelIds['slack']!}) where channel_id = ${channelId}`;
    const result = await rpc('notify.SendTestNotification', { actor, channelId });
    expect(result).toMatchObject({ sent: false, errorClass: 'invalid_config' });
    const { deliveries } = await rpc('notify.ListDeliveries', { actor, owner, channelId });
    expect(deliveries).toHaveLength(1);
    expect(deliveries![0]).toMatchObject({ deliveryId: result.deliveryId, status: 'dead', attempts: 1, lastErrorClass: 'invalid_config' });
  });

  it('routes by organization membership: the organization channel and its owner hear about members only', async () => {
    const organizationId = randomUUID();
    const member = randomUUID();
    const stranger = randomUUID();
    const orgSlack = await startSlackWebhookReceiver({ path: '/services/T1/B1/org' });
    try {
      const ownerActor = { userId, organizationId, organizationRole: 'owner' };
      const { channel } = await rpc('notify.CreateChannel', { actor: ownerActor, owner: { organizationId }, kind: 'slack', name: 'org', locale: 'en', url: orgSlack.url });
      await rpc('notify.CreateSubscription', { actor: ownerActor, owner: { organizationId }, channelId: channel!.channelId!, kinds: [] });
      await expect(rpc('notify.ListChannels', { actor: { userId: member, organizationId, organizationRole: 'member' }, owner: { organizationId } })).rejects.toMatchObject({ code: 'ERR_FORBIDDEN' });

      await publish('OrganizationCreated', `organization-${organizationId}`, { organizationId, name: 'Acme', slug: 'acme', ownerUserId: userId });
      await publish('MemberAdded', `organization-${organizationId}`, { organizationId, userId: member, role: 'member', actorUserId: userId });
      await eventually(async () => {
        const [row] = await service.deps.database!.sql<Array<{ n: number }>>`select count(*)::int as n from notify_org_members where organization_id = ${organizationId}`;
        return row?.n === 2 ? true : undefined;
      });

      const strangerAccount = randomUUID();
      await publish('RefreshTokenExpiring', `account-${strangerAccount}`, { ...expiring, accountId: strangerAccount, userId: stranger });
      const memberAccount = randomUUID();
      await publish('AccountConnected', `account-${memberAccount}`, {
        accountId: memberAccount, providerAppId: randomUUID(), provider: 'gitlab', userId: member, externalUserId: '42', username: 'm',
        scopes: ['read_repository'], grantKind: 'user', expiresAt: clock.now().toISOString(), generation: 1,
      });
      // TokenRefreshFailed names no user: the account's owner comes from AccountConnected.
      await publish('TokenRefreshFailed', `account-${memberAccount}`, { accountId: memberAccount, provider: 'gitlab', errorClass: 'transient', attempt: 5, willRetry: false, generation: 1 });

      const refreshFailed = (m: { text: string }) => m.text.startsWith('Token refresh keeps failing');
      await eventually(async () => (orgSlack.received.some(refreshFailed) && slack.received.some(refreshFailed) ? true : undefined));
      await new Promise((r) => setTimeout(r, 200));
      expect(orgSlack.received.map((m) => m.text.split(':')[0])).toEqual(['Token refresh keeps failing']);
      expect(slack.received.filter(refreshFailed)).toHaveLength(1); // the owner's own channel: owners get every credential warning
      expect(slack.received.filter((m) => m.text.startsWith('Refresh token expiry warning'))).toHaveLength(1); // not the stranger's
    } finally {
      await orgSlack.close();
    }
  });

  it('tells an organization about a failed secret provider sync from a secrets service, once, naming the provider', async () => {
    const organizationId = randomUUID();
    const admin = randomUUID();
    const orgSlack = await startSlackWebhookReceiver({ path: '/services/T1/B1/secrets' });
    // A fake secrets service: its outbox creates EVT_SECRETS and publishes what it appends.
    const secretsDb = await createTestDatabase('notifier_fake_secrets');
    const secrets = await startService(
      { name: 'secrets-vault', context: 'secrets', build: () => ({}) },
      loadConfig('secrets-vault', { KW_SERVICE_NAME: 'secrets-vault', KW_NATS_URL: natsUrl, KW_DATABASE_URL: secretsDb.url, KW_BUS_NAMESPACE: namespace, KW_LOG_LEVEL: 'silent' }),
      { logDestination: quiet },
    );
    try {
      const ownerActor = { userId, organizationId, organizationRole: 'owner' };
      const { channel } = await rpc('notify.CreateChannel', { actor: ownerActor, owner: { organizationId }, kind: 'slack', name: 'org-secrets', locale: 'en', url: orgSlack.url });
      await rpc('notify.CreateSubscription', { actor: ownerActor, owner: { organizationId }, channelId: channel!.channelId!, kinds: ['provider_sync_failed'] });
      await publish('OrganizationCreated', `organization-${organizationId}`, { organizationId, name: 'Vaulty', slug: 'vaulty', ownerUserId: userId });
      await publish('MemberAdded', `organization-${organizationId}`, { organizationId, userId: admin, role: 'admin', actorUserId: userId });
      await eventually(async () => {
        const [row] = await service.deps.database!.sql<Array<{ n: number }>>`select count(*)::int as n from notify_org_members where organization_id = ${organizationId}`;
        return row?.n === 2 ? true : undefined;
      });

      // The failure names neither user nor organization: the provider's configurer (an org admin) routes it.
      const providerId = randomUUID();
      const groupId = randomUUID();
      const syncId = randomUUID();
      const failed = { providerId, groupId, syncId, trigger: 'schedule', reason: 'provider answered 401', errorClass: 'auth', httpStatus: 401, failedAt: clock.now().toISOString() };
      await secrets.deps.database!.db.transaction((tx) =>
        appendToStream(tx, `provider-${providerId}`, [
          { type: 'ProviderConfigured', data: { providerId, name: 'Infisical prod', providerType: 'infisical', groupId, enabled: true, autoSync: true, schedule: '', deleteMissing: false, settingsFingerprint: 'fp', actorUserId: admin } },
          { type: 'ProviderSyncFailed', data: failed },
          { type: 'ProviderSyncFailed', data: failed }, // the same sync reported twice: one notification
        ], { expectedVersion: 'no_stream' }),
      );
      const syncFailed = (m: { text: string }) => m.text.startsWith('Secret provider sync failed');
      await eventually(async () => (orgSlack.received.some(syncFailed) && slack.received.some(syncFailed) ? true : undefined), { timeoutMs: 15_000 });
      await new Promise((r) => setTimeout(r, 200));
      expect(orgSlack.received.filter(syncFailed)).toHaveLength(1);
      expect(slack.received.filter(syncFailed)).toHaveLength(1); // the organization owner's own channel
      expect(orgSlack.received[0]!.text).toContain('Infisical prod');
      expect(orgSlack.received[0]!.text).toContain('(auth)');
    } finally {
      await secrets.stop();
      await secretsDb.drop();
      await orgSlack.close();
    }
  });
});
