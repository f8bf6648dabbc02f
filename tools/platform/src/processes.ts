import { spawn } from 'node:child_process';
import { createWriteStream, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { ProcessExit } from '@keywarden/local-infra';
import type { RestartPolicy } from './restart-policy.js';
import type { ServiceSpec } from './services.js';
import { SupervisedPart, type PartEvent, type PartInstance } from './supervised.js';

export type ServiceExit = {
  name: string;
  pid: number;
  code: number | null;
  signal: NodeJS.Signals | null;
  /** It exited because the platform asked it to stop. */
  requested: boolean;
  /** It had to be killed with SIGKILL after the stop timeout. */
  killed: boolean;
};

/** One run of a service: a child process from source. */
export type ServiceRun = PartInstance & {
  /** Resolves when the service says it has started (runService sends it over IPC). */
  ready: Promise<void>;
  /** Set by stop() when the grace time ran out and SIGKILL was needed. */
  killedAfterTimeout: () => boolean;
};

export type SupervisorOptions = {
  repoRoot: string;
  /** 'source': the TypeScript through tsx; 'dist': services/<name>/dist/main.js from `npm run build`. */
  runtime?: 'source' | 'dist';
  stdout: Writable;
  stderr: Writable;
  /** Width of the name column in prefixed output. */
  nameWidth: number;
  /** Each service's output also goes to <logDir>/<name>.log, unprefixed. */
  logDir: string;
  /** A fresh policy per service: each has its own crash history. */
  policy: () => RestartPolicy;
  say: (line: string) => void;
  shout: (line: string) => void;
  /** A service crashed too often: the platform stops. */
  onGiveUp: (reason: string) => void;
  onEvent?: (service: string, event: PartEvent) => void;
};

type Entry = { part: SupervisedPart<ServiceRun>; firstReady: Promise<void>; log: WriteStream };

/**
 * Runs each service as a child process from source, prefixes its output with
 * its name, and restarts one that dies (SupervisedPart) with the environment
 * it was first given. A service is never restarted because nats-server or
 * PostgreSQL went away: it reconnects on its own; only a process exit counts.
 */
export class ServiceSupervisor {
  readonly #entries: Entry[] = [];
  #stopped: () => void = () => {};
  readonly #stoppedPromise = new Promise<void>((resolve) => (this.#stopped = resolve));

  constructor(private readonly options: SupervisorOptions) {}

  get parts(): SupervisedPart<ServiceRun>[] {
    return this.#entries.map((entry) => entry.part);
  }

  /** `env` is the child's whole environment, the same for every restart. Resolves with the pid. */
  async start(spec: ServiceSpec, env: Record<string, string>): Promise<number> {
    const log = createWriteStream(join(this.options.logDir, `${spec.name}.log`), { flags: 'a' });
    let readyOnce: () => void = () => {};
    const firstReady = new Promise<void>((resolve) => (readyOnce = resolve));
    const part: SupervisedPart<ServiceRun> = new SupervisedPart<ServiceRun>({
      name: spec.name,
      launch: async () => this.#spawn(spec, env, log),
      policy: this.options.policy(),
      say: this.options.say,
      shout: this.options.shout,
      onGiveUp: this.options.onGiveUp,
      onEvent: (event) => this.options.onEvent?.(spec.name, event),
      onUp: (run, restart) => {
        void run.ready.then(() => {
          readyOnce();
          if (restart && part.current === run) this.options.say(`${spec.name} is ready again`);
        });
      },
    });
    this.#entries.push({ part, firstReady, log });
    return (await part.start()).pid;
  }

  /** Resolves once every service has said it is ready (a crashed one once a restart has), or when the platform stops. */
  async allReady(): Promise<void> {
    await Promise.race([Promise.all(this.#entries.map((entry) => entry.firstReady)), this.#stoppedPromise]);
  }

  /**
   * Stops every service at once: SIGTERM, SIGKILL to those still running after
   * `timeoutMs`; pending restarts are cancelled. `down`: the services that had
   * no run up to stop (crashed, waiting to be restarted).
   */
  async stopAll(timeoutMs: number): Promise<{ exits: ServiceExit[]; down: string[] }> {
    this.#stopped();
    const results = await Promise.all(
      this.#entries.map(async ({ part }): Promise<ServiceExit | string> => {
        const run = part.current;
        const exit = await part.stop(timeoutMs);
        if (!run || !exit) return part.name;
        return { name: part.name, pid: run.pid, ...exit, requested: true, killed: run.killedAfterTimeout() };
      }),
    );
    await Promise.all(this.#entries.map(({ log }) => new Promise<void>((resolve) => log.end(() => resolve()))));
    return {
      exits: results.filter((result) => typeof result !== 'string'),
      down: results.filter((result) => typeof result === 'string'),
    };
  }

  /** The platform is stopping: no service is restarted any more (SupervisedPart.hold). */
  holdAll(): void {
    for (const { part } of this.#entries) part.hold();
  }

  /** The second Ctrl-C: SIGKILL to every service now, no restarts. */
  killAll(): void {
    this.#stopped();
    for (const { part } of this.#entries) part.kill();
  }

  #spawn(spec: ServiceSpec, env: Record<string, string>, log: WriteStream): ServiceRun {
    const args = this.options.runtime === 'dist' ? ['--enable-source-maps', spec.dist] : ['--conditions=source', '--import', 'tsx', spec.entry];
    const child = spawn(process.execPath, args, {
      cwd: this.options.repoRoot,
      env,
      // The IPC channel carries the service's "ready" (libs/runtime runService).
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    const ready = new Promise<void>((resolve) => {
      child.on('message', (message: unknown) => {
        if ((message as { keywarden?: string })?.keywarden === 'ready') resolve();
      });
    });
    const prefix = `${spec.name.padEnd(this.options.nameWidth)} | `;
    pipeLines(child.stdout, prefix, this.options.stdout, log);
    pipeLines(child.stderr, prefix, this.options.stderr, log);
    const exited = new Promise<ProcessExit>((resolve) => {
      child.once('exit', (code, signal) => resolve({ code, signal }));
      child.once('error', (error) => {
        this.options.stderr.write(`${prefix}could not start: ${error.message}\n`);
        if (child.pid === undefined) resolve({ code: null, signal: null });
      });
    });
    const running = () => child.exitCode === null && child.signalCode === null && child.pid !== undefined;
    let killed = false;
    return {
      pid: child.pid ?? -1,
      exited,
      ready,
      killedAfterTimeout: () => killed,
      stop: async (graceMs) => {
        if (running()) child.kill('SIGTERM');
        const timer = setTimeout(() => {
          if (!running()) return;
          killed = true;
          child.kill('SIGKILL');
        }, graceMs);
        try {
          return await exited;
        } finally {
          clearTimeout(timer);
        }
      },
      kill: () => {
        if (running()) child.kill('SIGKILL');
      },
    };
  }
}

function pipeLines(from: Readable | null, prefix: string, to: Writable, log: WriteStream): void {
  if (!from) return;
  createInterface({ input: from, crlfDelay: Infinity }).on('line', (line) => {
    to.write(`${prefix}${line}\n`);
    // Late lines after stop are dropped: writing to an ended stream would throw.
    if (!log.writableEnded) log.write(`${line}\n`);
  });
}

/** A clean exit is code 0 after the platform asked for it, without needing SIGKILL. */
export function isCleanExit(exit: ServiceExit): boolean {
  return exit.requested && !exit.killed && exit.code === 0;
}

export function describeExit(exit: ServiceExit): string {
  const how = exit.code !== null ? `exit code ${exit.code}` : `signal ${exit.signal ?? 'unknown'}`;
  return `${exit.name} (pid ${exit.pid}) ${exit.killed ? 'was killed after the stop timeout' : `stopped with ${how}`}`;
}
