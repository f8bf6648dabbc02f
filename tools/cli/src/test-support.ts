// For the CLI's tests: the program run in-process with captured output, and table snapshots.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Sql } from 'postgres';
import { runCli } from './program.js';

export type KwRun = { code: number; out: string; err: string };

/** An empty data directory: the tests never read a real `npm start` secrets file. */
export const emptyDataDir = () => mkdtempSync(join(tmpdir(), 'kw-cli-'));

/** `kw ops <argv>` against the test's NATS server and namespace. */
export function kw(bus: { natsUrl: string; namespace: string }, dataDir = emptyDataDir()) {
  return async (argv: readonly string[], options: { signal?: AbortSignal; onOut?: (text: string) => void; onErr?: (text: string) => void } = {}): Promise<KwRun> => {
    let out = '';
    let err = '';
    const code = await runCli(['ops', '--nats-url', bus.natsUrl, '--namespace', bus.namespace, '--data-dir', dataDir, ...argv], {
      out: (text) => {
        out += text;
        options.onOut?.(text);
      },
      err: (text) => {
        err += text;
        options.onErr?.(text);
      },
      env: {},
      cwd: dataDir,
      ...(options.signal ? { signal: options.signal } : {}),
    });
    return { code, out, err };
  };
}

/** Every row of each table as JSON text, sorted: equal snapshots mean equal tables, row for row. */
export async function snapshot(sql: Sql, tables: readonly string[]): Promise<Record<string, string[]>> {
  const result: Record<string, string[]> = {};
  for (const table of tables) {
    const rows = await sql<Array<{ row: string }>>`select to_jsonb(t)::text as row from ${sql(table)} t order by 1`;
    result[table] = rows.map((r) => r.row);
  }
  return result;
}
