import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  findNatsServer,
  provisionServiceDatabase,
  startNatsServer,
  startPostgres,
  type RunningNatsServer,
  type RunningPostgres,
} from '@keywarden/local-infra';
import postgres from 'postgres';
import { cpuLoad, postmasterPid, sampleCpu, type CpuSample } from './cpu.js';
import { say } from './report.js';

/** A throwaway nats-server (JetStream, file storage) and PostgreSQL cluster in a temp dir. */
export type BenchInfra = {
  natsUrl: string;
  /** A database and role of its own per service, as the platform provisions them. */
  serviceDatabase: (service: string) => Promise<string>;
  versions: { nats_server: string; postgres: string };
  /** CPU seconds so far of this process, nats-server, PostgreSQL and the named child processes. */
  cpu: (processes?: Record<string, number>) => CpuSample;
  cpuLoad: typeof cpuLoad;
};

/**
 * Starts the infrastructure, runs `fn`, and always tears everything down
 * (also on Ctrl-C), deleting the temp dir.
 */
export async function withInfra<T>(fn: (infra: BenchInfra) => Promise<T>): Promise<T> {
  const root = await mkdtemp(join(tmpdir(), 'kw-bench-'));
  // PostgreSQL runs as its own system user when we are root: it must reach its directory.
  await chmod(root, 0o755);
  let nats: RunningNatsServer | undefined;
  let pg: RunningPostgres | undefined;
  const teardown = async () => {
    await nats?.stop().catch(() => {});
    await pg?.stop().catch(() => {});
    await rm(root, { recursive: true, force: true }).catch(() => {});
  };
  const onSignal = () => {
    say('interrupted: stopping nats-server and PostgreSQL');
    void teardown().finally(() => process.exit(130));
  };
  // A crash must not leave a nats-server and a PostgreSQL cluster behind.
  const onCrash = (error: unknown) => {
    console.error('benchmark crashed:', error);
    void teardown().finally(() => process.exit(1));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  process.once('uncaughtException', onCrash);
  process.once('unhandledRejection', onCrash);
  try {
    say(`starting nats-server and PostgreSQL in ${root}`);
    nats = await startNatsServer({ storeDir: join(root, 'nats') });
    const pgDir = join(root, 'pg');
    pg = await startPostgres({ dataDir: pgDir, password: randomBytes(18).toString('base64url'), persistent: false });
    const running = pg;
    const natsPid = nats.pid;
    const pgPid = postmasterPid(join(pgDir, 'cluster', 'postmaster.pid'));
    const versions = { nats_server: natsVersion(), postgres: await postgresVersion(running.adminUrl()) };
    say(`nats-server ${versions.nats_server} on ${nats.url}, PostgreSQL ${versions.postgres} on port ${running.port}`);
    return await fn({
      natsUrl: nats.url,
      serviceDatabase: (service) =>
        provisionServiceDatabase(running.adminUrl(), {
          database: service.replaceAll('-', '_'),
          role: service.replaceAll('-', '_'),
          password: randomBytes(18).toString('base64url'),
        }),
      versions,
      cpu: (processes) => sampleCpu({ nats: natsPid, postgres: pgPid, ...(processes ? { processes } : {}) }),
      cpuLoad,
    });
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    process.off('uncaughtException', onCrash);
    process.off('unhandledRejection', onCrash);
    await teardown();
  }
}

function natsVersion(): string {
  const out = spawnSync(findNatsServer(), ['--version'], { encoding: 'utf8' });
  return /v?(\d+\.\d+\.\d+)/.exec(out.stdout ?? '')?.[1] ?? 'unknown';
}

async function postgresVersion(adminUrl: string): Promise<string> {
  const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql<Array<{ server_version: string }>>`show server_version`;
    return row?.server_version ?? 'unknown';
  } finally {
    await sql.end();
  }
}
