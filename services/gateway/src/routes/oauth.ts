// STUB — replaced by the oauth routes.
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { GatewayEnv } from '../auth/actor.js';
import { openApiRouter } from '../openapi.js';
import type { GatewayDeps } from '../rpc.js';

export function oauthRoutes(_deps: GatewayDeps): OpenAPIHono<GatewayEnv> {
  return openApiRouter();
}
