import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { eventually } from '@keywarden/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshPlatformEnv, spawnPlatform, type Spawned } from './test-support/platform-run.js';

type Run = Spawned;
const startPlatform = spawnPlatform;

const pidOf = (output: string, pattern: RegExp): number => {
  const match = pattern.exec(output);
  if (!match?.[1]) throw new Error(`no pid for ${pattern} in:\n${output}`);
  return Number(match[1]);
};

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function withinMs<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took more than ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

describe('the local platform (npm start)', () => {
  let dataDir: string;
  let env: Record<string, string>;
  let gateway: string;
  const runs: Run[] = [];

  beforeAll(async () => {
    env = { ...(await freshPlatformEnv()), KW_STOP_TIMEOUT_MS: '10000' };
    dataDir = env['KW_DATA_DIR']!;
    gateway = `http://127.0.0.1:${env['KW_GATEWAY_PORT']}`;
  });

  afterAll(async () => {
    // A failed assertion must not leave a platform running.
    for (const run of runs) {
      if (run.child.exitCode === null && run.child.signalCode === null) {
        run.child.kill('SIGINT');
        await withinMs(run.exited, 30_000, 'stopping a leftover platform').catch(() => run.child.kill('SIGKILL'));
      }
    }
  });

  /** Starts, waits for a healthy and ready gateway, stops with SIGINT and checks everything exited cleanly. */
  async function startAndStop(): Promise<string> {
    const run = startPlatform(env);
    runs.push(run);
    const early = run.exited.then(({ code }) => {
      throw new Error(`the platform exited early with code ${code}:\n${run.output()}`);
    });
    const healthy = eventually(
      async () => (await fetch(`${gateway}/healthz`, { signal: AbortSignal.timeout(1_000) })).status === 200,
      { timeoutMs: 90_000, intervalMs: 200, message: 'gateway /healthz' },
    );
    await Promise.race([healthy, early]);
    const ready = await eventually(async () => {
      const response = await fetch(`${gateway}/readyz`, { signal: AbortSignal.timeout(1_000) });
      return response.status === 200 ? ((await response.json()) as unknown) : undefined;
    }, { timeoutMs: 15_000, message: 'gateway /readyz' });
    // Ready means identity's signing keys are loaded and the revocation feed caught up, not only NATS.
    expect(ready).toEqual({ status: 'ready', checks: { nats: 'ok', jwks: 'ok', revocations: 'ok' } });
    await eventually(() => run.output().includes(`Gateway: ${gateway}`), { message: 'the gateway URL is printed' });
    // With no real provider configured, the simulators run and are registered in the broker.
    await eventually(() => /provider app "Feishu \(local simulator\)" is [0-9a-f-]{36}/.test(run.output()), { timeoutMs: 15_000, message: 'simulator apps registered' });
    const registered = JSON.parse(await readFile(join(dataDir, 'simulator-apps.json'), 'utf8')) as Record<string, string>;
    expect(Object.keys(registered).sort()).toEqual(['feishu', 'gitlab']);
    const discovery = await fetch(`http://127.0.0.1:${env['KW_GITLAB_SIM_PORT']}/.well-known/openid-configuration`);
    expect(discovery.status).toBe(200);

    const output = run.output();
    const pids = {
      gateway: pidOf(output, /started gateway \(pid (\d+)\)/),
      nats: pidOf(output, /nats-server ready on \S+ \(pid (\d+)/),
      postgres: pidOf(output, /PostgreSQL ready on \S+ \(pid (\d+)/),
    };
    for (const pid of Object.values(pids)) expect(isAlive(pid)).toBe(true);

    run.child.kill('SIGINT');
    const exit = await withinMs(run.exited, 30_000, 'stopping the platform');
    const final = run.output();
    expect(exit, final).toEqual({ code: 0, signal: null });
    expect(final).toContain(`gateway (pid ${pids.gateway}) stopped with exit code 0`);
    expect(final).toContain('stopped cleanly');
    // Services first, then nats-server, then PostgreSQL.
    const order = ['gateway (pid', 'nats-server stopped', 'PostgreSQL stopped'].map((text) => final.lastIndexOf(text));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    for (const [name, pid] of Object.entries(pids)) expect(isAlive(pid), `${name} (pid ${pid}) still runs`).toBe(false);
    // PostgreSQL removes its pid file only on a clean shutdown.
    expect(existsSync(join(dataDir, 'postgres/cluster/postmaster.pid'))).toBe(false);
    return final;
  }

  it('starts nats-server, PostgreSQL and the gateway, and stops them all cleanly on SIGINT', async () => {
    const output = await startAndStop();
    expect(output).toContain('generated DEV-ONLY secrets');
    expect(existsSync(join(dataDir, 'nats/jetstream'))).toBe(true);
  }, 180_000);

  it('keeps its data directory and reuses the generated secrets on the next run', async () => {
    const apps = await readFile(join(dataDir, 'simulator-apps.json'), 'utf8');
    const file = join(dataDir, 'secrets.json');
    const before = await readFile(file, 'utf8');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const secrets = JSON.parse(before) as { notice: string; masterKeys: string; nats: Record<string, string> };
    expect(secrets.notice).toMatch(/DEVELOPMENT ONLY/);
    expect(secrets.masterKeys).toMatch(/^1:[A-Za-z0-9+/]{43}=$/);
    expect(Object.keys(secrets.nats)).toContain('operator');

    const output = await startAndStop();
    expect(output).toContain(`using secrets from ${file}`);
    expect(output).not.toContain('generated DEV-ONLY secrets');
    expect(await readFile(file, 'utf8')).toBe(before);
    // The simulator provider apps were updated in place, not registered again.
    expect(await readFile(join(dataDir, 'simulator-apps.json'), 'utf8')).toBe(apps);
    const gitlabApp = (JSON.parse(apps) as { gitlab: string }).gitlab;
    expect(output).toContain(`provider app "GitLab (local simulator)" is ${gitlabApp}`);
  }, 180_000);
  // What happens when a part dies: supervision.e2e.test.ts and supervision-stop.e2e.test.ts.
});
