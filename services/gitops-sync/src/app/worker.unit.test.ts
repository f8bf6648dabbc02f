import { describe, expect, it } from 'vitest';
import { backoffMs } from './worker.js';

describe('backoffMs', () => {
  const settings = { retryBaseMs: 1000, retryCapMs: 60_000 };
  it('doubles per attempt with up to 20% jitter below, capped', () => {
    expect(backoffMs(0, settings, () => 1)).toBe(1000);
    expect(backoffMs(3, settings, () => 1)).toBe(8000);
    expect(backoffMs(3, settings, () => 0)).toBe(6400);
    expect(backoffMs(40, settings, () => 1)).toBe(60_000);
  });
});
