// Retries are safe: the creates of identity through the gateway, in front of
// the REAL identity service, with an Idempotency-Key. Two concurrent requests
// with one key make one object; a retry after success answers the first result
// (same id, same status, Idempotent-Replayed: true); the key with another body
// is 409 ERR_IDEMPOTENCY_KEY_REUSED; without a key nothing changed. A PAT's
// token is shown once: its replay leaves it out and says so.
import { closeBus, connectBus } from '@keywarden/bus';
import { generateMasterKey } from '@keywarden/crypto';
import { bearer, quiet, startGateway, type TestGateway } from '@keywarden/gateway/testing';
import { identityConfig, identityService } from '@keywarden/identity';
import { loadConfig, startService, type RunningService } from '@keywarden/runtime';
import { createTestDatabase, testBus, type TestDatabase } from '@keywarden/testing';
import type { NatsConnection } from '@nats-io/nats-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let identity: RunningService;
let db: TestDatabase;
let nc: NatsConnection;
let gateway: TestGateway;
const PASSWORD = 'correct horse battery staple';

beforeAll(async () => {
  db = await createTestDatabase('gwidem');
  const bus = testBus();
  const env = { KW_NATS_URL: bus.natsUrl, KW_DATABASE_URL: db.url, KW_BUS_NAMESPACE: bus.namespace, KW_LOG_LEVEL: 'silent', KW_MASTER_KEYS: `1:${generateMasterKey()}` };
  identity = await startService(identityService(), loadConfig('identity', env, identityConfig, { database: true, masterKeys: true }), { logDestination: quiet });
  nc = await connectBus({ servers: bus.natsUrl, name: 'gateway-idempotency-e2e' });
  gateway = await startGateway({ nc, namespace: bus.namespace });
  await gateway.ready();
});

afterAll(async () => {
  await gateway?.stop();
  if (nc) await closeBus(nc);
  await identity?.stop();
  await db?.drop();
});

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  gateway.request(path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
const keyed = (key: string, headers: Record<string, string> = {}) => ({ ...headers, 'idempotency-key': key });
const events = async (type: string) => (await identity.deps.database!.sql`select stream_id, data from events where type = ${type}`) as unknown as Array<{ stream_id: string; data: Record<string, unknown> }>;

async function signIn(email: string): Promise<string> {
  const response = await post('/api/v1/auth/sign-in', { email, password: PASSWORD });
  expect(response.status).toBe(200);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

/** What the tests read of an answer: the created object's id under its name, and the PAT fields. */
type Body = Record<string, { userId: string; organizationId: string; tokenId: string }> & { token?: string; withheld?: string[] };

/** Two requests at once, then a retry: the statuses, bodies and replay headers of all three. */
async function twiceAtOnceThenAgain(send: () => Promise<Response>) {
  const responses = [...(await Promise.all([send(), send()])), await send()];
  return Promise.all(responses.map(async (r) => ({ status: r.status, replayed: r.headers.get('idempotent-replayed'), body: (await r.json()) as Body })));
}

describe('Idempotency-Key on sign-up', () => {
  it('two at once and a retry: one user, the first answer three times, two of them marked as replays', async () => {
    const body = { email: 'Dana@Example.com', password: PASSWORD, displayName: 'Dana' };
    const answers = await twiceAtOnceThenAgain(() => post('/api/v1/auth/sign-up', body, keyed('signup-dana')));
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201]);
    expect(new Set(answers.map((a) => a.body['user']!.userId)).size).toBe(1);
    expect(answers.filter((a) => a.replayed === 'true')).toHaveLength(2);
    expect(answers.filter((a) => a.replayed === null)).toHaveLength(1);
    expect((await events('UserRegistered')).filter((e) => String(e.data['email']).toLowerCase() === 'dana@example.com')).toHaveLength(1);
    // Another password (or name) with the key is another request: refused, nothing created.
    const other = await post('/api/v1/auth/sign-up', { ...body, password: 'another long password' }, keyed('signup-dana'));
    expect(other.status).toBe(409);
    expect(other.headers.get('content-type')).toBe('application/problem+json');
    expect(await other.json()).toMatchObject({ code: 'ERR_IDEMPOTENCY_KEY_REUSED' });
    // Without a key, behaviour is unchanged: the address is taken.
    expect(await (await post('/api/v1/auth/sign-up', body)).json()).toMatchObject({ status: 409, code: 'ERR_CONFLICT' });
    // The key is scoped to the address: someone else's sign-up with the same key is their own.
    const eve = await post('/api/v1/auth/sign-up', { ...body, email: 'eve@example.com' }, keyed('signup-dana'));
    expect(eve.status).toBe(201);
    expect(eve.headers.get('idempotent-replayed')).toBeNull();
  });

  it('refuses a key that is not printable ASCII of at most 255 characters, before anything is created', async () => {
    for (const key of ['k'.repeat(256), 'schlüssel']) {
      const response = await post('/api/v1/auth/sign-up', { email: 'frank@example.com', password: PASSWORD }, keyed(key));
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ code: 'ERR_VALIDATION' });
    }
    expect((await events('UserRegistered')).filter((e) => e.data['email'] === 'frank@example.com')).toHaveLength(0);
  });
});

describe('Idempotency-Key on the creates of a signed-in user', () => {
  let token = '';
  beforeAll(async () => {
    expect((await post('/api/v1/auth/sign-up', { email: 'gina@example.com', password: PASSWORD })).status).toBe(201);
    token = await signIn('gina@example.com');
  });

  it('organizations: one organization for two at once and a retry; another body is 409', async () => {
    const answers = await twiceAtOnceThenAgain(() => post('/api/v1/organizations', { name: 'Acme', slug: 'acme-idem' }, bearer(token, keyed('org-1'))));
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201]);
    expect(new Set(answers.map((a) => a.body['organization']!.organizationId)).size).toBe(1);
    expect(answers.filter((a) => a.replayed === 'true')).toHaveLength(2);
    expect((await events('OrganizationCreated')).filter((e) => e.data['slug'] === 'acme-idem')).toHaveLength(1);
    const other = await post('/api/v1/organizations', { name: 'Acme', slug: 'acme-other' }, bearer(token, keyed('org-1')));
    expect(other.status).toBe(409);
    expect(await other.json()).toMatchObject({ code: 'ERR_IDEMPOTENCY_KEY_REUSED' });
    expect((await events('OrganizationCreated')).filter((e) => e.data['slug'] === 'acme-other')).toHaveLength(0);
    // Without a key: the slug is taken, as before.
    expect(await (await post('/api/v1/organizations', { name: 'Acme', slug: 'acme-idem' }, bearer(token))).json()).toMatchObject({ code: 'ERR_CONFLICT' });
  });

  it('personal access tokens: one token; its value only in the first answer, a replay says it was withheld', async () => {
    const body = { name: 'ci', scopes: ['identity:read'] };
    const answers = await twiceAtOnceThenAgain(() => post('/api/v1/users/me/tokens', body, bearer(token, keyed('pat-1'))));
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201]);
    expect(new Set(answers.map((a) => a.body['personalAccessToken']!.tokenId)).size).toBe(1);
    const first = answers.find((a) => a.replayed === null)!;
    expect(first.body.token).toMatch(/^kwp_/);
    expect(first.body.withheld).toBeUndefined();
    for (const replay of answers.filter((a) => a.replayed === 'true')) {
      expect(replay.body.token).toBeUndefined();
      expect(replay.body.withheld).toEqual(['token']);
      expect(JSON.stringify(replay.body)).not.toContain(first.body.token);
    }
    expect((await events('PersonalAccessTokenCreated')).filter((e) => e.data['name'] === 'ci')).toHaveLength(1);
    // The one token works; nothing stored can give it back.
    expect((await gateway.request('/api/v1/users/me', { headers: bearer(first.body.token!) })).status).toBe(200);
    expect(JSON.stringify(await identity.deps.database!.sql`select metadata from events`)).not.toContain(first.body.token);
    const other = await post('/api/v1/users/me/tokens', { ...body, name: 'ci-2' }, bearer(token, keyed('pat-1')));
    expect(await other.json()).toMatchObject({ status: 409, code: 'ERR_IDEMPOTENCY_KEY_REUSED' });
  });

  it('members: a retried add answers the member instead of "already a member"', async () => {
    const org = (await (await post('/api/v1/organizations', { name: 'Team', slug: 'team-idem' }, bearer(token))).json()) as { organization: { organizationId: string } };
    expect((await post('/api/v1/auth/sign-up', { email: 'hal@example.com', password: PASSWORD })).status).toBe(201);
    const add = () => post(`/api/v1/organizations/${org.organization.organizationId}/members`, { email: 'hal@example.com', role: 'member' }, bearer(token, keyed('add-hal')));
    const first = await add();
    expect(first.status).toBe(201);
    const again = await add();
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await again.json()).toEqual(await first.json());
    // The same add without the key is the conflict it always was.
    const unkeyed = await post(`/api/v1/organizations/${org.organization.organizationId}/members`, { email: 'hal@example.com', role: 'member' }, bearer(token));
    expect(unkeyed.status).toBe(409);
  });

  it("keys are the caller's: another user's request with the same key creates its own organization", async () => {
    expect((await post('/api/v1/auth/sign-up', { email: 'ivan@example.com', password: PASSWORD })).status).toBe(201);
    const ivan = await signIn('ivan@example.com');
    const response = await post('/api/v1/organizations', { name: 'Acme', slug: 'acme-ivan' }, bearer(ivan, keyed('org-1')));
    expect(response.status).toBe(201);
    expect(response.headers.get('idempotent-replayed')).toBeNull();
  });

  it('documents the key once, as a shared header parameter of every create', async () => {
    const document = (await (await gateway.request('/api/v1/openapi.json')).json()) as {
      paths: Record<string, Record<string, { parameters?: Array<{ $ref?: string }>; responses: Record<string, { headers?: Record<string, unknown> }> }>>;
      components: { parameters: Record<string, { name: string; in: string }> };
    };
    expect(document.components.parameters['IdempotencyKey']).toMatchObject({ name: 'idempotency-key', in: 'header' });
    for (const path of ['/api/v1/auth/sign-up', '/api/v1/organizations', '/api/v1/users/me/tokens', '/api/v1/organizations/{id}/members', '/api/v1/admin/identity-providers']) {
      expect(document.paths[path]!['post']!.parameters, path).toContainEqual({ $ref: '#/components/parameters/IdempotencyKey' });
      expect(document.paths[path]!['post']!.responses['201']!.headers, path).toHaveProperty('Idempotent-Replayed');
    }
  });
});
