import { describe, expect, it } from 'vitest';
import { observeGauge } from './gauges.js';
import { getMeter, initMetrics, metricsText } from './metrics.js';

const line = (text: string, series: string) => text.split('\n').find((l) => l.startsWith(`${series} `));

describe('observeGauge', () => {
  it('reads its source at most once per maxAgeMs and shares one read between concurrent scrapes', async () => {
    initMetrics('gauges-test');
    let reads = 0;
    let value = 5;
    const stop = observeGauge('keywarden_test_backlog', async () => {
      reads++;
      return [{ value, attributes: { queue: 'a' } }];
    }, { description: 'Backlog in this test', maxAgeMs: 60_000 });
    const [first, second] = await Promise.all([metricsText(), metricsText()]);
    expect(line(first, 'keywarden_test_backlog{queue="a"}')).toBe('keywarden_test_backlog{queue="a"} 5');
    expect(line(second, 'keywarden_test_backlog{queue="a"}')).toBe('keywarden_test_backlog{queue="a"} 5');
    expect(first).toContain('# TYPE keywarden_test_backlog gauge');
    value = 9;
    // Still within maxAgeMs: the cached reading, no second read.
    expect(line(await metricsText(), 'keywarden_test_backlog{queue="a"}')).toBe('keywarden_test_backlog{queue="a"} 5');
    expect(reads).toBe(1);
    stop();
  });

  it('reads a stopped source no more', async () => {
    initMetrics('gauges-test');
    let reads = 0;
    const stop = observeGauge('keywarden_test_stopped', async () => [{ value: ++reads }], { description: 'Stopped', maxAgeMs: 0 });
    expect(line(await metricsText(), 'keywarden_test_stopped')).toBe('keywarden_test_stopped 1');
    expect(line(await metricsText(), 'keywarden_test_stopped')).toBe('keywarden_test_stopped 2');
    stop();
    await metricsText();
    expect(reads).toBe(2);
  });

  it('reads again on every scrape with maxAgeMs 0, adds the series of several sources, and skips one that fails', async () => {
    initMetrics('gauges-test');
    let value = 1;
    const stops = [
      observeGauge('keywarden_test_lag', async () => [{ value, attributes: { consumer: 'one' } }], { description: 'Lag', maxAgeMs: 0 }),
      observeGauge('keywarden_test_lag', async () => [{ value: 7, attributes: { consumer: 'two' } }], { description: 'Lag', maxAgeMs: 0 }),
      observeGauge('keywarden_test_lag', async () => {
        throw new Error('nats is down');
      }, { description: 'Lag', maxAgeMs: 0 }),
    ];
    let text = await metricsText();
    expect(line(text, 'keywarden_test_lag{consumer="one"}')).toBe('keywarden_test_lag{consumer="one"} 1');
    expect(line(text, 'keywarden_test_lag{consumer="two"}')).toBe('keywarden_test_lag{consumer="two"} 7');
    value = 4;
    text = await metricsText();
    expect(line(text, 'keywarden_test_lag{consumer="one"}')).toBe('keywarden_test_lag{consumer="one"} 4');
    for (const stop of stops) stop();
  });

  it('gives up a read that hangs, so a scrape still answers', async () => {
    initMetrics('gauges-test');
    const stop = observeGauge('keywarden_test_stuck', () => new Promise(() => undefined), { description: 'Stuck', maxAgeMs: 0, timeoutMs: 50 });
    getMeter('@keywarden/telemetry-test').createCounter('keywarden_test_alive').add(1);
    const text = await metricsText();
    expect(text).toMatch(/keywarden_test_alive_total 1/);
    expect(text).not.toMatch(/^keywarden_test_stuck /m);
    stop();
  });
});
