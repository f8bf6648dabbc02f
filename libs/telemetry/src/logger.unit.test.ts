import { afterAll, describe, expect, it } from 'vitest';
import { InMemorySpanExporter, createLogger, getTracer, initTelemetry, withSpan } from './index.js';

function capture(): { lines: () => Record<string, unknown>[]; destination: { write(line: string): void } } {
  const raw: string[] = [];
  return {
    lines: () => raw.map((line) => JSON.parse(line) as Record<string, unknown>),
    destination: { write: (line: string) => void raw.push(line) },
  };
}

const telemetry = initTelemetry({ serviceName: 'logger-test', exporter: new InMemorySpanExporter() });
afterAll(() => telemetry.shutdown());

describe('createLogger', () => {
  it('writes JSON with service, level label and ISO time', () => {
    const out = capture();
    createLogger({ service: 'identity', destination: out.destination }).info({ userId: 'u1' }, 'signed in');
    const [line] = out.lines();
    expect(line).toMatchObject({ service: 'identity', level: 'info', msg: 'signed in', userId: 'u1' });
    expect(typeof line?.time).toBe('string');
    expect(line).not.toHaveProperty('trace_id');
  });

  it('respects the level', () => {
    const out = capture();
    const logger = createLogger({ service: 's', level: 'warn', destination: out.destination });
    logger.info('hidden');
    logger.warn('shown');
    expect(out.lines().map((l) => l.msg)).toEqual(['shown']);
  });

  it('censors secret fields at the top and nested up to three levels', () => {
    const out = capture();
    const logger = createLogger({ service: 's', destination: out.destination });
    logger.info(
      {
        password: 'p0',
        token: 't0',
        grant: { accessToken: 'a1', refreshToken: 'r1', expiresIn: 3600 },
        request: { headers: { authorization: 'Bearer b2', cookie: 'kw_rt=c2', 'set-cookie': 'kw_rt=s2', accept: 'json' } },
        provider: { app: { config: { clientSecret: 'cs3', baseUrl: 'https://gitlab.example' } } },
        stored: { id: 'sec-1', value: 'v1' },
        keys: [{ privateKey: 'pk' }],
        failure: { query: 'select $1', parameters: ['pv1'], cause: { params: ['pv2'] } },
      },
      'grant refreshed',
    );
    const text = JSON.stringify(out.lines());
    for (const leaked of ['p0', 't0', 'a1', 'r1', 'b2', 'c2', 's2', 'cs3', 'v1', '"pk"', 'pv1', 'pv2']) expect(text).not.toContain(leaked);
    expect(out.lines()[0]).toMatchObject({
      password: '[redacted]',
      token: '[redacted]',
      grant: { accessToken: '[redacted]', refreshToken: '[redacted]', expiresIn: 3600 },
      request: { headers: { authorization: '[redacted]', cookie: '[redacted]', 'set-cookie': '[redacted]', accept: 'json' } },
      provider: { app: { config: { clientSecret: '[redacted]', baseUrl: 'https://gitlab.example' } } },
      stored: { id: 'sec-1', value: '[redacted]' },
      keys: [{ privateKey: '[redacted]' }],
    });
  });

  it('redacts child bindings too', () => {
    const out = capture();
    createLogger({ service: 's', destination: out.destination }).child({ token: 'tok' }).info('x');
    expect(out.lines()[0]?.token).toBe('[redacted]');
  });

  it('adds the active trace and span ids', async () => {
    const out = capture();
    const logger = createLogger({ service: 's', destination: out.destination });
    await withSpan(getTracer('logger-test'), 'work', {}, (span) => {
      logger.info('inside');
      const [line] = out.lines();
      expect(line?.trace_id).toBe(span.spanContext().traceId);
      expect(line?.span_id).toBe(span.spanContext().spanId);
    });
    logger.info('outside');
    expect(out.lines()[1]).not.toHaveProperty('trace_id');
  });
});
