import type { ServiceDefinition } from '@keywarden/runtime';
import { gatewayRoutes } from './app.js';

/** The one HTTP edge: no database and no stream of its own; everything goes over NATS. */
export const gatewayService: ServiceDefinition = {
  name: 'gateway',
  build: (deps) => ({ routes: gatewayRoutes(deps) }),
};
