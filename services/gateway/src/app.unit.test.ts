import { createLogger } from '@keywarden/telemetry';
import { describe, expect, it } from 'vitest';
import { createGatewayApp } from './app.js';
import type { NatsStatus } from './routes/health.js';

const logger = createLogger({ service: 'gateway', level: 'silent' });

describe('gateway app', () => {
  const appWith = (status: () => NatsStatus) => createGatewayApp({ logger, natsStatus: status });

  it('answers /healthz whatever NATS is doing', async () => {
    const response = await appWith(() => 'reconnecting').request('/healthz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('is ready when NATS is connected', async () => {
    const response = await appWith(() => 'connected').request('/readyz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready', checks: { nats: 'connected' } });
  });

  it.each<NatsStatus>(['connecting', 'reconnecting', 'closed'])('is not ready while NATS is %s: 503 problem+json', async (status) => {
    const response = await appWith(() => status).request('/readyz');
    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ status: 503, code: 'ERR_UNAVAILABLE', detail: `NATS is ${status}.`, instance: '/readyz' });
  });

  it('follows the connection as it changes', async () => {
    let status: NatsStatus = 'connected';
    const app = appWith(() => status);
    expect((await app.request('/readyz')).status).toBe(200);
    status = 'reconnecting';
    expect((await app.request('/readyz')).status).toBe(503);
    status = 'connected';
    expect((await app.request('/readyz')).status).toBe(200);
  });

  it('answers an unknown route with a problem+json 404 and a request id', async () => {
    const response = await appWith(() => 'connected').request('/no/such/route');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    const requestId = response.headers.get('x-request-id');
    expect(requestId).toBeTruthy();
    expect(await response.json()).toMatchObject({ status: 404, code: 'ERR_NOT_FOUND', instance: '/no/such/route', requestId });
  });
});
