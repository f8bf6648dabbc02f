// Every refusal of POST /webhook/deploy leaves exactly one audit record in the
// REAL deployer (started in-process on a fresh database and bus namespace),
// the gateway's own refusals included: each kind answers its status and
// problem+json code and appends one WebhookRejected with its reason; a source
// past the deployer's rejection limit gets 429 and one summarizing cut-off
// event, however many more refusals it collects.
import { randomUUID } from 'node:crypto';
import { closeBus, connectBus, endpoint, ensureEventStream, startRpcService, callRpc } from '@keywarden/bus';
import { encodeEvent } from '@keywarden/contracts';
import { generateMasterKey } from '@keywarden/crypto';
import { deployerConfig, deployerService, type DeployTarget } from '@keywarden/deployer';
import { gatewayApp, WEBHOOK_MAX_BODY_BYTES, quiet, type GatewayDeps } from '@keywarden/gateway/testing';
import { createHttpApp } from '@keywarden/http';
import { loadConfig, startService, type RunningService } from '@keywarden/runtime';
import { createLogger } from '@keywarden/telemetry';
import { createTestDatabase, eventually, testBus, type TestDatabase } from '@keywarden/testing';
import { jetstream } from '@nats-io/jetstream';
import { headers as natsHeaders, type NatsConnection } from '@nats-io/nats-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const LIMIT = 4;
const ORG = randomUUID();
const PROJECT = randomUUID();

/** Applies nothing and completes at once: these tests are about the webhook's answers, not rollouts. */
const target: DeployTarget = {
  kind: 'manifests', description: 'nowhere (test)',
  apply: async () => ({ generation: 1 }), waitForRollout: async () => ({ status: 'complete' }), scale: async () => {}, remove: async () => {}, close: async () => {},
};

let db: TestDatabase;
let deployer: RunningService;
let nc: NatsConnection;
let stopVault: () => Promise<void>;
let request: (path: string, init: RequestInit) => Promise<Response>;
let token = '';
let applicationId = '';

beforeAll(async () => {
  db = await createTestDatabase('gwhook');
  const { natsUrl, namespace } = testBus();
  nc = await connectBus({ servers: natsUrl, name: 'gateway-webhook-e2e' });
  await ensureEventStream(nc, 'gitops', { namespace });
  await ensureEventStream(nc, 'secrets', { namespace });
  const vault = await startRpcService(nc, {
    name: 'secrets-vault-stand-in', version: '0.1.0', namespace,
    endpoints: [endpoint('secrets.BuildEnvironment', async () => ({ variables: [], resolvedAt: new Date().toISOString() }))],
  });
  stopVault = async () => void (await vault.stop());
  const env = {
    KW_SERVICE_NAME: 'deployer', KW_NATS_URL: natsUrl, KW_DATABASE_URL: db.url, KW_BUS_NAMESPACE: namespace, KW_LOG_LEVEL: 'silent',
    KW_MASTER_KEYS: `1:${generateMasterKey()}`, KW_DEPLOYER_REJECTION_LIMIT: String(LIMIT), KW_DEPLOYER_WEBHOOK_RATE_WINDOW_MS: '3600000',
  };
  deployer = await startService(deployerService({ target }), loadConfig('deployer', env, deployerConfig), { logDestination: quiet });

  // The project, as gitops-sync announces it, then an application registered over the deployer's RPC.
  const eventId = randomUUID();
  const msg = encodeEvent({
    eventId, type: 'ProjectCreated', streamId: `project-${PROJECT}`, streamVersion: 1, time: new Date().toISOString(), source: 'gitops-sync',
    data: { projectId: PROJECT, organizationId: ORG, name: 'shop', slug: 'shop', repositoryUrl: 'https://gitlab.com/acme/shop.git', provider: 'gitlab', branch: 'main', environments: ['production'], actorUserId: 'u1' },
  }, { namespace });
  const h = natsHeaders();
  for (const [k, v] of Object.entries(msg.headers)) if (k !== 'Nats-Msg-Id') h.set(k, v);
  await jetstream(nc).publish(msg.subject, msg.data, { msgID: eventId, headers: h });
  const actor = { userId: 'admin-1', roles: ['admin'], organizationId: ORG, organizationRole: 'owner', scopes: [], credential: 'session' };
  const registered = await eventually(() => callRpc(nc, 'deploy.RegisterApplication', {
    actor, projectId: PROJECT, name: 'shop-web', environment: 'production', image: 'registry.acme.test/shop/web', ports: [8080], webhookEnabled: true,
  }, { namespace }).catch(() => undefined), { timeoutMs: 10_000, message: 'the deployer knows the project' });
  token = registered.webhookToken;
  applicationId = registered.application!.applicationId!;

  // The gateway's routes, trusting X-Forwarded-For so that each test speaks from an address of its own.
  const logger = createLogger({ service: 'gateway', level: 'silent', destination: quiet });
  const deps: GatewayDeps = { logger, nc, namespace, clock: { now: () => new Date() }, config: { extra: { KW_GATEWAY_TRUST_PROXY: 'true' } } as unknown as GatewayDeps['config'] };
  const app = createHttpApp({ service: 'gateway', logger });
  app.route('/', gatewayApp(deps).routes as never);
  request = async (path, init) => await app.request(`http://gateway.test${path}`, init);
});

afterAll(async () => {
  await deployer?.stop();
  await stopVault?.();
  if (nc) await closeBus(nc);
  await db?.drop();
});

const deploy = (source: string, body: string, headers: Record<string, string> = {}) =>
  request('/webhook/deploy', { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': source, ...headers }, body });
const follow = (source: string, deploymentId: string, bearer: string) =>
  request(`/webhook/deployments/${deploymentId}`, { headers: { 'x-forwarded-for': source, ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) } });
const auditOf = async (source: string) =>
  (await deployer.deps.database!.sql`select stream_id, data from events where type = 'WebhookRejected' and data->>'sourceAddress' = ${source} order by global_position`) as unknown as Array<{ stream_id: string; data: Record<string, string> }>;

describe('every refusal of POST /webhook/deploy is audited once, by the deployer', () => {
  const body = () => JSON.stringify({ applicationId, version: '1.0.0' });
  const cases: Array<{ kind: string; send: (source: string) => Promise<Response>; status: number; code: string; reason: string }> = [
    { kind: 'a body too large', send: (s) => deploy(s, JSON.stringify({ applicationId, version: '1', pad: 'x'.repeat(WEBHOOK_MAX_BODY_BYTES) }), { authorization: `Bearer ${token}` }), status: 413, code: 'ERR_PAYLOAD_TOO_LARGE', reason: 'body_too_large' },
    { kind: 'a content type that is not JSON', send: (s) => deploy(s, body(), { authorization: `Bearer ${token}`, 'content-type': 'text/plain' }), status: 415, code: 'ERR_UNSUPPORTED_MEDIA_TYPE', reason: 'unsupported_media_type' },
    { kind: 'malformed JSON', send: (s) => deploy(s, '{"applicationId":', { authorization: `Bearer ${token}` }), status: 400, code: 'ERR_VALIDATION', reason: 'invalid_json' },
    { kind: 'a JSON array', send: (s) => deploy(s, `[${body()}]`, { authorization: `Bearer ${token}` }), status: 400, code: 'ERR_VALIDATION', reason: 'not_an_object' },
    { kind: 'a field that is not a string', send: (s) => deploy(s, JSON.stringify({ applicationId, version: 1 }), { authorization: `Bearer ${token}` }), status: 400, code: 'ERR_VALIDATION', reason: 'invalid_field' },
    { kind: 'no token', send: (s) => deploy(s, body()), status: 401, code: 'ERR_UNAUTHENTICATED', reason: 'missing_token' },
    { kind: 'a wrong token', send: (s) => deploy(s, body(), { authorization: 'Bearer whk_wrong-wrong-wrong' }), status: 401, code: 'ERR_INVALID_TOKEN', reason: 'invalid_token' },
    { kind: 'missing fields', send: (s) => deploy(s, '{}', { authorization: `Bearer ${token}` }), status: 400, code: 'ERR_MISSING_FIELDS', reason: 'missing_fields' },
    // Following a deployment: refusals of the GET are audited the same way.
    { kind: 'following a malformed deployment id', send: (s) => follow(s, 'not-a-uuid', token), status: 400, code: 'ERR_VALIDATION', reason: 'invalid_deployment_id' },
    { kind: 'following an unknown deployment', send: (s) => follow(s, randomUUID(), token), status: 404, code: 'ERR_NOT_FOUND', reason: 'unknown_deployment' },
    { kind: 'following without a token', send: (s) => follow(s, randomUUID(), ''), status: 401, code: 'ERR_UNAUTHENTICATED', reason: 'missing_token' },
  ];

  it.each(cases)('$kind: $status $code, one WebhookRejected $reason', async ({ kind, send, status, code, reason }) => {
    // Each kind from an address of its own.
    const source = `198.51.100.${cases.findIndex((c) => c.kind === kind) + 10}`;
    const response = await send(source);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(await response.json()).toMatchObject({ status, code });
    if (status === 401) expect(response.headers.get('www-authenticate')).toMatch(/^Bearer realm="keywarden-webhook"/);
    const audit = await auditOf(source);
    expect(audit.map((e) => e.data['reason'])).toEqual([reason]);
    // At most the token's first characters, never the token.
    expect(JSON.stringify(audit)).not.toContain(token.slice(8));
  });

  it('an Idempotency-Key reused for another version: 409, one WebhookRejected on the application; the retry itself is a replay', async () => {
    const source = '198.51.100.40';
    const headers = { authorization: `Bearer ${token}`, 'idempotency-key': 'pipeline-9' };
    const first = await deploy(source, JSON.stringify({ applicationId, version: '2.0.0' }), headers);
    expect(first.status).toBe(202);
    const again = await deploy(source, JSON.stringify({ applicationId, version: '2.0.0' }), headers);
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    const reused = await deploy(source, JSON.stringify({ applicationId, version: '2.0.1' }), headers);
    expect(reused.status).toBe(409);
    expect(await reused.json()).toMatchObject({ code: 'ERR_IDEMPOTENCY_KEY_REUSED' });
    expect(await auditOf(source)).toEqual([{ stream_id: `application-${applicationId}`, data: expect.objectContaining({ reason: 'idempotency_key_reused', applicationId }) }]);
  });

  it(`a source past ${LIMIT} refusals is cut off: 429 with Retry-After, one summary event, the rest unrecorded`, async () => {
    const source = '198.51.100.50';
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT + 3; i++) {
      const response = await deploy(source, i % 2 === 0 ? '[]' : 'not json', { authorization: `Bearer ${token}` });
      statuses.push(response.status);
      if (response.status === 429) {
        expect(await response.json()).toMatchObject({ code: 'ERR_RATE_LIMITED' });
        expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
      }
    }
    expect(statuses).toEqual([...Array<number>(LIMIT).fill(400), 429, 429, 429]);
    // Even a request that would otherwise be accepted is refused now, and not recorded either.
    expect((await deploy(source, JSON.stringify({ applicationId, version: '3.0.0' }), { authorization: `Bearer ${token}` })).status).toBe(429);
    const audit = await auditOf(source);
    expect(audit.map((e) => e.data['reason'])).toEqual(['not_an_object', 'invalid_json', 'not_an_object', 'invalid_json', 'rate_limited']);
    expect(audit.at(-1)).toMatchObject({ stream_id: 'application-unknown', data: { applicationId: '', tokenPrefix: '' } });
  });
});
