import type { ProcessExit } from '@keywarden/local-infra';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RestartPolicy } from './restart-policy.js';
import { SupervisedPart, type PartInstance } from './supervised.js';

/** A process stand-in: it exits when the test (or its stop/kill) says so. */
class FakeRun implements PartInstance {
  exit!: (exit: ProcessExit) => void;
  readonly exited = new Promise<ProcessExit>((resolve) => (this.exit = resolve));
  stopCalls: number[] = [];
  killed = false;
  constructor(readonly pid: number) {}
  stop = async (graceMs: number) => {
    this.stopCalls.push(graceMs);
    this.exit({ code: 0, signal: null });
    return await this.exited;
  };
  kill = () => {
    this.killed = true;
    this.exit({ code: null, signal: 'SIGKILL' });
  };
}

const policy = () => new RestartPolicy({ initialDelayMs: 1_000, maxDelayMs: 8_000, stableAfterMs: 30_000, maxFastCrashes: 3, windowMs: 60_000 });

function part(launch: (signal: AbortSignal) => Promise<FakeRun>) {
  const lines: string[] = [];
  const gaveUp: string[] = [];
  const supervised = new SupervisedPart<FakeRun>({
    name: 'gateway',
    launch,
    policy: policy(),
    say: (line) => lines.push(line),
    shout: (line) => lines.push(`✖ ${line}`),
    onGiveUp: (reason) => gaveUp.push(reason),
  });
  return { supervised, lines, gaveUp };
}

/** Launches numbered runs and keeps them. */
function launcher() {
  const runs: FakeRun[] = [];
  const launch = vi.fn(async (_signal: AbortSignal) => {
    const run = new FakeRun(100 + runs.length);
    runs.push(run);
    return run;
  });
  return { runs, launch };
}

describe('a supervised part', () => {
  beforeEach(() => vi.useFakeTimers({ now: 0 }));
  afterEach(() => vi.useRealTimers());

  it('restarts a crashed run after the delay and says which, how, and when', async () => {
    const { runs, launch } = launcher();
    const { supervised, lines } = part(launch);
    await supervised.start();
    await vi.advanceTimersByTimeAsync(45_000);
    runs[0]!.exit({ code: null, signal: 'SIGKILL' });
    await vi.advanceTimersByTimeAsync(0);
    expect(lines).toEqual(['✖ gateway (pid 100) exited unexpectedly with signal SIGKILL after 45 s: restarting it in 1.0 s (restart 1)']);
    expect(supervised.current).toBeUndefined();

    await vi.advanceTimersByTimeAsync(999);
    expect(launch).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(launch).toHaveBeenCalledTimes(2);
    expect(lines.at(-1)).toBe('restarted gateway (pid 101)');
    expect(supervised.current).toBe(runs[1]);
  });

  it('retries a run that does not start, and gives up at the third fast crash', async () => {
    const { runs, launch } = launcher();
    const { supervised, lines, gaveUp } = part(launch);
    await supervised.start();
    runs[0]!.exit({ code: 1, signal: null });
    launch.mockRejectedValueOnce(new Error('port in use\nmore detail'));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(lines.at(-1)).toBe('✖ gateway did not start again: port in use: restarting it in 2.0 s (restart 2)');
    await vi.advanceTimersByTimeAsync(2_000);
    expect(supervised.current).toBe(runs[1]);
    runs[1]!.exit({ code: 1, signal: null });
    await vi.advanceTimersByTimeAsync(0);
    expect(gaveUp).toEqual(['gateway crashed 3 times within 60 s, each soon after it started']);
    expect(lines.at(-1)).toMatch(/^✖ gateway \(pid 101\) exited unexpectedly with exit code 1 after 0\.0 s\. gateway crashed 3 times .*: giving up on it, stopping the platform\.$/);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(launch).toHaveBeenCalledTimes(3);
  });

  it('stops a running part without restarting it', async () => {
    const { runs, launch } = launcher();
    const { supervised } = part(launch);
    await supervised.start();
    expect(await supervised.stop(5_000)).toEqual({ code: 0, signal: null });
    expect(runs[0]!.stopCalls).toEqual([5_000]);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(launch).toHaveBeenCalledTimes(1);
  });

  it('cancels a pending restart on stop', async () => {
    const { runs, launch } = launcher();
    const { supervised } = part(launch);
    await supervised.start();
    runs[0]!.exit({ code: null, signal: 'SIGKILL' });
    await vi.advanceTimersByTimeAsync(0);
    expect(await supervised.stop(5_000)).toBeUndefined();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(launch).toHaveBeenCalledTimes(1);
  });

  it('aborts a restart in progress on stop, and stops a run that came up all the same', async () => {
    const { runs, launch } = launcher();
    const { supervised, lines } = part(launch);
    await supervised.start();
    let signal: AbortSignal | undefined;
    let finish!: (run: FakeRun) => void;
    launch.mockImplementationOnce((s: AbortSignal) => {
      signal = s;
      return new Promise<FakeRun>((resolve) => (finish = resolve));
    });
    runs[0]!.exit({ code: 1, signal: null });
    await vi.advanceTimersByTimeAsync(1_000);
    const stopped = supervised.stop(5_000);
    expect(signal?.aborted).toBe(true);
    const late = new FakeRun(200);
    finish(late);
    expect(await stopped).toEqual({ code: 0, signal: null });
    expect(late.stopCalls).toEqual([5_000]);
    expect(lines.some((line) => line.startsWith('restarted'))).toBe(false);
  });

  it('restarts nothing once held, and still reports a death', async () => {
    const { runs, launch } = launcher();
    const { supervised, lines } = part(launch);
    await supervised.start();
    runs[0]!.exit({ code: 1, signal: null });
    await vi.advanceTimersByTimeAsync(0);
    supervised.hold();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(launch).toHaveBeenCalledTimes(1);

    const other = part(launcher().launch);
    await other.supervised.start();
    other.supervised.hold();
    expect(other.supervised.current).toBeDefined();
    other.supervised.current!.exit({ code: null, signal: 'SIGSEGV' });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(other.lines).toEqual(['✖ gateway (pid 100) exited unexpectedly with signal SIGSEGV after 0.0 s (not restarted: the platform is stopping)']);
    expect(lines).toHaveLength(1);
  });

  it('kills the running process at once', async () => {
    const { runs, launch } = launcher();
    const { supervised } = part(launch);
    await supervised.start();
    supervised.kill();
    expect(runs[0]!.killed).toBe(true);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(launch).toHaveBeenCalledTimes(1);
  });
});
