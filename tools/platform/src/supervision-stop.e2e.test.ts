import { eventually } from '@keywarden/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { STOP_DEADLINE_MS, forceStop, interruptAndWait, latestPid, startSupervised, stillRunningAt, type Supervised } from './test-support/supervision.js';

// Ctrl-C ends `npm start` within the deadline whatever has died. Restarts
// are put off for ten minutes here, so each test holds the platform in the
// state it is about: a part dead, its restart pending.
const NO_RESTART = { KW_PLATFORM_RESTART_DELAY_MS: '600000', KW_PLATFORM_RESTART_MAX_DELAY_MS: '600000' };

describe('npm start on Ctrl-C, whatever has died', () => {
  let run: Supervised | undefined;
  afterEach(() => {
    if (run) forceStop(run);
    run = undefined;
  });

  const waitForDeath = (part: string, pid: number) =>
    eventually(() => run!.output().includes(`${part} (pid ${pid}) exited unexpectedly`), { timeoutMs: 30_000, message: `${part} reported dead` });

  it('stops everything after the postmaster was killed', async () => {
    run = await startSupervised(NO_RESTART);
    const postmaster = latestPid(run.output(), 'PostgreSQL');
    process.kill(postmaster, 'SIGKILL');
    await waitForDeath('PostgreSQL', postmaster);
    const { exit, stillRunning } = await interruptAndWait(run);
    expect(stillRunning, run.output().slice(-3000)).toEqual([]);
    expect(exit, 'npm start exited').toBeDefined();
    expect(run.output()).toContain('PostgreSQL was not running (its restart is cancelled)');
  }, 300_000);

  it('stops everything after nats-server and a service were killed', async () => {
    run = await startSupervised(NO_RESTART);
    const nats = latestPid(run.output(), 'nats-server');
    const identity = latestPid(run.output(), 'identity');
    process.kill(nats, 'SIGKILL');
    process.kill(identity, 'SIGKILL');
    await waitForDeath('nats-server', nats);
    await waitForDeath('identity', identity);
    const { exit, stillRunning } = await interruptAndWait(run);
    expect(stillRunning, run.output().slice(-3000)).toEqual([]);
    expect(exit, 'npm start exited').toBeDefined();
    expect(run.output()).toContain('identity was not running (its restart is cancelled)');
    expect(run.output()).toContain('nats-server was not running (its restart is cancelled)');
  }, 300_000);

  it('kills everything at once on a second Ctrl-C', async () => {
    run = await startSupervised();
    const current = run;
    const deadline = Date.now() + STOP_DEADLINE_MS;
    current.child.kill('SIGINT');
    await eventually(() => current.output().includes('SIGINT received'), { timeoutMs: 5_000 });
    // A person's second Ctrl-C, not the same one delivered twice (npm forwards it too).
    await new Promise((resolve) => setTimeout(resolve, 550));
    current.child.kill('SIGINT');
    const exit = await current.exited;
    expect(exit, current.output().slice(-3000)).toEqual({ code: 1, signal: null });
    expect(current.output()).toContain('✖ SIGINT again: killing every service, nats-server and PostgreSQL now');
    expect(await stillRunningAt(current, deadline)).toEqual([]);
  }, 300_000);

  it('gives up loudly on a service that keeps crashing soon after each start, and stops everything', async () => {
    run = await startSupervised({ KW_PLATFORM_RESTART_DELAY_MS: '200', KW_PLATFORM_RESTART_LIMIT: '3' });
    const current = run;
    const gaveUp = () => current.output().includes('giving up on it');
    // Three crashes soon after a start give up; the first may or may not count (the gateway may have run 30 s by then).
    let kills = 0;
    while (!gaveUp() && kills < 4) {
      const pid = latestPid(current.output(), 'gateway');
      process.kill(pid, 'SIGKILL');
      kills++;
      await eventually(() => gaveUp() || latestPid(current.output(), 'gateway') !== pid, { timeoutMs: 60_000, message: 'the gateway restarted or given up on' });
    }
    const deadline = Date.now() + STOP_DEADLINE_MS;
    const exit = await current.exited;
    const output = current.output();
    expect(exit, output.slice(-3000)).toEqual({ code: 1, signal: null });
    expect(kills).toBeGreaterThanOrEqual(3);
    expect(output).toMatch(
      /✖ gateway \(pid \d+\) exited unexpectedly with signal SIGKILL after [\d.]+ s\. gateway crashed 3 times within 120 s, each soon after it started: giving up on it, stopping the platform\./,
    );
    expect(output).toContain('stopped with errors');
    expect(await stillRunningAt(current, deadline)).toEqual([]);
  }, 300_000);
});
