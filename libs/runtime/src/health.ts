import { unavailable } from '@keywarden/errors';
import type { HttpEnv } from '@keywarden/http';
import { metricsText } from '@keywarden/telemetry';
import { Hono } from 'hono';

/** A dependency the service needs to serve requests, and its state right now ('ok' when usable). */
export type ReadinessCheck = () => Promise<string> | string;

/**
 * /healthz: the process answers (liveness; a restart would not fix NATS).
 * /readyz: every dependency is usable (readiness); otherwise a 503 problem+json
 * naming the ones that are not.
 * /metrics: the process's metrics in the Prometheus text format.
 */
export function healthRoutes(service: string, checks: Record<string, ReadinessCheck>): Hono<HttpEnv> {
  const routes = new Hono<HttpEnv>();
  routes.get('/healthz', (c) => c.json({ status: 'ok', service }));
  routes.get('/readyz', async (c) => {
    const results = Object.fromEntries(
      await Promise.all(Object.entries(checks).map(async ([name, check]) => [name, await Promise.resolve().then(check).catch(() => 'failing')] as const)),
    );
    const down = Object.entries(results).filter(([, state]) => state !== 'ok');
    // Thrown, not returned: the app's error handler answers problem+json and logs the code.
    if (down.length > 0) throw unavailable(down.map(([name, state]) => `${name} is ${state}.`).join(' '), { errorId: 'RUNTIME-8c5d' });
    return c.json({ status: 'ready', checks: results });
  });
  routes.get('/metrics', async (c) => c.body(await metricsText(), 200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' }));
  return routes;
}
