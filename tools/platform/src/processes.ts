import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { ServiceSpec } from './services.js';

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

type StopState = { stopRequested: boolean; killed: boolean };

type RunningService = {
  name: string;
  child: ChildProcess;
  exited: Promise<ServiceExit>;
  state: StopState;
  /** Resolves when the service says it has started (runService sends it over IPC). */
  ready: Promise<void>;
};

export type SupervisorOptions = {
  repoRoot: string;
  stdout: Writable;
  stderr: Writable;
  /** Width of the name column in prefixed output. */
  nameWidth: number;
  /** A service ended while nobody asked it to: the platform stops everything. */
  onUnexpectedExit: (exit: ServiceExit) => void;
};

/**
 * Runs each service as a child process from source, prefixes its output with
 * its name, and never restarts one: a death is reported, not hidden.
 */
export class ServiceSupervisor {
  readonly #running: RunningService[] = [];

  constructor(private readonly options: SupervisorOptions) {}

  /** `env` is the child's whole environment. */
  start(spec: ServiceSpec, env: Record<string, string>): number {
    const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', spec.entry], {
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
    pipeLines(child.stdout, this.options.stdout, prefix);
    pipeLines(child.stderr, this.options.stderr, prefix);

    const state: StopState = { stopRequested: false, killed: false };
    const exited = new Promise<ServiceExit>((resolve) => {
      const settle = (code: number | null, signal: NodeJS.Signals | null) => {
        const exit: ServiceExit = {
          name: spec.name,
          pid: child.pid ?? -1,
          code,
          signal,
          requested: state.stopRequested,
          killed: state.killed,
        };
        if (!state.stopRequested) this.options.onUnexpectedExit(exit);
        resolve(exit);
      };
      child.once('exit', settle);
      child.once('error', (error) => {
        this.options.stderr.write(`${prefix}could not start: ${error.message}\n`);
        if (child.pid === undefined) settle(null, null);
      });
    });
    this.#running.push({ name: spec.name, child, exited, state, ready });
    return child.pid ?? -1;
  }

  /** Resolves once every started service has said it is ready, or when one of them has exited. */
  async allReady(): Promise<void> {
    await Promise.all(this.#running.map((r) => Promise.race([r.ready, r.exited])));
  }

  /** Stops the services in reverse start order: SIGTERM, then SIGKILL after `timeoutMs`. */
  async stopAll(timeoutMs: number): Promise<ServiceExit[]> {
    const exits: ServiceExit[] = [];
    for (const running of [...this.#running].reverse()) {
      exits.push(await stopOne(running, timeoutMs));
    }
    return exits.reverse();
  }
}

async function stopOne(running: RunningService, timeoutMs: number): Promise<ServiceExit> {
  const { child, state } = running;
  state.stopRequested = true;
  if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
    child.kill('SIGTERM');
    const timer = setTimeout(() => {
      state.killed = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    try {
      return await running.exited;
    } finally {
      clearTimeout(timer);
    }
  }
  return await running.exited;
}

function pipeLines(from: Readable | null, to: Writable, prefix: string): void {
  if (!from) return;
  createInterface({ input: from, crlfDelay: Infinity }).on('line', (line) => to.write(`${prefix}${line}\n`));
}

/** A clean exit is code 0 after the platform asked for it, without needing SIGKILL. */
export function isCleanExit(exit: ServiceExit): boolean {
  return exit.requested && !exit.killed && exit.code === 0;
}

export function describeExit(exit: ServiceExit): string {
  const how = exit.code !== null ? `exit code ${exit.code}` : `signal ${exit.signal ?? 'unknown'}`;
  return `${exit.name} (pid ${exit.pid}) ${exit.killed ? 'was killed after the stop timeout' : `stopped with ${how}`}`;
}
