// What the fault suite reads behind the gateway at the end, as an operator
// would: each service's database with the password the platform generated
// into <data dir>/secrets.json, the manifests gitops-sync and the deployer
// wrote under the data directory (no cluster), and the operator CLI
// (`npm run kw -- …`) run as a process against the platform.
import { spawn } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import postgres, { type Sql } from 'postgres';
import { parse } from 'yaml';
import { REPO_ROOT } from '../config.js';
import { SERVICES } from '../services.js';

export type KubeYaml = {
  kind: string;
  metadata: { name: string; namespace?: string; annotations?: Record<string, string> };
  data?: Record<string, string>; stringData?: Record<string, string>; spec?: unknown;
};

export const DATABASE_SERVICES = SERVICES.filter((s) => s.database !== null).map((s) => s.name);

export class PlatformState {
  private readonly pools = new Map<string, Sql>();
  constructor(private readonly dataDir: string, private readonly env: Record<string, string>) {}

  /** A small pool on `service`'s database, as its own role. */
  async sql(service: string): Promise<Sql> {
    const known = this.pools.get(service);
    if (known) return known;
    const spec = SERVICES.find((s) => s.name === service);
    if (!spec?.database) throw new Error(`${service} has no database`);
    const secrets = JSON.parse(await readFile(join(this.dataDir, 'secrets.json'), 'utf8')) as { databases: Record<string, string> };
    const sql = postgres({
      host: '127.0.0.1', port: Number(this.env['KW_PG_PORT']), database: spec.database, username: spec.database,
      password: secrets.databases[spec.database], max: 2, onnotice: () => undefined, connection: { application_name: 'fault-suite' },
    });
    this.pools.set(service, sql);
    return sql;
  }

  /** Every row of each table as JSON text, sorted: equal snapshots are equal tables, row for row. */
  async snapshot(service: string, tables: readonly string[]): Promise<Record<string, string[]>> {
    const sql = await this.sql(service);
    const result: Record<string, string[]> = {};
    for (const table of tables) result[table] = (await sql<Array<{ row: string }>>`select to_jsonb(t)::text as row from ${sql(table)} t order by 1`).map((r) => r.row);
    return result;
  }

  /**
   * What the services logged as errors (level error or fatal), and consumers' failed or parked
   * messages: one line per service and message, with how often, the error's type and code.
   */
  async loggedErrors(): Promise<string[]> {
    const found = new Map<string, number>();
    for (const { name } of SERVICES) {
      const text = await readFile(join(this.dataDir, 'logs', `${name}.log`), 'utf8').catch(() => '');
      for (const line of text.split('\n')) {
        if (!line.startsWith('{')) continue;
        let entry: { level?: string; msg?: string; err?: { type?: string; code?: string } };
        try {
          entry = JSON.parse(line) as typeof entry;
        } catch {
          continue;
        }
        if (entry.level !== 'error' && entry.level !== 'fatal' && !/handler failed|parked/.test(entry.msg ?? '')) continue;
        const key = `${name}: ${entry.msg} (${[entry.err?.type, entry.err?.code].filter(Boolean).join(' ') || 'no error'})`;
        found.set(key, (found.get(key) ?? 0) + 1);
      }
    }
    return [...found].map(([key, count]) => `${key} ×${count}`);
  }

  async close(): Promise<void> {
    await Promise.all([...this.pools.values()].map((sql) => sql.end({ timeout: 2 })));
    this.pools.clear();
  }

  /** The YAML objects `service` wrote for one namespace. */
  async manifests(service: 'gitops-sync' | 'deployer', namespace: string): Promise<KubeYaml[]> {
    const dir = join(this.dataDir, service, 'manifests', namespace);
    const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.yaml'));
    return Promise.all(files.map(async (f) => parse(await readFile(join(dir, f), 'utf8')) as KubeYaml));
  }

  /** `npm run kw -- <argv>` (`ops ...` for the operator commands) against this platform (its data directory, NATS and PostgreSQL ports). */
  kw(argv: string[]): Promise<{ code: number | null; out: string; err: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', 'tools/cli/src/main.ts', ...argv], {
        cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, KW_DATA_DIR: this.dataDir, KW_NATS_PORT: this.env['KW_NATS_PORT'], KW_PG_PORT: this.env['KW_PG_PORT'] },
      });
      let out = '';
      let err = '';
      child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
      const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
      child.once('error', reject);
      child.once('exit', (code) => {
        clearTimeout(timer);
        resolve({ code, out, err });
      });
    });
  }
}

export const secretValue = (secret: KubeYaml, key: string): string | undefined =>
  secret.stringData?.[key] ?? (secret.data?.[key] === undefined ? undefined : Buffer.from(secret.data[key], 'base64').toString('utf8'));
