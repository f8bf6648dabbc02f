// `kw replay audit`: the audit trail is rebuilt from every context's stream (audit's own last)
// with the code its live consumers run, and gives the same rows as the live service; so are the
// impact read models (bindings, variables, secrets, groups, providers, applications).
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { auditConfig, auditService, auditSettings } from '@keywarden/audit';
import { ensureEventStream } from '@keywarden/bus';
import { contexts, encodeEvent, type EventName } from '@keywarden/contracts';
import { connectDatabase, type Database } from '@keywarden/db';
import { loadConfig, startService, type RunningService } from '@keywarden/runtime';
import { createTestDatabase, eventually, testBus, type TestDatabase } from '@keywarden/testing';
import { jetstream } from '@nats-io/jetstream';
import { headers as natsHeaders } from '@nats-io/nats-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kw, snapshot } from './test-support.js';

const IMPACT = ['impact_projects', 'impact_git_bindings', 'impact_env_vars', 'impact_secrets', 'impact_secret_versions', 'impact_groups', 'impact_providers', 'impact_applications', 'impact_deployments'];
const TABLES = ['audit_entries', 'audit_resource_organizations', 'audit_entry_links', ...IMPACT];
const bus = testBus();
const run = kw(bus);
let db: TestDatabase;
let database: Database;
let service: RunningService | undefined;
let live: Record<string, string[]>;
let published = 0;

async function publish(type: EventName, streamId: string, data: Record<string, unknown>, time = new Date().toISOString()) {
  const msg = encodeEvent({ eventId: randomUUID(), type, streamId, streamVersion: 1, time, source: 'test-service', data,
    traceparent: `00-${randomUUID().replaceAll('-', '')}-00f067aa0ba902b7-01` }, { namespace: bus.namespace });
  const h = natsHeaders();
  for (const [k, v] of Object.entries(msg.headers)) if (k !== 'Nats-Msg-Id') h.set(k, v);
  await jetstream(service!.deps.nc).publish(msg.subject, msg.data, { msgID: msg.msgId, headers: h });
  published++;
}

beforeAll(async () => {
  db = await createTestDatabase('cli_audit');
  database = connectDatabase(db.url, { applicationName: 'cli-test', max: 2 });
  const env = { KW_NATS_URL: bus.natsUrl, KW_DATABASE_URL: db.url, KW_BUS_NAMESPACE: bus.namespace, KW_LOG_LEVEL: 'silent', KW_AUDIT_RETENTION_DAYS: '30' };
  const config = loadConfig('audit', env, auditConfig, { database: true });
  let purge: (() => Promise<unknown>) | undefined;
  service = await startService(auditService(() => auditSettings(config.extra), { onBuilt: (h) => (purge = () => h.retention.purgeExpired()) }), config,
    { logDestination: new Writable({ write: (_c, _e, cb) => cb() }) });
  for (const context of contexts) await ensureEventStream(service.deps.nc, context, { namespace: bus.namespace });

  const [org, ann, project, application] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
  await publish('OrganizationCreated', `organization-${org}`, { organizationId: org, name: 'Acme', slug: 'acme', ownerUserId: ann });
  await publish('UserRegistered', `user-${ann}`, { userId: ann, email: 'ann@example.com', displayName: 'Ann' }, '2020-01-01T00:00:00.000Z');
  await publish('AccountConnected', `account-${randomUUID()}`, { accountId: 'a1', provider: 'gitlab', userId: ann, username: 'ann' });
  await publish('SecretGroupCreated', 'secret_group-g1', { groupId: 'g1', name: 'db' });
  await publish('ProviderConfigured', 'provider-p1', { providerId: 'p1', name: 'vault', providerType: 'hashicorp-vault', groupId: 'g1' });
  await publish('SecretCreated', `secret-${randomUUID()}`, { secretId: 's1', groupId: 'g1', name: 'DATABASE_PASSWORD', version: 1, valueFingerprint: 'f1', actorUserId: ann });
  await publish('SecretValueChanged', 'secret-s1', { secretId: 's1', groupId: 'g1', version: 2, valueFingerprint: 'f2' });
  await publish('EnvVarSet', 'env_var-e1', { envVarId: 'e1', scope: 'project', projectId: project, key: 'DB', kind: 'secret_ref', reference: 's1' });
  await publish('ProjectCreated', `project-${project}`, { projectId: project, organizationId: org, name: 'Web', slug: 'web', actorUserId: ann });
  await publish('EnvironmentAdded', `project-${project}`, { projectId: project, environment: 'staging', actorUserId: ann });
  await publish('ApplicationRegistered', `application-${application}`, { applicationId: application, name: 'shop', organizationId: org, actorUserId: ann });
  await publish('GitCredentialsSynced', `binding-${project}.staging`, { projectId: project, organizationId: org, environment: 'staging', namespace: 'project-web-staging',
    secretName: 'web-git-auth', accountId: 'a1', tokenGeneration: 3, tokenFingerprint: 'tf' });
  await publish('DeploymentRequested', 'deployment-d1', { deploymentId: 'd1', applicationId: application, organizationId: org, trigger: 'manual' });
  await publish('DeploymentSucceeded', `deployment-${randomUUID()}`, {
    deploymentId: 'd1', applicationId: application, applicationName: 'shop', trigger: 'manual', versionsUsed: [{ secretId: 's1', version: 2, valueFingerprint: 'f2' }], envFingerprint: '0123456789abcdef',
  });
  await publish('DeploymentDriftDetected', `drift-${application}`, { applicationId: application, deploymentId: 'd1', appliedEnvFingerprint: '0123456789abcdef', liveEnvFingerprint: 'ffffffffffffffff', detectedAt: '2026-03-01T08:00:00.000Z' });
  await publish('NotificationSent', `delivery-${randomUUID()}`, { deliveryId: 'n1', organizationId: org, kind: 'deployment_succeeded', attempt: 1 });
  await eventually(async () => (await database.sql`select count(*)::int as n from audit_entries`)[0]!.n === published, { timeoutMs: 30_000, message: 'the trail has every event' });
  // Retention takes the 2020 entry out and records it: the replay must do the same.
  await purge!();
  await eventually(async () => (await database.sql`select 1 from audit_entries where action = 'AuditEntriesPurged'`).length === 1, { timeoutMs: 20_000, message: 'the purge is in the trail' });
  live = await snapshot(database.sql, TABLES);
  await service.stop();
  service = undefined;
}, 90_000);

afterAll(async () => {
  await service?.stop();
  await database?.close();
  await db?.drop();
});

describe('kw replay audit', () => {
  it('rebuilds the trail from every context stream, row for row as the live service wrote it', async () => {
    expect(live['audit_entries']).toHaveLength(published); // every event but the purged one, plus the purge
    expect(live['audit_entries']!.join('\n')).not.toContain('"UserRegistered"');
    for (const table of ['impact_projects', 'impact_git_bindings', 'impact_env_vars', 'impact_secrets', 'impact_groups', 'impact_providers', 'impact_applications']) {
      expect(live[table], table).toHaveLength(1);
    }
    expect(live['impact_secret_versions']).toHaveLength(2);
    expect(live['impact_applications']!.join()).toContain('d1');
    // What the deployment recorded and the drift verdict, and the deployment linked into the secret's timeline.
    expect(live['impact_applications']!.join()).toContain('ffffffffffffffff');
    expect(live['impact_applications']!.join()).toMatch(/"valueFingerprint": ?"f2"/);
    expect(live['audit_entry_links']!.join()).toContain('s1');
    await eventually(async () => (await database.sql`select 1 from pg_stat_activity where application_name = 'audit' and datname = current_database()`).length === 0);
    for (const table of TABLES) await database.sql`delete from ${database.sql(table)}`;
    const result = await run(['replay', 'audit', '--database-url', db.url]);
    expect(result.code, result.err).toBe(0);
    expect(result.out).toContain('replayed 10 projections of audit from JetStream');
    expect(await snapshot(database.sql, TABLES)).toEqual(live);
  });
});
