import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { eventually, scrapeMetric } from '@keywarden/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GatewayClient } from './test-support/gateway-client.js';
import { forceStop, interruptAndWait, isAlive, latestPid, startSupervised, type Supervised } from './test-support/supervision.js';

// One `npm start` platform for the whole file (each start takes a while):
// a service, nats-server and the postmaster are killed in turn and must come
// back by themselves; at the end Ctrl-C arrives while PostgreSQL restarts.
describe('npm start restarts what dies', () => {
  let run: Supervised;
  let api: GatewayClient;
  let signUps = 0;

  beforeAll(async () => {
    run = await startSupervised();
    api = new GatewayClient(run.gateway);
  }, 300_000);
  afterAll(() => {
    if (run) forceStop(run);
  });

  /** The platform serves end to end again: the gateway, identity over NATS, identity's database. */
  const servesAgain = (what: string) =>
    eventually(
      async () => {
        const email = `user-${++signUps}@example.com`;
        const reply = await api.call('POST', '/api/v1/auth/sign-up', { body: { email, password: 'correct horse battery staple', displayName: 'U' } });
        return reply.status === 201;
      },
      { timeoutMs: 120_000, intervalMs: 500, message: `a sign-up through the gateway after ${what}` },
    );
  const metric = (name: string, part: string) => scrapeMetric(run.metrics, name, { part });
  const restartLine = (part: string) => new RegExp(`restarted ${part} \\(pid (\\d+)\\)`);

  it('restarts a service killed with SIGKILL, with backoff, and says so', async () => {
    const killed = latestPid(run.output(), 'gateway');
    process.kill(killed, 'SIGKILL');
    await eventually(() => restartLine('gateway').test(run.output()), { timeoutMs: 60_000, message: 'the gateway restarted' });
    const output = run.output();
    expect(output).toMatch(new RegExp(`✖ gateway \\(pid ${killed}\\) exited unexpectedly with signal SIGKILL after [\\d.]+ s: restarting it in 1\\.0 s \\(restart 1\\)`));
    const restarted = latestPid(output, 'gateway');
    expect(restarted).not.toBe(killed);
    expect(isAlive(restarted)).toBe(true);
    await eventually(() => run.output().includes('gateway is ready again'), { timeoutMs: 60_000, message: 'the gateway ready again' });
    await servesAgain('the gateway was killed');

    expect(await metric('keywarden_platform_crashes_total', 'gateway')).toBe(1);
    expect(await metric('keywarden_platform_restarts_total', 'gateway')).toBe(1);
    expect(await metric('keywarden_platform_part_up', 'gateway')).toBe(1);
    // The same lines, timestamped, outlive the terminal.
    expect(await readFile(join(run.dataDir, 'logs/platform.log'), 'utf8')).toContain(`restarted gateway (pid ${restarted})`);
    // And each service's own lines, both runs of it.
    const gatewayLog = await readFile(join(run.dataDir, 'logs/gateway.log'), 'utf8');
    expect(gatewayLog.match(/"msg":"service started"/g)).toHaveLength(2);
  }, 180_000);

  it('restarts nats-server killed with SIGKILL on the same port and store; the services reconnect by themselves', async () => {
    const services = ['identity', 'gateway'].map((name) => latestPid(run.output(), name));
    const killed = latestPid(run.output(), 'nats-server');
    process.kill(killed, 'SIGKILL');
    await eventually(() => restartLine('nats-server').test(run.output()), { timeoutMs: 60_000, message: 'nats-server restarted' });
    const restarted = latestPid(run.output(), 'nats-server');
    expect(run.output()).toContain(`restarted nats-server (pid ${restarted}) on nats://127.0.0.1:${run.env['KW_NATS_PORT']}`);
    await servesAgain('nats-server was killed');
    // Only nats-server was restarted: the services rode the outage out.
    expect(services.map((pid) => isAlive(pid))).toEqual([true, true]);
    expect(await metric('keywarden_platform_restarts_total', 'nats-server')).toBe(1);
  }, 180_000);

  it('restarts a killed postmaster on the same files and port, despite the pid file it left', async () => {
    const killed = latestPid(run.output(), 'PostgreSQL');
    const pidFile = join(run.dataDir, 'postgres/cluster/postmaster.pid');
    expect(Number((await readFile(pidFile, 'utf8')).split('\n')[0])).toBe(killed);
    process.kill(killed, 'SIGKILL');
    await eventually(() => restartLine('PostgreSQL').test(run.output()), { timeoutMs: 90_000, message: 'PostgreSQL restarted' });
    const restarted = latestPid(run.output(), 'PostgreSQL');
    expect(isAlive(restarted)).toBe(true);
    expect(Number((await readFile(pidFile, 'utf8')).split('\n')[0])).toBe(restarted);
    // A service that crashed on the outage is restarted too; then everything serves again.
    await servesAgain('the postmaster was killed');
    await eventually(async () => (await scrapeMetric(run.metrics, 'keywarden_platform_part_up', { part: 'identity' })) === 1, {
      timeoutMs: 60_000,
      message: 'identity up',
    });
    expect(await metric('keywarden_platform_restarts_total', 'PostgreSQL')).toBe(1);
  }, 240_000);

  it('stops everything within the deadline on Ctrl-C while PostgreSQL is being restarted', async () => {
    const killed = latestPid(run.output(), 'PostgreSQL');
    const before = run.output().length;
    process.kill(killed, 'SIGKILL');
    // The restart is due one or two seconds later: Ctrl-C lands while it waits or starts.
    await eventually(() => run.output().slice(before).includes(`PostgreSQL (pid ${killed}) exited unexpectedly`), { timeoutMs: 30_000 });
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    const { exit, stillRunning } = await interruptAndWait(run);
    expect(stillRunning, run.output().slice(-3000)).toEqual([]);
    expect(exit, 'npm start exited').toBeDefined();
    expect(run.output()).toContain('SIGINT received');
  }, 60_000);
});
