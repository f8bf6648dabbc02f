// What the platform's multi-service tests (tools/platform/src/gateway) build on: the route modules with the
// in-process route test app, and a gateway started on a test bus. Tests only; production code never imports it.
export { gatewayApp, OPENAPI_PATH } from './app.js';
export { openApiRouter } from './openapi.js';
export type { GatewayDeps } from './rpc.js';
export { applicationRoutes } from './routes/applications.js';
export { notificationRoutes } from './routes/notify.js';
export { auditRoutes } from './routes/audit.js';
export { impactRoutes } from './routes/impact.js';
export { oauthRoutes } from './routes/oauth.js';
export { projectRoutes } from './routes/projects.js';
export { secretsRoutes } from './routes/secrets.js';
export { WEBHOOK_MAX_BODY_BYTES } from './routes/webhook.js';
export { bearer, quiet, startGateway, type TestGateway } from './test-support/gateway.js';
export { pat, routeTestApp, send, session, type RouteTestApp } from './test-support/route-app.js';
