// The gateway's routes: /.well-known and /api/v1, one module per area, each
// `(deps) => OpenAPIHono`, behind one authentication middleware. The runtime
// mounts them next to /healthz and /readyz on the app that gives every route
// request ids, spans and problem+json errors. Last come the browser pages:
// the API reference at /api/v1/docs and the console at / (src/console/).
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { BackgroundTask, ReadinessCheck } from '@keywarden/runtime';
import { bodyLimit } from 'hono/body-limit';
import type { GatewayEnv } from './auth/actor.js';
import { authentication } from './auth/middleware.js';
import { inputGuard } from './input-guard.js';
import { docsRoutes } from './console/docs.js';
import { asyncApiRoute, eventDocsRoutes } from './console/event-docs.js';
import { consoleRoutes } from './console/routes.js';
import { openApiRouter } from './openapi.js';
import { applicationRoutes } from './routes/applications.js';
import { auditRoutes } from './routes/audit.js';
import { consoleSettingsRoutes } from './routes/console-settings.js';
import { impactRoutes } from './routes/impact.js';
import { wellKnownRoutes } from './routes/well-known.js';
import { identityRoutes } from './routes/identity.js';
import { notificationRoutes } from './routes/notify.js';
import { oauthRoutes } from './routes/oauth.js';
import { connectionLinkRoutes } from './routes/oauth-browser.js';
import { projectRoutes } from './routes/projects.js';
import { secretsRoutes } from './routes/secrets.js';
import { registerIdempotencyKey } from './routes/idempotency.js';
import { webhookRoutes } from './routes/webhook.js';
import { settingsOf, type GatewayDeps } from './rpc.js';

export type { GatewayDeps } from './rpc.js';

/** The largest request body (a 1 MiB secrets import, JSON-escaped): anything bigger is refused before it is buffered. */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;

export const OPENAPI_PATH = '/api/v1/openapi.json';
export const DOCS_PATH = '/api/v1/docs';
export const ASYNCAPI_PATH = '/api/v1/asyncapi.json';
export const EVENT_DOCS_PATH = '/api/v1/asyncapi';
export const OPENAPI_HEAD = { openapi: '3.1.0', info: { title: 'Keywarden API', version: '1' } } as const;

export function gatewayApp(deps: GatewayDeps): { routes: OpenAPIHono<GatewayEnv>; tasks: BackgroundTask[]; readiness: Record<string, ReadinessCheck> } {
  const auth = authentication(deps);
  const app = openApiRouter();
  app.route('/.well-known', wellKnownRoutes(auth.jwks));
  app.use('/api/v1/*', bodyLimit({ maxSize: MAX_BODY_BYTES }));
  app.use('/api/v1/*', auth.middleware);
  // Every route: no NUL or lone surrogate reaches a service, wherever it is in the request. /webhook has the
  // same guard of its own, inside its body limit, so that the deployer audits its refusals like every other.
  app.use('*', inputGuard({ maxBodyBytes: MAX_BODY_BYTES, except: ['/webhook'] }));
  app.route('/api/v1', identityRoutes(deps));
  app.route('/api/v1/oauth', oauthRoutes(deps));
  app.route('/api/v1/secrets', secretsRoutes(deps));
  app.route('/api/v1/notifications', notificationRoutes(deps));
  app.route('/api/v1/projects', projectRoutes(deps));
  app.route('/api/v1/applications', applicationRoutes(deps));
  app.route('/api/v1/audit', auditRoutes(deps));
  app.route('/api/v1/impact', impactRoutes(deps));
  app.route('/api/v1/console', consoleSettingsRoutes(deps));
  // CI systems, authenticated by an application's webhook token: no bearer-JWT middleware, a 64 KiB body limit of its own.
  app.route('/webhook', webhookRoutes(deps));
  // The notifications' reconnect link, a browser page address: answered here, ahead of the console's pages.
  app.route('/', connectionLinkRoutes());
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    description: 'An access JWT from sign-in or refresh, or a personal access token (kwp_…).',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'refreshCookie', {
    type: 'apiKey',
    in: 'cookie',
    name: 'kw_refresh',
    description: 'The HttpOnly refresh cookie. It authenticates only top-level GET navigations of the OAuth connect flow (and /auth/refresh, /auth/sign-out with the X-Keywarden-Client header), never an ordinary API call.',
  });
  registerIdempotencyKey(app);
  app.doc31(OPENAPI_PATH, OPENAPI_HEAD);
  // The interactive reference over the document, its viewer script served from the installed package.
  app.route(DOCS_PATH, docsRoutes({ documentUrl: OPENAPI_PATH, base: DOCS_PATH }));
  // The bus contract for the company's own services (AsyncAPI 3), and its rendered reference.
  app.route(ASYNCAPI_PATH, asyncApiRoute());
  app.route(EVENT_DOCS_PATH, eventDocsRoutes({ documentUrl: ASYNCAPI_PATH, base: EVENT_DOCS_PATH }));
  // Last: every other GET outside /api, /webhook and the health routes is the console (client-side routing).
  app.route('/', consoleRoutes({ dir: settingsOf(deps).consoleDir, logger: deps.logger }));
  return { routes: app, tasks: auth.tasks, readiness: auth.readiness };
}

/** The routes alone (tests that need no background tasks). */
export function gatewayRoutes(deps: GatewayDeps): OpenAPIHono<GatewayEnv> {
  return gatewayApp(deps).routes;
}

/**
 * /api/v1/openapi.json as the gateway serves it, built from the route modules
 * without NATS or a running platform (the console's typed client is generated
 * from it: tools/repo-checks/src/console-api.ts).
 */
export function openApiDocument(logger: GatewayDeps['logger']): ReturnType<OpenAPIHono['getOpenAPI31Document']> {
  const inert = { logger, nc: {} as GatewayDeps['nc'], namespace: undefined, clock: { now: () => new Date() } };
  return gatewayApp(inert).routes.getOpenAPI31Document(OPENAPI_HEAD);
}
