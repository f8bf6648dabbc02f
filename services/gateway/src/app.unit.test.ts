import { createHttpApp } from '@keywarden/http';
import { createLogger } from '@keywarden/telemetry';
import type { NatsConnection } from '@nats-io/nats-core';
import { describe, expect, it } from 'vitest';
import { z } from '@hono/zod-openapi';
import { MAX_BODY_BYTES, gatewayRoutes } from './app.js';
import { reply } from './routes/kit.js';

const logger = createLogger({ service: 'gateway', level: 'silent' });

describe('gateway app', () => {
  const app = createHttpApp({ service: 'gateway', logger });
  app.route('/', gatewayRoutes({ logger, nc: {} as NatsConnection, namespace: undefined, clock: { now: () => new Date() } }) as never);

  it('answers an unknown route with a problem+json 404 and a request id', async () => {
    const response = await app.request('/api/v1/no/such/route');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    const requestId = response.headers.get('x-request-id');
    expect(requestId).toBeTruthy();
    expect(await response.json()).toMatchObject({ status: 404, code: 'ERR_NOT_FOUND', instance: '/api/v1/no/such/route', requestId });
  });
});

describe('gateway limits and replies', () => {
  const app = createHttpApp({ service: 'gateway', logger });
  app.route('/', gatewayRoutes({ logger, nc: {} as NatsConnection, namespace: undefined, clock: { now: () => new Date() } }) as never);

  it('refuses an oversized body before buffering it or calling a service', async () => {
    const huge = JSON.stringify({ email: 'a@example.com', password: 'x'.repeat(MAX_BODY_BYTES) });
    const response = await app.request('/api/v1/auth/sign-in', { method: 'POST', headers: { 'content-type': 'application/json' }, body: huge });
    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
  });

  it('answers 500, not 400, when a service reply does not fit the documented shape', () => {
    expect(() => reply(z.object({ id: z.string() }), { id: 7 })).toThrow(expect.objectContaining({ code: 'ERR_INTERNAL', status: 500 }));
  });
});
