import { describe, expect, it } from 'vitest';
import { MIN_REFRESH_INTERVAL_MS, backoffMs, nextRefreshAt } from './backoff.js';

describe('backoff', () => {
  it('doubles per attempt with jitter in the upper half, capped', () => {
    const o = { baseMs: 1000, capMs: 10_000 };
    expect([backoffMs(1, 0, o), backoffMs(1, 1, o)]).toEqual([500, 1000]);
    expect([backoffMs(3, 0, o), backoffMs(3, 1, o)]).toEqual([2000, 4000]);
    expect(backoffMs(10, 1, o)).toBe(10_000);
  });

  it('refreshes a long-lived token a margin plus jitter before expiry, at least every idle period', () => {
    const o = { marginMs: 600_000, jitterMs: 300_000, idleMaxMs: 86_400_000 };
    expect(nextRefreshAt(0, 7_200_000, 0, o)).toBe(6_600_000);
    expect(nextRefreshAt(0, 7_200_000, 1, o)).toBe(6_300_000);
    expect(nextRefreshAt(0, 365 * 86_400_000, 0.5, o)).toBe(86_400_000);
  });

  it('refreshes a token shorter-lived than four margins after three quarters of its life, not continuously', () => {
    const o = { marginMs: 600_000, jitterMs: 300_000, idleMaxMs: 86_400_000 };
    // A 60 s token (the GitLab simulator in the journey): after 45 s, whatever the jitter draw.
    expect(nextRefreshAt(1_000_000, 1_060_000, 0, o)).toBe(1_045_000);
    expect(nextRefreshAt(1_000_000, 1_060_000, 1, o)).toBe(1_045_000);
    // 20 minutes: the 10-15 minute margin would leave 5-10 minutes between refreshes; three quarters leaves 15.
    expect(nextRefreshAt(0, 1_200_000, 1, o)).toBe(900_000);
    // From one hour on, the margin (with its jitter) applies as for long-lived tokens.
    expect(nextRefreshAt(0, 3_600_000, 1, o)).toBe(2_700_000);
    expect(nextRefreshAt(0, 3_600_000, 0, o)).toBe(3_000_000);
    // Each refresh of a 60 s token comes one lifetime later than the one before, always before expiry.
    let now = 0;
    for (let i = 0; i < 5; i++) {
      const at = nextRefreshAt(now, now + 60_000, 0.5, o);
      expect(at - now).toBe(45_000);
      now = at;
    }
  });

  it('waits at least the floor, even for a token that is almost or already expired', () => {
    const o = { marginMs: 600_000, jitterMs: 300_000, idleMaxMs: 86_400_000 };
    expect(MIN_REFRESH_INTERVAL_MS).toBe(10_000);
    expect(nextRefreshAt(5_000_000, 5_004_000, 0, o)).toBe(5_010_000);
    expect(nextRefreshAt(5_000_000, 4_000_000, 0, o)).toBe(5_010_000);
    expect(nextRefreshAt(5_000_000, 5_000_000, 0, { ...o, floorMs: 2_000 })).toBe(5_002_000);
    // The floor never pushes a token that lives long enough past three quarters of its life.
    expect(nextRefreshAt(0, 40_000, 0, o)).toBe(30_000);
  });
});
