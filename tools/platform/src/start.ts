/**
 * `npm start`: the local platform (ARCHITECTURE §8).
 *
 * A terminal's Ctrl-C signals the whole foreground process group at once, so
 * nats-server and PostgreSQL would stop while the services still drain. This
 * launcher therefore runs the platform in its own process group and forwards
 * SIGINT/SIGTERM to it alone; the platform then stops services first, then
 * nats-server, then PostgreSQL (a second Ctrl-C: everything at once).
 *
 * Whatever happens inside, nothing outlives `npm start`: should the platform
 * not have exited shortly after its own stop budget, or leave anything behind
 * in its process group, the group is killed.
 */
import { spawn } from 'node:child_process';
import { loadPlatformConfig, stopBudgetMs } from './config.js';

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
  const killGroup = () => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // ESRCH: the group is empty, as it should be.
    }
  };
  let lastResort: NodeJS.Timeout | undefined;
  let lastForwarded = 0;
  const forward = (signal: NodeJS.Signals) => {
    // Under `npm start` one Ctrl-C can arrive twice (from the terminal and
    // forwarded by npm): that must not count as the second Ctrl-C.
    if (Date.now() - lastForwarded < 500) return;
    lastForwarded = Date.now();
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    lastResort ??= setTimeout(() => {
      process.stderr.write('platform | ✖ the platform did not stop in time: killing it and everything it started\n');
      killGroup();
    }, stopBudgetMs(safeConfig()) + 1_500);
  };
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  process.on('SIGHUP', () => forward('SIGTERM'));
  child.once('exit', (code, signal) => {
    clearTimeout(lastResort);
    killGroup();
    process.exit(code ?? (signal ? 1 : 0));
  });
}

/** The platform reports a bad configuration itself; here the defaults do. */
function safeConfig() {
  try {
    return loadPlatformConfig();
  } catch {
    return loadPlatformConfig({});
  }
}
