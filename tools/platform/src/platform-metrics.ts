// The platform's own GET /metrics: what it supervises, how often each part
// died and was restarted. The services' counters start over when one
// restarts; these say why. Same OpenTelemetry SDK and Prometheus text as the
// services (libs/telemetry), on 127.0.0.1 only.
import { createServer, type Server } from 'node:http';
import { getMeter, initMetrics, metricsText, observeGauge } from '@keywarden/telemetry';
import type { PartEvent } from './supervised.js';

export type PlatformMetrics = {
  /** Counts a supervised part's crash, restart or giving up. */
  record: (part: string, event: PartEvent) => void;
  /** Serves GET /metrics on 127.0.0.1:`port`. */
  listen: (port: number) => Promise<void>;
  close: () => Promise<void>;
};

/** `up` says which parts have a run up now (1) or not (0): every service, nats-server, PostgreSQL. */
export function createPlatformMetrics(up: () => ReadonlyMap<string, boolean>): PlatformMetrics {
  initMetrics('keywarden-platform');
  const meter = getMeter('@keywarden/platform');
  const counters: Record<PartEvent, ReturnType<typeof meter.createCounter>> = {
    crashed: meter.createCounter('keywarden_platform_crashes', {
      description: 'Unexpected exits and failed restarts of a supervised part (service, nats-server, PostgreSQL)',
    }),
    restarted: meter.createCounter('keywarden_platform_restarts', { description: 'Restarts of a supervised part that came up' }),
    'gave-up': meter.createCounter('keywarden_platform_gave_up', {
      description: 'Parts given up on after repeated fast crashes (the platform then stops)',
    }),
  };
  observeGauge(
    'keywarden_platform_part_up',
    async () => [...up()].map(([part, isUp]) => ({ value: isUp ? 1 : 0, attributes: { part } })),
    { description: 'Whether a supervised part has a run up now (0 while it waits to be restarted)', maxAgeMs: 0 },
  );

  let server: Server | undefined;
  return {
    record: (part, event) => counters[event].add(1, { part }),
    listen: (port) =>
      new Promise((resolve, reject) => {
        server = createServer((request, response) => {
          if (request.method !== 'GET' || request.url !== '/metrics') {
            response.writeHead(404, { 'content-type': 'text/plain' }).end('not found: GET /metrics\n');
            return;
          }
          metricsText().then(
            (text) => response.writeHead(200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' }).end(text),
            () => response.writeHead(503, { 'content-type': 'text/plain' }).end('metrics unavailable\n'),
          );
        });
        server.once('error', reject);
        server.listen(port, '127.0.0.1', () => resolve());
      }),
    close: () =>
      new Promise((resolve) => {
        if (!server) return resolve();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
