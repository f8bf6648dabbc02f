import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { SpanKind, SpanStatusCode, context, trace } from '@opentelemetry/api';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { afterEach, describe, expect, it } from 'vitest';
import { startOtlpReceiver, type OtlpReceiver } from './receiver.js';

let receiver: OtlpReceiver | undefined;
afterEach(async () => {
  await receiver?.close();
  receiver = undefined;
});

/** A provider of its own (not the global one): what a service process does with KW_OTLP_ENDPOINT. */
function providerFor(serviceName: string, url: string) {
  const exporter = new OTLPTraceExporter({ url: `${url}/v1/traces` });
  return new BasicTracerProvider({
    resource: resourceFromAttributes({ 'service.name': serviceName }),
    spanProcessors: [new SimpleSpanProcessor(exporter)],
  });
}

describe('startOtlpReceiver', () => {
  it('decodes what the OTLP/HTTP protobuf exporter sends: service, ids, parents, kinds, attributes, links, status', async () => {
    receiver = await startOtlpReceiver();
    const gateway = providerFor('gateway', receiver.url);
    const worker = providerFor('worker', receiver.url);

    const root = gateway.getTracer('@keywarden/http').startSpan('POST /things', {
      kind: SpanKind.SERVER,
      attributes: { 'http.response.status_code': 202, 'url.path': '/things', retried: false, ratio: 0.5, tags: ['a', 'b'] },
    });
    const parent = trace.setSpan(context.active(), root);
    const child = worker.getTracer('@keywarden/bus').startSpan('process ThingCreated', {
      kind: SpanKind.CONSUMER,
      links: [{ context: root.spanContext() }],
    }, parent);
    child.setStatus({ code: SpanStatusCode.ERROR });
    child.end();
    root.end();
    await Promise.all([gateway.forceFlush(), worker.forceFlush()]);

    const spans = await receiver.waitFor((all) => all.length === 2);
    const [http, process] = [spans.find((s) => s.name === 'POST /things')!, spans.find((s) => s.name === 'process ThingCreated')!];
    expect(http).toMatchObject({
      serviceName: 'gateway', scope: '@keywarden/http', kind: 2, parentSpanId: '', statusCode: 0,
      traceId: root.spanContext().traceId, spanId: root.spanContext().spanId,
      attributes: { 'http.response.status_code': 202, 'url.path': '/things', retried: false, ratio: 0.5, tags: ['a', 'b'] },
    });
    expect(process).toMatchObject({
      serviceName: 'worker', scope: '@keywarden/bus', kind: 5, statusCode: 2,
      traceId: root.spanContext().traceId, spanId: child.spanContext().spanId, parentSpanId: root.spanContext().spanId,
      links: [{ traceId: root.spanContext().traceId, spanId: root.spanContext().spanId }],
    });
    expect(process.endTimeUnixNano).toBeGreaterThanOrEqual(process.startTimeUnixNano);
    expect(process.startTimeUnixNano).toBeGreaterThan(1_600_000_000_000_000_000n);
    expect(receiver.trace(root.spanContext().traceId)).toHaveLength(2);
    expect(receiver.trace('0'.repeat(32))).toEqual([]);
    await Promise.all([gateway.shutdown(), worker.shutdown()]);
  });

  it('accepts OTLP/JSON, answers 415 to other media types and 400 to bodies it cannot decode', async () => {
    receiver = await startOtlpReceiver();
    const traceId = '5b8efff798038103d269b633813fc60c';
    const body = {
      resourceSpans: [{
        resource: { attributes: [{ key: 'service.name', value: { stringValue: 'notifier' } }] },
        scopeSpans: [{
          scope: { name: 'manual' },
          spans: [{
            traceId, spanId: 'EEE19B7EC3C1B174', parentSpanId: 'eee19b7ec3c1b173', name: 'deliver', kind: 3,
            startTimeUnixNano: '1544712660000000000', endTimeUnixNano: '1544712661000000000',
            attributes: [{ key: 'attempt', value: { intValue: '2' } }, { key: 'channel', value: { stringValue: 'slack' } }],
            status: { code: 1 },
          }],
        }],
      }],
    };
    const json = await fetch(`${receiver.url}/v1/traces`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect(json.status).toBe(200);
    expect(receiver.spans()).toEqual([{
      serviceName: 'notifier', traceId, spanId: 'eee19b7ec3c1b174', parentSpanId: 'eee19b7ec3c1b173', name: 'deliver', kind: 3, scope: 'manual',
      startTimeUnixNano: 1544712660000000000n, endTimeUnixNano: 1544712661000000000n, attributes: { attempt: 2, channel: 'slack' }, links: [], statusCode: 1,
    }]);

    const text = await fetch(`${receiver.url}/v1/traces`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hello' });
    expect(text.status).toBe(415);
    const garbage = await fetch(`${receiver.url}/v1/traces`, { method: 'POST', headers: { 'content-type': 'application/x-protobuf' }, body: new Uint8Array([0x0a, 0xff, 0xff]) });
    expect(garbage.status).toBe(400);
    expect(receiver.rejected()).toBe(1);
    expect((await fetch(`${receiver.url}/v1/metrics`, { method: 'POST', body: '' })).status).toBe(404);
    expect(receiver.spans()).toHaveLength(1);
  });
});
