import { Hono } from 'hono';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { KeywardenError, notFound } from '@keywarden/errors';
import {
  InMemorySpanExporter,
  SpanKind,
  SpanStatusCode,
  createLogger,
  initTelemetry,
  parentSpanId,
} from '@keywarden/telemetry';
import { createHttpApp, problem, readJson, type HttpEnv } from './index.js';

const exporter = new InMemorySpanExporter();
const telemetry = initTelemetry({ serviceName: 'http-test', exporter });
afterAll(() => telemetry.shutdown());

const logLines: string[] = [];
const logger = createLogger({ service: 'http-test', destination: { write: (line: string) => void logLines.push(line) } });
const logs = (): Record<string, unknown>[] => logLines.map((line) => JSON.parse(line) as Record<string, unknown>);

const app = createHttpApp({ service: 'http-test', logger });
const projects = new Hono<HttpEnv>();
projects.get('/:id', (c) => c.json({ id: c.req.param('id'), requestId: c.var.requestId }));
projects.post('/', async (c) => c.json(await readJson(c, z.object({ slug: z.string().min(3) })), 201));
app.route('/api/v1/projects', projects);
app.get('/missing', () => {
  throw notFound('No project with that slug.', { errorId: 'GITOPS-x1' });
});
app.get('/boom', () => {
  throw new Error('connection to postgres://kw:hunter2@db failed');
});
app.get('/throws-string', () => {
  throw 'hunter2';
});
app.get('/teapot', (c) => problem(c, new KeywardenError('ERR_TEAPOT', 418, 'Short and stout.')));
// What the gateway gets from a service whose database is away: an RPC error with ERR_UNAVAILABLE.
app.get('/unavailable', () => {
  throw new KeywardenError('ERR_UNAVAILABLE', 503, 'The service cannot reach its database right now; retry shortly.');
});
app.get('/unavailable-hinted', (c) => {
  c.header('Retry-After', '17');
  throw new KeywardenError('ERR_UNAVAILABLE', 503);
});

beforeEach(() => {
  exporter.reset();
  logLines.length = 0;
});

async function problemOf(response: Response): Promise<Record<string, unknown>> {
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  return (await response.json()) as Record<string, unknown>;
}

describe('request id', () => {
  it('echoes a sane incoming id and exposes it to handlers', async () => {
    const response = await app.request('/api/v1/projects/p1', { headers: { 'x-request-id': 'req-123_abc' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('req-123_abc');
    expect(await response.json()).toEqual({ id: 'p1', requestId: 'req-123_abc' });
  });

  it('replaces a missing or unsafe id with a fresh uuid', async () => {
    for (const headers of [{}, { 'x-request-id': 'evil id" injected' }, { 'x-request-id': 'x'.repeat(200) }] as Record<string, string>[]) {
      const response = await app.request('/api/v1/projects/p1', { headers });
      expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});

describe('problem+json', () => {
  it('answers a thrown KeywardenError with its code and status', async () => {
    const response = await app.request('/missing', { headers: { 'x-request-id': 'r-1' } });
    expect(response.status).toBe(404);
    expect(response.headers.get('x-request-id')).toBe('r-1');
    expect(await problemOf(response)).toEqual({
      type: 'https://keywarden.dev/problems/err-not-found',
      title: 'Not found',
      status: 404,
      detail: 'No project with that slug.',
      code: 'ERR_NOT_FOUND',
      errorId: 'GITOPS-x1',
      instance: '/missing',
      requestId: 'r-1',
    });
  });

  it('hides unknown errors, in the response and in the log', async () => {
    for (const path of ['/boom', '/throws-string']) {
      const response = await app.request(path);
      expect(response.status).toBe(500);
      const body = await problemOf(response);
      expect(body.code).toBe('ERR_INTERNAL');
      expect(JSON.stringify(body)).not.toContain('hunter2');
    }
    expect(logLines.join('\n')).not.toContain('hunter2');
    expect(logs()[0]).toMatchObject({ level: 'error', status: 500, path: '/boom', error: { type: 'Error' } });
  });

  it('answers an unknown route with ERR_NOT_FOUND', async () => {
    const response = await app.request('/nowhere?token=abc', { method: 'POST' });
    expect(response.status).toBe(404);
    const body = await problemOf(response);
    expect(body).toMatchObject({ code: 'ERR_NOT_FOUND', status: 404, instance: '/nowhere' });
    expect(body.requestId).toBe(response.headers.get('x-request-id'));
  });

  it('turns a ZodError and malformed JSON into 400s', async () => {
    const invalid = await app.request('/api/v1/projects', { method: 'POST', body: JSON.stringify({ slug: 'ab' }) });
    expect(invalid.status).toBe(400);
    expect(await problemOf(invalid)).toMatchObject({ code: 'ERR_VALIDATION', errors: [{ path: 'slug' }] });
    const malformed = await app.request('/api/v1/projects', { method: 'POST', body: '{nope' });
    expect(malformed.status).toBe(400);
    expect(await problemOf(malformed)).toMatchObject({ code: 'ERR_VALIDATION', detail: 'The request body is not valid JSON.' });
    const valid = await app.request('/api/v1/projects', { method: 'POST', body: JSON.stringify({ slug: 'abc' }) });
    expect(valid.status).toBe(201);
  });

  it('lets handlers answer with problem() directly', async () => {
    const response = await app.request('/teapot');
    expect(response.status).toBe(418);
    expect(await problemOf(response)).toMatchObject({ code: 'ERR_TEAPOT', title: 'Teapot', detail: 'Short and stout.' });
  });
});

describe('tracing and access log', () => {
  const remoteTrace = '4bf92f3577b34da6a3ce929d0e0e4736';
  const remoteSpan = '00f067aa0ba902b7';

  it('records a SERVER span under the incoming traceparent', async () => {
    await app.request('/api/v1/projects/p42?secret=1', {
      headers: { traceparent: `00-${remoteTrace}-${remoteSpan}-01`, authorization: 'Bearer tok-xyz', 'x-request-id': 'r-2' },
    });
    const [span] = exporter.getFinishedSpans();
    expect(span?.name).toBe('GET /api/v1/projects/:id');
    expect(span?.kind).toBe(SpanKind.SERVER);
    expect(span?.spanContext().traceId).toBe(remoteTrace);
    expect(parentSpanId(span!)).toBe(remoteSpan);
    expect(span?.attributes).toMatchObject({
      'http.request.method': 'GET',
      'http.route': '/api/v1/projects/:id',
      'http.response.status_code': 200,
      'url.path': '/api/v1/projects/p42',
    });
    expect(JSON.stringify(span?.attributes)).not.toMatch(/secret=1|tok-xyz/);

    const [line] = logs();
    expect(line).toMatchObject({ method: 'GET', path: '/api/v1/projects/p42', status: 200, request_id: 'r-2', msg: 'request' });
    expect(typeof line?.duration_ms).toBe('number');
    expect(line?.trace_id).toBe(remoteTrace);
    expect(JSON.stringify(line)).not.toMatch(/tok-xyz|secret=1/);
  });

  it('starts a new trace without a traceparent and marks 5xx spans as errors', async () => {
    await app.request('/boom');
    const [span] = exporter.getFinishedSpans();
    expect(span && parentSpanId(span)).toBeUndefined();
    expect(span?.status.code).toBe(SpanStatusCode.ERROR);
    expect(span?.attributes['http.response.status_code']).toBe(500);
    expect(JSON.stringify([span?.attributes, span?.events, span?.status])).not.toContain('hunter2');
  });

  it('leaves 4xx spans unset, names unmatched routes by method only', async () => {
    await app.request('/missing');
    await app.request('/nowhere');
    const [missing, nowhere] = exporter.getFinishedSpans();
    expect(missing?.status.code).toBe(SpanStatusCode.UNSET);
    expect(missing?.attributes['error.type']).toBe('ERR_NOT_FOUND');
    expect(nowhere?.name).toBe('GET');
    expect(nowhere?.attributes['http.route']).toBeUndefined();
  });
});

describe('503 answers', () => {
  it('say when to retry: Retry-After on the problem+json, unless the route set its own', async () => {
    const response = await app.request('/unavailable');
    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(response.headers.get('retry-after')).toBe('5');
    expect(await response.json()).toMatchObject({ code: 'ERR_UNAVAILABLE', status: 503, detail: 'The service cannot reach its database right now; retry shortly.' });
    expect((await app.request('/unavailable-hinted')).headers.get('retry-after')).toBe('17');
    expect((await app.request('/missing')).headers.get('retry-after')).toBeNull();
  });

  it('are logged as a warning naming the error, without its stack: a restart or an outage is not an error of every request', async () => {
    expect((await app.request('/unavailable')).status).toBe(503);
    expect((await app.request('/boom')).status).toBe(500);
    const [unavailable, boom] = logs();
    expect(unavailable).toMatchObject({ level: 'warn', msg: 'request not served now', status: 503, error: { type: 'KeywardenError', code: 'ERR_UNAVAILABLE', message: expect.stringContaining('database') } });
    expect(unavailable!['error']).not.toHaveProperty('stack');
    expect(boom).toMatchObject({ level: 'error', msg: 'request failed', status: 500, error: { stack: expect.any(Array) } });
  });
});
