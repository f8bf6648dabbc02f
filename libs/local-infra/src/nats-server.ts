import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { freePort } from './ports.js';

export type NatsServerOptions = {
  /** JetStream storage directory; kept between runs when it is. */
  storeDir: string;
  port?: number;
  /** A nats-server config file (deploy/nats); otherwise an open server for tests. */
  configFile?: string;
  /** Environment for the config file's $VARIABLES (per-service passwords). */
  env?: Record<string, string>;
  onLog?: (line: string) => void;
};

export type RunningNatsServer = {
  url: string;
  port: number;
  pid: number;
  /** SIGTERM and wait; the store stays. */
  stop: () => Promise<void>;
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
  const port = options.port ?? (await freePort());
  await mkdir(options.storeDir, { recursive: true });
  const args = options.configFile ? ['-c', options.configFile] : [];
  args.push('-js', '-sd', options.storeDir, '-a', '127.0.0.1', '-p', String(port));
  const child = spawn(findNatsServer(), args, {
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await waitUntilReady(child, options.onLog);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const signal = async (sig: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(sig);
    await exited;
  };
  return {
    url: `nats://127.0.0.1:${port}`,
    port,
    pid: child.pid ?? -1,
    stop: () => signal('SIGTERM'),
    kill: () => signal('SIGKILL'),
  };
}

/** nats-server logs "Server is ready" once it accepts clients (and JetStream is up). */
function waitUntilReady(child: ChildProcess, onLog?: (line: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => fail(new Error(`nats-server did not become ready in 15s:\n${output}`)), 15_000);
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(error);
    };
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      output = (output + text).slice(-4000);
      for (const line of text.split('\n')) if (line.trim()) onLog?.(line);
      if (text.includes('Server is ready')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => fail(new Error(`nats-server exited with code ${code}:\n${output}`)));
    child.once('error', (error) => fail(error));
  });
}
