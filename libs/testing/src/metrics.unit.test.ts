import { describe, expect, it } from 'vitest';
import { metricValue } from './metrics.js';

const text = [
  '# HELP keywarden_token_refresh_total Refreshes',
  '# TYPE keywarden_token_refresh_total counter',
  'keywarden_token_refresh_total{provider="gitlab",result="success"} 3',
  'keywarden_token_refresh_total{provider="gitlab",result="failure",error_class="transient"} 2',
  'keywarden_token_refresh_total_other{provider="gitlab",result="success"} 9',
  'keywarden_outbox_pending 4',
  'keywarden_label_escapes{path="a\\"b"} 1.5',
].join('\n');

describe('metricValue', () => {
  it('finds the series with exactly the given labels, in any order', () => {
    expect(metricValue(text, 'keywarden_token_refresh_total', { result: 'success', provider: 'gitlab' })).toBe(3);
    expect(metricValue(text, 'keywarden_token_refresh_total', { provider: 'gitlab', result: 'failure', error_class: 'transient' })).toBe(2);
    expect(metricValue(text, 'keywarden_token_refresh_total', { provider: 'gitlab', result: 'failure' })).toBeUndefined();
    expect(metricValue(text, 'keywarden_token_refresh_total', { provider: 'github', result: 'success' })).toBeUndefined();
    expect(metricValue(text, 'keywarden_outbox_pending')).toBe(4);
    expect(metricValue(text, 'keywarden_label_escapes', { path: 'a"b' })).toBe(1.5);
  });
});
