// The oauth, secrets, notification, application and webhook routes as
// /api/v1/openapi.json shows them (mounted as app.ts mounts them): every route
// documented, protected (the webhook ones by the application's webhook token),
// and answering problem+json on error.
import { createLogger } from '@keywarden/telemetry';
import type { NatsConnection } from '@nats-io/nats-core';
import { describe, expect, it } from 'vitest';
import { openApiRouter } from '../openapi.js';
import { applicationRoutes } from './applications.js';
import { notificationRoutes } from './notify.js';
import { oauthRoutes } from './oauth.js';
import { secretsRoutes } from './secrets.js';
import { webhookRoutes } from './webhook.js';

describe('openapi.json of the service routes', () => {
  const deps = { logger: createLogger({ service: 'gateway', level: 'silent' }), nc: {} as NatsConnection, namespace: undefined, clock: { now: () => new Date() } };
  const app = openApiRouter();
  app.route('/api/v1/oauth', oauthRoutes(deps));
  app.route('/api/v1/secrets', secretsRoutes(deps));
  app.route('/api/v1/notifications', notificationRoutes(deps));
  app.route('/api/v1/applications', applicationRoutes(deps));
  app.route('/webhook', webhookRoutes(deps));
  const doc = app.getOpenAPI31Document({ openapi: '3.1.0', info: { title: 'Keywarden API', version: '1' } });
  const operations = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    Object.entries(item as Record<string, { security?: unknown[]; responses: Record<string, { content?: Record<string, unknown> }> }>).map(([method, op]) => ({ path, method, op })));

  it('lists every route', () => {
    const routes = operations.map((o) => `${o.method.toUpperCase()} ${o.path}`);
    expect(routes).toHaveLength(12 + 35 + 8 + 12 + 2);
    expect(routes).toEqual(expect.arrayContaining([
      'GET /api/v1/oauth/provider-apps', 'POST /api/v1/oauth/provider-apps/{id}/connect', 'GET /api/v1/oauth/callback',
      'GET /api/v1/oauth/provider-apps/{id}/authorize', 'GET /api/v1/oauth/accounts/{id}/reconnect',
      'POST /api/v1/secrets/{secretId}/reveal', 'POST /api/v1/secrets/reveal', 'POST /api/v1/secrets/groups/{groupId}/export', 'POST /api/v1/secrets/master-key/rotate',
      'PUT /api/v1/secrets/projects/{projectId}/env-vars/{key}', 'POST /api/v1/notifications/channels/{channelId}/test', 'GET /api/v1/notifications/deliveries',
      'PUT /api/v1/secrets/projects/{projectId}/environments/{environment}/env-vars/{key}', 'PUT /api/v1/secrets/applications/{applicationId}/env-vars/{key}',
      'GET /api/v1/secrets/applications/{applicationId}/environment', 'PATCH /api/v1/secrets/groups/{groupId}', 'DELETE /api/v1/secrets/groups/{groupId}',
      'GET /api/v1/secrets/search', 'GET /api/v1/secrets/providers', 'GET /api/v1/secrets/providers/{providerId}', 'DELETE /api/v1/secrets/providers/{providerId}',
      'POST /api/v1/applications', 'PATCH /api/v1/applications/{applicationId}', 'POST /api/v1/applications/{applicationId}/webhook-token',
      'POST /api/v1/applications/{applicationId}/deployments', 'POST /api/v1/applications/{applicationId}/rollback',
      'GET /api/v1/applications/{applicationId}/deployments', 'GET /api/v1/applications/{applicationId}/deployments/{deploymentId}',
      'POST /api/v1/applications/{applicationId}/stop', 'POST /api/v1/applications/{applicationId}/start', 'DELETE /api/v1/applications/{applicationId}',
      'POST /webhook/deploy', 'GET /webhook/deployments/{deploymentId}',
    ]));
  });

  it('marks every route protected, with problem+json errors', () => {
    const navigations = /^\/api\/v1\/oauth\/(callback|provider-apps\/\{id\}\/authorize|accounts\/\{id\}\/reconnect)$/;
    for (const { path, method, op } of operations) {
      const expected = path.startsWith('/webhook/') ? [{ webhookToken: [] }] : navigations.test(path) ? [{ bearerAuth: [] }, { refreshCookie: [] }] : [{ bearerAuth: [] }];
      expect(op.security, `${method} ${path}`).toEqual(expected);
      expect(Object.keys(op.responses['403']?.content ?? {}), `${method} ${path}`).toEqual(['application/problem+json']);
    }
  });
});
