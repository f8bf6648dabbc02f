// Gauges whose values come from a query (a count in PostgreSQL, a JetStream
// consumer's info): read when Prometheus scrapes, but at most once every
// `maxAgeMs` per source, so frequent or concurrent scrapes never hammer the
// database or NATS. One gauge may have several sources: several services can
// run in one process (tests, the local platform), each adding its own.
import { metrics, type Attributes, type ObservableGauge } from '@opentelemetry/api';
import { metricsInitialized } from './metrics.js';

export type GaugeReading = { value: number; attributes?: Attributes };

export type ObserveGaugeOptions = {
  description: string;
  /** How long a reading is served before the source is read again; 0 reads on every scrape. */
  maxAgeMs: number;
  /** A read that takes longer is given up for this scrape (no series rather than a stuck scrape). */
  timeoutMs?: number;
};

type Source = { current: () => Promise<readonly GaugeReading[]> };
type Registered = { gauge: ObservableGauge; sources: Set<Source> };

// On globalThis like the MeterProvider: the instrument is registered once per process.
const GAUGES_KEY = Symbol.for('keywarden.metrics.gauges');
type Holder = { [GAUGES_KEY]?: Map<string, Registered> };

/**
 * Reports what `read` returns under gauge `name` on every scrape, reading again only when the last
 * reading is older than `maxAgeMs`. A failed or timed-out read reports nothing until the next read
 * is due. Returns the function that stops this source (e.g. when its service stops); the SDK keeps
 * serving the last value of a series no source reports any more (cumulative temporality), which only
 * matters when several services start and stop in one process (tests).
 */
export function observeGauge(name: string, read: () => Promise<readonly GaugeReading[]>, options: ObserveGaugeOptions): () => void {
  if (!metricsInitialized()) return () => undefined;
  const holder = globalThis as Holder;
  const gauges = (holder[GAUGES_KEY] ??= new Map());
  let registered = gauges.get(name);
  if (!registered) {
    const gauge = metrics.getMeter('@keywarden/telemetry').createObservableGauge(name, { description: options.description });
    const sources = new Set<Source>();
    gauge.addCallback(async (result) => {
      const readings = await Promise.all([...sources].map((s) => s.current()));
      for (const reading of readings.flat()) result.observe(reading.value, reading.attributes);
    });
    registered = { gauge, sources };
    gauges.set(name, registered);
  }
  const source = cachedSource(read, options.maxAgeMs, options.timeoutMs ?? 5_000);
  const { sources } = registered;
  sources.add(source);
  return () => void sources.delete(source);
}

function cachedSource(read: () => Promise<readonly GaugeReading[]>, maxAgeMs: number, timeoutMs: number): Source {
  let last: { at: number; readings: readonly GaugeReading[] } | undefined;
  let inflight: Promise<readonly GaugeReading[]> | undefined;
  return {
    current: () => {
      if (last && Date.now() - last.at < maxAgeMs) return Promise.resolve(last.readings);
      // Concurrent scrapes share one read.
      inflight ??= withTimeout(read(), timeoutMs)
        .catch((): readonly GaugeReading[] => [])
        .then((readings) => {
          last = { at: Date.now(), readings };
          return readings;
        })
        .finally(() => {
          inflight = undefined;
        });
      return inflight;
    },
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('gauge read timed out')), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
