// `kw replay notifier`: the notifier's read models are other services' facts, kept by its
// consumers; they are rebuilt by replaying those services' streams with the same functions.
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { ensureEventStream } from '@keywarden/bus';
import { encodeEvent, type Context, type EventName } from '@keywarden/contracts';
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
const bus = testBus();
const run = kw(bus);
let db: TestDatabase;
let database: Database;
let service: RunningService | undefined;
let live: Record<string, string[]>;
let published = 0;

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
  live = await snapshot(database.sql, TABLES);
  await service.stop();
  service = undefined;
}, 60_000);

afterAll(async () => {
  await service?.stop();
  await database?.close();
  await db?.drop();
});

describe('kw replay notifier', () => {
  it("rebuilds its read models of other services' facts from their streams, row for row", async () => {
    expect(live['notify_org_members']!.map((r) => JSON.parse(r).role).sort()).toEqual(['admin', 'owner']);
    await eventually(async () => (await database.sql`select 1 from pg_stat_activity where application_name = 'notifier' and datname = current_database()`).length === 0);
    for (const table of TABLES) await database.sql`delete from ${database.sql(table)}`;
    const result = await run(['replay', 'notifier', '--database-url', db.url]);
    expect(result.code, result.err).toBe(0);
    expect(result.out).toContain(`replayed 5 projections of notifier from JetStream: ${published} events applied`);
    for (const stream of ["identity's stream", "oauth's stream", "secrets's stream", "gitops's stream"]) expect(result.err).toContain(`reading ${stream} from JetStream`);
    expect(await snapshot(database.sql, TABLES)).toEqual(live);
  });

  it('will not read them from its event store, which does not hold them (exit code 2)', async () => {
    const result = await run(['replay', 'notifier', '--from', 'store', '--database-url', db.url]);
    expect(result.code).toBe(2);
    expect(result.err).toContain("org_members (fed by identity), oauth_owners (fed by oauth)");
    expect(result.err).toContain('replay with --from jetstream');
  });
});
