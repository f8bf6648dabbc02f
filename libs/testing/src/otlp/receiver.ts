// An OTLP/HTTP trace receiver for tests: what a collector (Jaeger, the
// OpenTelemetry Collector) would accept on POST /v1/traces, kept in memory so
// a test can check which services took part in a trace and how its spans are
// parented. Protobuf bodies (what @opentelemetry/exporter-trace-otlp-proto
// sends) are decoded with the message types generated from opentelemetry-proto
// that @opentelemetry/otlp-transformer ships (its exporter encodes with them);
// JSON bodies follow the OTLP/JSON mapping (ids in hex, 64-bit ints as strings).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { gunzipSync } from 'node:zlib';
import { eventually } from '../wait.js';

/** One received span, flattened: its resource's service.name next to its own fields. */
export type ReceivedSpan = {
  serviceName: string;
  /** 32 lower-case hex digits. */
  traceId: string;
  /** 16 lower-case hex digits. */
  spanId: string;
  /** 16 hex digits, or '' for a root span. */
  parentSpanId: string;
  name: string;
  /** OTLP SpanKind: 1 internal, 2 server, 3 client, 4 producer, 5 consumer (0 unspecified). */
  kind: number;
  /** Instrumentation scope (the tracer's name). */
  scope: string;
  startTimeUnixNano: bigint;
  endTimeUnixNano: bigint;
  attributes: Record<string, AttributeValue>;
  /** Linked span contexts (e.g. the requests a batch coalesced). */
  links: Array<{ traceId: string; spanId: string }>;
  /** OTLP StatusCode: 0 unset, 1 ok, 2 error. */
  statusCode: number;
};

export type AttributeValue = string | number | boolean | AttributeValue[] | { [key: string]: AttributeValue } | null;

export type OtlpReceiver = {
  /** Base URL for KW_OTLP_ENDPOINT / an exporter's collector (`${url}/v1/traces` is where spans go). */
  url: string;
  /** Every span received so far, in arrival order. */
  spans: () => ReceivedSpan[];
  /** Spans of one trace. */
  trace: (traceId: string) => ReceivedSpan[];
  /** Resolves with the received spans once `predicate` holds for them. */
  waitFor: (predicate: (spans: ReceivedSpan[]) => boolean, options?: { timeoutMs?: number; message?: string }) => Promise<ReceivedSpan[]>;
  /** Export requests that could not be decoded (answered 400). */
  rejected: () => number;
  close: () => Promise<void>;
};

type Anyish = Record<string, unknown>;
type MessageType = { decode(data: Uint8Array): unknown; toObject(message: unknown, options: Anyish): Anyish };

const require = createRequire(import.meta.url);
let requestType: MessageType | undefined;
function exportTraceServiceRequest(): MessageType {
  if (!requestType) {
    const root = require('@opentelemetry/otlp-transformer/build/src/generated/root.js') as {
      opentelemetry: { proto: { collector: { trace: { v1: { ExportTraceServiceRequest: MessageType } } } } };
    };
    requestType = root.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
  }
  return requestType;
}

/** Starts the receiver on 127.0.0.1 (a free port unless `port` is given). */
export async function startOtlpReceiver(options: { port?: number } = {}): Promise<OtlpReceiver> {
  const received: ReceivedSpan[] = [];
  let rejected = 0;
  const server = createServer((req, res) => {
    void handle(req, res).catch(() => {
      rejected += 1;
      reply(res, 400, 'text/plain', 'could not decode the export request');
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '').split('?')[0];
    if (req.method !== 'POST' || path !== '/v1/traces') return reply(res, 404, 'text/plain', 'not found');
    let body = await readBody(req);
    if (/gzip/i.test(String(req.headers['content-encoding'] ?? ''))) body = gunzipSync(body);
    const type = String(req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (type === 'application/x-protobuf') {
      const message = exportTraceServiceRequest().decode(body);
      // bytes stay Uint8Array (hex below), 64-bit ints become decimal strings (bigint below).
      received.push(...flatten(exportTraceServiceRequest().toObject(message, { longs: String, enums: Number, defaults: true, arrays: true, oneofs: true })));
      return reply(res, 200, 'application/x-protobuf', Buffer.alloc(0));
    }
    if (type === 'application/json') {
      received.push(...flatten(JSON.parse(body.toString('utf8')) as Anyish));
      return reply(res, 200, 'application/json', '{}');
    }
    reply(res, 415, 'text/plain', 'application/x-protobuf or application/json');
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    spans: () => [...received],
    trace: (traceId) => received.filter((s) => s.traceId === traceId),
    waitFor: (predicate, { timeoutMs = 30_000, message = 'spans not received' } = {}) =>
      eventually(() => {
        const all = [...received];
        return predicate(all) ? all : undefined;
      }, { timeoutMs, intervalMs: 100, message }),
    rejected: () => rejected,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

function reply(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  if (res.headersSent) return void res.end();
  res.writeHead(status, { 'content-type': type });
  res.end(body);
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const list = (value: unknown): Anyish[] => (Array.isArray(value) ? (value as Anyish[]) : []);

/** Ids: bytes from protobuf, hex strings in OTLP/JSON. */
function hexId(value: unknown): string {
  if (value instanceof Uint8Array) return Buffer.from(value).toString('hex');
  return typeof value === 'string' ? value.toLowerCase() : '';
}

function nanos(value: unknown): bigint {
  if (typeof value === 'string' && value !== '') return BigInt(value);
  if (typeof value === 'number') return BigInt(Math.trunc(value));
  return 0n;
}

function anyValue(value: unknown): AttributeValue {
  const v = (value ?? {}) as Anyish;
  if (v['stringValue'] !== undefined && v['stringValue'] !== null) return String(v['stringValue']);
  if (v['boolValue'] !== undefined && v['boolValue'] !== null) return Boolean(v['boolValue']);
  if (v['intValue'] !== undefined && v['intValue'] !== null) return Number(v['intValue']);
  if (v['doubleValue'] !== undefined && v['doubleValue'] !== null) return Number(v['doubleValue']);
  if (v['arrayValue']) return list((v['arrayValue'] as Anyish)['values']).map(anyValue);
  if (v['kvlistValue']) return attributes((v['kvlistValue'] as Anyish)['values']);
  if (v['bytesValue'] instanceof Uint8Array) return Buffer.from(v['bytesValue']).toString('base64');
  return null;
}

// protobufjs' toObject fills every oneof member with its default, so the set one is found by `value` when present.
function attributes(values: unknown): Record<string, AttributeValue> {
  const out: Record<string, AttributeValue> = {};
  for (const kv of list(values)) {
    const value = (kv['value'] ?? {}) as Anyish;
    const set = typeof value['value'] === 'string' ? { [value['value']]: value[value['value']] } : value;
    out[String(kv['key'])] = anyValue(set);
  }
  return out;
}

function flatten(request: Anyish): ReceivedSpan[] {
  const spans: ReceivedSpan[] = [];
  for (const resourceSpans of list(request['resourceSpans'])) {
    const resource = attributes(((resourceSpans['resource'] ?? {}) as Anyish)['attributes']);
    const serviceName = typeof resource['service.name'] === 'string' ? resource['service.name'] : '';
    for (const scopeSpans of list(resourceSpans['scopeSpans'])) {
      const scope = String(((scopeSpans['scope'] ?? {}) as Anyish)['name'] ?? '');
      for (const span of list(scopeSpans['spans'])) {
        spans.push({
          serviceName,
          traceId: hexId(span['traceId']),
          spanId: hexId(span['spanId']),
          parentSpanId: hexId(span['parentSpanId']),
          name: String(span['name'] ?? ''),
          kind: Number(span['kind'] ?? 0),
          scope,
          startTimeUnixNano: nanos(span['startTimeUnixNano']),
          endTimeUnixNano: nanos(span['endTimeUnixNano']),
          attributes: attributes(span['attributes']),
          links: list(span['links']).map((l) => ({ traceId: hexId(l['traceId']), spanId: hexId(l['spanId']) })),
          statusCode: Number(((span['status'] ?? {}) as Anyish)['code'] ?? 0),
        });
      }
    }
  }
  return spans;
}
