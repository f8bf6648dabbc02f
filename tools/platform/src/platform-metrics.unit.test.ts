import { freePort, metricValue } from '@keywarden/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { createPlatformMetrics } from './platform-metrics.js';

describe('the platform metrics', () => {
  const up = new Map([['gateway', false], ['nats-server', true]]);
  const metrics = createPlatformMetrics(() => up);
  afterAll(() => metrics.close());

  it('counts crashes and restarts per part and says what is up, on GET /metrics', async () => {
    const port = await freePort();
    await metrics.listen(port);
    metrics.record('gateway', 'crashed');
    metrics.record('gateway', 'crashed');
    metrics.record('gateway', 'restarted');
    const response = await fetch(`http://127.0.0.1:${port}/metrics`);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(metricValue(text, 'keywarden_platform_crashes_total', { part: 'gateway' })).toBe(2);
    expect(metricValue(text, 'keywarden_platform_restarts_total', { part: 'gateway' })).toBe(1);
    expect(metricValue(text, 'keywarden_platform_restarts_total', { part: 'nats-server' })).toBeUndefined();
    expect(metricValue(text, 'keywarden_platform_part_up', { part: 'gateway' })).toBe(0);
    expect(metricValue(text, 'keywarden_platform_part_up', { part: 'nats-server' })).toBe(1);
    expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(404);
  });
});
