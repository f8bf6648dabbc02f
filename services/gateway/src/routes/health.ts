import { Hono } from 'hono';
import { unavailable } from '@keywarden/errors';
import { problem, type HttpEnv } from '@keywarden/http';

export type NatsStatus = 'connecting' | 'connected' | 'reconnecting' | 'closed';

export type HealthDeps = {
  /** The gateway's NATS connection as last reported by nc.status(). */
  natsStatus: () => NatsStatus;
};

/**
 * /healthz: the process answers (liveness; restarting will not fix NATS).
 * /readyz: it can serve requests, which all go over NATS (readiness).
 */
export function healthRoutes(deps: HealthDeps): Hono<HttpEnv> {
  const routes = new Hono<HttpEnv>();
  routes.get('/healthz', (c) => c.json({ status: 'ok' }));
  routes.get('/readyz', (c) => {
    const nats = deps.natsStatus();
    if (nats !== 'connected') return problem(c, unavailable(`NATS is ${nats}.`));
    return c.json({ status: 'ready', checks: { nats } });
  });
  return routes;
}
