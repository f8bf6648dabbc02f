/**
 * `npm start`: the local platform (ARCHITECTURE §8).
 *
 * A terminal's Ctrl-C signals the whole foreground process group at once, so
 * nats-server and PostgreSQL would stop while the services still drain. This
 * launcher therefore runs the platform in its own process group and forwards
 * SIGINT/SIGTERM to it alone; the platform then stops services first, then
 * nats-server, then PostgreSQL.
 */
import { spawn } from 'node:child_process';

const SUPERVISOR_FLAG = 'KW_PLATFORM_SUPERVISOR';

if (process.env[SUPERVISOR_FLAG] === '1') {
  const { runPlatform } = await import('./platform.js');
  const code = await runPlatform();
  process.disconnect?.();
  process.exit(code);
} else {
  const child = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    detached: true,
    // The IPC channel lets the platform notice if this launcher dies without forwarding a signal.
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, [SUPERVISOR_FLAG]: '1' },
  });
  const forward = (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  process.on('SIGHUP', () => forward('SIGTERM'));
  child.once('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
