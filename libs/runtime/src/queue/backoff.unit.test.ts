import { describe, expect, it } from 'vitest';
import { backoff } from './backoff.js';

describe('backoff', () => {
  const after = backoff({ baseMs: 1000, capMs: 60_000, random: () => 1 });
  it('waits the base after the first run, doubling per run, capped', () => {
    expect(after(1)).toBe(1000);
    expect(after(4)).toBe(8000);
    expect(after(41)).toBe(60_000);
    expect(after(0)).toBe(1000);
  });

  it('takes up to the jitter share off at random', () => {
    expect(backoff({ baseMs: 1000, capMs: 60_000, random: () => 0 })(4)).toBe(6400);
    expect(backoff({ baseMs: 1000, capMs: 60_000, jitter: 0, random: () => 0 })(4)).toBe(8000);
  });
});
