import { describe, expect, it } from 'vitest';
import { backoffMs, nextRefreshAt } from './backoff.js';

describe('backoff', () => {
  it('doubles per attempt with jitter in the upper half, capped', () => {
    const o = { baseMs: 1000, capMs: 10_000 };
    expect([backoffMs(1, 0, o), backoffMs(1, 1, o)]).toEqual([500, 1000]);
    expect([backoffMs(3, 0, o), backoffMs(3, 1, o)]).toEqual([2000, 4000]);
    expect(backoffMs(10, 1, o)).toBe(10_000);
  });

  it('refreshes a margin plus jitter before expiry, at least every idle period, never in the past', () => {
    const o = { marginMs: 600_000, jitterMs: 300_000, idleMaxMs: 86_400_000 };
    expect(nextRefreshAt(0, 7_200_000, 0, o)).toBe(6_600_000);
    expect(nextRefreshAt(0, 7_200_000, 1, o)).toBe(6_300_000);
    expect(nextRefreshAt(0, 365 * 86_400_000, 0.5, o)).toBe(86_400_000);
    expect(nextRefreshAt(5_000_000, 5_100_000, 0, o)).toBe(5_000_000);
  });
});
