// POST /webhook/deploy and GET /webhook/deployments/{id} over real HTTP (the
// source address comes from the socket) against a stand-in deployer on the
// real bus: the gateway judges only content type, size and JSON shape (and has
// the deployer audit each such refusal) and passes everything else on
// unjudged, the raw body byte for byte; the deployer's errors keep their
// status; neither the token nor the body reaches the logs. The real deployer
// behind the gateway: webhook-audit.e2e.test.ts.
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { callRpc, closeBus, connectBus } from '@keywarden/bus';
import { KeywardenError } from '@keywarden/errors';
import { createHttpApp, serve, type RunningServer } from '@keywarden/http';
import { createLogger } from '@keywarden/telemetry';
import { testBus } from '@keywarden/testing';
import type { NatsConnection } from '@nats-io/nats-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gatewayApp } from '../app.js';
import type { GatewayDeps } from '../rpc.js';
import { startFakeDeployer, type FakeDeployer } from '../test-support/fake-deployer.js';
import { WEBHOOK_MAX_BODY_BYTES } from './webhook.js';

const ORG = randomUUID();
const logs: string[] = [];
let nc: NatsConnection;
let deployer: FakeDeployer;
const servers: RunningServer[] = [];
let direct = '';
let proxied = '';
let token = '';
let applicationId = '';

async function gatewayAt(namespace: string, extra: Record<string, string>): Promise<string> {
  const destination = new Writable({ write: (chunk: Buffer, _e, cb) => { logs.push(chunk.toString()); cb(); } });
  const logger = createLogger({ service: 'gateway', level: 'debug', destination });
  const deps: GatewayDeps = { logger, nc, namespace, clock: { now: () => new Date() }, config: { extra } as unknown as GatewayDeps['config'] };
  const app = createHttpApp({ service: 'gateway', logger });
  app.route('/', gatewayApp(deps).routes as never);
  const server = await serve(app, { port: 0, hostname: '127.0.0.1', closeGraceMs: 100 });
  servers.push(server);
  return `http://127.0.0.1:${server.port}`;
}

beforeAll(async () => {
  const bus = testBus();
  nc = await connectBus({ servers: bus.natsUrl, name: 'gateway-webhook-test' });
  deployer = await startFakeDeployer(nc, bus.namespace);
  const registered = await callRpc(nc, 'deploy.RegisterApplication', {
    actor: { userId: 'admin-1', roles: ['admin'], organizationId: ORG }, projectId: randomUUID(), name: 'web-shop', image: 'acme/web-shop', webhookEnabled: true,
  }, { namespace: bus.namespace });
  token = registered.webhookToken;
  applicationId = registered.application!.applicationId!;
  direct = await gatewayAt(bus.namespace, {});
  proxied = await gatewayAt(bus.namespace, { KW_GATEWAY_TRUST_PROXY: 'true' });
});

afterAll(async () => {
  for (const server of servers) await server.close();
  await deployer?.stop();
  if (nc) await closeBus(nc);
});

const post = (body: string | Uint8Array, headers: Record<string, string> = {}, base = direct) =>
  fetch(`${base}/webhook/deploy`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
const webhookCalls = () => deployer.requests.filter((r) => r.method === 'deploy.WebhookDeploy').length;
const lastBody = () => Buffer.from(deployer.last('deploy.WebhookDeploy')?.body ?? '', 'base64');
type Accepted = { deployment: { deploymentId: string; applicationId: string; version: string; trigger: string }; duplicate: boolean };

describe('POST /webhook/deploy', () => {
  it('accepts with the token from Authorization: 202, Location, everything passed on unjudged', async () => {
    // Odd spacing, key order and non-ASCII text: the signature covers exactly these bytes.
    const raw = `{ "version":"1.4.2",\n  "applicationName" : "web-shop", "note": "déploiement ✓" }`;
    const response = await post(raw, { authorization: `Bearer ${token}`, 'idempotency-key': 'pipeline-4711', 'x-keywarden-signature': 't=1767225600,v1=abc123' });
    expect(response.status).toBe(202);
    const body = (await response.json()) as Accepted;
    expect(body).toMatchObject({ duplicate: false, deployment: { applicationId, version: '1.4.2', trigger: 'webhook' } });
    expect(response.headers.get('location')).toBe(`/webhook/deployments/${body.deployment.deploymentId}`);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(deployer.last('deploy.WebhookDeploy')).toMatchObject({
      applicationId: '', applicationName: 'web-shop', version: '1.4.2', token, idempotencyKey: 'pipeline-4711', signature: 't=1767225600,v1=abc123',
    });
    expect(lastBody().equals(Buffer.from(raw, 'utf8'))).toBe(true);
    expect(deployer.last('deploy.WebhookDeploy')?.sourceAddress).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
  });

  it('answers a retried idempotency key with 200, duplicate: true and the same deployment', async () => {
    const raw = JSON.stringify({ applicationId, version: '1.5.0' });
    const first = (await (await post(raw, { authorization: `Bearer ${token}`, 'idempotency-key': 'pipeline-4712' })).json()) as Accepted;
    const again = await post(raw, { authorization: `Bearer ${token}`, 'idempotency-key': 'pipeline-4712' });
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    const body = (await again.json()) as Accepted;
    expect(body).toMatchObject({ duplicate: true, deployment: { deploymentId: first.deployment.deploymentId } });
    expect(again.headers.get('location')).toBe(`/webhook/deployments/${first.deployment.deploymentId}`);
  });

  it("takes the body's token when there is no Authorization header; the header wins over it", async () => {
    expect((await post(JSON.stringify({ applicationId, version: '1.6.0', token }))).status).toBe(202);
    expect(deployer.last('deploy.WebhookDeploy')?.token).toBe(token);
    const both = await post(JSON.stringify({ applicationId, version: '1.6.1', token: 'whk_from-the-body' }), { authorization: `Bearer ${token}` });
    expect(both.status).toBe(202);
    expect(deployer.last('deploy.WebhookDeploy')?.token).toBe(token);
    // A wrong header token is not rescued by a right body token: the deployer refuses it.
    const wrong = await post(JSON.stringify({ applicationId, version: '1.6.2', token }), { authorization: 'Bearer whk_wrong' });
    expect(wrong.status).toBe(401);
    expect(((await wrong.json()) as { code: string }).code).toBe('ERR_INVALID_TOKEN');
    expect(deployer.last('deploy.WebhookDeploy')?.token).toBe('whk_wrong');
  });

  it('passes missing fields and a missing token on: the deployer judges them; a 401 carries WWW-Authenticate', async () => {
    const before = webhookCalls();
    const empty = await post('{}');
    expect(empty.status).toBe(401);
    expect(empty.headers.get('content-type')).toBe('application/problem+json');
    expect(empty.headers.get('www-authenticate')).toBe('Bearer realm="keywarden-webhook"');
    expect(((await empty.json()) as { code: string }).code).toBe('ERR_UNAUTHENTICATED');
    expect(deployer.last('deploy.WebhookDeploy')).toMatchObject({ applicationId: '', applicationName: '', version: '', token: '', idempotencyKey: '', signature: '', gatewayRefusal: '' });
    const wrong = await post(JSON.stringify({ applicationId, version: '1.0.0' }), { authorization: 'Bearer whk_wrong' });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('www-authenticate')).toBe('Bearer realm="keywarden-webhook", error="invalid_token"');
    const fields = await post('{}', { authorization: `Bearer ${token}` });
    expect(fields.status).toBe(400);
    expect(((await fields.json()) as { code: string }).code).toBe('ERR_MISSING_FIELDS');
    // Not a uuid, not a valid tag: still the deployer's call (and its audit).
    await post(JSON.stringify({ applicationId: 'nope', version: '../../etc' }), { authorization: `Bearer ${token}` });
    expect(deployer.last('deploy.WebhookDeploy')).toMatchObject({ applicationId: 'nope', version: '../../etc' });
    expect(webhookCalls()).toBe(before + 4);
  });

  it('refuses a body that is not a JSON object of strings with 400, and has the deployer audit each refusal', async () => {
    const cases: Array<[string | Uint8Array, string]> = [
      ['version=1.0', 'invalid_json'], ['', 'invalid_json'], [new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), 'invalid_json'],
      ['[1,2]', 'not_an_object'], ['"text"', 'not_an_object'], ['null', 'not_an_object'], ['{"version": 5}', 'invalid_field'],
      // Text PostgreSQL cannot store: the edge's guard refuses it, and the deployer audits it like the rest.
      ['{"applicationId": "a\\u0000b", "version": "1.0"}', 'invalid_field'],
    ];
    for (const [raw, refusal] of cases) {
      const before = webhookCalls();
      const response = await post(raw, { authorization: `Bearer ${token}`, 'idempotency-key': 'never-passed' });
      expect(response.status, String(raw)).toBe(400);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      const problem = (await response.json()) as { code: string; errors?: unknown };
      expect(problem.code).toBe('ERR_VALIDATION');
      if (refusal === 'invalid_field') expect((problem.errors as Array<{ path: string }>).map((issue) => issue.path)).toEqual([String(raw).includes('u0000') ? 'applicationId' : 'version']);
      // Exactly one call, carrying the refusal, the token (for the audit's prefix) and the source: no body, no key.
      expect(webhookCalls(), String(raw)).toBe(before + 1);
      expect(deployer.last('deploy.WebhookDeploy')).toMatchObject({ gatewayRefusal: refusal, token, body: '', idempotencyKey: '', version: '', applicationId: '' });
      expect(deployer.last('deploy.WebhookDeploy')?.sourceAddress).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
    }
  });

  it('refuses a Content-Type that is not JSON with 415 before reading the body, audited; JSON types and none pass', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const before = webhookCalls();
      const response = await post(JSON.stringify({ applicationId, version: '1.8.0' }), { authorization: `Bearer ${token}`, 'content-type': type });
      expect(response.status, type).toBe(415);
      expect(await response.json()).toMatchObject({ code: 'ERR_UNSUPPORTED_MEDIA_TYPE' });
      expect(webhookCalls()).toBe(before + 1);
      expect(deployer.last('deploy.WebhookDeploy')).toMatchObject({ gatewayRefusal: 'unsupported_media_type', token, body: '' });
    }
    for (const type of ['application/json; charset=utf-8', 'application/vnd.ci+json', 'Application/JSON']) {
      expect((await post(JSON.stringify({ applicationId, version: '1.8.1' }), { authorization: `Bearer ${token}`, 'content-type': type })).status, type).toBe(202);
    }
    const untyped = await fetch(`${direct}/webhook/deploy`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: new TextEncoder().encode(JSON.stringify({ applicationId, version: '1.8.2' })) });
    expect(untyped.status).toBe(202);
  });

  it("passes a cut-off source's 429 on for a refusal; with the deployer unreachable the refusal stands, logged", async () => {
    deployer.failNext('deploy.WebhookDeploy', new KeywardenError('ERR_RATE_LIMITED', 429, 'Too many rejected webhook calls from this address; retry after 42 s'));
    const limited = await post('[]', { authorization: `Bearer ${token}` });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('42');
    deployer.failNext('deploy.WebhookDeploy', new KeywardenError('ERR_UNAVAILABLE', 503, 'no deployer'));
    const down = await post('[]', { authorization: `Bearer ${token}` });
    expect(down.status).toBe(400);
    expect(logs.join('')).toContain('webhook refusal not audited');
  });

  it(`refuses a body over ${WEBHOOK_MAX_BODY_BYTES} bytes with 413, declared or streamed, audited by the deployer`, async () => {
    const before = webhookCalls();
    const big = JSON.stringify({ applicationId, version: '1', padding: 'x'.repeat(WEBHOOK_MAX_BODY_BYTES) });
    const declared = await post(big, { authorization: `Bearer ${token}` });
    expect(declared.status).toBe(413);
    expect(declared.headers.get('content-type')).toBe('application/problem+json');
    expect(await declared.json()).toMatchObject({ code: 'ERR_PAYLOAD_TOO_LARGE' });
    expect(deployer.last('deploy.WebhookDeploy')).toMatchObject({ gatewayRefusal: 'body_too_large', token, body: '' });
    const chunks = [new TextEncoder().encode(big.slice(0, 40_000)), new TextEncoder().encode(big.slice(40_000))];
    const stream = new ReadableStream<Uint8Array>({ pull: (controller) => { const next = chunks.shift(); if (next) controller.enqueue(next); else controller.close(); } });
    const streamed = await fetch(`${direct}/webhook/deploy`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: stream, duplex: 'half' } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(webhookCalls()).toBe(before + 2);
    expect(deployer.last('deploy.WebhookDeploy')).toMatchObject({ gatewayRefusal: 'body_too_large' });
    // Just under the limit is fine.
    const fits = JSON.stringify({ applicationId, version: '1.7.0', padding: '' });
    expect((await post(fits.replace('""', `"${'y'.repeat(WEBHOOK_MAX_BODY_BYTES - fits.length)}"`), { authorization: `Bearer ${token}` })).status).toBe(202);
  });

  it("maps the deployer's errors to problem+json with their status; 429 carries Retry-After", async () => {
    const cases: Array<[KeywardenError, number]> = [
      [new KeywardenError('ERR_INVALID_VERSION', 400, 'version must be an image tag'), 400],
      [new KeywardenError('ERR_INVALID_SIGNATURE', 401, 'Missing, invalid or expired X-Keywarden-Signature'), 401],
      [new KeywardenError('ERR_WEBHOOK_DISABLED', 403, 'Webhook deployment is disabled for application "web-shop"'), 403],
      [new KeywardenError('ERR_APPLICATION_NOT_FOUND', 404, 'Application not found. Please register the application first.'), 404],
      [new KeywardenError('ERR_IDEMPOTENCY_KEY_REUSED', 409, 'this Idempotency-Key was used with another version'), 409],
    ];
    for (const [error, status] of cases) {
      deployer.failNext('deploy.WebhookDeploy', error);
      const response = await post(JSON.stringify({ applicationId, version: '2.0.0' }), { authorization: `Bearer ${token}` });
      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      expect(await response.json()).toMatchObject({ status, code: error.code, detail: error.detail });
      expect(response.headers.get('retry-after')).toBeNull();
    }
    deployer.failNext('deploy.WebhookDeploy', new KeywardenError('ERR_RATE_LIMITED', 429, 'too many webhook requests for this application; retry after 17 seconds'));
    const limited = await post(JSON.stringify({ applicationId, version: '2.0.0' }), { authorization: `Bearer ${token}` });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('17');
    expect(await limited.json()).toMatchObject({ code: 'ERR_RATE_LIMITED' });
    deployer.failNext('deploy.WebhookDeploy', new KeywardenError('ERR_RATE_LIMITED', 429, 'too many webhook requests'));
    const unhinted = await post(JSON.stringify({ applicationId, version: '2.0.0' }), { authorization: `Bearer ${token}` });
    expect(unhinted.status).toBe(429);
    expect(unhinted.headers.get('retry-after')).toBeNull();
  });

  it('takes the source address from the socket, and from X-Forwarded-For only behind a trusted proxy', async () => {
    const raw = JSON.stringify({ applicationId, version: '3.0.0' });
    await post(raw, { authorization: `Bearer ${token}`, 'x-forwarded-for': '203.0.113.9' }, direct);
    expect(deployer.last('deploy.WebhookDeploy')?.sourceAddress).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
    await post(raw, { authorization: `Bearer ${token}`, 'x-forwarded-for': '198.51.100.7, 203.0.113.9' }, proxied);
    expect(deployer.last('deploy.WebhookDeploy')?.sourceAddress).toBe('203.0.113.9');
    await post(raw, { authorization: `Bearer ${token}` }, proxied);
    expect(deployer.last('deploy.WebhookDeploy')?.sourceAddress).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
  });
});

describe('GET /webhook/deployments/{deploymentId}', () => {
  it('lets the CI job follow its deployment with the same token', async () => {
    const started = (await (await post(JSON.stringify({ applicationId, version: '4.0.0' }), { authorization: `Bearer ${token}` })).json()) as Accepted;
    const url = `${direct}/webhook/deployments/${started.deployment.deploymentId}`;
    const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ deployment: { deploymentId: started.deployment.deploymentId, version: '4.0.0', status: 'pending' } });
    expect(deployer.last('deploy.GetWebhookDeployment')).toMatchObject({ deploymentId: started.deployment.deploymentId, token });
    expect(deployer.last('deploy.GetWebhookDeployment')?.sourceAddress).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
    const wrong = await fetch(url, { headers: { authorization: 'Bearer whk_wrong' } });
    expect(wrong.status).toBe(401);
    expect(((await wrong.json()) as { code: string }).code).toBe('ERR_INVALID_TOKEN');
    const anonymous = await fetch(url);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toBe('Bearer realm="keywarden-webhook"');
    expect(((await anonymous.json()) as { code: string }).code).toBe('ERR_UNAUTHENTICATED');
    expect(deployer.last('deploy.GetWebhookDeployment')?.token).toBe('');
    const malformed = await fetch(`${direct}/webhook/deployments/not-a-uuid`, { headers: { authorization: `Bearer ${token}` } });
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ code: 'ERR_VALIDATION' });
    // A refusal like the others: the deployer audits it.
    expect(deployer.last('deploy.WebhookDeploy')).toMatchObject({ gatewayRefusal: 'invalid_deployment_id', token, body: '' });
  });
});

describe('logs', () => {
  it('never hold the token or the body, also when the deployer fails', async () => {
    deployer.failNext('deploy.WebhookDeploy', new KeywardenError('ERR_INTERNAL', 500, 'the deployer broke'));
    const marker = `body-marker-${randomUUID()}`;
    const failed = await post(JSON.stringify({ applicationId, version: '5.0.0', note: marker, token }), { 'idempotency-key': marker });
    expect(failed.status).toBe(500);
    const text = logs.join('');
    // The access lines of this file's requests are there (the capture works) …
    expect(text).toContain('"path":"/webhook/deploy"');
    expect(text).toContain('"status":500');
    // … and nothing secret or caller-written is.
    expect(text).not.toContain(token);
    expect(text).not.toContain(token.slice(4));
    expect(text).not.toContain(marker);
    expect(text).not.toContain('whk_from-the-body');
    expect(text).not.toContain('déploiement');
  });
});
