// http_server_request_duration_seconds as GET /metrics would serve it: one series per
// route template, method and status, never the concrete path.
import { forbidden } from '@keywarden/errors';
import { metricValue } from '@keywarden/testing';
import { createLogger, initMetrics, metricsText } from '@keywarden/telemetry';
import { Hono } from 'hono';
import { beforeAll, describe, expect, it } from 'vitest';
import { UNMATCHED_ROUTE, createHttpApp, type HttpEnv } from './index.js';

const NAME = 'http_server_request_duration_seconds_count';
const logger = createLogger({ service: 'http-metrics-test', level: 'silent' });

// Route templates unique to this file: the process's metrics may hold other files' series.
const app = createHttpApp({ service: 'http-metrics-test', logger });
const users = new Hono<HttpEnv>();
users.use('/:id/secret', async (c, next) => {
  // A guard answering before the handler runs: the request still counts under the handler's template.
  if (!c.req.header('authorization')) throw forbidden('no');
  await next();
});
users.get('/:id/secret', (c) => c.json({ id: c.req.param('id') }));
// Registered before '/:id', which matches the same path: this one answers, and names the series.
users.get('/me', (c) => c.json({ me: true }));
users.get('/:id', (c) => c.json({ id: c.req.param('id') }));
users.delete('/:id', () => {
  throw new Error('boom');
});
app.route('/metrics-test/users', users);

const count = async (labels: Record<string, string>) => metricValue(await metricsText(), NAME, { 'url_scheme': 'http', ...labels }) ?? 0;

beforeAll(() => {
  initMetrics('http-metrics-test');
});

describe('HTTP server metrics', () => {
  it('count requests under the route template, method and status', async () => {
    const ok = { http_route: '/metrics-test/users/:id', http_request_method: 'GET', http_response_status_code: '200' };
    const before = await count(ok);
    for (const id of ['u-1', 'u-2', 'u-3']) expect((await app.request(`/metrics-test/users/${id}`)).status).toBe(200);
    expect(await count(ok)).toBe(before + 3);
    const text = await metricsText();
    expect(text).not.toContain('u-1');
    // A histogram: the sum of the durations and the buckets come with the count.
    expect(text).toMatch(/http_server_request_duration_seconds_bucket\{[^}]*http_route="\/metrics-test\/users\/:id"[^}]*le="0\.005"\}/);
  });

  it('name the route that answered when two templates match', async () => {
    const me = { http_route: '/metrics-test/users/me', http_request_method: 'GET', http_response_status_code: '200' };
    const byId = { http_route: '/metrics-test/users/:id', http_request_method: 'GET', http_response_status_code: '200' };
    const before = { me: await count(me), byId: await count(byId) };
    expect(await (await app.request('/metrics-test/users/me')).json()).toEqual({ me: true });
    expect(await count(me)).toBe(before.me + 1);
    expect(await count(byId)).toBe(before.byId);
  });

  it('count a request a middleware refused under the route it was for', async () => {
    const refused = { http_route: '/metrics-test/users/:id/secret', http_request_method: 'GET', http_response_status_code: '403' };
    const before = await count(refused);
    expect((await app.request('/metrics-test/users/u-9/secret')).status).toBe(403);
    expect(await count(refused)).toBe(before + 1);
  });

  it('count failures as the 500 the app answered, with error.type', async () => {
    const failed = { http_route: '/metrics-test/users/:id', http_request_method: 'DELETE', http_response_status_code: '500', error_type: '500' };
    const before = await count(failed);
    expect((await app.request('/metrics-test/users/u-1', { method: 'DELETE' })).status).toBe(500);
    expect(await count(failed)).toBe(before + 1);
  });

  it('put every unmatched path under one label, and unknown methods under _OTHER', async () => {
    const unmatched = { http_route: UNMATCHED_ROUTE, http_request_method: 'GET', http_response_status_code: '404' };
    const before = await count(unmatched);
    for (const path of ['/nowhere/1', '/nowhere/2', '/metrics-test/users/u-1/other']) expect((await app.request(path)).status).toBe(404);
    expect(await count(unmatched)).toBe(before + 3);
    const other = { http_route: UNMATCHED_ROUTE, http_request_method: '_OTHER', http_response_status_code: '404' };
    const otherBefore = await count(other);
    expect((await app.request('/metrics-test/users/u-1', { method: 'PURGE' })).status).toBe(404);
    expect(await count(other)).toBe(otherBefore + 1);
    const text = await metricsText();
    expect(text).not.toContain('/nowhere');
    expect(text).not.toContain('PURGE');
  });
});
