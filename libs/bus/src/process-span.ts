// The CONSUMER span a handler runs in, for Keywarden's events and for inbound messages alike: it
// continues the publisher's trace when the message carries one, and marks the error type on failure.
import { ROOT_CONTEXT, SpanKind, SpanStatusCode, context, propagation, trace, type Attributes } from '@opentelemetry/api';

const tracer = trace.getTracer('@keywarden/bus');

export function inProcessSpan<T>(name: string, headers: Record<string, string>, attributes: Attributes, fn: () => Promise<T>): Promise<T> {
  const parent = propagation.extract(ROOT_CONTEXT, headers);
  const span = tracer.startSpan(name, { kind: SpanKind.CONSUMER, attributes: { 'messaging.system': 'nats', 'messaging.operation.type': 'process', ...attributes } }, parent);
  return context.with(trace.setSpan(parent, span), async () => {
    try {
      return await fn();
    } catch (error) {
      span.setStatus({ code: SpanStatusCode.ERROR });
      span.setAttribute('error.type', (error as { code?: string }).code ?? (error as Error).name ?? 'Error');
      throw error;
    } finally {
      span.end();
    }
  });
}
