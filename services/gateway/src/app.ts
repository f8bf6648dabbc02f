import type { Hono } from 'hono';
import { createHttpApp, type HttpEnv } from '@keywarden/http';
import type { Logger, Tracer } from '@keywarden/telemetry';
import { healthRoutes, type HealthDeps } from './routes/health.js';

export type GatewayDeps = HealthDeps & {
  logger: Logger;
  tracer?: Tracer;
};

/**
 * The gateway's HTTP app: the platform conventions from createHttpApp (request
 * ids, spans, problem+json) and one route module per area, each `(deps) => Hono`.
 */
export function createGatewayApp(deps: GatewayDeps): Hono<HttpEnv> {
  const app = createHttpApp({ service: 'gateway', logger: deps.logger, tracer: deps.tracer });
  app.route('/', healthRoutes(deps));
  return app;
}
