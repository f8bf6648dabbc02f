import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { KeywardenError } from '@keywarden/errors';
import {
  InMemorySpanExporter,
  SpanKind,
  SpanStatusCode,
  currentTraceparent,
  extractTraceContext,
  formatSpanTree,
  getTracer,
  initTelemetry,
  injectTraceContext,
  parentSpanId,
  spanTree,
  withSpan,
} from './index.js';

const exporter = new InMemorySpanExporter();
const telemetry = initTelemetry({ serviceName: 'telemetry-test', exporter });
const tracer = getTracer('telemetry-test');

const REMOTE_TRACE = '0af7651916cd43dd8448eb211c80319c';
const REMOTE_SPAN = 'b7ad6b7169203331';
const TRACEPARENT = `00-${REMOTE_TRACE}-${REMOTE_SPAN}-01`;

beforeEach(() => exporter.reset());
afterAll(() => telemetry.shutdown());

describe('withSpan', () => {
  it('makes the span active for nested spans and ends it', async () => {
    const result = await withSpan(tracer, 'outer', { kind: SpanKind.CONSUMER, attributes: { 'kw.n': 1 } }, async () => {
      await withSpan(tracer, 'inner', {}, () => 'sync works too');
      return 42;
    });
    expect(result).toBe(42);
    const spans = exporter.getFinishedSpans();
    expect(formatSpanTree(spans)).toBe('outer\n  inner');
    const [root] = spanTree(spans);
    expect(root?.span.kind).toBe(SpanKind.CONSUMER);
    expect(root?.span.attributes['kw.n']).toBe(1);
    expect(root?.span.resource.attributes['service.name']).toBe('telemetry-test');
    expect(parentSpanId(root!.children[0]!.span)).toBe(root?.span.spanContext().spanId);
  });

  it('continues a remote trace given as parent', async () => {
    await withSpan(tracer, 'handle', { parent: extractTraceContext({ traceparent: TRACEPARENT }) }, () => undefined);
    const [span] = exporter.getFinishedSpans();
    expect(span?.spanContext().traceId).toBe(REMOTE_TRACE);
    expect(parentSpanId(span!)).toBe(REMOTE_SPAN);
  });

  it('records an unknown error by type and code only', async () => {
    const error = Object.assign(new TypeError('connect failed: postgres://kw:hunter2@db/kw'), { code: 'ECONNREFUSED' });
    await expect(withSpan(tracer, 'fails', {}, () => Promise.reject(error))).rejects.toBe(error);
    const [span] = exporter.getFinishedSpans();
    expect(span?.status.code).toBe(SpanStatusCode.ERROR);
    expect(span?.attributes['error.type']).toBe('ECONNREFUSED');
    expect(span?.attributes['error.code']).toBe('ECONNREFUSED');
    expect(span?.events[0]?.attributes?.['exception.type']).toBe('TypeError');
    expect(JSON.stringify([span?.attributes, span?.events, span?.status])).not.toContain('hunter2');
    expect(span?.ended).toBe(true);
  });

  it('records the message of a KeywardenError', async () => {
    const error = new KeywardenError('ERR_CONFLICT', 409, 'Stream version is stale.', { errorId: 'EVSTORE-a81k' });
    await expect(withSpan(tracer, 'conflicts', {}, () => { throw error; })).rejects.toBe(error);
    const [span] = exporter.getFinishedSpans();
    expect(span?.attributes['error.code']).toBe('ERR_CONFLICT');
    expect(span?.attributes['error.id']).toBe('EVSTORE-a81k');
    expect(span?.events[0]?.attributes?.['exception.message']).toContain('Stream version is stale.');
  });
});

describe('trace context carriers', () => {
  it('injects the active context and nothing outside a span', async () => {
    expect(injectTraceContext()).toEqual({});
    expect(currentTraceparent()).toBeUndefined();
    await withSpan(tracer, 'publish', {}, (span) => {
      const { traceId, spanId } = span.spanContext();
      const headers = injectTraceContext({ 'content-type': 'application/protobuf' });
      expect(headers['content-type']).toBe('application/protobuf');
      expect(headers.traceparent).toBe(`00-${traceId}-${spanId}-01`);
      expect(currentTraceparent()).toBe(headers.traceparent);
    });
  });

  it('carries tracestate and reads header names in any case', async () => {
    const parent = extractTraceContext({ Traceparent: TRACEPARENT, TraceState: 'kw=1' });
    await withSpan(tracer, 'child', { parent }, () => {
      const carrier = injectTraceContext();
      expect(carrier.traceparent?.split('-')[1]).toBe(REMOTE_TRACE);
      expect(carrier.tracestate).toBe('kw=1');
    });
  });

  it('starts a new trace when the carrier has no valid traceparent', async () => {
    await withSpan(tracer, 'outer', {}, async (outer) => {
      const parent = extractTraceContext({ traceparent: 'garbage' });
      await withSpan(tracer, 'fresh', { parent }, (fresh) => {
        expect(fresh.spanContext().traceId).not.toBe(outer.spanContext().traceId);
      });
    });
    const fresh = exporter.getFinishedSpans().find((span) => span.name === 'fresh');
    expect(fresh && parentSpanId(fresh)).toBeUndefined();
  });
});

describe('initTelemetry called again in the same process', () => {
  it('keeps the first registration working and feeds both exporters', async () => {
    const second = new InMemorySpanExporter();
    const other = initTelemetry({ serviceName: 'other-component', exporter: second });
    expect(other.provider).toBe(telemetry.provider);

    await withSpan(getTracer('other-component'), 'both', {}, () => undefined);
    expect(exporter.getFinishedSpans().map((s) => s.name)).toEqual(['both']);
    expect(second.getFinishedSpans().map((s) => s.name)).toEqual(['both']);
    expect(second.getFinishedSpans()[0]?.instrumentationScope.name).toBe('other-component');

    await other.shutdown();
    await other.shutdown();
    await withSpan(tracer, 'after', {}, () => undefined);
    expect(exporter.getFinishedSpans().map((s) => s.name)).toEqual(['both', 'after']);
    expect(second.getFinishedSpans()).toEqual([]);
  });
});
