import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, type WriteStream } from 'node:fs';
import { chmod, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { findNatsServer, provisionServiceDatabase, startNatsServer, startPostgres } from '@keywarden/local-infra';
import { NATS_STOP_GRACE_MS, PG_STOP_GRACE_MS, type PlatformConfig } from './config.js';
import type { RestartPolicy } from './restart-policy.js';
import { integrationsFileOf, loadIntegrations, localNatsFiles, writeNatsConfig } from './integrations.js';
import type { PlatformSecrets } from './secrets.js';
import { NATS_USERS, natsPasswordEnv, type ServiceSpec } from './services.js';
import { SupervisedPart, type PartEvent, type PartInstance } from './supervised.js';

export type Say = (line: string) => void;

/** One run of nats-server or PostgreSQL, as the supervisor sees it. */
export type InfraRun = PartInstance & { /** Its address, for the log. */ where: string };

export type RunningInfra = {
  natsUrl: string;
  nats: SupervisedPart<InfraRun>;
  pg: SupervisedPart<InfraRun>;
  /** Per service database URL, for the services that have one. */
  databaseUrls: Map<string, string>;
  /** Stops nats-server, then PostgreSQL, each forced after its grace time; each step is attempted even if the other fails. */
  stop: () => Promise<void>;
  /** The second Ctrl-C: both at once, no restarts. */
  kill: () => void;
};

/** How the platform supervises the parts it starts (platform.ts gives one policy per part). */
export type Supervision = {
  policy: () => RestartPolicy;
  say: Say;
  shout: Say;
  onGiveUp: (reason: string) => void;
  onEvent?: (part: string, event: PartEvent) => void;
};

/**
 * Finds nats-server; on Debian or Ubuntu, as root, installs it with apt-get
 * (after saying so). Elsewhere it explains how to get it and fails.
 */
export function ensureNatsServer(say: Say): string {
  try {
    return findNatsServer();
  } catch (notFound) {
    const debian = existsSync('/etc/debian_version');
    const root = process.getuid?.() === 0;
    if (!debian || !root) {
      const how = debian
        ? 'Install it with: sudo apt-get install -y nats-server'
        : 'Install it from https://github.com/nats-io/nats-server/releases (or `brew install nats-server` on macOS) and put it on PATH, or set NATS_SERVER_BIN to its path.';
      throw new Error(`nats-server is not installed. ${how}`, { cause: notFound });
    }
    say('nats-server is not installed: installing it with `apt-get install -y nats-server` ...');
    const install = () => spawnSync('apt-get', ['install', '-y', 'nats-server'], { stdio: 'inherit' });
    let result = install();
    if (result.status !== 0) {
      // A fresh machine may have no package lists yet.
      spawnSync('apt-get', ['update'], { stdio: 'inherit' });
      result = install();
    }
    if (result.status !== 0) throw new Error('`apt-get install -y nats-server` failed; install nats-server and run again.');
    return findNatsServer();
  }
}

/**
 * nats-server, then PostgreSQL, each a SupervisedPart: restarted on the same
 * port and files when it dies. Aborting `signal` (Ctrl-C during start-up)
 * stops whatever has started and rejects.
 */
export async function startInfra(
  config: PlatformConfig,
  secrets: PlatformSecrets,
  services: readonly ServiceSpec[],
  supervision: Supervision,
  signal: AbortSignal,
): Promise<RunningInfra> {
  const { say } = supervision;
  const logDir = join(config.dataDir, 'logs');
  await mkdir(logDir, { recursive: true });
  const natsLog = createWriteStream(join(logDir, 'nats-server.log'), { flags: 'a' });
  const pgLog = createWriteStream(join(logDir, 'postgres.log'), { flags: 'a' });
  const closeLogs = () => Promise.all([closeStream(natsLog), closeStream(pgLog)]);
  const part = (name: string, launch: (signal: AbortSignal) => Promise<InfraRun>) =>
    new SupervisedPart<InfraRun>({
      name,
      launch,
      policy: supervision.policy(),
      say,
      shout: supervision.shout,
      onGiveUp: supervision.onGiveUp,
      onEvent: (event) => supervision.onEvent?.(name, event),
      describe: (run) => `(pid ${run.pid}) on ${run.where}`,
    });

  const natsEnv = Object.fromEntries(NATS_USERS.map((user) => [natsPasswordEnv(user), passwordOf(secrets.nats, user)]));
  const natsFiles = localNatsFiles(config.dataDir);
  const nats = part('nats-server', async (cancel) => {
    // Rendered at every start: deploy/nats plus the registered integrations' users, and the
    // store directory in the file (so that `kw ops integrations` can have it reloaded).
    await writeNatsConfig(
      { baseFile: join(config.repoRoot, 'deploy/nats/nats-server.conf'), file: natsFiles.config, storeDir: natsFiles.storeDir },
      await loadIntegrations(integrationsFileOf(config.dataDir, process.env)),
    );
    const server = await startNatsServer({
      storeDir: natsFiles.storeDir,
      storeDirInConfig: true,
      pidFile: natsFiles.pidFile,
      port: config.natsPort,
      configFile: natsFiles.config,
      env: natsEnv,
      onLog: lineTo(natsLog),
      signal: cancel,
    });
    return {
      pid: server.pid,
      where: server.url,
      exited: server.exited,
      stop: async (graceMs) => (await server.stop({ timeoutMs: graceMs }), await server.exited),
      kill: () => void server.kill(),
    };
  });
  const natsRun = await nats.start(signal).catch(async (error: unknown) => {
    await closeLogs();
    if (signal.aborted) throw error;
    // Its banner is long; the reason is in the last lines ([FTL], [ERR]).
    const tail = (error as Error).message.trim().split('\n').slice(-3).join('\n');
    throw new Error(`nats-server did not start (full log: ${join(logDir, 'nats-server.log')}):\n${tail}`, { cause: error });
  });
  const natsUrl = `nats://127.0.0.1:${config.natsPort}`;
  say(`nats-server ready on ${natsUrl} (pid ${natsRun.pid}, JetStream store ${natsFiles.storeDir}, config ${natsFiles.config})`);

  const pgDir = join(config.dataDir, 'postgres');
  let adminUrl = '';
  const pg = part('PostgreSQL', async (cancel) => {
    const server = await startPostgres({
      dataDir: pgDir,
      port: config.pgPort,
      password: secrets.postgresSuperuser,
      persistent: true,
      onLog: lineTo(pgLog),
      signal: cancel,
    });
    adminUrl = server.adminUrl();
    return {
      pid: server.pid,
      where: `127.0.0.1:${server.port}`,
      exited: server.exited,
      stop: async (graceMs) => (await server.stop({ timeoutMs: graceMs }), await server.exited),
      // Immediate shutdown (SIGQUIT), SIGKILL a second later.
      kill: () => void server.stop({ timeoutMs: 0 }),
    };
  });
  const stop = async () => {
    const failures: unknown[] = [];
    for (const [part, graceMs] of [[nats, NATS_STOP_GRACE_MS], [pg, PG_STOP_GRACE_MS]] as const) {
      const running = part.current !== undefined;
      await part.stop(graceMs).catch((error: unknown) => failures.push(error));
      say(running ? `${part.name} stopped` : `${part.name} was not running (its restart is cancelled)`);
    }
    await closeLogs();
    if (failures.length > 0) throw new AggregateError(failures, 'the infrastructure did not stop cleanly');
  };
  try {
    // PostgreSQL runs as its own system user when we are root: it must be able to enter the data directory.
    if (process.getuid?.() === 0) await chmod(config.dataDir, 0o755);
    await pg.start(signal);
  } catch (error) {
    await stop().catch(() => {});
    if (signal.aborted) throw error;
    throw new Error(`PostgreSQL did not start (see ${join(logDir, 'postgres.log')}): ${(error as Error).message}`, { cause: error });
  }
  say(`PostgreSQL ready on 127.0.0.1:${config.pgPort} (pid ${pg.current?.pid ?? '?'}, cluster ${pgDir})`);

  const databaseUrls = new Map<string, string>();
  try {
    for (const spec of services) {
      if (!spec.database) continue;
      const url = await provisionServiceDatabase(adminUrl, {
        database: spec.database,
        role: spec.database,
        password: passwordOf(secrets.databases, spec.database),
      });
      databaseUrls.set(spec.name, url);
    }
  } catch (error) {
    await stop().catch(() => {});
    throw error;
  }
  const kill = () => {
    nats.kill();
    pg.kill();
  };
  return { natsUrl, nats, pg, databaseUrls, stop, kill };
}

export function passwordOf(passwords: Record<string, string>, name: string): string {
  const password = passwords[name];
  if (password === undefined) throw new Error(`secrets.json has no password for ${name}`);
  return password;
}

function lineTo(stream: WriteStream): (line: string) => void {
  return (line) => {
    // Late lines after stop are dropped: writing to an ended stream would throw.
    if (line && !stream.writableEnded) stream.write(`${line}\n`);
  };
}

function closeStream(stream: WriteStream): Promise<void> {
  return new Promise((resolve) => stream.end(() => resolve()));
}
