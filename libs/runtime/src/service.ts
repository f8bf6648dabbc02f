import { closeBus, connectBus, eventPublisher, openEventStream, startEventConsumer, startRpcService, type RunningConsumer } from '@keywarden/bus';
import { busNames } from '@keywarden/contracts';
import { connectDatabase, runMigrations, type Database } from '@keywarden/db';
import { OutboxRelay, deadLetterStore, eventStoreMigrations, inboxBatchHandler, inboxHandler } from '@keywarden/event-store';
import { createHttpApp, serve, type RunningServer } from '@keywarden/http';
import { createLogger, getTracer, initMetrics, initTelemetry, type SpanExporter } from '@keywarden/telemetry';
import type { NatsConnection } from '@nats-io/nats-core';
import { watchBacklog, watchDatabase } from './backlog-metrics.js';
import { keepAttaching, type Attachment } from './bus-attach.js';
import { checkDeclaredConsumers } from './declared-consumers.js';
import { attachInbound } from './inbound.js';
import type { BaseConfig } from './config.js';
import { healthRoutes, type ReadinessCheck } from './health.js';
import { databaseErrorMapper, databaseOutagePolicy } from './outage.js';

export type { BackgroundTask, Clock, ConsumerSpec, InboundSpec, RunningService, ServiceDefinition, ServiceDeps, ServiceParts } from './service-types.js';
import type { Clock, RunningService, ServiceDefinition, ServiceDeps } from './service-types.js';

/**
 * Starts a service in this process: telemetry, logger, database and
 * migrations, NATS, its stream and outbox relay, its consumers, RPC
 * endpoints, HTTP and background tasks. `stop` undoes it in reverse order.
 */
export async function startService(
  definition: ServiceDefinition,
  config: BaseConfig,
  options: { exporter?: SpanExporter; logDestination?: NodeJS.WritableStream; clock?: Clock } = {},
): Promise<RunningService> {
  const telemetry = initTelemetry({ serviceName: config.serviceName, otlpEndpoint: config.otlpEndpoint, exporter: options.exporter });
  initMetrics(config.serviceName);
  const logger = createLogger({ service: config.serviceName, level: config.logLevel, destination: options.logDestination });
  const tracer = getTracer(config.serviceName);
  const stops: Array<[string, () => Promise<unknown> | unknown]> = [['telemetry', () => telemetry.shutdown()]];
  const stop = async () => {
    for (const [name, run] of stops.reverse().splice(0)) {
      try {
        await run();
      } catch (error) {
        logger.error({ step: name, err: { type: (error as Error).name } }, 'stop step failed');
      }
    }
  };
  try {
    let database: Database | undefined;
    if (config.databaseUrl) {
      database = connectDatabase(config.databaseUrl, { applicationName: config.serviceName, max: config.databasePoolSize, logger });
      const db = database;
      stops.push(['database', () => db.close()]);
      await runMigrations(database, eventStoreMigrations, ...(definition.migrations ?? []));
    }
    const nc = await connectBus({ servers: config.nats.url, name: config.serviceName, user: config.nats.user, pass: config.nats.password, logger });
    stops.push(['nats', () => closeBus(nc)]);
    const natsLink = trackConnection(nc);
    const namespace = config.busNamespace;
    let relay: OutboxRelay | undefined;
    const attachments: Record<string, Attachment<unknown>> = {};
    if (definition.context) {
      if (!database) throw new Error(`${definition.name} owns a stream and needs KW_DATABASE_URL`);
      const db = database;
      const stream = `stream ${busNames(namespace).stream(definition.context)}`;
      // The relay publishes only into a stream that is as the topology says (provisioned, or created here on an open server).
      const owned = keepAttaching({
        what: stream,
        logger,
        attach: async () => {
          await openEventStream(nc, definition.context!, { namespace, replicas: config.streamReplicas });
          const started = new OutboxRelay({ database: db, publish: eventPublisher(nc, { source: config.serviceName, namespace }), logger });
          await started.start();
          return (relay = started);
        },
        detach: (started) => started.stop(),
      });
      await owned.started;
      attachments[stream] = owned;
      stops.push(['relay', () => owned.stop()]);
    }
    const clock = options.clock ?? { now: () => new Date() };
    const deps: ServiceDeps = { config, clock, logger, tracer, database, nc, namespace };
    const parts = await definition.build(deps);

    checkDeclaredConsumers(definition, parts);
    const consumers: RunningConsumer[] = [];
    for (const spec of parts.consumers ?? []) {
      if (!database) throw new Error(`${definition.name} consumes events and needs KW_DATABASE_URL`);
      const durable = `${definition.name}--${spec.purpose}`;
      const consumer = keepAttaching({
        what: `consumer ${durable}`,
        logger,
        attach: async () => {
          const running = await startEventConsumer(nc, {
            context: spec.context,
            durable,
            namespace,
            types: spec.types,
            handleBatch: afterCommit(spec.handle ? inboxHandler(database, durable, spec.handle) : inboxBatchHandler(database, durable, spec.handleBatch), spec.afterCommit),
            park: deadLetterStore(database).park,
            logger,
            unavailable: databaseOutagePolicy(database),
            ...(spec.maxDeliver ? { maxDeliver: spec.maxDeliver } : {}),
            ...(spec.backoffMs ? { backoffMs: spec.backoffMs } : {}),
            ...(spec.batchSize ? { batchSize: spec.batchSize } : {}),
          });
          consumers.push(running);
          return running;
        },
        detach: (running) => running.stop(),
      });
      await consumer.started;
      attachments[`consumer ${durable}`] = consumer;
      stops.push([`consumer ${spec.purpose}`, () => consumer.stop()]);
    }
    const inbound = attachInbound(definition, parts.inbound, { nc, namespace, database, logger }, consumers);
    if (inbound) {
      await inbound.started;
      attachments[`consumer ${definition.name}--inbound`] = inbound;
      stops.push(['consumer inbound', () => inbound.stop()]);
    }
    const stopBacklog = watchBacklog({
      serviceName: config.serviceName, nc, namespace, database, outbox: definition.context !== undefined, maxAgeMs: config.metricsMaxAgeMs,
      consumers: [
        ...(parts.consumers ?? []).map((spec) => ({ context: spec.context, durable: `${definition.name}--${spec.purpose}` })), ...(parts.watchConsumers ?? []),
        ...(inbound && definition.receives ? [{ context: definition.receives, durable: `${definition.name}--inbound`, inbound: true }] : []),
      ],
    });
    stops.push(['backlog metrics', stopBacklog]);
    if (database) stops.push(['database metrics', watchDatabase(config.serviceName, database)]);
    if (parts.rpc?.length) {
      const service = await startRpcService(nc, {
        name: definition.name, version: definition.version ?? '0.1.0', namespace, endpoints: parts.rpc, logger,
        ...(database ? { mapError: databaseErrorMapper(database) } : {}),
      });
      stops.push(['rpc', () => service.stop()]);
    }
    for (const task of parts.tasks ?? []) {
      await task.start();
      stops.push([task.name, () => task.stop()]);
    }
    let http: RunningServer | undefined;
    if (config.http.port !== undefined) {
      const app = createHttpApp({ service: config.serviceName, logger, tracer });
      const db = database;
      const checks: Record<string, ReadinessCheck> = { nats: () => (nc.isClosed() ? 'closed' : natsLink.state) };
      if (db) checks['database'] = () => db.sql`select 1`.then(() => 'ok', (error: unknown) => (db.availability.noticeFailure(error), 'unreachable'));
      for (const [name, attachment] of Object.entries(attachments)) checks[name] = attachment.readiness;
      Object.assign(checks, parts.readiness);
      app.route('/', healthRoutes(config.serviceName, checks));
      if (parts.routes) app.route('/', parts.routes);
      const server = await serve(app, { port: config.http.port, hostname: config.http.host });
      http = server;
      stops.push(['http', () => server.close()]);
    }
    logger.info({ context: definition.context, consumers: consumers.length, http: http?.port }, 'service started');
    return { deps, get relay() { return relay; }, consumers, http, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Runs `then` once a batch committed with new (not duplicate) events. */
function afterCommit<M, R extends { handled: number }>(handle: (messages: readonly M[]) => Promise<R>, then: (() => void) | undefined) {
  if (!then) return handle;
  return async (messages: readonly M[]): Promise<R> => {
    const outcome = await handle(messages);
    if (outcome.handled > 0) then();
    return outcome;
  };
}

/** The connection's state right now, from its status events (readiness). */
function trackConnection(nc: NatsConnection): { state: string } {
  const link = { state: 'ok' };
  void (async () => {
    for await (const status of nc.status()) {
      if (status.type === 'disconnect' || status.type === 'reconnecting') link.state = 'reconnecting';
      else if (status.type === 'reconnect') link.state = 'ok';
    }
  })();
  return link;
}
