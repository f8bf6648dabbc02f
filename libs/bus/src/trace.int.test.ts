import { randomUUID } from 'node:crypto';
import { commandHandler, type Decider, type DomainEvent } from '@keywarden/event-store';
import { createHttpApp, readJson } from '@keywarden/http';
import { InMemorySpanExporter, createLogger, initTelemetry, parentSpanId, type ReadableSpan } from '@keywarden/telemetry';
import { eventually, testBus } from '@keywarden/testing';
import { SpanKind } from '@opentelemetry/api';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { closeBus, connectBus } from './index.js';
import { startConsumerService, startProducer } from './test-support/pipeline.js';

type Registered = DomainEvent<'UserRegistered', { userId: string; email: string; displayName: string; method: string; roles: string[] }>;
type Register = { type: 'Register'; userId: string; email: string };
const registration: Decider<{ registered: boolean }, Register, Registered> = {
  initialState: () => ({ registered: false }),
  decide: (c, s) => (s.registered ? [] : [{ type: 'UserRegistered', data: { userId: c.userId, email: c.email, displayName: c.email, method: 'password', roles: [] } }]),
  evolve: () => ({ registered: true }),
};

const exporter = new InMemorySpanExporter();
const telemetry = initTelemetry({ serviceName: 'trace-test', exporter });
const closers: Array<() => Promise<unknown>> = [];
afterAll(async () => {
  for (const close of closers.reverse()) await close().catch(() => {});
  await telemetry.shutdown();
});

describe('tracing across the pipeline', () => {
  it('covers the HTTP request, the append, the relay publish and the consumer handling with one trace', async () => {
    const { natsUrl, namespace } = testBus();
    const nc = await connectBus({ servers: natsUrl, name: 'trace-test' });
    const producer = await startProducer(nc, namespace);
    const consumer = await startConsumerService(nc, namespace);
    closers.push(() => closeBus(nc), () => producer.testDb.drop(), () => consumer.testDb.drop(), () => producer.database.close(),
      () => consumer.database.close(), () => producer.relay.stop(), () => consumer.running.stop());

    const register = commandHandler(producer.database, registration);
    const logger = createLogger({ service: 'trace-test', destination: new Writable({ write: (_c, _e, cb) => cb() }) });
    const app = createHttpApp({ service: 'trace-test', logger });
    app.post('/users', async (c) => {
      const body = await readJson(c, z.object({ email: z.string().email() }));
      const userId = randomUUID();
      await register(`user-${userId}`, { type: 'Register', userId, email: body.email });
      return c.json({ userId }, 201);
    });

    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const response = await app.request('/users', {
      method: 'POST',
      headers: { 'content-type': 'application/json', traceparent: `00-${traceId}-00f067aa0ba902b7-01` },
      body: JSON.stringify({ email: 'traced@example.com' }),
    });
    expect(response.status).toBe(201);
    await eventually(async () => (await consumer.received()).some((r) => r.email === 'traced@example.com'));

    const spans = await eventually(() => {
      const all = exporter.getFinishedSpans().filter((s) => s.spanContext().traceId === traceId);
      return all.some((s) => s.kind === SpanKind.CONSUMER) ? all : undefined;
    });
    const byKind = (kind: SpanKind, name?: RegExp) => spans.find((s) => s.kind === kind && (!name || name.test(s.name)));
    const http = byKind(SpanKind.SERVER)!;
    const command = spans.find((s) => s.name === 'command Register')!;
    const publish = byKind(SpanKind.PRODUCER, /UserRegistered/)!;
    const process = byKind(SpanKind.CONSUMER, /UserRegistered/)!;
    for (const span of [http, command, publish, process]) expect(span).toBeDefined();
    const id = (s: ReadableSpan) => s.spanContext().spanId;
    expect(parentSpanId(http)).toBe('00f067aa0ba902b7');
    expect(parentSpanId(command)).toBe(id(http));
    expect(parentSpanId(publish)).toBe(id(command));
    expect(parentSpanId(process)).toBe(id(publish));
  });
});
