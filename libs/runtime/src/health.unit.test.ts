import { createHttpApp } from '@keywarden/http';
import { createLogger, getMeter, initMetrics } from '@keywarden/telemetry';
import { describe, expect, it } from 'vitest';
import { healthRoutes } from './health.js';

const logger = createLogger({ service: 'identity', level: 'silent' });

describe('health routes', () => {
  const appWith = (nats: () => string, database: () => Promise<string>) => {
    const app = createHttpApp({ service: 'identity', logger });
    app.route('/', healthRoutes('identity', { nats, database }));
    return app;
  };

  it('answers /healthz whatever the dependencies are doing', async () => {
    const response = await appWith(() => 'reconnecting', async () => 'unreachable').request('/healthz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', service: 'identity' });
  });

  it('is ready when every dependency is ok', async () => {
    const response = await appWith(() => 'ok', async () => 'ok').request('/readyz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready', checks: { nats: 'ok', database: 'ok' } });
  });

  it('names what is down in a 503 problem+json', async () => {
    const response = await appWith(() => 'reconnecting', async () => { throw new Error('ECONNREFUSED'); }).request('/readyz');
    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(await response.json()).toMatchObject({
      status: 503,
      code: 'ERR_UNAVAILABLE',
      detail: 'nats is reconnecting. database is failing.',
      instance: '/readyz',
    });
  });

  it('follows a dependency as it changes', async () => {
    let nats = 'ok';
    const app = appWith(() => nats, async () => 'ok');
    expect((await app.request('/readyz')).status).toBe(200);
    nats = 'reconnecting';
    expect((await app.request('/readyz')).status).toBe(503);
    nats = 'ok';
    expect((await app.request('/readyz')).status).toBe(200);
  });

  it('serves the process metrics in the Prometheus text format', async () => {
    initMetrics('identity');
    getMeter('@keywarden/runtime-test').createCounter('keywarden_health_test_checks').add(3, { kind: 'unit' });
    const response = await appWith(() => 'ok', async () => 'ok').request('/metrics');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(await response.text()).toMatch(/keywarden_health_test_checks_total\{kind="unit"\} 3/);
  });
});
