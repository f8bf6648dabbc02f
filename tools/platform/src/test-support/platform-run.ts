// `npm start`'s command as a child process on its own data directory and
// ports, for the end-to-end tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import { eventually, freePort, testRoot } from '@keywarden/testing';
import { REPO_ROOT } from '../config.js';

export type PlatformRun = {
  child: ChildProcess;
  dataDir: string;
  gateway: string;
  /** Its nats-server (the operator's password is in <dataDir>/secrets.json). */
  natsUrl: string;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGINT, then SIGKILL if it has not stopped within `ms`. */
  stop: (ms?: number) => Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
};

export type Spawned = Pick<PlatformRun, 'child' | 'output' | 'exited'>;

/** A fresh data directory and free ports: the environment of one platform of its own. */
export async function freshPlatformEnv(prefix = 'platform-'): Promise<Record<string, string>> {
  const dataDir = await mkdtemp(join(testRoot(), prefix));
  // PostgreSQL runs as its own user when the tests run as root.
  await chmod(dataDir, 0o755);
  return {
    KW_DATA_DIR: dataDir,
    KW_GATEWAY_PORT: String(await freePort()),
    KW_NATS_PORT: String(await freePort()),
    KW_PG_PORT: String(await freePort()),
    KW_GITLAB_SIM_PORT: String(await freePort()),
    KW_FEISHU_SIM_PORT: String(await freePort()),
    KW_KUBE_SIM_PORT: String(await freePort()),
    KW_PLATFORM_METRICS_PORT: String(await freePort()),
  };
}

/** `npm start`'s command as a child process with `env` on top of this process's, its output collected. */
export function spawnPlatform(env: Record<string, string>): Spawned {
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', 'tools/platform/src/start.ts'], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, output: () => output, exited };
}

/** Starts the platform with `env` on top of fresh ports and a fresh data directory; resolves once the gateway is ready. */
export async function startPlatformRun(env: Record<string, string>, options: { readyTimeoutMs?: number } = {}): Promise<PlatformRun> {
  const base: Record<string, string> = { ...(await freshPlatformEnv('journey-')), KW_STOP_TIMEOUT_MS: '15000', ...env };
  const dataDir = base['KW_DATA_DIR']!;
  const { child, output, exited } = spawnPlatform(base);
  const gateway = `http://127.0.0.1:${base['KW_GATEWAY_PORT']}`;
  const run: PlatformRun = {
    child, dataDir, gateway, output, exited, natsUrl: `nats://127.0.0.1:${base['KW_NATS_PORT']}`,
    stop: async (ms = 45_000) => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
      let timer: NodeJS.Timeout | undefined;
      const killed = new Promise<void>((resolve) => {
        timer = setTimeout(() => {
          child.kill('SIGKILL');
          resolve();
        }, ms);
      });
      await Promise.race([exited, killed]);
      clearTimeout(timer);
      return exited;
    },
  };
  const early = exited.then(({ code, signal }) => {
    throw new Error(`the platform exited early (code ${code}, signal ${signal}):\n${output().slice(-8000)}`);
  });
  // The URL is printed once the gateway is ready; the simulators' provider apps are registered before that.
  const ready = eventually(() => output().includes(`Gateway: ${gateway}`) && /provider app "GitLab \(local simulator\)" is [0-9a-f-]{36}/.test(output()), {
    timeoutMs: options.readyTimeoutMs ?? 180_000, intervalMs: 250, message: 'the platform is up with the GitLab simulator registered',
  });
  try {
    await Promise.race([ready, early]);
  } catch (error) {
    await run.stop(15_000);
    throw new Error(`${(error as Error).message}\n--- platform output ---\n${output().slice(-8000)}`);
  }
  return run;
}
