// The identity routes under /api/v1: /auth (sign-up, sign-in, refresh,
// sign-out, SSO), /users (me, password, sessions, administration, personal
// access tokens), /organizations and /admin. Every route is an OpenAPI route: its zod
// schemas validate the request and describe it in /api/v1/openapi.json.
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { GatewayEnv } from '../auth/actor.js';
import { openApiRouter } from '../openapi.js';
import type { GatewayDeps } from '../rpc.js';
import { adminRoutes } from './identity/admin.js';
import { authRoutes } from './identity/auth.js';
import { cliLoginRoutes } from './identity/cli-login.js';
import { organizationRoutes } from './identity/organizations.js';
import { sessionRoutes } from './identity/sessions.js';
import { userRoutes } from './identity/users.js';

export function identityRoutes(deps: GatewayDeps): OpenAPIHono<GatewayEnv> {
  const app = openApiRouter();
  authRoutes(app, deps);
  cliLoginRoutes(app, deps);
  sessionRoutes(app, deps);
  userRoutes(app, deps);
  organizationRoutes(app, deps);
  adminRoutes(app, deps);
  return app;
}
