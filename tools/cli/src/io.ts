// Where a command writes and what it reads from its surroundings: process streams in
// main.ts, captured strings in tests (the program runs in-process there).

export type Io = {
  /** Results: one line per row or event. */
  out: (text: string) => void;
  /** Progress, notes and errors. */
  err: (text: string) => void;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** Ends a command that runs until stopped (tail): Ctrl-C in main.ts. */
  signal?: AbortSignal;
};

/** A failure the operator can act on; `exitCode` 2 is bad usage, 1 anything else. */
export class CliError extends Error {
  override name = 'CliError';
  constructor(message: string, readonly exitCode: 1 | 2 = 1) {
    super(message);
  }
}

export const usage = (message: string) => new CliError(message, 2);

export const line = (write: (text: string) => void) => (text: string) => write(`${text}\n`);

/** Ends the program with this exit code without a message: `kw run` passing on its child's. */
export class ExitWith extends Error {
  override name = 'ExitWith';
  constructor(readonly exitCode: number) {
    super(`exit ${exitCode}`);
  }
}

/** Set while `kw run` passes signals to its child: main.ts's own Ctrl-C handling stands aside. */
export const signals = { forwarding: false };
