import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync, type WriteStream } from 'node:fs';
import { chmod, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  findNatsServer,
  provisionServiceDatabase,
  startNatsServer,
  startPostgres,
  type RunningNatsServer,
  type RunningPostgres,
} from '@keywarden/local-infra';
import type { PlatformConfig } from './config.js';
import type { PlatformSecrets } from './secrets.js';
import { NATS_USERS, natsPasswordEnv, type ServiceSpec } from './services.js';

export type Say = (line: string) => void;

export type RunningInfra = {
  nats: RunningNatsServer;
  pg: RunningPostgres;
  /** Per service database URL, for the services that have one. */
  databaseUrls: Map<string, string>;
  /** PostgreSQL's postmaster.pid: present while the cluster runs. */
  postmasterPidFile: string;
  /** Stops nats-server, then PostgreSQL; each step is attempted even if the other fails. */
  stop: () => Promise<void>;
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

export async function startInfra(
  config: PlatformConfig,
  secrets: PlatformSecrets,
  services: readonly ServiceSpec[],
  say: Say,
): Promise<RunningInfra> {
  const logDir = join(config.dataDir, 'logs');
  await mkdir(logDir, { recursive: true });
  const natsLog = createWriteStream(join(logDir, 'nats-server.log'), { flags: 'a' });
  const pgLog = createWriteStream(join(logDir, 'postgres.log'), { flags: 'a' });

  const natsEnv = Object.fromEntries(NATS_USERS.map((user) => [natsPasswordEnv(user), passwordOf(secrets.nats, user)]));
  const nats = await startNatsServer({
    storeDir: join(config.dataDir, 'nats'),
    port: config.natsPort,
    configFile: join(config.repoRoot, 'deploy/nats/nats-server.conf'),
    env: natsEnv,
    onLog: lineTo(natsLog),
  }).catch(async (error: unknown) => {
    await closeStream(natsLog);
    await closeStream(pgLog);
    // Its banner is long; the reason is in the last lines ([FTL], [ERR]).
    const tail = (error as Error).message.trim().split('\n').slice(-3).join('\n');
    throw new Error(`nats-server did not start (full log: ${join(logDir, 'nats-server.log')}):\n${tail}`, { cause: error });
  });
  say(`nats-server ready on ${nats.url} (pid ${nats.pid}, JetStream store ${join(config.dataDir, 'nats')})`);

  let pg: RunningPostgres;
  const pgDir = join(config.dataDir, 'postgres');
  try {
    // PostgreSQL runs as its own system user when we are root: it must be able to enter the data directory.
    if (process.getuid?.() === 0) await chmod(config.dataDir, 0o755);
    pg = await startPostgres({
      dataDir: pgDir,
      port: config.pgPort,
      password: secrets.postgresSuperuser,
      persistent: true,
      onLog: lineTo(pgLog),
    });
  } catch (error) {
    await nats.stop();
    await Promise.all([closeStream(natsLog), closeStream(pgLog)]);
    throw new Error(`PostgreSQL did not start (see ${join(logDir, 'postgres.log')}): ${(error as Error).message}`, {
      cause: error,
    });
  }
  const postmasterPidFile = join(pgDir, 'cluster', 'postmaster.pid');
  say(`PostgreSQL ready on 127.0.0.1:${pg.port} (pid ${postmasterPid(postmasterPidFile) ?? '?'}, cluster ${pgDir})`);

  const stop = async () => {
    const failures: unknown[] = [];
    await nats.stop().catch((error: unknown) => failures.push(error));
    say('nats-server stopped');
    await pg.stop().catch((error: unknown) => failures.push(error));
    say('PostgreSQL stopped');
    await Promise.all([closeStream(natsLog), closeStream(pgLog)]);
    if (failures.length > 0) throw new AggregateError(failures, 'the infrastructure did not stop cleanly');
  };

  const databaseUrls = new Map<string, string>();
  try {
    for (const spec of services) {
      if (!spec.database) continue;
      const url = await provisionServiceDatabase(pg.adminUrl(), {
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
  return { nats, pg, databaseUrls, postmasterPidFile, stop };
}

export function passwordOf(passwords: Record<string, string>, name: string): string {
  const password = passwords[name];
  if (password === undefined) throw new Error(`secrets.json has no password for ${name}`);
  return password;
}

export function postmasterPid(file: string): number | undefined {
  if (!existsSync(file)) return undefined;
  const first = readFileSync(file, 'utf8').split('\n')[0];
  const pid = Number(first);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
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
