// Snapshots for long-lived streams: a connected account is refreshed a dozen
// times a day for years, and every command would otherwise replay all of it.
// The state is saved in the command's own transaction whenever the stream
// crosses a multiple of `every`, so a snapshot is never ahead of the log.
import type { DbOrTx, Tx } from '@keywarden/db';
import { sql } from 'drizzle-orm';

/** Reads a stream's saved state, if any, so the command handler loads only the events after it. */
// Grouped commands load on the pool, outside any transaction (group-commit.ts): a database or a transaction.
export type SnapshotLoader<State> = (db: DbOrTx, streamId: string) => Promise<{ state: State; version: number } | undefined>;

export type SnapshotStore<State> = {
  load: SnapshotLoader<State>;
  /** The `snapshots` table's schema name, when the store is that table: grouped commands read it with their events. */
  schema?: string;
  /** Called after an append from `fromVersion` to `toVersion`; saves when a multiple of `every` was crossed. */
  save: (tx: Tx, streamId: string, state: State, fromVersion: number, toVersion: number) => Promise<void>;
};

/**
 * A snapshot store in the event store's `snapshots` table. `schema` names the
 * state's shape (e.g. 'account/v1'): change it whenever the State type changes
 * so snapshots of the old shape are ignored and rewritten. State must be plain
 * JSON (no Dates, Maps or undefined-vs-missing distinctions that matter).
 */
export function storedSnapshots<State>(options: { schema: string; every: number }): SnapshotStore<State> {
  if (!Number.isInteger(options.every) || options.every < 1) throw new Error('snapshot interval must be a positive integer');
  return {
    schema: options.schema,
    load: async (tx, streamId) => {
      const rows = (await tx.execute(sql`
        select stream_version, state from snapshots where stream_id = ${streamId} and schema = ${options.schema}`)) as unknown as Array<{
        stream_version: number;
        state: State;
      }>;
      const row = rows[0];
      return row ? { state: row.state, version: row.stream_version } : undefined;
    },
    save: async (tx, streamId, state, fromVersion, toVersion) => {
      if (Math.floor(fromVersion / options.every) === Math.floor(toVersion / options.every)) return;
      await tx.execute(sql`
        insert into snapshots (stream_id, schema, stream_version, state, taken_at)
        values (${streamId}, ${options.schema}, ${toVersion}, ${JSON.stringify(state)}::jsonb, now())
        on conflict (stream_id) do update set schema = excluded.schema, stream_version = excluded.stream_version,
          state = excluded.state, taken_at = excluded.taken_at
        where snapshots.stream_version < excluded.stream_version or snapshots.schema <> excluded.schema`);
    },
  };
}
