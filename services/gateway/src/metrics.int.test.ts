// The gateway as the runtime starts it (its own HTTP port, GET /metrics from
// libs/runtime) in front of a stand-in identity: every request is counted in
// http_server_request_duration_seconds under its route template, method and status.
import { closeBus, connectBus } from '@keywarden/bus';
import { loadConfig, startService, type RunningService } from '@keywarden/runtime';
import { eventually, scrapeMetric, testBus } from '@keywarden/testing';
import type { NatsConnection } from '@nats-io/nats-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gatewayConfig } from './config.js';
import { gatewayService } from './service.js';
import { startFakeIdentity, type FakeIdentity } from './test-support/fake-identity.js';
import { quiet } from './test-support/gateway.js';

const NAME = 'http_server_request_duration_seconds_count';
let nc: NatsConnection;
let identity: FakeIdentity;
let gateway: RunningService;
let base: string;

const series = (route: string, method: string, status: number) =>
  ({ http_route: route, http_request_method: method, http_response_status_code: String(status), url_scheme: 'http' });
const count = async (labels: Record<string, string>) => (await scrapeMetric(base, NAME, labels)) ?? 0;

beforeAll(async () => {
  const bus = testBus();
  nc = await connectBus({ servers: bus.natsUrl, name: 'gateway-metrics-test' });
  identity = await startFakeIdentity(nc, bus.namespace);
  const env = { KW_NATS_URL: bus.natsUrl, KW_BUS_NAMESPACE: bus.namespace, KW_LOG_LEVEL: 'silent', KW_HTTP_PORT: '0', KW_HTTP_HOST: '127.0.0.1' };
  gateway = await startService(gatewayService, loadConfig('gateway', env, gatewayConfig), { logDestination: quiet });
  base = `http://127.0.0.1:${gateway.http!.port}`;
  await eventually(async () => (await fetch(`${base}/readyz`)).status === 200, { timeoutMs: 15_000, message: 'gateway ready' });
});

afterAll(async () => {
  await gateway?.stop();
  await identity?.stop();
  if (nc) await closeBus(nc);
});

describe('gateway /metrics', () => {
  it('counts requests by route template, method and status, never by concrete path', async () => {
    const ok = series('/api/v1/users/me', 'GET', 200);
    const refused = series('/api/v1/users/:id/disable', 'POST', 401);
    const before = { ok: await count(ok), refused: await count(refused) };
    const token = await identity.accessToken({ sub: 'u-metrics' });
    expect((await fetch(`${base}/api/v1/users/me`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
    for (const id of ['u-victim-1', 'u-victim-2']) expect((await fetch(`${base}/api/v1/users/${id}/disable`, { method: 'POST' })).status).toBe(401);
    expect(await count(ok)).toBe(before.ok + 1);
    expect(await count(refused)).toBe(before.refused + 2);
    const text = await (await fetch(`${base}/metrics`)).text();
    expect(text).toContain('# TYPE http_server_request_duration_seconds histogram');
    expect(text).not.toContain('u-victim');
  });

  it('puts paths no route knows under one label', async () => {
    // POST: every GET outside /api is the console's one '*' route (a bounded label too).
    const unmatched = series('unmatched', 'POST', 404);
    const before = await count(unmatched);
    for (const path of ['/api/v1/nothing-here', '/wp-login.php']) expect((await fetch(`${base}${path}`, { method: 'POST' })).status).toBe(404);
    expect(await count(unmatched)).toBe(before + 2);
    expect((await fetch(`${base}/wp-login.php`)).status).toBe(404);
    expect(await (await fetch(`${base}/metrics`)).text()).not.toContain('wp-login');
  });
});
