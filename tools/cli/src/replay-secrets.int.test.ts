// `kw replay secrets-vault`: the vault runs in-process and fills its read models through its
// RPCs; replaying them from its JetStream stream, then from its event store, gives the same
// rows, row for row. Also: --projection of one of gitops-sync's projections brings its partner.
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { callRpc, closeBus, connectBus, ensureEventStream, eventPublisher } from '@keywarden/bus';
import { busNames, decodeEvent, type RpcMethodName } from '@keywarden/contracts';
import { connectDatabase, runMigrations, type Database } from '@keywarden/db';
import { eventStoreMigrations } from '@keywarden/event-store';
import { gitopsSyncMigrations } from '@keywarden/gitops-sync';
import { loadConfig, startService, type RunningService } from '@keywarden/runtime';
import { extraConfig, secretsVaultService } from '@keywarden/secrets-vault';
import { createTestDatabase, eventually, testBus, type TestDatabase } from '@keywarden/testing';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { headers as natsHeaders } from '@nats-io/nats-core';
import { connect } from '@nats-io/transport-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kw, snapshot } from './test-support.js';

const TABLES = ['secret_groups', 'secrets', 'secret_versions', 'env_vars', 'providers'];
const bus = testBus();
const run = kw(bus);
let db: TestDatabase;
let database: Database;
let service: RunningService | undefined;
let live: Record<string, string[]>;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const call = async <N extends RpcMethodName>(method: N, request: Record<string, unknown>): Promise<Record<string, any>> =>
  (await callRpc(service!.deps.nc, method, { ...request, actor: { userId: 'user-1', organizationId: 'org-1', roles: ['admin'], credential: 'pat',
    scopes: ['secrets:read', 'secrets:write', 'secrets:reveal', 'secrets:admin'] } } as never, { namespace: bus.namespace, timeoutMs: 15_000 })) as never;

beforeAll(async () => {
  db = await createTestDatabase('cli_vault');
  database = connectDatabase(db.url, { applicationName: 'cli-test', max: 2 });
  const env = { KW_NATS_URL: bus.natsUrl, KW_DATABASE_URL: db.url, KW_BUS_NAMESPACE: bus.namespace, KW_LOG_LEVEL: 'silent',
    KW_MASTER_KEYS: `1:${Buffer.alloc(32, 7).toString('base64')}`, KW_SECRETS_REWRAP_ON_START: 'false' };
  // Project variables need a project the vault heard of from gitops-sync.
  const announcer = await connectBus({ servers: bus.natsUrl, name: 'cli-vault-test' });
  try {
    await ensureEventStream(announcer, 'gitops', { namespace: bus.namespace });
    await eventPublisher(announcer, { source: 'gitops-sync', namespace: bus.namespace })([{ eventId: randomUUID(), type: 'ProjectCreated', streamId: 'project-p1',
      streamVersion: 1, recordedAt: new Date(), metadata: {}, data: { projectId: 'p1', organizationId: 'org-1', name: 'P1', slug: 'p1', repositoryUrl: 'https://gitlab.com/a/p1',
        provider: 'gitlab', branch: 'main', environments: ['staging'], actorUserId: 'user-1' } }]);
  } finally {
    await closeBus(announcer);
  }
  service = await startService(secretsVaultService(), loadConfig('secrets-vault', env, extraConfig), { logDestination: new Writable({ write: (_c, _e, cb) => cb() }) });
  await eventually(async () => (await database.sql`select 1 from projects where id = 'p1'`).length === 1);

  const { group } = await call('secrets.CreateSecretGroup', { name: 'prod-db', description: 'production database' });
  const { group: other } = await call('secrets.CreateSecretGroup', { name: 'payments' });
  const dbUrl = (await call('secrets.PutSecret', { groupId: group.groupId, name: 'DATABASE_URL', value: 'postgres://app:pw@db:5432/app' })).secret;
  await call('secrets.PutSecret', { groupId: group.groupId, name: 'DATABASE_URL', value: 'postgres://app:pw2@db:5432/app', replace: true });
  await call('secrets.RollbackSecret', { secretId: dbUrl.secretId, toVersion: 1 });
  const gone = (await call('secrets.PutSecret', { groupId: other.groupId, name: 'OLD_KEY', value: 'k-123456789' })).secret;
  await call('secrets.ImportSecrets', { groupId: other.groupId, format: 'dotenv', content: 'STRIPE_KEY=sk_test_abcdefghijkl\nWEBHOOK_SECRET="a b"\n' });
  await call('secrets.DeleteSecret', { secretId: gone.secretId });
  await call('secrets.SetEnvVar', { scope: 'global', key: 'NODE_ENV', value: 'production' });
  await call('secrets.SetEnvVar', { scope: 'global', key: 'NODE_ENV', value: 'staging' });
  await call('secrets.SetEnvVar', { scope: 'project', projectId: 'p1', key: 'PRIMARY_DB', value: `@secret:${dbUrl.secretId}` });
  await call('secrets.SetEnvVar', { scope: 'project', projectId: 'p1', key: 'TEMP', value: 'x' });
  await call('secrets.DeleteEnvVar', { scope: 'project', projectId: 'p1', key: 'TEMP' });
  await call('secrets.SetEnvVar', { scope: 'environment', projectId: 'p1', environment: 'staging', key: 'PAYMENTS', value: '@group:payments' });
  await call('secrets.DeleteEnvVar', { scope: 'environment', projectId: 'p1', environment: 'staging', key: 'PAYMENTS' });
  await call('secrets.UpdateSecretGroup', { groupId: other.groupId, updateMask: ['name', 'description'], name: 'payments-eu', description: 'renamed' });
  await call('secrets.SetEnvVar', { scope: 'environment', projectId: 'p1', environment: 'staging', key: 'PAYMENTS', value: '@group:payments-eu' });
  await call('secrets.ConfigureProvider', { name: 'infisical', providerType: 'infisical', groupId: other.groupId, enabled: false,
    settingsJson: JSON.stringify({ siteUrl: 'http://127.0.0.1:9', clientId: 'machine-1', clientSecret: 'not-used-here', projectId: 'proj', environment: 'prod' }) });
  await eventually(async () => (await database.sql`select 1 from outbox limit 1`).length === 0);
  live = await snapshot(database.sql, TABLES);
  await service.stop();
  service = undefined;
}, 60_000);

afterAll(async () => {
  await service?.stop();
  await database?.close();
  await db?.drop();
});

const damage = async () => {
  await database.sql`delete from secret_versions where version > 1`;
  await database.sql`update secrets set fingerprint = 'tampered'`;
  await database.sql`delete from env_vars`;
  await database.sql`update secret_groups set name = name || '-tampered'`;
  await database.sql`update providers set enabled = true`;
};

describe('kw replay secrets-vault', () => {
  it('rebuilds every projection from JetStream, row for row', async () => {
    expect(live['secrets']).toHaveLength(3);
    expect(live['secret_versions']!.length).toBeGreaterThan(3);
    expect(live['env_vars']).toHaveLength(3);
    expect(live['secret_groups']!.join()).toContain('payments-eu');
    expect(live['providers']).toHaveLength(1);
    await eventually(async () => (await database.sql`select 1 from pg_stat_activity where application_name = 'secrets-vault' and datname = current_database()`).length === 0);
    await damage();
    expect(await snapshot(database.sql, TABLES)).not.toEqual(live);

    const result = await run(['replay', 'secrets-vault', '--from', 'jetstream', '--database-url', db.url, '--batch', '4']);
    expect(result.code, result.err).toBe(0);
    const [events] = await database.sql<Array<{ n: number }>>`select count(*)::int as n from events where type <> 'SecretRevealed'`;
    expect(result.out).toContain(`replayed 4 projections of secrets-vault from JetStream: ${events!.n} events applied`);
    expect(result.err).toMatch(/ {2}\d+ messages, 0 to go/);
    expect(await snapshot(database.sql, TABLES)).toEqual(live);
  });

  it('rebuilds from the event store the same way', async () => {
    await damage();
    const result = await run(['replay', 'secrets-vault', '--database-url', db.url]);
    expect(result.code, result.err).toBe(0);
    expect(result.out).toMatch(/replayed 4 projections of secrets-vault from the event store: \d+ events applied/);
    expect(await snapshot(database.sql, TABLES)).toEqual(live);
  });

  it('applies each event once from JetStream, though the stream holds a later copy of it', async () => {
    // A copy without Nats-Msg-Id, as `kw dead-letters --retry` publishes (and `kw republish` once the
    // duplicate window has passed): the live consumers' inbox skips it; the rebuild must too. Here the
    // copy is the first NODE_ENV value, which a later event replaced.
    const nc = await connect({ servers: bus.natsUrl });
    try {
      const stream = busNames(bus.namespace).stream('secrets');
      const jsm = await jetstreamManager(nc);
      const last = (await jsm.streams.info(stream)).state.last_seq;
      let copied = false;
      for (let seq = 1; seq <= last && !copied; seq++) {
        const m = await jsm.streams.getMessage(stream, { seq });
        if (!m) continue;
        const record: Record<string, string> = {};
        for (const [key, values] of m.header) if (values[0] !== undefined) record[key] = values[0];
        const event = decodeEvent({ subject: m.subject, headers: record, data: m.data }, { namespace: bus.namespace });
        // The first NODE_ENV event is the 'production' one.
        if (event.type !== 'EnvVarSet' || (event.data as { key?: string }).key !== 'NODE_ENV') continue;
        const h = natsHeaders();
        for (const [key, value] of Object.entries(record)) if (key.toLowerCase() !== 'nats-msg-id') h.append(key, value);
        await jetstream(nc).publish(m.subject, m.data, { headers: h });
        copied = true;
      }
      expect(copied).toBe(true);
    } finally {
      await nc.drain();
    }
    await damage();
    const result = await run(['replay', 'secrets-vault', '--from', 'jetstream', '--database-url', db.url]);
    expect(result.code, result.err).toBe(0);
    expect(await snapshot(database.sql, TABLES)).toEqual(live);
    const [events] = await database.sql<Array<{ n: number }>>`select count(*)::int as n from events where type <> 'SecretRevealed'`;
    expect(result.out).toContain(`replayed 4 projections of secrets-vault from JetStream: ${events!.n} events applied, 1 copy of an event already applied skipped`);
  });
});

describe('kw replay gitops-sync --projection bindings', () => {
  it('rebuilds projects too: projects inserts the rows bindings updates', async () => {
    const gitops = await createTestDatabase('cli_gitops');
    const g = connectDatabase(gitops.url, { max: 1 });
    try {
      await runMigrations(g, eventStoreMigrations, gitopsSyncMigrations);
      const result = await run(['replay', 'gitops-sync', '--projection', 'bindings', '--database-url', gitops.url]);
      expect(result.code, result.err).toBe(0);
      expect(result.err).toContain('projects rebuilt too: projects and bindings are rebuilt together');
      expect(result.out).toContain('replayed 2 projections of gitops-sync from the event store: 0 events applied');
    } finally {
      await g.close();
      await gitops.drop();
    }
  });
});
