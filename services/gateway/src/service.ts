import type { Hono } from 'hono';
import type { HttpEnv } from '@keywarden/http';
import type { ServiceDefinition } from '@keywarden/runtime';
import { gatewayApp } from './app.js';

/** The one HTTP edge: no database and no stream of its own; everything goes over NATS. */
export const gatewayService: ServiceDefinition = {
  name: 'gateway',
  build: (deps) => {
    const { routes, tasks, readiness } = gatewayApp(deps);
    return { routes: routes as unknown as Hono<HttpEnv>, tasks, readiness };
  },
};
