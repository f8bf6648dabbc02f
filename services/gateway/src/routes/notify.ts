// STUB — replaced by the notify routes.
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { GatewayEnv } from '../auth/actor.js';
import { openApiRouter } from '../openapi.js';
import type { GatewayDeps } from '../rpc.js';

export function notificationRoutes(_deps: GatewayDeps): OpenAPIHono<GatewayEnv> {
  return openApiRouter();
}
