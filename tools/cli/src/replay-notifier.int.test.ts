// `kw replay notifier`: the channels and subscriptions are rebuilt from the notifier's own streams
// (its event store, or its JetStream stream), leaving the channels' encrypted secrets and the
// deliveries that point at them as they were; its read models of other services' facts, kept by
// its consumers, are rebuilt by replaying those services' streams with the same functions.
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { callRpc, ensureEventStream } from '@keywarden/bus';
import { encodeEvent, type Context, type EventName, type RpcMethodName } from '@keywarden/contracts';
import { generateMasterKey } from '@keywarden/crypto';
import { connectDatabase, type Database } from '@keywarden/db';
import { notifierConfig, notifierService, notifierSettings } from '@keywarden/notifier';
import { loadConfig, startService, type RunningService } from '@keywarden/runtime';
import { createTestDatabase, eventually, testBus, type TestDatabase } from '@keywarden/testing';
import { jetstream } from '@nats-io/jetstream';
import { headers as natsHeaders } from '@nats-io/nats-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kw, snapshot } from './test-support.js';

const TABLES = ['notify_org_members', 'notify_account_owners', 'notify_provider_app_owners', 'notify_secret_providers', 'notify_projects', 'notify_git_bindings'];
// The notifier's own: rebuilt from its streams; the secrets and deliveries are kept as they are.
const OWN = ['notify_channels', 'notify_subscriptions'];
const KEPT = ['notify_channel_secrets', 'notify_deliveries'];
const bus = testBus();
const run = kw(bus);
let db: TestDatabase;
let database: Database;
let service: RunningService | undefined;
let live: Record<string, string[]>;
let published = 0;
/** The notifier's own events: 3 ChannelCreated, 1 ChannelDisabled, 2 SubscriptionCreated, 1 SubscriptionDeleted. */
const OWN_EVENTS = 7;

const rpc = <N extends RpcMethodName>(method: N, request: Record<string, unknown>) =>
  callRpc(service!.deps.nc, method, request as never, { namespace: bus.namespace, timeoutMs: 20_000 });

async function publish(type: EventName, streamId: string, data: Record<string, unknown>) {
  const msg = encodeEvent({ eventId: randomUUID(), type, streamId, streamVersion: 1, time: new Date().toISOString(), source: 'test', data }, { namespace: bus.namespace });
  const h = natsHeaders();
  for (const [k, v] of Object.entries(msg.headers)) if (k !== 'Nats-Msg-Id') h.set(k, v);
  await jetstream(service!.deps.nc).publish(msg.subject, msg.data, { msgID: msg.msgId, headers: h });
  published++;
}

beforeAll(async () => {
  db = await createTestDatabase('cli_notifier');
  database = connectDatabase(db.url, { applicationName: 'cli-test', max: 2 });
  const env = { KW_NATS_URL: bus.natsUrl, KW_DATABASE_URL: db.url, KW_BUS_NAMESPACE: bus.namespace, KW_LOG_LEVEL: 'silent', KW_MASTER_KEYS: `1:${generateMasterKey()}` };
  const config = loadConfig('notifier', env, notifierConfig, { database: true, masterKeys: true });
  service = await startService(notifierService(() => notifierSettings(config.extra)), config, { logDestination: new Writable({ write: (_c, _e, cb) => cb() }) });
  for (const context of ['identity', 'oauth', 'secrets', 'gitops'] as Context[]) await ensureEventStream(service.deps.nc, context, { namespace: bus.namespace });

  const [org, owner, ann, bob] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
  await publish('OrganizationCreated', `organization-${org}`, { organizationId: org, name: 'Acme', slug: 'acme', ownerUserId: owner });
  await publish('MemberAdded', `organization-${org}`, { organizationId: org, userId: ann, role: 'member' });
  await publish('MemberAdded', `organization-${org}`, { organizationId: org, userId: bob, role: 'member' });
  await publish('MemberRoleChanged', `organization-${org}`, { organizationId: org, userId: ann, role: 'admin' });
  await publish('MemberRemoved', `organization-${org}`, { organizationId: org, userId: bob });
  const account = randomUUID();
  await publish('AccountConnected', `account-${account}`, { accountId: account, providerAppId: randomUUID(), provider: 'gitlab', userId: ann, externalUserId: '42',
    username: 'ann', scopes: ['read_repository'], grantKind: 'user', generation: 1 });
  const app = randomUUID();
  await publish('ProviderAppConfigured', `provider_app-${app}`, { providerAppId: app, provider: 'gitlab', name: 'GitLab', actorUserId: owner });
  const provider = randomUUID();
  await publish('ProviderConfigured', `provider-${provider}`, { providerId: provider, name: 'Infisical prod', actorUserId: owner });
  const project = randomUUID();
  await publish('ProjectCreated', `project-${project}`, { projectId: project, organizationId: org, name: 'Web', slug: 'web', environments: ['production'] });
  const binding = `binding-${project}.production`;
  const failure = { projectId: project, organizationId: org, environment: 'production', reason: 'token_unavailable', detail: 'provider down' };
  await publish('GitCredentialsSyncFailed', binding, failure);
  await publish('GitCredentialsSynced', binding, { projectId: project, organizationId: org, environment: 'production', accountId: account, tokenGeneration: 2 });
  await publish('GitCredentialsSyncFailed', binding, failure);

  await eventually(async () => {
    const rows = await snapshot(database.sql, TABLES);
    return rows['notify_git_bindings']!.some((r) => r.includes('"episode": 1')) && rows['notify_org_members']!.length === 2 &&
      TABLES.every((t) => rows[t]!.length > 0);
  }, { message: 'the notifier applied every fact' });

  // After the other services' facts (so none of them asks for a delivery), channels and subscriptions
  // through the RPCs: the organization's webhook, a user's e-mail channel (SMTP settings in the event,
  // the password only in the secrets table), a disabled Slack channel; one subscription deleted; a test
  // delivery that points at a channel the rebuild deletes and brings back.
  const orgOwner = { userId: owner, organizationId: org, organizationRole: 'owner' };
  const { channel: hook } = await rpc('notify.CreateChannel', { actor: orgOwner, owner: { organizationId: org }, kind: 'webhook', name: 'ops', locale: 'en',
    url: 'https://hooks.example.com/keywarden', signingSecret: `whsec_${Buffer.from('k'.repeat(32)).toString('base64')}`, idempotencyKey: 'hook-1' });
  const { channel: mail } = await rpc('notify.CreateChannel', { actor: { userId: ann }, owner: { userId: ann }, kind: 'email', name: 'mail', locale: 'zh-CN',
    email: { host: '127.0.0.1', port: 1, security: 'none', username: 'kw', password: 'smtp-password', from: 'kw@example.com', to: ['ann@example.com'] } });
  const { channel: slack } = await rpc('notify.CreateChannel', { actor: { userId: ann }, owner: { userId: ann }, kind: 'slack', name: 'old', locale: 'en', url: 'https://hooks.slack.example.com/services/T/B/x' });
  await rpc('notify.DisableChannel', { actor: { userId: ann }, channelId: slack!.channelId });
  await rpc('notify.CreateSubscription', { actor: orgOwner, owner: { organizationId: org }, channelId: hook!.channelId, kinds: ['deployment_failed'] });
  const { subscription } = await rpc('notify.CreateSubscription', { actor: { userId: ann }, owner: { userId: ann }, channelId: mail!.channelId, kinds: [] });
  await rpc('notify.DeleteSubscription', { actor: { userId: ann }, subscriptionId: subscription!.subscriptionId });
  expect(await rpc('notify.SendTestNotification', { actor: { userId: ann }, channelId: mail!.channelId })).toMatchObject({ sent: false });
  live = await snapshot(database.sql, [...TABLES, ...OWN, ...KEPT]);
  await eventually(async () => (await database.sql`select count(*)::int as n from outbox`)[0]!['n'] === 0, { message: "the notifier's events reached its stream" });
  await service.stop();
  service = undefined;
}, 60_000);

afterAll(async () => {
  await service?.stop();
  await database?.close();
  await db?.drop();
});

describe('kw replay notifier', () => {
  const tamper = async () => {
    for (const table of TABLES) await database.sql`delete from ${database.sql(table)}`;
    await database.sql`delete from notify_subscriptions`;
    await database.sql`update notify_channels set enabled = true, name = 'tampered'`;
  };

  it("rebuilds its channels and subscriptions from its event store and its read models of other services' facts from their streams, row for row", async () => {
    expect(live['notify_org_members']!.map((r) => JSON.parse(r).role).sort()).toEqual(['admin', 'owner']);
    expect(live['notify_channels']!.map((r) => [JSON.parse(r).name, JSON.parse(r).enabled]).sort()).toEqual([['mail', true], ['old', false], ['ops', true]]);
    expect(live['notify_subscriptions']).toHaveLength(1);
    expect(live['notify_deliveries']).toHaveLength(1);
    await eventually(async () => (await database.sql`select 1 from pg_stat_activity where application_name = 'notifier' and datname = current_database()`).length === 0);
    await tamper();
    const result = await run(['replay', 'notifier', '--database-url', db.url]);
    expect(result.code, result.err).toBe(0);
    expect(result.out).toContain(`channels: 4 events\nsubscriptions: 3 events`);
    expect(result.out).toContain(`replayed 7 projections of notifier from the event store and JetStream: ${published + OWN_EVENTS} events applied`);
    expect(result.err).toContain(`reading ${OWN_EVENTS} events from the event store`);
    for (const stream of ["identity's stream", "oauth's stream", "secrets's stream", "gitops's stream"]) expect(result.err).toContain(`reading ${stream} from JetStream`);
    expect(await snapshot(database.sql, [...TABLES, ...OWN, ...KEPT])).toEqual(live);
  });

  it('rebuilds them from its JetStream stream just the same, and no event there holds a channel secret', async () => {
    await tamper();
    const result = await run(['replay', 'notifier', '--from', 'jetstream', '--database-url', db.url]);
    expect(result.code, result.err).toBe(0);
    expect(result.out).toContain(`replayed 7 projections of notifier from JetStream: ${published + OWN_EVENTS} events applied`);
    expect(result.err).toContain("reading notifier's stream from JetStream");
    expect(await snapshot(database.sql, [...TABLES, ...OWN, ...KEPT])).toEqual(live);
    const stored = JSON.stringify(await database.sql`select data, metadata from events`);
    for (const secret of ['smtp-password', '/keywarden', '/services/T/B/x', 'whsec_']) expect(stored).not.toContain(secret);
  });

  it('will not read the other services\' facts from its event store, which does not hold them (exit code 2)', async () => {
    const result = await run(['replay', 'notifier', '--from', 'store', '--database-url', db.url]);
    expect(result.code).toBe(2);
    expect(result.err).toContain("org_members (fed by identity), oauth_owners (fed by oauth)");
    expect(result.err).toContain('replay with --from jetstream');
  });

  it('rebuilds the channels and subscriptions alone from its event store', async () => {
    await tamper();
    const result = await run(['replay', 'notifier', '--from', 'store', '--projection', 'channels', 'subscriptions', '--database-url', db.url]);
    expect(result.code, result.err).toBe(0);
    expect(result.out).toContain(`replayed 2 projections of notifier from the event store: ${OWN_EVENTS} events applied`);
    const after = await snapshot(database.sql, [...OWN, ...KEPT]);
    for (const table of [...OWN, ...KEPT]) expect(after[table], table).toEqual(live[table]);
  });
});
