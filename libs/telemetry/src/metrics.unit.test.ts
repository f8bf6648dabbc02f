import { describe, expect, it } from 'vitest';
import { getMeter, initMetrics, metricsText } from './metrics.js';

describe('metrics', () => {
  it('serves what was recorded in the Prometheus text format', async () => {
    initMetrics('metrics-test');
    const written = getMeter('@keywarden/telemetry-test').createCounter('keywarden_test_writes', { description: 'Writes in this test' });
    written.add(2, { trigger: 'manual' });
    written.add(1, { trigger: 'schedule' });
    const text = await metricsText();
    expect(text).toContain('# HELP keywarden_test_writes_total Writes in this test');
    expect(text).toMatch(/keywarden_test_writes_total\{trigger="manual"\} 2/);
    expect(text).toMatch(/keywarden_test_writes_total\{trigger="schedule"\} 1/);
  });
});
