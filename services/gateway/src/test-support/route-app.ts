// Route modules under test, without the authentication middleware: a test
// middleware sets the actor the test chooses, and every RPC the routes make
// is counted (so a test can show bad input reached no service).
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createHttpApp } from '@keywarden/http';
import { createLogger } from '@keywarden/telemetry';
import type { NatsConnection } from '@nats-io/nats-core';
import type { Actor, GatewayEnv } from '../auth/actor.js';
import { openApiRouter } from '../openapi.js';
import type { GatewayDeps } from '../rpc.js';

export type RouteTestApp = {
  request: (path: string, init?: RequestInit) => Promise<Response>;
  /** Subjects of the RPCs made so far. */
  calls: string[];
  /** The actor of the next requests (undefined: anonymous). */
  as: (actor: Actor | undefined) => void;
  routes: OpenAPIHono<GatewayEnv>;
};

export const session = (userId: string, roles: string[] = []): Actor => ({ userId, roles, credential: 'session', scopes: [] });
export const pat = (userId: string, scopes: string[], roles: string[] = []): Actor => ({ userId, roles, credential: 'pat', scopes });

export function routeTestApp(
  mountPath: string,
  build: (deps: GatewayDeps) => OpenAPIHono<GatewayEnv>,
  bus: { nc: NatsConnection; namespace: string },
): RouteTestApp {
  const logger = createLogger({ service: 'gateway', level: 'silent' });
  const calls: string[] = [];
  const counting = new Proxy(bus.nc, {
    get(target, property, receiver) {
      if (property === 'request') {
        return (subject: string, ...rest: unknown[]) => {
          calls.push(subject);
          return (target.request as (...a: unknown[]) => unknown)(subject, ...rest);
        };
      }
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  let actor: Actor | undefined;
  const router = openApiRouter();
  router.use('*', async (c, next) => {
    if (actor) c.set('actor', actor);
    await next();
  });
  const routes = build({ logger, nc: counting, namespace: bus.namespace, clock: { now: () => new Date() } });
  router.route(mountPath, routes);
  const app = createHttpApp({ service: 'gateway', logger });
  app.route('/', router as never);
  return {
    request: async (path, init) => app.request(path, init),
    calls,
    as: (next) => void (actor = next),
    routes,
  };
}

/** JSON request options. */
export const send = (method: string, payload?: unknown): RequestInit => ({
  method,
  headers: { 'content-type': 'application/json' },
  ...(payload === undefined ? {} : { body: JSON.stringify(payload) }),
});
