// /api/v1/openapi.json as the gateway serves it: every /api/v1 route is
// documented with problem+json errors (including 503, which any route may
// answer when a service or the revocation feed is away), one Problem schema,
// and the bearer scheme on every route but the public sign-in ones. The
// document is served at /api/v1/openapi.json and shown by the reference page
// at /api/v1/docs.
import { readFileSync } from 'node:fs';
import { createHttpApp } from '@keywarden/http';
import { createLogger } from '@keywarden/telemetry';
import type { NatsConnection } from '@nats-io/nats-core';
import { describe, expect, it } from 'vitest';
import { OPENAPI_PATH, gatewayApp } from './app.js';
import { scalarScriptPath } from './console/docs.js';

type Operation = { security?: unknown[]; responses: Record<string, { content?: Record<string, unknown> }> };

describe('openapi.json', () => {
  const { routes } = gatewayApp({ logger: createLogger({ service: 'gateway', level: 'silent' }), nc: {} as NatsConnection, namespace: undefined, clock: { now: () => new Date() } });
  const doc = routes.getOpenAPI31Document({ openapi: '3.1.0', info: { title: 'Keywarden API', version: '1' } });
  const operations = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    Object.entries(item as Record<string, Operation>).map(([method, op]) => ({ name: `${method.toUpperCase()} ${path}`, path, op })));
  // cli/token: `kw login` redeems its one-time code with the PKCE verifier (they are the credential).
  const PUBLIC = /^\/api\/v1\/auth\/(sign-up|sign-in|refresh|sso\/|cli\/token$)/;
  // Top-level browser navigations: the bearer token, or the refresh cookie (routes/navigation.ts).
  const NAVIGATION = new Set(['GET /api/v1/oauth/provider-apps/{id}/authorize', 'GET /api/v1/oauth/accounts/{id}/reconnect', 'GET /api/v1/oauth/callback']);

  it('documents problem+json errors, 503 included, on every /api/v1 route', () => {
    const api = operations.filter((o) => o.path.startsWith('/api/v1/'));
    expect(api.length).toBeGreaterThan(60);
    for (const { name, op } of api) {
      for (const status of ['400', '401', '403', '404', '503']) {
        expect(Object.keys(op.responses[status]?.content ?? {}), `${name} ${status}`).toEqual(['application/problem+json']);
      }
      if (NAVIGATION.has(name)) expect(op.security, name).toEqual([{ bearerAuth: [] }, { refreshCookie: [] }]);
      else if (!PUBLIC.test(name.split(' ')[1]!)) expect(op.security, name).toEqual([{ bearerAuth: [] }]);
    }
  });

  it('has one Problem schema, the bearer security scheme and the refresh cookie scheme', () => {
    expect(Object.keys(doc.components?.schemas ?? {}).filter((n) => /problem/i.test(n))).toEqual(['ProblemDetails']);
    expect(doc.components?.securitySchemes).toHaveProperty('bearerAuth');
    expect(doc.components?.securitySchemes).toMatchObject({ refreshCookie: { type: 'apiKey', in: 'cookie', name: 'kw_refresh' } });
    expect(operations.filter((o) => o.op.security?.some((r) => Object.hasOwn(r as object, 'refreshCookie'))).map((o) => o.name).sort()).toEqual([...NAVIGATION].sort());
  });

  it("documents the notifications' reconnect link, a redirect for browsers", () => {
    const link = operations.find((o) => o.name === 'GET /connections/{id}/reconnect');
    expect(Object.keys(link?.op.responses ?? {})).toEqual(['302']);
  });

  it('has the webhookToken security scheme for the CI endpoints', () => {
    expect(doc.components?.securitySchemes).toMatchObject({ webhookToken: { type: 'http', scheme: 'bearer' } });
  });
});

/** Every internal $ref of `node`. */
function refs(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) for (const item of node) refs(item, found);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') found.push(value);
      else refs(value, found);
    }
  }
  return found;
}

describe('the served document and its reference page', () => {
  const logger = createLogger({ service: 'gateway', level: 'silent' });
  const served = (extra: Record<string, string> = {}) => {
    const app = createHttpApp({ service: 'gateway', logger });
    const deps = { logger, nc: {} as NatsConnection, namespace: undefined, clock: { now: () => new Date() }, config: { extra } as never };
    app.route('/', gatewayApp(deps).routes as never);
    return app;
  };

  it('serves a well-formed OpenAPI 3.1 document listing the application and webhook routes', async () => {
    const response = await served().request(OPENAPI_PATH);
    expect(response.status).toBe(200);
    const document = (await response.json()) as {
      openapi: string; info: { title: string; version: string }; paths: Record<string, Record<string, { parameters?: Array<{ in: string; name: string; required?: boolean }>; responses: Record<string, unknown>; security?: Array<Record<string, unknown>> }>>;
      components: { schemas: Record<string, unknown>; parameters: Record<string, unknown>; securitySchemes: Record<string, unknown> };
    };
    expect(document.openapi).toBe('3.1.0');
    expect(document.info).toEqual({ title: 'Keywarden API', version: '1' });
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining([
      '/api/v1/applications', '/api/v1/applications/{applicationId}', '/api/v1/applications/{applicationId}/webhook-token',
      '/api/v1/applications/{applicationId}/deployments', '/api/v1/applications/{applicationId}/deployments/{deploymentId}',
      '/api/v1/applications/{applicationId}/rollback', '/webhook/deploy', '/webhook/deployments/{deploymentId}',
    ]));
    // Every reference resolves, every templated path parameter is declared and required, every operation answers something,
    // and every security requirement names a declared scheme.
    for (const ref of refs(document)) {
      // Schemas, and the one shared parameter (Idempotency-Key).
      expect(ref, ref).toMatch(/^#\/components\/(schemas|parameters)\//);
      const [, , kind, name] = ref.split('/') as [string, string, 'schemas' | 'parameters', string];
      expect(document.components[kind], ref).toHaveProperty([name]);
    }
    for (const [path, item] of Object.entries(document.paths)) {
      const templated = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
      for (const [method, op] of Object.entries(item)) {
        const declared = (op.parameters ?? []).filter((p) => p.in === 'path');
        expect(declared.map((p) => p.name).sort(), `${method} ${path}`).toEqual([...templated].sort());
        for (const p of declared) expect(p.required, `${method} ${path} ${p.name}`).toBe(true);
        expect(Object.keys(op.responses).length, `${method} ${path}`).toBeGreaterThan(0);
        for (const requirement of op.security ?? []) for (const scheme of Object.keys(requirement)) expect(document.components.securitySchemes).toHaveProperty([scheme]);
      }
    }
    expect(document.paths['/webhook/deploy']?.post?.security).toEqual([{ webhookToken: [] }]);
    expect(Object.keys(document.paths['/webhook/deploy']?.post?.responses ?? {}).sort()).toEqual(['200', '202', '400', '401', '403', '404', '409', '410', '413', '415', '429', '503']);
  });

  it('serves the interactive reference at /api/v1/docs: its own scripts, pointing to the document, no CDN', async () => {
    const response = await served().request('/api/v1/docs');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    const html = await response.text();
    expect(html).toMatch(/^<!doctype html>/i);
    expect([...html.matchAll(/<script([^>]*)>([^<]*)<\/script>/g)].map((m) => [m[1]!.trim(), m[2]!.trim()])).toEqual([
      ['src="/api/v1/docs/scalar.js"', ''],
      ['src="/api/v1/docs/start.js"', ''],
    ]);
    const start = await (await served().request('/api/v1/docs/start.js')).text();
    expect(start).toContain(`"url":"${OPENAPI_PATH}"`);
    expect(html + start).not.toMatch(/https?:\/\//);
  });

  it('serves the viewer script from the installed @scalar/api-reference package', async () => {
    const response = await served().request('/api/v1/docs/scalar.js', { headers: { 'accept-encoding': 'gzip' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(response.headers.get('content-encoding')).toBe('gzip');
    const script = new Uint8Array(await new Response(response.body!.pipeThrough(new DecompressionStream('gzip'))).arrayBuffer());
    expect(Buffer.from(script).equals(readFileSync(scalarScriptPath()))).toBe(true);
    expect(Buffer.from(script).toString('utf8')).toContain('createApiReference');
  });
});
