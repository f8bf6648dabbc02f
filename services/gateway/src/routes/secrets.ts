// STUB — replaced by the secrets routes.
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { GatewayEnv } from '../auth/actor.js';
import { openApiRouter } from '../openapi.js';
import type { GatewayDeps } from '../rpc.js';

export function secretsRoutes(_deps: GatewayDeps): OpenAPIHono<GatewayEnv> {
  return openApiRouter();
}
