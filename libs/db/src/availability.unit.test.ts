import { describe, expect, it } from 'vitest';
import { backoffDelay, databaseUnavailable, isDatabaseUnavailable, trackAvailability } from './availability.js';

const withCode = (code: string, cause?: unknown) => Object.assign(new Error('x'), { code, ...(cause ? { cause } : {}) });
const logs = () => {
  const lines: Array<{ level: 'info' | 'warn'; msg: string; obj: object }> = [];
  return { lines, logger: { info: (obj: object, msg = '') => lines.push({ level: 'info', msg, obj }), warn: (obj: object, msg = '') => lines.push({ level: 'warn', msg, obj }) } };
};

describe('isDatabaseUnavailable', () => {
  it('knows the driver, socket and server errors of a database that is not there', () => {
    for (const code of ['CONNECTION_CLOSED', 'CONNECT_TIMEOUT', 'ECONNREFUSED', 'ECONNRESET', '57P01', '57P03', '08006', '53300']) {
      expect(isDatabaseUnavailable(withCode(code)), code).toBe(true);
    }
    // drizzle wraps the driver's error as its cause
    expect(isDatabaseUnavailable(Object.assign(new Error('Failed query: select 1'), { cause: withCode('ECONNREFUSED') }))).toBe(true);
  });

  it('does not mistake a bad query, a constraint or our own close for an outage', () => {
    for (const error of [withCode('23505'), withCode('42P01'), withCode('CONNECTION_ENDED'), new Error('boom'), undefined, 'text']) {
      expect(isDatabaseUnavailable(error)).toBe(false);
    }
  });

  it('gives callers a retryable 503 that names no internals', () => {
    const error = databaseUnavailable(withCode('ECONNREFUSED'));
    expect(error).toMatchObject({ code: 'ERR_UNAVAILABLE', status: 503, errorId: 'DB-unav1' });
    expect(error.detail).not.toMatch(/ECONNREFUSED|postgres/i);
  });
});

describe('backoffDelay', () => {
  it('grows from the base and stays under the cap, jittered in the upper half', () => {
    for (let attempt = 0; attempt < 40; attempt++) {
      const ceiling = Math.min(2000, 50 * 2 ** Math.min(attempt, 20));
      const delay = backoffDelay(attempt, { baseMs: 50, maxMs: 2000 });
      expect(delay).toBeGreaterThanOrEqual(ceiling / 2);
      expect(delay).toBeLessThanOrEqual(ceiling);
    }
  });
});

describe('trackAvailability', () => {
  it('logs an outage once however many failures come in, and once when a probe answers again', async () => {
    let answers = false;
    let probes = 0;
    const { lines, logger } = logs();
    const availability = trackAvailability(async () => {
      probes++;
      if (!answers) throw withCode('ECONNREFUSED');
    }, logger, { maxProbeDelayMs: 20 });
    expect(availability.noticeFailure(withCode('23505'))).toBe(false);
    expect(availability.up).toBe(true);
    for (let i = 0; i < 50; i++) expect(availability.noticeFailure(withCode('ECONNREFUSED'))).toBe(true);
    expect(availability.up).toBe(false);
    expect(availability.downSince).toBeInstanceOf(Date);
    const waiting = availability.pause(0);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(probes).toBeGreaterThan(0);
    answers = true;
    await waiting;
    expect(availability.up).toBe(true);
    expect(lines.map((l) => [l.level, l.msg.split(';')[0]])).toEqual([['warn', 'database unreachable'], ['info', 'database reachable again']]);
    expect(lines[0]!.obj).toEqual({ err: { code: 'ECONNREFUSED' } });
    expect(availability.outages).toBe(1);
    availability.stop();
  });

  it('lets a waiter go when its signal aborts or the tracker stops, while the database is still away', async () => {
    const availability = trackAvailability(async () => {
      throw withCode('ECONNREFUSED');
    });
    availability.noticeFailure(withCode('CONNECTION_CLOSED'));
    const abort = new AbortController();
    const first = availability.pause(0, abort.signal);
    abort.abort();
    await first;
    const second = availability.pause(0);
    availability.stop();
    await second;
    expect(availability.up).toBe(false);
  });
});
