// /api/v1/audit against the real audit service (in-process, real nats-server and PostgreSQL);
// identity's GetMembership is a stand-in endpoint on the same bus.
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { auditConfig, auditService, auditSettings } from '@keywarden/audit';
import { endpoint, ensureEventStream, startRpcService } from '@keywarden/bus';
import { contexts, encodeEvent, type EventName } from '@keywarden/contracts';
import { connectDatabase } from '@keywarden/db';
import { auditRoutes, pat, routeTestApp, session, type RouteTestApp } from '@keywarden/gateway/testing';
import { loadConfig, startService, type RunningService } from '@keywarden/runtime';
import { createTestDatabase, eventually, testBus, type TestDatabase } from '@keywarden/testing';
import { jetstream } from '@nats-io/jetstream';
import { headers as natsHeaders } from '@nats-io/nats-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const [ORG, OTHER] = [randomUUID(), randomUUID()];
const roles: Record<string, string> = { [`${ORG} member-1`]: 'member' };
const EVENTS = 7;

let db: TestDatabase;
let audit: RunningService;
let app: RouteTestApp;
let stopIdentity: () => Promise<void>;

beforeAll(async () => {
  db = await createTestDatabase('gw_audit');
  const { natsUrl, namespace } = testBus();
  const env = { KW_NATS_URL: natsUrl, KW_DATABASE_URL: db.url, KW_BUS_NAMESPACE: namespace, KW_LOG_LEVEL: 'silent' };
  const config = loadConfig('audit', env, auditConfig, { database: true });
  audit = await startService(auditService(() => auditSettings(config.extra)), config, { logDestination: new Writable({ write: (_c, _e, cb) => cb() }) });
  for (const context of contexts) await ensureEventStream(audit.deps.nc, context, { namespace });
  const identity = await startRpcService(audit.deps.nc, {
    name: 'identity-stand-in', version: '0.0.1', namespace,
    endpoints: [endpoint('identity.GetMembership', async (r) => ({ role: roles[`${r.organizationId} ${r.userId}`] ?? '' }))],
  });
  stopIdentity = () => identity.stop().then(() => undefined);
  const publish = async (type: EventName, streamId: string, data: Record<string, unknown>) => {
    const msg = encodeEvent({ eventId: randomUUID(), type, streamId, streamVersion: 1, time: new Date().toISOString(), source: 'test', data }, { namespace });
    const h = natsHeaders();
    for (const [k, v] of Object.entries(msg.headers)) if (k !== 'Nats-Msg-Id') h.set(k, v);
    await jetstream(audit.deps.nc).publish(msg.subject, msg.data, { msgID: msg.msgId, headers: h });
  };
  for (let i = 0; i < 5; i++) await publish('MemberAdded', `organization-${ORG}`, { organizationId: ORG, userId: `u${i}`, role: 'member', actorUserId: 'owner-1' });
  // A name a spreadsheet would run as a formula, and one with a comma and quotes.
  await publish('ProjectCreated', `project-${randomUUID()}`, { projectId: 'p1', organizationId: ORG, name: '=HYPERLINK("x"),1', actorUserId: 'owner-1' });
  await publish('OrganizationCreated', `organization-${OTHER}`, { organizationId: OTHER, name: 'Other', slug: 'other', ownerUserId: 'someone' });
  const database = connectDatabase(db.url, { applicationName: 'gw-audit-test', max: 1 });
  await eventually(async () => (await database.sql`select count(*)::int as n from audit_entries`)[0]!.n === EVENTS, { timeoutMs: 30_000, message: 'the trail has every event' });
  await database.close();
  app = routeTestApp('/api/v1/audit', auditRoutes, { nc: audit.deps.nc, namespace });
}, 90_000);

afterAll(async () => {
  await stopIdentity?.();
  await audit?.stop();
  await db?.drop();
});

type Page = { entries: Array<Record<string, string>>; nextPageToken: string };
const read = async <T = Record<string, unknown>>(response: Response | Promise<Response>, status = 200): Promise<T> => {
  const r = await response;
  const text = await r.text();
  expect(r.status, text).toBe(status);
  return JSON.parse(text) as T;
};

describe('/api/v1/audit', () => {
  it("pages an organization's entries for its members, keyset by keyset", async () => {
    app.as(session('member-1'));
    const first = await read<Page>(app.request(`/api/v1/audit?organizationId=${ORG}&pageSize=4`));
    expect(first.entries).toHaveLength(4);
    expect(first.nextPageToken).not.toBe('');
    const second = await read<Page>(app.request(`/api/v1/audit?organizationId=${ORG}&pageSize=4&pageToken=${first.nextPageToken}`));
    expect(second.entries).toHaveLength(2);
    expect(second.nextPageToken).toBe('');
    const all = [...first.entries, ...second.entries];
    expect(new Set(all.map((e) => e['eventId'])).size).toBe(6);
    expect(all.every((e) => e['organizationId'] === ORG)).toBe(true);
    const filtered = await read<Page>(app.request(`/api/v1/audit?organizationId=${ORG}&action=ProjectCreated`));
    expect(filtered.entries.map((e) => e['resourceName'])).toEqual(['=HYPERLINK("x"),1']);
  });

  it('refuses, as problem+json, a non-member, an all-organizations search by a non-administrator, a PAT without audit:read, bad input', async () => {
    for (const [actor, path, code, status] of [
      [session('member-1'), `/api/v1/audit?organizationId=${OTHER}`, 'ERR_FORBIDDEN', 403],
      [session('member-1'), '/api/v1/audit', 'ERR_FORBIDDEN', 403],
      [pat('member-1', ['deploy:read']), `/api/v1/audit?organizationId=${ORG}`, 'ERR_FORBIDDEN', 403],
      [session('member-1'), `/api/v1/audit?organizationId=${ORG}&pageSize=9999`, 'ERR_VALIDATION', 400],
      [session('member-1'), `/api/v1/audit?organizationId=${ORG}&pageToken=bm9wZQ`, 'ERR_VALIDATION', 400],
      [session('member-1'), `/api/v1/audit/export?organizationId=${ORG}&format=xml`, 'ERR_VALIDATION', 400],
    ] as const) {
      app.as(actor);
      const r = await app.request(path);
      expect(r.status, path).toBe(status);
      expect(r.headers.get('content-type')).toContain('application/problem+json');
      expect(((await r.json()) as { code: string }).code).toBe(code);
    }
  });

  it('lets a platform administrator search every organization', async () => {
    app.as(session('admin-1', ['admin']));
    const page = await read<Page>(app.request('/api/v1/audit?pageSize=500'));
    expect(page.entries).toHaveLength(EVENTS);
  });

  it('exports the range as JSON Lines and as CSV, streamed, with formulas defused', async () => {
    app.as(session('member-1'));
    const jsonl = await app.request(`/api/v1/audit/export?organizationId=${ORG}&format=jsonl`);
    expect(jsonl.status).toBe(200);
    expect(jsonl.headers.get('content-type')).toContain('application/x-ndjson');
    const lines = (await jsonl.text()).trim().split('\n').map((l) => JSON.parse(l) as Record<string, string>);
    expect(lines).toHaveLength(6);
    expect(lines.every((l) => l['organizationId'] === ORG && l['eventId'])).toBe(true);

    const csv = await app.request(`/api/v1/audit/export?organizationId=${ORG}&format=csv&action=ProjectCreated`);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const rows = (await csv.text()).trim().split('\r\n');
    expect(rows[0]).toBe('time,eventId,context,action,outcome,actorKind,actorId,resourceKind,resourceId,resourceName,organizationId,traceId,source');
    expect(rows).toHaveLength(2);
    expect(rows[1]).toContain(`"'=HYPERLINK(""x""),1"`);
  });
});
