// A gateway app in the test process: the same routes, tasks and readiness
// checks the runtime would mount, served through app.request().
import { Writable } from 'node:stream';
import { createHttpApp } from '@keywarden/http';
import { healthRoutes, type Clock } from '@keywarden/runtime';
import { createLogger } from '@keywarden/telemetry';
import type { NatsConnection } from '@nats-io/nats-core';
import { eventually } from '@keywarden/testing';
import { gatewayApp } from '../app.js';
import type { GatewayDeps } from '../rpc.js';

export type TestGateway = {
  deps: GatewayDeps;
  request: (path: string, init?: RequestInit) => Promise<Response>;
  /** Waits for /readyz (JWKS loaded, revocations replayed). */
  ready: () => Promise<void>;
  stop: () => Promise<void>;
};

export const quiet = new Writable({ write: (_c, _e, cb) => cb() });

export async function startGateway(options: { nc: NatsConnection; namespace: string; clock?: Clock; extra?: Record<string, string> }): Promise<TestGateway> {
  const logger = createLogger({ service: 'gateway', level: 'silent', destination: quiet });
  const deps: GatewayDeps = {
    logger, nc: options.nc, namespace: options.namespace, clock: options.clock ?? { now: () => new Date() },
    config: { extra: options.extra ?? {} } as unknown as GatewayDeps['config'],
  };
  const built = gatewayApp(deps);
  const app = createHttpApp({ service: 'gateway', logger });
  app.route('/', healthRoutes('gateway', built.readiness));
  app.route('/', built.routes as never);
  for (const task of built.tasks) await task.start();
  const request = async (path: string, init?: RequestInit) => await app.request(`http://gateway.test${path}`, init);
  return {
    deps,
    request,
    ready: async () => {
      await eventually(async () => (await request('/readyz')).status === 200, { timeoutMs: 10_000, message: 'gateway ready' });
    },
    stop: async () => {
      for (const task of [...built.tasks].reverse()) await task.stop();
    },
  };
}

/** Headers with a bearer token (and JSON). */
export const bearer = (token: string, extra: Record<string, string> = {}) => ({ authorization: `Bearer ${token}`, 'content-type': 'application/json', ...extra });
