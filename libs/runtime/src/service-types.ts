// The shapes a service is made of (its definition, parts and dependencies), apart from startService so that
// the modules startService uses can name them without importing it back.
import type { AnyRpcEndpoint, ConsumedEvent, ConsumerRef, RunningConsumer } from '@keywarden/bus';
import type { Context as BusContext, InboundContext, InboundMessage } from '@keywarden/contracts';
import type { Database, MigrationSet, Tx } from '@keywarden/db';
import type { InboundRefusal, InboundRejection, OutboxRelay } from '@keywarden/event-store';
import type { HttpEnv, RunningServer } from '@keywarden/http';
import type { Logger, Tracer } from '@keywarden/telemetry';
import type { NatsConnection } from '@nats-io/nats-core';
import type { Hono } from 'hono';
import type { BaseConfig } from './config.js';
import type { ReadinessCheck } from './health.js';

/**
 * A durable consumer of one context's events: `<service>--<purpose>`. Either
 * `handle` (one event at a time) or `handleBatch` (the new events of a batch
 * at once, e.g. one multi-row insert) runs inside the batch transaction, and
 * the inbox rows commit with its effects.
 */
export type ConsumerSpec = {
  context: BusContext;
  purpose: string;
  types: readonly string[];
  maxDeliver?: number;
  backoffMs?: readonly number[];
  batchSize?: number;
  /**
   * After a batch's transaction committed with new events in it: wake a queue worker for what the handler
   * queued (a NOTIFY inside the transaction would serialize every commit of the cluster behind it).
   */
  afterCommit?: () => void;
} & (
  | { handle: (tx: Tx, event: ConsumedEvent) => Promise<void>; handleBatch?: never }
  | { handleBatch: (tx: Tx, events: readonly ConsumedEvent[]) => Promise<void>; handle?: never }
);

/**
 * How a service handles what a company's services publish for its context (EXT_INBOUND, issue #20): the
 * effect (the API's use case, in the given transaction), which errors are refusals (parked and answered),
 * and the rejection event it appends. See event-store receiveInbound.
 */
export type InboundSpec = {
  apply: (tx: Tx, message: InboundMessage) => Promise<void>;
  refusal: (error: unknown) => InboundRefusal | undefined;
  answer: (tx: Tx, rejection: InboundRejection, message: InboundMessage | undefined) => Promise<void>;
  /** After an effect committed (wake the queue workers it queued work for). */
  afterCommit?: () => void;
  maxDeliver?: number;
  backoffMs?: readonly number[];
};

/** Schedulers and the like: started after the bus, stopped before it. */
export type BackgroundTask = { name: string; start: () => Promise<void> | void; stop: () => Promise<void> | void };

export type ServiceParts = {
  consumers?: readonly ConsumerSpec[];
  /** Its inbound handler, when the definition `receives` a context. */
  inbound?: InboundSpec;
  rpc?: readonly AnyRpcEndpoint[];
  /** Routes mounted on the service's HTTP app next to /healthz and /readyz. */
  routes?: Hono<HttpEnv>;
  tasks?: readonly BackgroundTask[];
  /** Extra /readyz checks (e.g. a cache the service must fill before it can serve). */
  readiness?: Readonly<Record<string, ReadinessCheck>>;
  /** Durable consumers the service starts on its own (in a task): their lag is served on /metrics like the declared ones'. */
  watchConsumers?: readonly ConsumerRef[];
};

/** Time as the service sees it: the system clock, or a test's controllable one (libs/testing TestClock). */
export type Clock = { now: () => Date };

export type ServiceDeps = {
  config: BaseConfig;
  clock: Clock;
  logger: Logger;
  tracer: Tracer;
  /** The service's own database (events, outbox, inbox, dead letters, its read models). */
  database: Database | undefined;
  nc: NatsConnection;
  namespace: string | undefined;
};

export type ServiceDefinition = {
  name: string;
  version?: string;
  /** The context whose stream the service owns and publishes to through its outbox. */
  context?: BusContext;
  /**
   * The durable consumers it runs (`<name>--<purpose>` on a context's stream): exactly
   * those `build` returns and `watchConsumers` names, else it does not start. The bus
   * topology (libs/bus DURABLE_CONSUMERS) provisions these; a tools/ test compares them.
   */
  consumes?: readonly { context: BusContext; purpose: string }[];
  /**
   * The inbound context whose messages it handles through `<name>--inbound` on EXT_INBOUND (libs/bus
   * INBOUND_CONSUMERS; a tools/ test compares them); `build` must then return `inbound`.
   */
  receives?: InboundContext;
  /** The service's own drizzle-kit migrations, applied after the event store's. */
  migrations?: readonly MigrationSet[];
  build: (deps: ServiceDeps) => Promise<ServiceParts> | ServiceParts;
};

export type RunningService = {
  deps: ServiceDeps;
  /** Its outbox relay, once its stream is usable (at once unless the stream is not provisioned). */
  relay: OutboxRelay | undefined;
  /** Consumers that have started; one whose stream does not exist yet, or that is not provisioned, joins when it is there. */
  consumers: RunningConsumer[];
  http: RunningServer | undefined;
  stop: () => Promise<void>;
};
