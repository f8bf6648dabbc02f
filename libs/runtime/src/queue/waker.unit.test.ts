import { describe, expect, it } from 'vitest';
import { queueWaker, type Listen } from './waker.js';

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

describe('queueWaker', () => {
  it('runs one pass at a time, and one more after a wake that came during a pass', async () => {
    let notify: (payload: string) => void = () => {};
    const listen: Listen = async (onNotify) => ((notify = onNotify), async () => {});
    const gates = [gate(), gate(), gate()];
    let passes = 0;
    let concurrent = 0;
    let most = 0;
    const waker = queueWaker({
      listen, pollMs: 60_000, onError: () => {},
      pass: async () => {
        concurrent++;
        most = Math.max(most, concurrent);
        await gates[passes++]!.opened;
        concurrent--;
      },
    });
    await waker.start();
    expect(passes).toBe(1);
    notify('another-replica');
    notify('another-replica');
    waker.wake();
    gates[0]!.open();
    await new Promise((resolve) => setImmediate(resolve));
    // Three wakes during the first pass give one more pass, not three.
    expect(passes).toBe(2);
    gates[1]!.open();
    gates[2]!.open();
    await waker.stop();
    expect(passes).toBe(2);
    expect(most).toBe(1);
  });

  it('keeps going after a failed pass, and stops listening and waking when stopped', async () => {
    let unlistened = false;
    const errors: unknown[] = [];
    let passes = 0;
    const second = gate();
    const waker = queueWaker({
      listen: async () => async () => void (unlistened = true), pollMs: 1, onError: (e) => errors.push(e),
      pass: async () => {
        passes++;
        if (passes === 1) throw new Error('database gone');
        second.open();
      },
    });
    await waker.start();
    // The poll runs the next pass after the failed one.
    await second.opened;
    expect(errors).toHaveLength(1);
    await waker.stop();
    const after = passes;
    waker.wake();
    await new Promise((resolve) => setImmediate(resolve));
    expect(passes).toBe(after);
    expect(unlistened).toBe(true);
    expect(waker.stopped).toBe(true);
  });

  it('ignores its own process\'s notifications (it woke its worker already) and runs a pass for another replica\'s', async () => {
    let notify: (payload: string) => void = () => {};
    let passes = 0;
    const waker = queueWaker({
      listen: async (onNotify) => ((notify = onNotify), async () => {}), ignore: 'me', pollMs: 60_000, onError: () => {},
      pass: async () => void passes++,
    });
    await waker.start();
    await new Promise((resolve) => setImmediate(resolve));
    expect(passes).toBe(1);
    notify('me');
    await new Promise((resolve) => setImmediate(resolve));
    expect(passes).toBe(1);
    notify('other');
    await new Promise((resolve) => setImmediate(resolve));
    expect(passes).toBe(2);
    await waker.stop();
  });

  it('after failed passes waits longer each time instead of hammering a database that is gone, and wakes are held until then', async () => {
    const errors: unknown[] = [];
    let passes = 0;
    const waker = queueWaker({
      pollMs: 60_000, onError: (e) => errors.push(e),
      pass: async () => {
        passes++;
        throw new Error('database gone');
      },
    });
    await waker.start();
    await new Promise((resolve) => setImmediate(resolve));
    expect(passes).toBe(1);
    // A wake after a failure waits out the pause (then the pass runs; not at once).
    waker.wake();
    await new Promise((resolve) => setImmediate(resolve));
    expect(passes).toBe(1);
    expect(errors).toHaveLength(1);
    await waker.stop();
  });
});
