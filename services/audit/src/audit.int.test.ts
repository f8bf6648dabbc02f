// The audit service on a real nats-server and PostgreSQL: every context's events become entries
// (once each, however often delivered), a bad message is parked, the search pages by keyset and
// filters, members see their organization only, and retention purges with an event of its own.
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { ensureEventStream, callRpc, RpcError } from '@keywarden/bus';
import { contexts, type RpcResponse } from '@keywarden/contracts';
import { connectDatabase, type Database } from '@keywarden/db';
import { loadConfig, startService, type RunningService } from '@keywarden/runtime';
import { createTestDatabase, eventually, testBus, type TestDatabase } from '@keywarden/testing';
import { jetstream } from '@nats-io/jetstream';
import { headers as natsHeaders } from '@nats-io/nats-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Retention } from './app/retention.js';
import { auditConfig, auditSettings } from './config.js';
import { auditService } from './service.js';
import { publishEvent } from './test-support.js';

const bus = testBus();
let db: TestDatabase;
let database: Database;
let service: RunningService;
let retention: Retention;
const [o1, o2, ann, bob, admin] = ['org-1', 'org-2', randomUUID(), randomUUID(), randomUUID()];
const [project, application, account] = [randomUUID(), randomUUID(), randomUUID()];
const trace = '4bf92f3577b34da6a3ce929d0e0e4736';
const old = '2020-01-01T00:00:00.000Z';
let total = 0;

type Entry = NonNullable<RpcResponse<'audit.SearchAuditEntries'>['entries']>[number];
const search = (request: Record<string, unknown>) => callRpc(service.deps.nc, 'audit.SearchAuditEntries', request, { namespace: bus.namespace });
const asAdmin = { userId: admin, roles: ['admin'] };
const member = (userId: string, organizationId: string) => ({ userId, roles: [], organizationId, organizationRole: 'member' });

async function all(request: Record<string, unknown>, pageSize: number): Promise<Entry[]> {
  const entries: Entry[] = [];
  let pageToken = '';
  for (let page = 0; page < 100; page++) {
    const answer = await search({ ...request, pageSize, pageToken });
    expect(answer.entries!.length).toBeLessThanOrEqual(pageSize);
    entries.push(...answer.entries!);
    if (!answer.nextPageToken) return entries;
    pageToken = answer.nextPageToken;
  }
  throw new Error('paging never ended');
}

beforeAll(async () => {
  db = await createTestDatabase('audit');
  database = connectDatabase(db.url, { applicationName: 'audit-test', max: 2 });
  const env = { KW_NATS_URL: bus.natsUrl, KW_DATABASE_URL: db.url, KW_BUS_NAMESPACE: bus.namespace, KW_LOG_LEVEL: 'silent', KW_AUDIT_RETENTION_DAYS: '30' };
  const config = loadConfig('audit', env, auditConfig, { database: true });
  service = await startService(auditService(() => auditSettings(config.extra), { onBuilt: (h) => (retention = h.retention) }), config, {
    logDestination: new Writable({ write: (_c, _e, cb) => cb() }),
  });
  for (const context of contexts) await ensureEventStream(service.deps.nc, context, { namespace: bus.namespace });
  const publish = async (event: Parameters<typeof publishEvent>[2]) => {
    total++;
    return await publishEvent(service.deps.nc, bus.namespace, event);
  };
  await publish({ type: 'OrganizationCreated', streamId: `organization-${o1}`, source: 'identity', data: { organizationId: o1, name: 'Acme', slug: 'acme', ownerUserId: ann } });
  await publish({ type: 'MemberAdded', streamId: `organization-${o1}`, source: 'identity', data: { organizationId: o1, userId: bob, role: 'member', actorUserId: ann } });
  await publish({ type: 'SessionStarted', streamId: `session-${randomUUID()}`, source: 'identity', data: { sessionId: 's1', userId: ann, refreshTokenFingerprint: 'fp' } });
  await publish({ type: 'AccountConnected', streamId: `account-${account}`, source: 'oauth-broker', data: { accountId: account, provider: 'gitlab', userId: ann, username: 'ann' } });
  const refreshed = await publish({ type: 'TokenRefreshed', streamId: `account-${account}`, source: 'oauth-broker', traceparent: `00-${trace}-00f067aa0ba902b7-01`,
    data: { accountId: account, provider: 'gitlab', generation: 2, trigger: 'scheduler' } });
  // The same event once more (no message id, so JetStream keeps both): one entry.
  await publishEvent(service.deps.nc, bus.namespace, { type: 'TokenRefreshed', streamId: `account-${account}`, source: 'oauth-broker', eventId: refreshed.eventId, withoutMsgId: true,
    data: { accountId: account, provider: 'gitlab', generation: 2, trigger: 'scheduler' } });
  await publish({ type: 'ProjectCreated', streamId: `project-${project}`, source: 'gitops-sync', data: { projectId: project, organizationId: o1, name: 'Web', slug: 'web', actorUserId: ann } });
  await publish({ type: 'EnvironmentAdded', streamId: `project-${project}`, source: 'gitops-sync', data: { projectId: project, environment: 'staging', actorUserId: ann } });
  await publish({ type: 'ApplicationRegistered', streamId: `application-${application}`, source: 'deployer', data: { applicationId: application, name: 'shop', organizationId: o2, actorUserId: bob } });
  await publish({ type: 'ApplicationChanged', streamId: `application-${application}`, source: 'deployer', data: { applicationId: application, replicas: 2, actorUserId: bob } });
  await publish({ type: 'DeploymentFailed', streamId: `deployment-${randomUUID()}`, source: 'deployer', data: { deploymentId: 'd1', applicationId: application, applicationName: 'shop', trigger: 'manual', error: 'boom' } });
  await publish({ type: 'SecretRevealed', streamId: `secret-${randomUUID()}`, source: 'secrets-vault', data: { secretId: 's1', groupId: 'g1', version: 1, actorUserId: ann, reason: 'the value is hunter2' } });
  await publish({ type: 'NotificationSent', streamId: `delivery-${randomUUID()}`, source: 'notifier', data: { deliveryId: 'n1', organizationId: o1, kind: 'deployment_failed', attempt: 1 } });
  // Past the 30 days' retention.
  await publish({ type: 'UserRegistered', streamId: `user-${bob}`, source: 'identity', time: old, data: { userId: bob, email: 'bob@example.com', displayName: 'Bob' } });
  // A message that is no event: parked, never blocking what follows.
  const h = natsHeaders();
  h.set('ce-type', 'keywarden.identity.v1.UserRegistered');
  await jetstream(service.deps.nc).publish(`${bus.namespace}.evt.identity.user.UserRegistered`, new TextEncoder().encode('not protobuf'), { headers: h });
  await publish({ type: 'UserEnabled', streamId: `user-${bob}`, source: 'identity', data: { userId: bob, actorUserId: admin } });
  await eventually(async () => (await database.sql`select count(*)::int as n from audit_entries`)[0]!.n === total, { timeoutMs: 30_000, message: 'every event is in the trail' });
}, 90_000);

afterAll(async () => {
  await service?.stop();
  await database?.close();
  await db?.drop();
});

describe('the audit trail', () => {
  it('holds each event once, parks what is no event, and keeps no free-form text', async () => {
    const rows = await database.sql`select * from audit_entries`;
    expect(rows).toHaveLength(total);
    const parked = await database.sql`select consumer from dead_letters`;
    expect(parked.map((r) => r['consumer'])).toContain('audit--identity');
    expect(JSON.stringify(rows)).not.toContain('hunter2');
    expect(JSON.stringify(rows)).not.toContain('boom');
  });

  it('places events that name no organization by what their stream said before', async () => {
    const { entries } = await search({ actor: asAdmin, resourceKind: 'project', resourceId: project });
    expect(entries!.map((e) => [e.action, e.organizationId])).toEqual([['EnvironmentAdded', o1], ['ProjectCreated', o1]]);
    const changed = await search({ actor: asAdmin, action: 'ApplicationChanged' });
    expect(changed.entries!.map((e) => e.organizationId)).toEqual([o2]);
  });

  it('pages newest first by keyset, the same entries as one page, and filters', async () => {
    const whole = await search({ actor: asAdmin, pageSize: 500 });
    expect(whole.entries).toHaveLength(total);
    expect(whole.nextPageToken).toBe('');
    const paged = await all({ actor: asAdmin }, 2);
    expect(paged.map((e) => e.eventId)).toEqual(whole.entries!.map((e) => e.eventId));
    const times = paged.map((e) => e.time!);
    expect([...times].sort().reverse()).toEqual(times);

    const refreshed = await search({ actor: asAdmin, action: 'TokenRefreshed' });
    expect(refreshed.entries).toEqual([expect.objectContaining({ actorKind: 'service', actorId: 'oauth-broker', resourceKind: 'account', resourceId: account, traceId: trace, outcome: 'success' })]);
    const byActor = await search({ actor: asAdmin, actorId: bob });
    expect(byActor.entries!.map((e) => e.action).sort()).toEqual(['ApplicationChanged', 'ApplicationRegistered', 'UserRegistered']);
    const failures = await search({ actor: asAdmin, outcome: 'failure' });
    expect(failures.entries!.map((e) => e.action)).toEqual(['DeploymentFailed']);
    const before2021 = await search({ actor: asAdmin, to: '2021-01-01T00:00:00Z' });
    expect(before2021.entries!.map((e) => e.action)).toEqual(['UserRegistered']);
    const since2021 = await search({ actor: asAdmin, from: '2021-01-01T00:00:00Z', pageSize: 500 });
    expect(since2021.entries).toHaveLength(total - 1);
  });

  it("shows members their organization's entries only, and every entry to administrators only", async () => {
    const mine = await all({ actor: member(bob, o1), organizationId: o1 }, 3);
    expect(mine.length).toBeGreaterThan(0);
    expect(new Set(mine.map((e) => e.organizationId))).toEqual(new Set([o1]));
    expect(mine.map((e) => e.action).sort()).toEqual(['EnvironmentAdded', 'MemberAdded', 'NotificationSent', 'OrganizationCreated', 'ProjectCreated']);
    await expect(search({ actor: member(bob, o1), organizationId: o2 })).rejects.toMatchObject({ code: 'ERR_FORBIDDEN' });
    await expect(search({ actor: member(bob, o1) })).rejects.toMatchObject({ code: 'ERR_FORBIDDEN' });
    await expect(search({ actor: { userId: admin, roles: ['admin'], credential: 'pat', scopes: ['deploy:read'] } })).rejects.toMatchObject({ code: 'ERR_FORBIDDEN' });
    await expect(search({ actor: { userId: admin, roles: ['admin'], credential: 'pat', scopes: ['audit:read'] }, pageSize: 1 })).resolves.toMatchObject({ entries: [expect.anything()] });
  });

  it('refuses a page token it did not give out and a page size out of range', async () => {
    await expect(search({ actor: asAdmin, pageToken: 'bm9wZQ' })).rejects.toBeInstanceOf(RpcError);
    await expect(search({ actor: asAdmin, pageToken: 'bm9wZQ' })).rejects.toMatchObject({ code: 'ERR_VALIDATION' });
    await expect(search({ actor: asAdmin, pageSize: 501 })).rejects.toMatchObject({ code: 'ERR_VALIDATION' });
    await expect(search({ actor: asAdmin, outcome: 'maybe' })).rejects.toMatchObject({ code: 'ERR_VALIDATION' });
  });

  it('deletes entries past retention and records the purge, which the trail then holds', async () => {
    const result = await retention.purgeExpired();
    expect(result.deletedCount).toBe(1);
    expect((await search({ actor: asAdmin, action: 'UserRegistered' })).entries).toEqual([]);
    const purged = await eventually(async () => (await search({ actor: asAdmin, action: 'AuditEntriesPurged' })).entries![0], { timeoutMs: 20_000, message: 'the purge is in the trail' });
    expect(purged).toMatchObject({ context: 'audit', actorKind: 'service', actorId: 'audit', resourceKind: 'retention', outcome: 'success' });
    const [event] = await database.sql`select data from events where type = 'AuditEntriesPurged'`;
    expect(event!['data']).toMatchObject({ deletedCount: 1, retentionDays: 30, cutoff: result.cutoff.toISOString() });
    // Nothing more past retention: no second event.
    expect((await retention.purgeExpired()).deletedCount).toBe(0);
    expect(await database.sql`select 1 from events where type = 'AuditEntriesPurged'`).toHaveLength(1);
  });
});
