import { createHttpApp } from '@keywarden/http';
import { createLogger } from '@keywarden/telemetry';
import type { NatsConnection } from '@nats-io/nats-core';
import { describe, expect, it } from 'vitest';
import { gatewayRoutes } from './app.js';

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
