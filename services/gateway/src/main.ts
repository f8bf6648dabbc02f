// Composition root of the gateway: config, telemetry, logger, NATS, HTTP, shutdown.
import { hostname } from 'node:os';
import { serve } from '@keywarden/http';
import { createLogger, getTracer, initTelemetry } from '@keywarden/telemetry';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { createGatewayApp } from './app.js';
import { GatewayConfigError, loadGatewayConfig, type GatewayConfig } from './config.js';
import type { NatsStatus } from './routes/health.js';

const SHUTDOWN_DEADLINE_MS = 15_000;

let config: GatewayConfig;
try {
  config = loadGatewayConfig();
} catch (error) {
  if (!(error instanceof GatewayConfigError)) throw error;
  process.stderr.write(`${error.detail}\n`);
  process.exit(2);
}

const telemetry = initTelemetry({ serviceName: config.serviceName, otlpEndpoint: config.otlpEndpoint });
const logger = createLogger({ service: config.serviceName, level: config.logLevel });

let natsStatus: NatsStatus = 'connecting';
let nc: NatsConnection | undefined;
let shuttingDown = false;

// HTTP comes up first: liveness answers at once, readiness waits for NATS.
const app = createGatewayApp({ logger, tracer: getTracer(config.serviceName), natsStatus: () => natsStatus });
const server = await serve(app, { port: config.http.port, hostname: config.http.host });
logger.info({ port: server.port, host: config.http.host }, 'gateway listening');

async function shutdown(reason: string, exitCode: number): Promise<void> {
  if (shuttingDown) return;
  shuttingDown = true;
  logger.info({ reason }, 'gateway stopping');
  const deadline = setTimeout(() => {
    logger.error({ after_ms: SHUTDOWN_DEADLINE_MS }, 'shutdown took too long; exiting');
    process.exit(1);
  }, SHUTDOWN_DEADLINE_MS);
  deadline.unref();
  let code = exitCode;
  const step = async (name: string, run: () => Promise<void>) => {
    try {
      await run();
    } catch (error) {
      code = 1;
      logger.error({ step: name, err: { type: (error as Error).name, message: (error as Error).message } }, 'shutdown step failed');
    }
  };
  await step('http', () => server.close());
  const connection = nc;
  if (connection && !connection.isClosed()) await step('nats', () => connection.drain());
  logger.info({ exit_code: code }, 'gateway stopped');
  await step('telemetry', () => telemetry.shutdown());
  process.exit(code);
}

process.once('SIGINT', () => void shutdown('SIGINT', 0));
process.once('SIGTERM', () => void shutdown('SIGTERM', 0));

try {
  nc = await connect({
    servers: config.nats.url,
    name: `${config.serviceName}@${hostname()}:${process.pid}`,
    user: config.nats.user,
    pass: config.nats.password,
    // NATS may still be starting (docker-compose) and may restart: keep trying, never give up.
    waitOnFirstConnect: true,
    maxReconnectAttempts: -1,
    reconnectTimeWait: 1_000,
  });
} catch (error) {
  // Wrong credentials and the like: nothing a retry would fix.
  logger.fatal({ err: { type: (error as Error).name, message: (error as Error).message } }, 'cannot connect to NATS');
  await shutdown('NATS connection failed', 1);
}

if (nc && !shuttingDown) {
  natsStatus = 'connected';
  logger.info({ server: nc.getServer() }, 'connected to NATS');
  void watchNats(nc);
}

async function watchNats(connection: NatsConnection): Promise<void> {
  void connection.closed().then(() => {
    natsStatus = 'closed';
    // Closed without a drain from shutdown(): it will not come back, so let the supervisor see it.
    if (!shuttingDown) {
      logger.fatal('NATS connection closed');
      void shutdown('NATS connection closed', 1);
    }
  });
  for await (const status of connection.status()) {
    switch (status.type) {
      case 'disconnect':
      case 'reconnecting':
        if (natsStatus !== 'reconnecting') logger.warn({ status: status.type }, 'NATS disconnected; reconnecting');
        natsStatus = 'reconnecting';
        break;
      case 'reconnect':
        natsStatus = 'connected';
        logger.info({ server: status.server }, 'NATS reconnected');
        break;
      case 'error':
        logger.error({ err: { type: status.error.name, message: status.error.message } }, 'NATS error');
        break;
      default:
        break;
    }
  }
}
