// The backlog gauges every service serves on GET /metrics: how far each of its
// durable consumers is behind (JetStream consumer info), how many events wait
// in its outbox, and how many messages are parked in its dead-letter table.
// Each is read when Prometheus scrapes, at most once per KW_METRICS_MAX_AGE_MS,
// so scrapes never add load on NATS or PostgreSQL beyond one read per period.
import { consumerLagReader, type ConsumerRef } from '@keywarden/bus';
import type { Database } from '@keywarden/db';
import { observeGauge } from '@keywarden/telemetry';
import type { NatsConnection } from '@nats-io/nats-core';

export type BacklogSources = {
  serviceName: string;
  nc: NatsConnection;
  namespace: string | undefined;
  database: Database | undefined;
  /** The service's own durable consumers. */
  consumers: readonly ConsumerRef[];
  /** Whether the service publishes through an outbox (it owns a stream). */
  outbox: boolean;
  maxAgeMs: number;
};

/** Registers the service's backlog gauges; returns the function that stops them (service stop). */
export function watchBacklog(sources: BacklogSources): () => void {
  const { maxAgeMs, database, serviceName } = sources;
  const stops: Array<() => void> = [];
  if (sources.consumers.length > 0) {
    // The two lag gauges share one info request per consumer.
    const lag = shared(consumerLagReader(sources.nc, sources.consumers, { namespace: sources.namespace }), maxAgeMs);
    stops.push(
      observeGauge('keywarden_consumer_pending', async () => (await lag()).map((l) => ({ value: l.pending, attributes: { consumer: l.consumer, stream: l.stream } })), {
        description: 'Messages on the stream a durable consumer has not been delivered yet',
        maxAgeMs,
      }),
      observeGauge('keywarden_consumer_ack_pending', async () => (await lag()).map((l) => ({ value: l.ackPending, attributes: { consumer: l.consumer, stream: l.stream } })), {
        description: 'Messages delivered to a durable consumer and not acknowledged yet',
        maxAgeMs,
      }),
    );
  }
  if (database && sources.outbox) {
    stops.push(
      observeGauge('keywarden_outbox_pending', async () => {
        const [row] = await database.sql<Array<{ n: number }>>`select count(*)::int as n from outbox`;
        return [{ value: row?.n ?? 0, attributes: { service: serviceName } }];
      }, { description: 'Events recorded and not yet published to JetStream', maxAgeMs }),
    );
  }
  if (database) {
    // Every consumer of the service is reported, with 0 when it parked nothing, so an alert sees the series.
    const known = [...sources.consumers.map((c) => c.durable), ...(sources.outbox ? ['outbox-relay'] : [])];
    stops.push(
      observeGauge('keywarden_dead_letters', async () => {
        const rows = await database.sql<Array<{ consumer: string; n: number }>>`select consumer, count(*)::int as n from dead_letters group by consumer`;
        const counts = new Map<string, number>(known.map((c) => [c, 0]));
        for (const row of rows) counts.set(row.consumer, row.n);
        return [...counts].map(([consumer, value]) => ({ value, attributes: { service: serviceName, consumer } }));
      }, { description: 'Messages parked in the dead-letter table, by consumer', maxAgeMs }),
    );
  }
  return () => {
    for (const stop of stops) stop();
  };
}

/** One read shared by the gauges that need it, within `maxAgeMs`. */
function shared<T>(read: () => Promise<T>, maxAgeMs: number): () => Promise<T> {
  let last: { at: number; value: T } | undefined;
  let inflight: Promise<T> | undefined;
  return () => {
    if (last && Date.now() - last.at < maxAgeMs) return Promise.resolve(last.value);
    inflight ??= read()
      .then((value) => {
        last = { at: Date.now(), value };
        return value;
      })
      .finally(() => {
        inflight = undefined;
      });
    return inflight;
  };
}

/**
 * Whether the service reaches its database (1/0) and how many outages it has
 * seen since it started, from the database's availability (no query).
 */
export function watchDatabase(serviceName: string, database: Database): () => void {
  const attributes = { service: serviceName };
  const stops = [
    observeGauge('keywarden_database_up', async () => [{ value: database.availability.up ? 1 : 0, attributes }], {
      description: 'Whether the service reaches its PostgreSQL database (0 during an outage)', maxAgeMs: 0,
    }),
    observeGauge('keywarden_database_outages', async () => [{ value: database.availability.outages, attributes }], {
      description: 'PostgreSQL outages the service has ridden out (or is in) since it started', maxAgeMs: 0,
    }),
  ];
  return () => {
    for (const stop of stops) stop();
  };
}
