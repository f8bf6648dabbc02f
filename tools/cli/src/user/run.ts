// `kw run`: the command runs with the application's environment merged over kw's own.
// Values go only into the child's environment: not into argv, not to a file, not to
// output. SIGINT, SIGTERM and SIGHUP are passed to the child (a terminal's Ctrl-C
// reaches both: the child decides what it means); kw exits with the child's code, or
// 128 + the signal's number when a signal ended it, as a shell does.
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { CliError, ExitWith, signals, type Io } from '../io.js';
import { revealedEnvironment } from './environment.js';
import { findApplication, signedInClient, type AppQuery, type UserOptions } from './gateway.js';

export const RUN_REASON = 'kw run';
const FORWARDED = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

export async function runCommand(command: string[], query: AppQuery, options: UserOptions, io: Io): Promise<never> {
  const client = signedInClient(options, io);
  const app = await findApplication(client, query);
  const values = await revealedEnvironment(client, app, RUN_REASON);
  io.err(`kw: running ${command[0]} with ${values.size} variable${values.size === 1 ? '' : 's'} of ${app.name} (${app.environment})\n`);
  const code = await spawnWith(command, { ...io.env, ...Object.fromEntries(values) }, io.cwd);
  throw new ExitWith(code);
}

function spawnWith(command: string[], env: Record<string, string | undefined>, cwd: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command[0]!, command.slice(1), { env, cwd, stdio: 'inherit' });
    const forward = (signal: NodeJS.Signals) => () => void child.kill(signal);
    const handlers = FORWARDED.map((signal) => [signal, forward(signal)] as const);
    signals.forwarding = true;
    for (const [signal, handler] of handlers) process.on(signal, handler);
    const done = () => {
      for (const [signal, handler] of handlers) process.off(signal, handler);
      signals.forwarding = false;
    };
    child.on('error', (error: NodeJS.ErrnoException) => {
      done();
      reject(new CliError(error.code === 'ENOENT' ? `${command[0]}: command not found` : `${command[0]}: ${error.message}`));
    });
    child.on('close', (code, signal) => {
      done();
      resolve(code ?? 128 + (signal ? constants.signals[signal] : 0));
    });
  });
}
