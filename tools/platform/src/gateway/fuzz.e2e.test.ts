// Every operation of /api/v1/openapi.json, sent malformed to the gateway in
// front of every real service (in-process, real nats-server and PostgreSQL):
// NUL and lone surrogates in each path parameter, query parameter, header,
// cookie and body field, wrong types, numbers beyond int32/int64, huge values,
// odd dates and ids, missing and extra fields, bodies that are not objects, not
// JSON, not UTF-8, too deep, too big or of another content type; as an
// administrator (and the webhook's own token) and anonymously. Not one answer
// may be a 500, every error must be problem+json with a stable code, and no
// service may log an unexpected error. Seeded (KW_FUZZ_SEED) so a failure
// reproduces.
import { writeFile } from 'node:fs/promises';
import { OPENAPI_PATH } from '@keywarden/gateway/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operationsOf, SchemaValues, type Fixtures, type Operation } from './test-support/fuzz-schema.js';
import { requestOf, seededRandom, variantsOf, type Variant } from './test-support/fuzz-variants.js';
import { startTestPlatform, type TestPlatform } from './test-support/platform.js';


const SEED = Number(process.env['KW_FUZZ_SEED'] ?? 20260301);
const ADMIN = { email: 'fuzz-admin@keywarden.test', password: 'correct horse battery staple' };
let platform: TestPlatform;

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

async function call(method: string, path: string, body?: unknown, token?: string, ok = true): Promise<Json> {
  const response = await platform.gateway.request(path, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  if (ok) expect(response.status, `${method} ${path}: ${text}`).toBeLessThan(300);
  return text ? (JSON.parse(text) as Json) : {};
}

const signIn = async () => (await call('POST', '/api/v1/auth/sign-in', ADMIN, undefined))['accessToken'] as string;

/** An organization, a second user, a PAT, provider app, secrets, a project, an application with a deployment, a channel. */
async function createFixtures(): Promise<{ fixtures: Fixtures; token: string; webhookToken: string }> {
  await call('POST', '/api/v1/auth/sign-up', { ...ADMIN, displayName: 'Fuzz Admin' }, undefined);
  const token = await signIn();
  const other = (await call('POST', '/api/v1/auth/sign-up', { email: 'fuzz-member@keywarden.test', password: ADMIN.password, displayName: 'Member' }, undefined))['user'];
  const org = (await call('POST', '/api/v1/organizations', { name: 'Fuzz', slug: 'fuzz' }, token))['organization'];
  await call('POST', `/api/v1/organizations/${org.organizationId}/members`, { userId: other.userId, role: 'member' }, token);
  const pat = (await call('POST', '/api/v1/users/me/tokens', { name: 'fuzz', scopes: ['gitops:read'] }, token))['personalAccessToken'];
  const app = (await call('POST', '/api/v1/oauth/provider-apps', { provider: 'gitlab', name: 'GitLab', baseUrl: 'http://127.0.0.1:9', clientId: 'fuzz', clientSecret: 'fuzz-secret' }, token));
  const group = (await call('POST', '/api/v1/secrets/groups', { name: 'fuzz' }, token))['group'];
  const secret = (await call('POST', `/api/v1/secrets/groups/${group.groupId}/secrets`, { name: 'FUZZ_SECRET', value: 'fuzz-value' }, token))['secret'];
  const project = (await call('POST', '/api/v1/projects', { organizationId: org.organizationId, name: 'Fuzz', repositoryUrl: 'https://gitlab.com/fuzz/web' }, token))['project'];
  // secrets-vault and the deployer learn of the project from ProjectCreated.
  let variable: Json = {};
  for (let attempt = 0; attempt < 100 && !variable['envVar']; attempt++) {
    variable = await call('PUT', `/api/v1/secrets/projects/${project.projectId}/env-vars/FUZZ_KEY`, { value: 'plain' }, token, false);
    if (!variable['envVar']) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  let registered: Json = {};
  for (let attempt = 0; attempt < 100 && !registered['application']; attempt++) {
    registered = await call('POST', '/api/v1/applications', {
      organizationId: org.organizationId, projectId: project.projectId, name: 'fuzz-app', image: 'registry.example.com/fuzz/app', ports: [8080],
    }, token, false);
    if (!registered['application']) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const applicationId = registered['application'].applicationId as string;
  const deployment = (await call('POST', `/api/v1/applications/${applicationId}/deployments?organizationId=${org.organizationId}`, { version: '1.0.0' }, token))['deployment'];
  const channel = (await call('POST', `/api/v1/notifications/channels?organizationId=${org.organizationId}`, {
    kind: 'webhook', name: 'fuzz', url: 'https://hooks.example.com/fuzz', signingSecret: `whsec_${'a'.repeat(43)}`,
  }, token))['channel'];
  const subscription = (await call('POST', `/api/v1/notifications/subscriptions?organizationId=${org.organizationId}`, { channelId: channel.channelId, kinds: [] }, token))['subscription'];
  const ids = {
    organizationId: org.organizationId, userId: other.userId, projectId: project.projectId, applicationId, deploymentId: deployment.deploymentId,
    groupId: group.groupId, secretId: secret.secretId, channelId: channel.channelId, subscriptionId: subscription.subscriptionId, providerAppId: app.providerAppId,
    key: 'FUZZ_KEY', environment: 'development', newOwnerUserId: other.userId, version: '1.0.0', name: 'fuzz-app',
  } as Record<string, string>;
  const fixtures: Fixtures = {
    byName: ids,
    byPath: [
      [/^\/api\/v1\/users\/me\/tokens\/\{id\} id$/, pat.tokenId as string],
      [/^\/api\/v1\/users\/\{id\}.* id$/, other.userId as string],
      [/^\/api\/v1\/organizations\/\{id\}.* id$/, org.organizationId as string],
      [/^\/api\/v1\/oauth\/provider-apps\/\{id\}.* id$/, app.providerAppId as string],
    ],
  };
  await call('POST', '/api/v1/auth/sign-up', { email: THIRD, password: ADMIN.password, displayName: 'Third' });
  return { fixtures, token, webhookToken: registered['webhookToken'] as string };
}

const THIRD = 'fuzz-third@keywarden.test';
/** Plausible bodies where the schema alone cannot tell (cross-field rules, what a service accepts). */
const BODIES: Record<string, (ids: Record<string, string>) => unknown> = {
  'POST /webhook/deploy': (ids) => ({ applicationId: ids['applicationId'], version: '1.0.1', token: 'whk_fuzz' }),
  'POST /api/v1/users/me/tokens': () => ({ name: 'fuzz', description: 'fuzz', scopes: ['gitops:read'], expiresAt: new Date(Date.now() + 86_400_000).toISOString() }),
  'POST /api/v1/organizations/{id}/members': () => ({ email: THIRD, role: 'member' }),
  'POST /api/v1/admin/identity-providers': () => IDP,
  'PUT /api/v1/admin/identity-providers/{id}': () => IDP,
  'POST /api/v1/oauth/provider-apps/{id}/app-grants': () => ({ grantKind: 'app' }),
  'POST /api/v1/secrets/groups/{groupId}/import': () => ({ format: 'json', content: '{"IMPORTED":"value"}', overwrite: false }),
  'POST /api/v1/secrets/providers': (ids) => VAULT(ids),
  'PUT /api/v1/secrets/providers/{providerId}': (ids) => VAULT(ids),
  'POST /api/v1/notifications/subscriptions': (ids) => ({ channelId: ids['channelId'], kinds: ['deployment_succeeded'] }),
  'POST /api/v1/applications': (ids) => ({ ...APP(ids), organizationId: ids['organizationId'], projectId: ids['projectId'], name: 'fuzz-other' }),
  'PATCH /api/v1/applications/{applicationId}': (ids) => ({ ...APP(ids), webhookEnabled: true }),
};
const IDP = { name: 'Fuzz IdP', issuer: 'http://127.0.0.1:9/idp', clientId: 'fuzz', clientSecret: 'fuzz-secret', scopes: ['openid', 'email'], claimMapping: { email: 'email' }, identifierFilter: '', enabled: true };
const VAULT = (ids: Record<string, string>) => ({
  name: 'vault', providerType: 'hashicorp-vault', groupId: ids['groupId'], enabled: true, autoSync: false, schedule: '0 0 * * * *', deleteMissing: false,
  settings: { address: 'http://127.0.0.1:9', mount: 'secret', path: 'fuzz', auth: { method: 'token', token: 'fuzz-token' } },
});
const APP = (ids: Record<string, string>) => ({
  environment: ids['environment'], image: 'registry.example.com/fuzz/app', ports: [8080], replicas: 1, resources: { cpuRequest: '250m', memoryLimit: '512Mi' },
  webhookEnabled: true, autoDeploy: false, signatureRequired: false,
});
/** Query values where the schema's example is not one the service accepts. */
const LEAVE_OUT_QUERY = new Set(['pageToken']);

// The webhook runs first (later operations change its application); operations that end the
// admin's session or take fixtures away run last.
const destructive = (op: Operation) => op.method === 'DELETE' || /sign-out|transfer|webhook-token|disable$/.test(op.path);
const order = (op: Operation) => (op.security === 'webhook' ? 0 : destructive(op) ? 2 : 1);

/** FNV-1a: a 32-bit seed from text. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** Runs `work` over `items`, at most `width` at a time. */
async function inTurns<T>(items: readonly T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < items.length) await work(items[next++]!);
  }));
}

type Failure = { operation: string; variant: string; status: number; body: string };

/**
 * A failure when the answer is a 5xx, or an error that is not problem+json with a stable code.
 * A 504 ERR_TIMEOUT may only mean a busy machine (argon2 in sign-up while three operations
 * run at once): such a request is sent again at the end, alone, and then judged like any.
 */
async function judge(response: Response): Promise<{ failed: boolean; timedOut: boolean; text: string }> {
  const text = await response.text();
  if (response.status < 400) return { failed: false, timedOut: false, text };
  const problem = response.headers.get('content-type') === 'application/problem+json' ? (JSON.parse(text) as Json) : undefined;
  const wellFormed = problem !== undefined && /^ERR_[A-Z0-9_]+$/.test(String(problem['code'])) && problem['status'] === response.status;
  const timedOut = response.status === 504 && problem?.['code'] === 'ERR_TIMEOUT';
  return { failed: (response.status >= 500 && !timedOut) || !wellFormed, timedOut, text };
}

beforeAll(async () => {
  platform = await startTestPlatform();
}, 120_000);

afterAll(async () => {
  await platform?.stop();
});

describe('fuzzing every OpenAPI operation', () => {
  it('never answers 5xx, answers every error as problem+json with a code, and no service logs an unexpected error', async () => {
    const { fixtures, webhookToken } = await createFixtures();
    let token = await signIn();
    const doc = await call('GET', OPENAPI_PATH);
    const operations = operationsOf(doc);
    expect(operations.length).toBeGreaterThan(80);
    const values = new SchemaValues(doc, fixtures);
    const failures: Failure[] = [];
    // Per operation: how many answers of each status (KW_FUZZ_REPORT), to see how deep the variants got.
    const statuses: Record<string, Record<number, number>> = {};
    let requests = 0;
    const timedOutRequests: Array<{ key: string; op: Operation; variant: Variant }> = [];
    const fuzz = async (as: 'admin' | 'anonymous', op: Operation) => {
      const key = `${as} ${op.method} ${op.path}`;
      const credential = as === 'anonymous' ? undefined : op.security === 'webhook' ? webhookToken : token;
      const body = BODIES[`${op.method} ${op.path}`]?.(fixtures.byName) ?? values.value(op.body, '');
      const base: Variant = {
        name: 'plausible',
        params: Object.fromEntries(op.parameters.filter((p) => p.in === 'path').map((p) => [p.name, values.pathValue(op.path, p.name, p.schema)])),
        query: op.parameters.filter((p) => p.in === 'query' && !LEAVE_OUT_QUERY.has(p.name)).map((p) => [p.name, String(values.value(p.schema, p.name))]),
        headers: credential ? { authorization: `Bearer ${credential}` } : {},
        // The webhook reads its body itself (no schema validator), so its body is documented but not declared as validated.
        body: op.body || op.path === '/webhook/deploy' ? { kind: 'json', value: body } : { kind: 'none' },
      };
      const counts = (statuses[key] = {} as Record<number, number>);
      // Seeded per operation: a failure reproduces whatever ran before it.
      for (const variant of variantsOf(op, base, seededRandom(hashOf(`${SEED} ${key}`)))) {
        const { url, init } = requestOf(op, variant);
        const response = await platform.gateway.request(url, init);
        requests++;
        counts[response.status] = (counts[response.status] ?? 0) + 1;
        const { failed, timedOut, text } = await judge(response);
        if (timedOut) timedOutRequests.push({ key, op, variant });
        if (failed) failures.push({ operation: key, variant: variant.name, status: response.status, body: text.slice(0, 300) });
      }
      // A variant may have ended the admin's session (sign-out with a valid token): sign in again.
      if (as === 'admin' && (await platform.gateway.request('/api/v1/users/me', { headers: { authorization: `Bearer ${token}` } })).status === 401) token = await signIn();
    };
    for (const as of ['admin', 'anonymous'] as const) {
      // The webhook first, then the operations that change nothing the others need three at a time, then the destructive ones in turn.
      for (const phase of [0, 1, 2]) await inTurns(operations.filter((op) => order(op) === phase), phase === 1 ? 3 : 1, (op) => fuzz(as, op));
    }
    for (const { key, op, variant } of timedOutRequests) {
      const { url, init } = requestOf(op, variant);
      const response = await platform.gateway.request(url, init);
      const { timedOut, text } = await judge(response);
      if (timedOut || response.status >= 500) failures.push({ operation: key, variant: `${variant.name} (sent again alone)`, status: response.status, body: text.slice(0, 300) });
    }
    // An RPC handler's unexpected error is logged at error level; a consumer's failure as "handler failed" (warn) or "message parked".
    const unexpected = platform.logs.filter((line) => line.level === 'error' || /handler failed/.test(line.msg));
    console.info(`fuzz seed ${SEED}: ${requests} requests over ${operations.length} operations (admin and anonymous); ${failures.length} failures; ${timedOutRequests.length} timed out and sent again`);
    // KW_FUZZ_REPORT=<file> keeps every failure, the services' warnings and the statuses per operation for a closer look.
    if (process.env['KW_FUZZ_REPORT']) await writeFile(process.env['KW_FUZZ_REPORT'], JSON.stringify({ seed: SEED, requests, timedOut: timedOutRequests.map((t) => `${t.key}: ${t.variant.name}`), failures, unexpected, statuses, logs: platform.logs }, null, 1));
    expect(failures.slice(0, 40), `${failures.length} failures (seed ${SEED})`).toEqual([]);
    expect(unexpected.slice(0, 20)).toEqual([]);
  }, 600_000);
});
