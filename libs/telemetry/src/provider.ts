import type { Context } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { defaultResource, resourceFromAttributes } from '@opentelemetry/resources';
import {
  BatchSpanProcessor,
  SimpleSpanProcessor,
  type ReadableSpan,
  type Span,
  type SpanExporter,
  type SpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';

export interface TelemetryOptions {
  serviceName: string;
  /** Collector base URL, e.g. 'http://localhost:4318'; spans go to `${otlpEndpoint}/v1/traces`. */
  otlpEndpoint?: string;
  /** Exported synchronously (SimpleSpanProcessor); meant for tests with an InMemorySpanExporter. */
  exporter?: SpanExporter;
}

export interface Telemetry {
  provider: NodeTracerProvider;
  /** Flushes and detaches the exporters this call added. Safe to call twice. */
  shutdown(): Promise<void>;
}

/**
 * Forwards to a list of processors that can change at run time: SDK 2.x providers take their
 * processors only in the constructor, and several components in one process each bring theirs.
 */
class FanOutSpanProcessor implements SpanProcessor {
  readonly processors = new Set<SpanProcessor>();

  onStart(span: Span, parentContext: Context): void {
    for (const processor of this.processors) processor.onStart(span, parentContext);
  }

  onEnding(span: Span): void {
    for (const processor of this.processors) processor.onEnding?.(span);
  }

  onEnd(span: ReadableSpan): void {
    for (const processor of this.processors) processor.onEnd(span);
  }

  async forceFlush(): Promise<void> {
    await Promise.all([...this.processors].map((processor) => processor.forceFlush()));
  }

  async shutdown(): Promise<void> {
    await Promise.all([...this.processors].map((processor) => processor.shutdown()));
  }
}

interface GlobalTelemetry {
  provider: NodeTracerProvider;
  fanOut: FanOutSpanProcessor;
}

// Kept on globalThis like the OpenTelemetry API's own registration, so a second copy of this
// module (another test file, a re-import) finds the provider that is already registered.
const GLOBAL_KEY = Symbol.for('keywarden.telemetry');
type Holder = { [GLOBAL_KEY]?: GlobalTelemetry };

/**
 * Sets up tracing for the process: a NodeTracerProvider registered as the global provider,
 * the W3C trace-context (+ baggage) propagator and the AsyncLocalStorage context manager.
 *
 * One process has one provider. The first call creates and registers it, and its
 * `serviceName` names the resource. Later calls (several components started in one test
 * process) reuse that provider and only add their own exporters; every exporter then sees the
 * spans of every component, which tell themselves apart by tracer (instrumentation scope)
 * name. `shutdown()` flushes and removes only the exporters of its own call; the provider
 * stays registered for the life of the process, so tracers obtained earlier keep working and
 * a later call can attach new exporters.
 */
export function initTelemetry(options: TelemetryOptions): Telemetry {
  const holder = globalThis as Holder;
  let global = holder[GLOBAL_KEY];
  if (!global) {
    const fanOut = new FanOutSpanProcessor();
    const provider = new NodeTracerProvider({
      resource: defaultResource().merge(resourceFromAttributes({ [ATTR_SERVICE_NAME]: options.serviceName })),
      spanProcessors: [fanOut],
    });
    provider.register();
    global = { provider, fanOut };
    holder[GLOBAL_KEY] = global;
  }

  const added: SpanProcessor[] = [];
  if (options.otlpEndpoint) {
    const url = `${options.otlpEndpoint.replace(/\/+$/, '')}/v1/traces`;
    added.push(new BatchSpanProcessor(new OTLPTraceExporter({ url })));
  }
  if (options.exporter) added.push(new SimpleSpanProcessor(options.exporter));
  for (const processor of added) global.fanOut.processors.add(processor);

  const { provider, fanOut } = global;
  let closed = false;
  return {
    provider,
    async shutdown() {
      if (closed) return;
      closed = true;
      for (const processor of added) fanOut.processors.delete(processor);
      await Promise.all(added.map((processor) => processor.shutdown()));
    },
  };
}

/** Exports what is buffered in every attached processor (e.g. before a test asserts on a collector). */
export async function flushTelemetry(): Promise<void> {
  await (globalThis as Holder)[GLOBAL_KEY]?.fanOut.forceFlush();
}
