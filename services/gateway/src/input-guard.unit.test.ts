// The input guard on its own routes (a path parameter, a validated JSON body,
// a raw body echoed back) and in front of the real gateway routes: text
// PostgreSQL cannot store is a 400 naming the field wherever it is, the value
// is never echoed, the body still reaches the route byte for byte, and the
// webhook's raw-body route is covered without calling any service.
import { createRoute, z } from '@hono/zod-openapi';
import { createHttpApp } from '@keywarden/http';
import { createLogger } from '@keywarden/telemetry';
import type { NatsConnection } from '@nats-io/nats-core';
import { describe, expect, it } from 'vitest';
import { gatewayRoutes } from './app.js';
import { inputGuard } from './input-guard.js';
import { openApiRouter } from './openapi.js';

const logger = createLogger({ service: 'gateway', level: 'silent' });

function guarded() {
  const routes = openApiRouter();
  routes.use('*', inputGuard({ maxBodyBytes: 1024 }));
  routes.openapi(createRoute({
    method: 'post', path: '/things/{id}',
    request: { params: z.object({ id: z.string() }), body: { required: true, content: { 'application/json': { schema: z.object({ name: z.string(), tags: z.array(z.string()).optional() }) } } } },
    responses: { 200: { description: 'ok' } },
  }), (c) => c.json({ id: c.req.valid('param').id, body: c.req.valid('json') }, 200));
  routes.post('/raw', async (c) => c.body(new Uint8Array(await c.req.arrayBuffer())));
  const app = createHttpApp({ service: 'gateway', logger });
  app.route('/', routes as never);
  return app;
}

const post = (body: RequestInit['body'], contentType = 'application/json') => ({ method: 'POST', headers: { 'content-type': contentType }, body });
type Problem = { code: string; status: number; detail: string; errors: Array<{ path: string; message: string }> };

describe('input guard', () => {
  const app = guarded();

  it('lets storable input through, the JSON body validated as before', async () => {
    const response = await app.request('/things/a%20b', post(JSON.stringify({ name: 'caf\u00e9 \ud83d\ude00', tags: ['x'] })));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ id: 'a b', body: { name: 'caf\u00e9 \ud83d\ude00', tags: ['x'] } });
  });

  it('refuses NUL and lone surrogates in path, query, cookies and nested body fields, naming each and echoing none', async () => {
    const response = await app.request('/things/whk_secret%00?filter=%00hidden&ok=1', {
      ...post(JSON.stringify({ name: 'fine', tags: ['ok', 'whk_tail\ud800'], ['k\u0000']: 1 })),
      headers: { 'content-type': 'application/json', cookie: 'kw_refresh=ab%00cd; other_site=%00' },
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    const problem = (await response.json()) as Problem;
    expect(problem.code).toBe('ERR_VALIDATION');
    expect(problem.errors.map((e) => e.path).sort()).toEqual(['body', 'filter.0', 'id', 'kw_refresh', 'tags.1']);
    // `instance` is the path the client asked for (RFC 9457); the rest never repeats a value.
    expect(JSON.stringify({ ...problem, instance: undefined })).not.toMatch(/whk_|hidden|abcd/);
  });

  it('refuses a body nested too deeply, and a JSON body that is not UTF-8', async () => {
    const deep = await app.request('/things/x', post(`{"name":"x","tags":${'['.repeat(50)}${']'.repeat(50)}}`));
    expect(deep.status).toBe(400);
    expect(((await deep.json()) as Problem).errors[0]?.message).toMatch(/nested deeper/);
    const latin1 = await app.request('/things/x', post(new Uint8Array([...Buffer.from('{"name":"caf'), 0xe9, ...Buffer.from('"}')])));
    expect(latin1.status).toBe(400);
    expect(((await latin1.json()) as Problem).errors).toEqual([{ path: 'body', message: 'must be UTF-8' }]);
  });

  it('gives the route the body byte for byte, whatever its content type', async () => {
    const bytes = new Uint8Array([...Buffer.from('\ufeff{"a": 1,\n "b" :"\\u00e9"}')]);
    const response = await app.request('/raw', post(bytes, 'text/plain'));
    expect(Buffer.from(await response.arrayBuffer())).toEqual(Buffer.from(bytes));
    // Not JSON: left for the route to judge.
    expect((await app.request('/raw', post('not json \u0000?', 'text/plain'))).status).toBe(200);
  });

  it('refuses a streamed body over its limit with 413', async () => {
    const stream = new ReadableStream({ start: (controller) => { controller.enqueue(new Uint8Array(800)); controller.enqueue(new Uint8Array(800)); controller.close(); } });
    const response = await app.request('/raw', { method: 'POST', body: stream, duplex: 'half' } as RequestInit);
    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
  });
});

describe('input guard in front of the gateway routes', () => {
  const calls: string[] = [];
  const nc = { request: (subject: string) => { calls.push(subject); throw new Error('no service in this test'); } } as unknown as NatsConnection;
  const app = createHttpApp({ service: 'gateway', logger });
  app.route('/', gatewayRoutes({ logger, nc, namespace: undefined, clock: { now: () => new Date() } }) as never);

  it('covers the webhook raw-body route: NUL in the application id or the body token never reaches the deployer, which only audits the refusal', async () => {
    for (const body of ['{"applicationId":"a\\u0000b","version":"1.0.0"}', '{"applicationName":"web","version":"1.0.0","token":"\\u0000whk_x"}']) {
      const response = await app.request('/webhook/deploy', post(body));
      expect(response.status).toBe(400);
      expect(((await response.json()) as Problem).code).toBe('ERR_VALIDATION');
    }
    // One audit call per refusal (webhook-refusal.ts): the request itself is not passed on.
    expect(calls).toEqual(['rpc.deploy.WebhookDeploy', 'rpc.deploy.WebhookDeploy']);
    calls.length = 0;
    const anonymous = await app.request('/api/v1/auth/sign-in', post(JSON.stringify({ email: 'a@example.com', password: 'pw\u0000' })));
    expect(anonymous.status).toBe(400);
    expect(calls).toEqual([]);
  });
});
