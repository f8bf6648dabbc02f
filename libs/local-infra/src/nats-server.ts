import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { abortError, exitOf, terminate, type ProcessExit } from './child-process.js';
import { freePort } from './ports.js';

export type NatsServerOptions = {
  /** JetStream storage directory; kept between runs when it is. */
  storeDir: string;
  port?: number;
  /** A nats-server config file (deploy/nats); otherwise an open server for tests. */
  configFile?: string;
  /**
   * The config file sets the store directory itself (`jetstream { store_dir: ... }`), so none is
   * passed on the command line: nats-server 2.9 refuses to reload a config (SIGHUP) when `-sd`
   * was given ("config reload not supported for jetstream storage dir"). `storeDir` is still
   * created. The local platform does this: it reloads when an integration is added or revoked.
   */
  storeDirInConfig?: boolean;
  /** nats-server writes its pid here (-P): what `kw ops integrations` signals to reload. */
  pidFile?: string;
  /** Environment for the config file's $VARIABLES (per-service passwords). */
  env?: Record<string, string>;
  onLog?: (line: string) => void;
  /** Cancels the start: the server is killed and the start rejects with an AbortError. */
  signal?: AbortSignal;
};

export type RunningNatsServer = {
  url: string;
  port: number;
  pid: number;
  /** Resolves when the server has exited, whoever ended it (a crash included). */
  exited: Promise<ProcessExit>;
  /** SIGTERM and wait, SIGKILL after `timeoutMs` (default 10 s); at once if it has already exited. The store stays. */
  stop: (options?: { timeoutMs?: number }) => Promise<void>;
  /** SIGKILL, as a crash would: nothing is flushed. */
  kill: () => Promise<void>;
};

const candidates = ['/usr/sbin/nats-server', '/usr/bin/nats-server', '/usr/local/bin/nats-server'];

export function findNatsServer(): string {
  const fromEnv = process.env['NATS_SERVER_BIN'];
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  for (const path of (process.env['PATH'] ?? '').split(':').map((dir) => `${dir}/nats-server`)) {
    if (existsSync(path)) return path;
  }
  const found = candidates.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(
    'nats-server was not found. On Debian or Ubuntu: `sudo apt-get install -y nats-server`; ' +
      'elsewhere see https://docs.nats.io/running-a-nats-service/introduction/installation, or set NATS_SERVER_BIN.',
  );
}

export async function startNatsServer(options: NatsServerOptions): Promise<RunningNatsServer> {
  options.signal?.throwIfAborted();
  const port = options.port ?? (await freePort());
  await mkdir(options.storeDir, { recursive: true });
  const args = options.configFile ? ['-c', options.configFile] : [];
  args.push('-js', ...(options.storeDirInConfig ? [] : ['-sd', options.storeDir]), '-a', '127.0.0.1', '-p', String(port));
  if (options.pidFile) args.push('-P', options.pidFile);
  const child = spawn(findNatsServer(), args, {
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = exitOf(child);
  await waitUntilReady(child, exited, options.onLog, options.signal);
  return {
    url: `nats://127.0.0.1:${port}`,
    port,
    pid: child.pid ?? -1,
    exited,
    stop: async ({ timeoutMs = 10_000 } = {}) => {
      await terminate(child, exited, [{ signal: 'SIGTERM', waitMs: timeoutMs }, { signal: 'SIGKILL', waitMs: 0 }]);
    },
    kill: async () => {
      await terminate(child, exited, [{ signal: 'SIGKILL', waitMs: 0 }]);
    },
  };
}

/** nats-server logs "Server is ready" once it accepts clients (and JetStream is up). */
function waitUntilReady(
  child: ChildProcess,
  exited: Promise<ProcessExit>,
  onLog?: (line: string) => void,
  signal?: AbortSignal,
): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    let settled = false;
    // Rejects only once the process is gone: nothing outlives a failed start.
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      void terminate(child, exited, [{ signal: 'SIGKILL', waitMs: 0 }]).then(() => reject(error));
    };
    const timer = setTimeout(() => fail(new Error(`nats-server did not become ready in 15s:\n${output}`)), 15_000);
    const onAbort = () => fail(abortError('nats-server'));
    signal?.addEventListener('abort', onAbort, { once: true });
    if (signal?.aborted) onAbort();
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      output = (output + text).slice(-4000);
      for (const line of text.split('\n')) if (line.trim()) onLog?.(line);
      if (!settled && text.includes('Server is ready')) {
        settled = true;
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then(({ code, signal: by }) => fail(new Error(`nats-server exited with ${code !== null ? `code ${code}` : `signal ${by}`}:\n${output}`)));
    child.once('error', (error) => fail(error));
  });
}
