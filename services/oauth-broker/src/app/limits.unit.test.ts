import { describe, expect, it } from 'vitest';
import { KeyedLimits, KeyedRate } from './limits.js';

describe('provider limits', () => {
  it('runs at most N at once per key', async () => {
    const limits = new KeyedLimits(2);
    let active = 0;
    let peak = 0;
    const job = () => limits.run('gitlab', async () => {
      active += 1;
      peak = Math.max(peak, active);
      await new Promise((r) => setTimeout(r, 10));
      active -= 1;
    });
    await Promise.all([job(), job(), job(), job(), job(), limits.run('feishu', async () => undefined)]);
    expect(peak).toBe(2);
  });

  it('spaces starts to the configured rate per key', async () => {
    const rate = new KeyedRate(50);
    const started = Date.now();
    await Promise.all(Array.from({ length: 6 }, () => rate.take('gitlab')));
    expect(Date.now() - started).toBeGreaterThanOrEqual(95);
    const other = Date.now();
    await rate.take('feishu');
    expect(Date.now() - other).toBeLessThan(20);
  });
});
