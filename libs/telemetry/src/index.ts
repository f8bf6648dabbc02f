export {
  REDACTED_KEYS,
  REDACTION_CENSOR,
  createLogger,
  type LogLevel,
  type Logger,
  type LoggerOptions,
} from './logger.js';
export { currentTraceparent, extractTraceContext, injectTraceContext, type TraceCarrier } from './propagation.js';
export { flushTelemetry, initTelemetry, type Telemetry, type TelemetryOptions } from './provider.js';
export { getMeter, initMetrics, metricsInitialized, metricsText, type Counter, type Histogram, type Meter } from './metrics.js';
export { observeGauge, type GaugeReading, type ObserveGaugeOptions } from './gauges.js';
export {
  InMemorySpanExporter,
  formatSpanTree,
  parentSpanId,
  spanTree,
  type ReadableSpan,
  type SpanExporter,
  type SpanNode,
} from './span-tree.js';
export {
  SpanKind,
  SpanStatusCode,
  activeSpan,
  getTracer,
  recordSpanError,
  withSpan,
  type Attributes,
  type Context,
  type Span,
  type SpanOptions,
  type Tracer,
} from './tracing.js';
