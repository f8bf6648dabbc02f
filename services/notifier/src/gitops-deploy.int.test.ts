// gitops-sync's and deployer's events as those services publish them: Git credential sync
// failures (stale or not, one per binding, reason and failure episode) and deployments
// (organization found through ProjectCreated; only subscribers of the kind hear of them).
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { callRpc, closeBus, connectBus, ensureEventStream } from '@keywarden/bus';
import { encodeEvent, type EventName } from '@keywarden/contracts';
import { generateMasterKey } from '@keywarden/crypto';
import { loadConfig, startService, type RunningService } from '@keywarden/runtime';
import { startFeishuBotReceiver, startSlackWebhookReceiver, type FeishuBotReceiver, type SlackWebhookReceiver } from '@keywarden/simulators';
import { TestClock, createTestDatabase, eventually, testBus, type TestDatabase } from '@keywarden/testing';
import { jetstream } from '@nats-io/jetstream';
import { headers as natsHeaders, type NatsConnection } from '@nats-io/nats-core';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notifierConfig, notifierSettings } from './config.js';
import { notifierService } from './service.js';

const quiet = new Writable({ write: (_c, _e, cb) => cb() });
const WEBHOOK_SECRET = `whsec_${Buffer.from('g'.repeat(32)).toString('base64')}`;
const FEISHU_SECRET = 'feishu-bot-signing-secret';
const PUBLIC = 'https://keywarden.example.com';

type Hit = { body: string; verified: unknown };
async function webhookReceiver(): Promise<{ url: string; hits: Hit[]; server: Server }> {
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
      hits.push({ body, verified });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/deploys`, hits, server };
}

const settle = () => new Promise((r) => setTimeout(r, 300));

describe('notifier: Git credential sync and deployment notifications', () => {
  const clock = new TestClock(new Date());
  const ownerId = randomUUID();
  const memberId = randomUUID();
  const organizationId = randomUUID();
  const projectId = randomUUID();
  const accountId = randomUUID();
  let db: TestDatabase;
  let service: RunningService;
  let nc: NatsConnection;
  let namespace: string;
  let ownerFeishu: FeishuBotReceiver; // the owner's own channel, zh-CN, no kinds: credential warnings
  let ownerSlack: SlackWebhookReceiver; // the owner's own channel, en, no kinds
  let orgSlack: SlackWebhookReceiver; // the organization's, en, git sync failures and both deployment kinds
  let memberSlack: SlackWebhookReceiver; // a member's own, en, deployment_failed only
  let hook: Awaited<ReturnType<typeof webhookReceiver>>; // the organization's signed webhook, deployment_failed only

  const rpc = <N extends Parameters<typeof callRpc>[1]>(method: N, request: Parameters<typeof callRpc<N>>[2]) => callRpc(nc, method, request, { namespace });

  // As the producing service's outbox relay publishes: encodeEvent headers, Nats-Msg-Id = event id.
  // `again` stores a second copy of the same event (as a republish after JetStream's duplicate
  // window would): the consumer gets it twice and must notify once.
  async function publish(source: string, type: EventName, streamId: string, data: Record<string, unknown>, eventId: string = randomUUID(), again = false) {
    const msg = encodeEvent({ eventId, type, streamId, streamVersion: 1, time: clock.now().toISOString(), source, data }, { namespace });
    const h = natsHeaders();
    for (const [k, v] of Object.entries(msg.headers)) if (k !== 'Nats-Msg-Id') h.set(k, v);
    await jetstream(nc).publish(msg.subject, msg.data, { ...(again ? {} : { msgID: eventId }), headers: h });
    return eventId;
  }
  const gitops = (type: EventName, streamId: string, data: Record<string, unknown>, eventId?: string, again?: boolean) => publish('gitops-sync', type, streamId, data, eventId, again);
  const deploy = (type: EventName, data: Record<string, unknown>, eventId?: string, again?: boolean) =>
    publish('deployer', type, `deployment-${String(data['deploymentId'])}`, data, eventId, again);
  const projectCreated = (id: string, name: string) =>
    gitops('ProjectCreated', `project-${id}`, {
      projectId: id, organizationId, name, slug: name.toLowerCase(), repositoryUrl: `https://gitlab.example.com/acme/${name.toLowerCase()}.git`,
      provider: 'gitlab', branch: 'main', environments: ['staging', 'production'], actorUserId: ownerId,
    });
  const syncFailed = (reason: string, stale: boolean, environment = 'production') => ({
    projectId, organizationId, environment, namespace: `project-shop-${environment}`, accountId, reason,
    detail: reason === 'kubernetes_unavailable' ? 'connect ECONNREFUSED 10.0.0.1:6443' : 'the provider answered invalid_grant', trigger: 'token_refreshed', stale,
  });
  const titled = (prefix: string) => (m: { text: string }) => m.text.startsWith(prefix);

  beforeAll(async () => {
    const bus = testBus();
    namespace = bus.namespace;
    db = await createTestDatabase('notifier_platform');
    nc = await connectBus({ servers: bus.natsUrl, name: 'notifier-platform-test' });
    await ensureEventStream(nc, 'identity', { namespace });
    [ownerFeishu, ownerSlack, orgSlack, memberSlack, hook] = await Promise.all([
      startFeishuBotReceiver({ signingSecret: FEISHU_SECRET, now: clock.now }),
      startSlackWebhookReceiver({ path: '/services/T1/B1/owner' }),
      startSlackWebhookReceiver({ path: '/services/T1/B1/org' }),
      startSlackWebhookReceiver({ path: '/services/T1/B1/member' }),
      webhookReceiver(),
    ]);
    const env = {
      KW_NATS_URL: bus.natsUrl, KW_DATABASE_URL: db.url, KW_BUS_NAMESPACE: namespace, KW_LOG_LEVEL: process.env['NOTIFIER_TEST_LOG'] ?? 'silent',
      KW_MASTER_KEYS: `1:${generateMasterKey()}`, KW_NOTIFIER_POLL_MS: '20', KW_NOTIFIER_SEND_TIMEOUT_MS: '3000', KW_NOTIFIER_PUBLIC_URL: PUBLIC,
      KW_NOTIFIER_ALLOW_PRIVATE_TARGETS: 'true',
    };
    const config = loadConfig('notifier', env, notifierConfig, { database: true, masterKeys: true });
    // EVT_GITOPS and EVT_DEPLOY do not exist yet: their consumers attach once the streams appear.
    service = await startService(notifierService(() => notifierSettings(config.extra)), config, { clock, logDestination: process.env['NOTIFIER_TEST_LOG'] ? process.stderr : quiet });
    await ensureEventStream(nc, 'gitops', { namespace });
    await ensureEventStream(nc, 'deploy', { namespace });

    const subscribe = async (actor: Record<string, string>, owner: Record<string, string>, name: string, channel: Record<string, unknown>, kinds: string[]) => {
      const created = await rpc('notify.CreateChannel', { actor, owner, name, ...channel } as never);
      await rpc('notify.CreateSubscription', { actor, owner, channelId: created.channel!.channelId!, kinds });
    };
    const asOwner = { userId: ownerId, organizationId, organizationRole: 'owner' };
    await subscribe({ userId: ownerId }, { userId: ownerId }, 'feishu', { kind: 'feishu', locale: 'zh-CN', url: ownerFeishu.url, signingSecret: FEISHU_SECRET }, []);
    await subscribe({ userId: ownerId }, { userId: ownerId }, 'slack', { kind: 'slack', locale: 'en', url: ownerSlack.url }, []);
    await subscribe(asOwner, { organizationId }, 'org-slack', { kind: 'slack', locale: 'en', url: orgSlack.url }, ['git_credentials_sync_failed', 'deployment_succeeded', 'deployment_failed']);
    await subscribe(asOwner, { organizationId }, 'org-hook', { kind: 'webhook', locale: 'en', url: hook.url, signingSecret: WEBHOOK_SECRET }, ['deployment_failed']);
    await subscribe({ userId: memberId }, { userId: memberId }, 'member-slack', { kind: 'slack', locale: 'en', url: memberSlack.url }, ['deployment_failed']);

    await publish('identity', 'OrganizationCreated', `organization-${organizationId}`, { organizationId, name: 'Acme', slug: 'acme', ownerUserId: ownerId });
    await publish('identity', 'MemberAdded', `organization-${organizationId}`, { organizationId, userId: memberId, role: 'member', actorUserId: ownerId });
    await projectCreated(projectId, 'Shop');
    await eventually(async () => {
      const [row] = await service.deps.database!.sql<Array<{ members: number; projects: number }>>`
        select (select count(*)::int from notify_org_members where organization_id = ${organizationId}) as members,
               (select count(*)::int from notify_projects where project_id = ${projectId}) as projects`;
      return row?.members === 2 && row.projects === 1 ? true : undefined;
    }, { timeoutMs: 15_000 });
  }, 40_000);

  afterAll(async () => {
    await service?.stop();
    await closeBus(nc);
    await Promise.all([ownerFeishu?.close(), ownerSlack?.close(), orgSlack?.close(), memberSlack?.close(), new Promise((r) => hook?.server.close(r))]);
    await db?.drop();
  });

  it('tells the owner (by default) and the subscribed organization to reconnect when the binding is stale, in both languages', async () => {
    await gitops('GitCredentialsSyncFailed', `binding-${projectId}.production`, syncFailed('reauthorization_required', true));
    await eventually(async () => (ownerFeishu.received.length && ownerSlack.received.some(titled('Git credential sync failed')) && orgSlack.received.length ? true : undefined), { timeoutMs: 10_000 });
    const reconnect = `${PUBLIC}/connections/${accountId}/reconnect`;

    expect(ownerFeishu.rejected).toEqual([]);
    const card = ownerFeishu.received[0]!.card;
    expect(card.header.title.content).toBe('Git 凭证同步失败');
    const text = JSON.stringify(card.elements);
    expect(text).toContain('项目 Shop 在 production 环境的 Git 凭证已失效');
    expect(text).toContain('reauthorization_required');
    expect(card.elements.find((e) => e.tag === 'action')!.actions![0]).toMatchObject({ url: reconnect, text: { content: '重新授权' } });

    expect(ownerSlack.rejected).toEqual([]);
    const blocks = ownerSlack.received.find(titled('Git credential sync failed'))!.blocks;
    expect(blocks[0]).toMatchObject({ type: 'header', text: { text: 'Git credential sync failed' } });
    expect(JSON.stringify(blocks)).toContain('project Shop in production are stale');
    expect(blocks.find((b) => b.type === 'actions')!.elements![0]).toMatchObject({ type: 'button', url: reconnect, text: { text: 'Reconnect account' } });
    expect(orgSlack.received.map((m) => m.text.split(':')[0])).toEqual(['Git credential sync failed']);
    // Not the member's own channel (it lists deployment_failed only), not the deployment webhook.
    expect(memberSlack.received).toHaveLength(0);
    expect(hook.hits).toHaveLength(0);
  });

  it('sends one message per binding and reason until a successful sync ends the failure, even when the bus redelivers', async () => {
    const before = orgSlack.received.filter(titled('Git credential sync failed')).length;
    const binding = `binding-${projectId}.production`;
    const eventId = randomUUID();
    const down = syncFailed('kubernetes_unavailable', false);
    await gitops('GitCredentialsSyncFailed', binding, down, eventId);
    await gitops('GitCredentialsSyncFailed', binding, down, eventId, true); // the same event stored twice
    await gitops('GitCredentialsSyncFailed', binding, down); // the next retry fails the same way
    await gitops('GitCredentialsSyncFailed', binding, syncFailed('reauthorization_required', true)); // already told
    await eventually(async () => (orgSlack.received.filter(titled('Git credential sync failed')).length >= before + 1 ? true : undefined), { timeoutMs: 10_000 });
    await settle();
    const failures = () => orgSlack.received.filter(titled('Git credential sync failed'));
    expect(failures()).toHaveLength(before + 1);
    const message = failures().at(-1)!;
    expect(message.text).toContain('(kubernetes_unavailable)');
    expect(JSON.stringify(message.blocks)).toContain('The cluster could not be reached');
    expect(JSON.stringify(message.blocks)).toContain('connect ECONNREFUSED 10.0.0.1:6443');
    expect(message.blocks.find((b) => b.type === 'actions')!.elements![0]).toMatchObject({ url: `${PUBLIC}/projects/${projectId}` });
    const zh = ownerFeishu.received.at(-1)!.card;
    expect(JSON.stringify(zh.elements)).toContain('无法连接集群');

    // The binding syncs again; the same failure afterwards is news.
    await gitops('GitCredentialsSynced', binding, {
      projectId, organizationId, environment: 'production', namespace: 'project-shop-production', secretName: 'shop-git-auth', accountId,
      tokenGeneration: 5, tokenFingerprint: 'f1e2d3', trigger: 'token_refreshed',
    });
    await gitops('GitCredentialsSyncFailed', binding, down);
    await eventually(async () => (failures().length === before + 2 ? true : undefined), { timeoutMs: 10_000 });
    // Another environment of the project is another binding.
    await gitops('GitCredentialsSyncFailed', `binding-${projectId}.staging`, syncFailed('kubernetes_unavailable', false, 'staging'));
    await eventually(async () => (failures().length === before + 3 ? true : undefined), { timeoutMs: 10_000 });
    await settle();
    expect(failures()).toHaveLength(before + 3);
  });

  it('routes deployments through the project to the subscribers of the kind only, one per deployment and outcome', async () => {
    const deploymentId = randomUUID();
    const base = { deploymentId, applicationId: randomUUID(), applicationName: 'shop-api', projectId, environment: 'production', version: '1.4.2', trigger: 'webhook' };
    await deploy('DeploymentSucceeded', { ...base, durationMs: 41_500 });
    await eventually(async () => (orgSlack.received.some(titled('Deployment succeeded')) ? true : undefined), { timeoutMs: 10_000 });
    const ok = orgSlack.received.find(titled('Deployment succeeded'))!;
    expect(ok.text).toBe('Deployment succeeded: shop-api 1.4.2 is live in production (41.5 s).');
    expect(JSON.stringify(ok.blocks)).toContain('Shop'); // the project's name, from ProjectCreated

    const failedId = randomUUID();
    const failed = { ...base, deploymentId: failedId, version: '1.4.3', durationMs: 300_000, stage: 'rollout_timeout', error: 'deployment "shop-api" exceeded its progress deadline' };
    const eventId = randomUUID();
    await deploy('DeploymentFailed', failed, eventId);
    await deploy('DeploymentFailed', failed, eventId, true); // delivered twice
    await deploy('DeploymentFailed', failed); // reported twice by the deployer
    await eventually(async () => (orgSlack.received.some(titled('Deployment failed')) && memberSlack.received.length && hook.hits.length ? true : undefined), { timeoutMs: 10_000 });
    await settle();
    expect(orgSlack.received.filter(titled('Deployment failed'))).toHaveLength(1);
    expect(memberSlack.received).toHaveLength(1);
    expect(memberSlack.received[0]!.text).toBe('Deployment failed: Deploying shop-api 1.4.3 to production failed while waiting for the rollout (timed out): deployment "shop-api" exceeded its progress deadline');
    expect(hook.hits).toHaveLength(1);
    expect(hook.hits[0]!.verified).toMatchObject({
      type: 'notification.deployment_failed',
      data: { severity: 'critical', title: 'Deployment failed', facts: { Stage: 'rollout_timeout', Version: '1.4.3', Project: 'Shop' }, action: { url: `${PUBLIC}/deployments/${failedId}` } },
    });
    // Deployments reach only those who subscribed to them: not the owner's default channels.
    expect(ownerSlack.received.filter((m) => m.text.startsWith('Deployment'))).toHaveLength(0);
    expect(ownerFeishu.received.filter((m) => m.card.header.title.content.startsWith('部署'))).toHaveLength(0);
  });

  it('holds a deployment of a project it has not seen until ProjectCreated arrives, then delivers it (Chinese too)', async () => {
    const zhOrg = await startFeishuBotReceiver({ signingSecret: FEISHU_SECRET, now: clock.now });
    try {
      const asOwner = { userId: ownerId, organizationId, organizationRole: 'owner' };
      const { channel } = await rpc('notify.CreateChannel', { actor: asOwner, owner: { organizationId }, kind: 'feishu', name: 'org-feishu', locale: 'zh-CN', url: zhOrg.url, signingSecret: FEISHU_SECRET });
      await rpc('notify.CreateSubscription', { actor: asOwner, owner: { organizationId }, channelId: channel!.channelId!, kinds: ['deployment_failed'] });
      const later = randomUUID();
      const deploymentId = randomUUID();
      await deploy('DeploymentFailed', {
        deploymentId, applicationId: randomUUID(), applicationName: 'billing', projectId: later, environment: 'staging', version: '2.0.0', trigger: 'manual',
        durationMs: 1_200, stage: 'environment', error: 'secret DATABASE_URL not found',
      });
      await settle();
      expect(zhOrg.received).toHaveLength(0);
      await projectCreated(later, 'Billing');
      await eventually(async () => (zhOrg.received.length ? true : undefined), { timeoutMs: 15_000 });
      expect(zhOrg.rejected).toEqual([]);
      const card = zhOrg.received[0]!.card;
      expect(card.header.title.content).toBe('部署失败');
      expect(JSON.stringify(card.elements)).toContain('部署 billing 2.0.0 到 staging 环境失败(阶段:构建环境变量):secret DATABASE_URL not found');
      expect(card.elements.find((e) => e.tag === 'action')!.actions![0]).toMatchObject({ url: `${PUBLIC}/deployments/${deploymentId}`, text: { content: '查看部署' } });
      // Nothing in this file was parked: the copies were deduplicated, the early deployment waited.
      const parked = await service.deps.database!.sql`select consumer, error_code from dead_letters`;
      expect(parked).toEqual([]);
    } finally {
      await zhOrg.close();
    }
  }, 30_000);
});
