// Metrics the seeds ask for (Secrets rewritten, refresh results, ...): one
// MeterProvider per process, registered globally like the tracer provider, read
// by a Prometheus exporter that never opens a port of its own: each service's
// HTTP app serves GET /metrics (libs/runtime), so there is one port to scrape.
import { metrics, type Meter } from '@opentelemetry/api';

export type { Counter, Histogram, Meter } from '@opentelemetry/api';
import { PrometheusExporter, PrometheusSerializer } from '@opentelemetry/exporter-prometheus';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { MeterProvider } from '@opentelemetry/sdk-metrics';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';

type GlobalMetrics = { provider: MeterProvider; reader: PrometheusExporter };

/** Whether initMetrics ran in this process (observable gauges register only then). */
export function metricsInitialized(): boolean {
  return (globalThis as Holder)[GLOBAL_KEY] !== undefined;
}

// On globalThis, so a second copy of this module finds the provider already registered.
const GLOBAL_KEY = Symbol.for('keywarden.metrics');
type Holder = { [GLOBAL_KEY]?: GlobalMetrics };

/** Registers the process's MeterProvider once; later calls (several services in one test process) reuse it. */
export function initMetrics(serviceName: string): void {
  const holder = globalThis as Holder;
  if (holder[GLOBAL_KEY]) return;
  const reader = new PrometheusExporter({ preventServerStart: true });
  const provider = new MeterProvider({ resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: serviceName }), readers: [reader] });
  metrics.setGlobalMeterProvider(provider);
  holder[GLOBAL_KEY] = { provider, reader };
}

/** A meter named after the code that records (e.g. '@keywarden/gitops-sync'); a no-op until initMetrics ran. */
export function getMeter(name: string): Meter {
  return metrics.getMeter(name);
}

// No timestamps (Prometheus stamps scrapes itself) and no otel_scope_* labels on every series.
const serializer = new PrometheusSerializer(undefined, false, undefined, false, true);

/** Everything recorded so far, in the Prometheus text exposition format ('' before initMetrics). */
export async function metricsText(): Promise<string> {
  const global = (globalThis as Holder)[GLOBAL_KEY];
  if (!global) return '';
  const { resourceMetrics } = await global.reader.collect();
  return serializer.serialize(resourceMetrics);
}
