import { Hono } from 'hono';
import type { HttpEnv } from '@keywarden/http';
import type { ServiceDeps } from '@keywarden/runtime';

export type GatewayDeps = Pick<ServiceDeps, 'logger' | 'nc' | 'namespace'>;

/**
 * The gateway's own routes, one module per area, each `(deps) => Hono`,
 * mounted by the runtime next to /healthz and /readyz on the app that gives
 * every route request ids, spans and problem+json errors. No product area has
 * landed yet: identity (#3) brings /api/v1/auth and the rest.
 */
export function gatewayRoutes(_deps: GatewayDeps): Hono<HttpEnv> {
  return new Hono<HttpEnv>();
}
