// /api/v1/openapi.json as the gateway serves it: every /api/v1 route is
// documented with problem+json errors (including 503, which any route may
// answer when a service or the revocation feed is away), one Problem schema,
// and the bearer scheme on every route but the public sign-in ones.
import { createLogger } from '@keywarden/telemetry';
import type { NatsConnection } from '@nats-io/nats-core';
import { describe, expect, it } from 'vitest';
import { gatewayApp } from './app.js';

type Operation = { security?: unknown[]; responses: Record<string, { content?: Record<string, unknown> }> };

describe('openapi.json', () => {
  const { routes } = gatewayApp({ logger: createLogger({ service: 'gateway', level: 'silent' }), nc: {} as NatsConnection, namespace: undefined, clock: { now: () => new Date() } });
  const doc = routes.getOpenAPI31Document({ openapi: '3.1.0', info: { title: 'Keywarden API', version: '1' } });
  const operations = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    Object.entries(item as Record<string, Operation>).map(([method, op]) => ({ name: `${method.toUpperCase()} ${path}`, path, op })));
  const PUBLIC = /^\/api\/v1\/auth\/(sign-up|sign-in|refresh|sso\/)/;

  it('documents problem+json errors, 503 included, on every /api/v1 route', () => {
    const api = operations.filter((o) => o.path.startsWith('/api/v1/'));
    expect(api.length).toBeGreaterThan(60);
    for (const { name, op } of api) {
      for (const status of ['400', '401', '403', '404', '503']) {
        expect(Object.keys(op.responses[status]?.content ?? {}), `${name} ${status}`).toEqual(['application/problem+json']);
      }
      if (!PUBLIC.test(name.split(' ')[1]!)) expect(op.security, name).toEqual([{ bearerAuth: [] }]);
    }
  });

  it('has one Problem schema and the bearer security scheme', () => {
    expect(Object.keys(doc.components?.schemas ?? {}).filter((n) => /problem/i.test(n))).toEqual(['ProblemDetails']);
    expect(doc.components?.securitySchemes).toHaveProperty('bearerAuth');
  });
});
