// For the supervision tests: a platform of their own, the processes it
// started, and a stop measured against a deadline.
import { readdirSync, readFileSync } from 'node:fs';
import { eventually } from '@keywarden/testing';
import { freshPlatformEnv, spawnPlatform, type Spawned } from './platform-run.js';

export type Supervised = Spawned & { env: Record<string, string>; dataDir: string; gateway: string; metrics: string };

/** What every stop must meet, whatever has died: Ctrl-C ends everything within 10 s (the promise). */
export const STOP_DEADLINE_MS = 10_000;

/** `npm start` with no simulators on fresh ports and data directory; resolves once the gateway is ready. */
export async function startSupervised(env: Record<string, string> = {}): Promise<Supervised> {
  const all: Record<string, string> = { ...(await freshPlatformEnv('supervision-')), KW_PLATFORM_SIMULATORS: 'off', ...env };
  const spawned = spawnPlatform(all);
  const run = {
    ...spawned,
    env: all,
    dataDir: all['KW_DATA_DIR']!,
    gateway: `http://127.0.0.1:${all['KW_GATEWAY_PORT']}`,
    metrics: `http://127.0.0.1:${all['KW_PLATFORM_METRICS_PORT']}`,
  };
  const early = spawned.exited.then(({ code }) => {
    throw new Error(`the platform exited early with code ${code}:\n${spawned.output().slice(-6000)}`);
  });
  try {
    await Promise.race([
      eventually(() => spawned.output().includes(`Gateway: ${run.gateway}`), { timeoutMs: 240_000, intervalMs: 250, message: 'the platform is up' }),
      early,
    ]);
  } catch (error) {
    forceStop(run);
    throw error;
  }
  return run;
}

export const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** The newest pid the platform's log gives for `part` ("started gateway (pid 12)", "restarted nats-server (pid 34)", ...). */
export function latestPid(output: string, part: string): number {
  const name = part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(?:started ${name} \\(pid (\\d+)\\)|${name} ready on \\S+ \\(pid (\\d+)|restarted ${name} \\(pid (\\d+)\\))`, 'g');
  const found = [...output.matchAll(pattern)].map((m) => Number(m[1] ?? m[2] ?? m[3]));
  const pid = found.at(-1);
  if (pid === undefined) throw new Error(`no pid for ${part} in:\n${output.slice(-4000)}`);
  return pid;
}

/** Every pid the platform's own lines named, and the platform itself. */
export function pidsInLog(output: string): number[] {
  const lines = output.split('\n').filter((line) => line.startsWith('platform '));
  return [...new Set(lines.flatMap((line) => [...line.matchAll(/\(pid (\d+)/g)].map((m) => Number(m[1]))))];
}

/**
 * Every process started for this data directory: the launcher, the platform,
 * the services, nats-server, PostgreSQL and its backends all inherit
 * KW_DATA_DIR (run as this user, or as root: every environment is readable).
 */
export function processesOf(dataDir: string): number[] {
  const needle = `KW_DATA_DIR=${dataDir}\0`;
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      if (readFileSync(`/proc/${entry}/environ`, 'latin1').includes(needle)) pids.push(Number(entry));
    } catch {
      // Gone meanwhile, or not ours to read.
    }
  }
  return pids;
}

/**
 * SIGINT to `npm start` (as Ctrl-C would), then waits up to STOP_DEADLINE_MS
 * for the launcher to exit and for every process it started to be gone.
 */
export async function interruptAndWait(run: Supervised): Promise<{ exit: { code: number | null } | undefined; stillRunning: number[] }> {
  const named = pidsInLog(run.output());
  const deadline = Date.now() + STOP_DEADLINE_MS;
  run.child.kill('SIGINT');
  let timer: NodeJS.Timeout | undefined;
  const exit = await Promise.race([run.exited, new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), STOP_DEADLINE_MS)))]);
  clearTimeout(timer);
  return { exit, stillRunning: await stillRunningAt(run, deadline, named) };
}

/** What of `run` still runs at `deadline` (or as soon as nothing does). */
export async function stillRunningAt(run: Pick<Supervised, 'dataDir' | 'output'>, deadline: number, named = pidsInLog(run.output())): Promise<number[]> {
  const running = () => [...new Set([...processesOf(run.dataDir), ...named.filter(isAlive)])];
  await eventually(() => running().length === 0, { timeoutMs: Math.max(0, deadline - Date.now()), intervalMs: 100 }).catch(() => undefined);
  return running();
}

/** After a failed test: nothing may keep running. */
export function forceStop(run: Supervised): void {
  for (const pid of [...processesOf(run.dataDir), ...pidsInLog(run.output())]) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}
