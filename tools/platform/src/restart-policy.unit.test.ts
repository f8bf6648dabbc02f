import { describe, expect, it } from 'vitest';
import { RestartPolicy } from './restart-policy.js';

const options = { initialDelayMs: 1_000, maxDelayMs: 10_000, stableAfterMs: 30_000, maxFastCrashes: 5, windowMs: 120_000 };

/** Crashes `count` times, each `upForMs` after the restart before it, the restarts honouring each delay. */
function crashLoop(policy: RestartPolicy, count: number, upForMs: number, start = 0) {
  const decisions = [];
  let at = start;
  for (let i = 0; i < count; i++) {
    at += upForMs;
    const decision = policy.crashed(at, upForMs);
    decisions.push(decision);
    if (decision.restart) at += decision.delayMs;
  }
  return { decisions, at };
}

describe('restart policy', () => {
  it('doubles the delay with each crash in a row, up to the cap', () => {
    const policy = new RestartPolicy({ ...options, maxFastCrashes: 100 });
    const { decisions } = crashLoop(policy, 6, 100);
    expect(decisions).toEqual([
      { restart: true, attempt: 1, delayMs: 1_000 },
      { restart: true, attempt: 2, delayMs: 2_000 },
      { restart: true, attempt: 3, delayMs: 4_000 },
      { restart: true, attempt: 4, delayMs: 8_000 },
      { restart: true, attempt: 5, delayMs: 10_000 },
      { restart: true, attempt: 6, delayMs: 10_000 },
    ]);
  });

  it('starts over once the part stayed up long enough', () => {
    const policy = new RestartPolicy(options);
    const { at } = crashLoop(policy, 4, 100);
    expect(policy.crashed(at + 30_000, 30_000)).toEqual({ restart: true, attempt: 1, delayMs: 1_000 });
    // The four earlier fast crashes are forgiven: four more are allowed before the fifth gives up.
    const { decisions } = crashLoop(policy, 5, 100, at + 31_000);
    expect(decisions.slice(0, 4).every((d) => d.restart)).toBe(true);
    expect(decisions[4]).toEqual({ restart: false, fastCrashes: 5, windowMs: 120_000 });
  });

  it('gives up at the fifth fast crash within the window, a failed start counting as one', () => {
    const policy = new RestartPolicy(options);
    expect(crashLoop(policy, 4, 2_000).decisions.every((d) => d.restart)).toBe(true);
    expect(policy.crashed(20_000, 0)).toEqual({ restart: false, fastCrashes: 5, windowMs: 120_000 });
  });

  it('does not give up on fast crashes spread wider than the window', () => {
    const policy = new RestartPolicy({ ...options, maxDelayMs: 60_000 });
    // Crashes at 20 s, 61 s, 122 s, 183 s, 244 s, 305 s: never five within 120 s.
    const decisions = [20_000, 61_000, 122_000, 183_000, 244_000, 305_000].map((at) => policy.crashed(at, 20_000));
    expect(decisions.every((d) => d.restart)).toBe(true);
  });
});
