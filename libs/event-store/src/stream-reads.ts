// The stream reads of concurrent grouped commands share one query (issue 21), as their appends share one
// transaction (group-commit.ts): at most one read is in flight per pool, and the reads asked for meanwhile
// go together in the next one. At low load a read goes at once, alone; under load one round trip and one
// plan serve a whole batch of commands instead of one each.
import type { Database } from '@keywarden/db';
import { toRecorded, type EventRow } from './event-store.js';
import { perDatabase } from './per-database.js';
import { pgClient } from './pg-client.js';
import type { RecordedEvent } from './types.js';

/** A stream's saved state (the `snapshots` table) and the events after it. */
export type StreamFrom<State = unknown> = { snapshot?: { state: State; version: number } | undefined; events: RecordedEvent[] };

type Pending = {
  streamId: string;
  afterVersion: number;
  /** Also the stream's snapshot of this schema, and only the events after it. */
  schema: string | null;
  resolve: (read: StreamFrom) => void;
  reject: (error: unknown) => void;
};

/** The most reads in one query: bounds its parameters and its result. */
const MAX_BATCH = 256;

/** The process's batched stream reads on `database` (one per pool, shared by every command handler on it). */
export const streamReads = perDatabase((database) => new StreamReads(database));

export class StreamReads {
  #queue: Pending[] = [];
  #running = false;

  constructor(private readonly database: Database) {}

  /** A stream's events after `afterVersion`, in order, read on the pool together with other reads waiting. */
  async read(streamId: string, afterVersion = 0): Promise<RecordedEvent[]> {
    return (await this.#enqueue(streamId, afterVersion, null)).events;
  }

  /** A stream's snapshot of `schema` (storedSnapshots) if any and the events after it, in the same batched query. */
  readFromSnapshot<State>(streamId: string, schema: string): Promise<StreamFrom<State>> {
    return this.#enqueue(streamId, 0, schema) as Promise<StreamFrom<State>>;
  }

  #enqueue(streamId: string, afterVersion: number, schema: string | null): Promise<StreamFrom> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ streamId, afterVersion, schema, resolve, reject });
      if (!this.#running) void this.#drain();
    });
  }

  async #drain() {
    this.#running = true;
    try {
      while (this.#queue.length > 0) {
        const batch = this.#queue.splice(0, MAX_BATCH);
        try {
          const reads = await this.#readBatch(batch);
          batch.forEach((item, i) => item.resolve(reads[i]!));
        } catch (error) {
          for (const item of batch) item.reject(error);
        }
      }
    } finally {
      this.#running = false;
    }
  }

  /**
   * One query for the batch; each read's rows found by its position in the batch (a stream may be asked twice).
   * A read without events still has its one row (left join), which carries its snapshot if any.
   * The batch goes as one jsonb, not as arrays: the planner sizes an `unnest` of array parameters by their
   * length, so the prepared statement kept being planned afresh for each batch size (custom plans, measured
   * in pg_prepared_statements); a jsonb's row count it cannot see, so it settles on one generic plan.
   */
  async #readBatch(batch: Pending[]): Promise<StreamFrom[]> {
    const rows = await pgClient(this.database.db)<Array<Partial<EventRow> & { i: string | number; snapshot_version: number | null; snapshot_state: unknown }>>`
      select r.i, s.stream_version as snapshot_version, s.state as snapshot_state,
        e.global_position, e.stream_id, e.stream_version, e.event_id, e.type, e.data, e.metadata, e.recorded_at
      from jsonb_to_recordset(${JSON.stringify(batch.map((b, i) => ({ i: i + 1, s: b.streamId, a: b.afterVersion, schema: b.schema })))}::jsonb)
        as r(i int, s text, a int, schema text)
      left join lateral (
        -- A plain read (no schema) does not look: the condition on r alone is checked once, before the scan.
        select stream_version, state from snapshots where r.schema is not null and stream_id = r.s and schema = r.schema
      ) s on true
      left join lateral (
        select * from events where stream_id = r.s and stream_version > greatest(r.a, coalesce(s.stream_version, 0)) order by stream_version
      ) e on true
      order by r.i, e.stream_version
    `;
    const reads: StreamFrom[] = batch.map(() => ({ events: [] }));
    for (const row of rows) {
      const read = reads[Number(row.i) - 1]!;
      if (row.snapshot_version !== null && !read.snapshot) read.snapshot = { state: row.snapshot_state, version: row.snapshot_version };
      if (row.event_id !== null) read.events.push(toRecorded(row as EventRow));
    }
    return reads;
  }
}
