// STUB — replaced by the identity routes (auth, users/me, PATs, organizations, SSO).
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { GatewayEnv } from '../auth/actor.js';
import { openApiRouter } from '../openapi.js';
import type { GatewayDeps } from '../rpc.js';

export function identityRoutes(_deps: GatewayDeps): OpenAPIHono<GatewayEnv> {
  return openApiRouter();
}
