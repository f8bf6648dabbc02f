// The stream reads of concurrent grouped commands share one query (issue 21), as their appends share one
// transaction (group-commit.ts): at most one read is in flight per pool, and the reads asked for meanwhile
// go together in the next one. At low load a read goes at once, alone; under load one round trip and one
// plan serve a whole batch of commands instead of one each.
import type { Database } from '@keywarden/db';
import { toRecorded, type EventRow } from './event-store.js';
import { perDatabase } from './per-database.js';
import { pgClient } from './pg-client.js';
import type { RecordedEvent } from './types.js';

type Pending = {
  streamId: string;
  afterVersion: number;
  resolve: (events: RecordedEvent[]) => void;
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
  read(streamId: string, afterVersion = 0): Promise<RecordedEvent[]> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ streamId, afterVersion, resolve, reject });
      if (!this.#running) void this.#drain();
    });
  }

  async #drain() {
    this.#running = true;
    try {
      while (this.#queue.length > 0) {
        const batch = this.#queue.splice(0, MAX_BATCH);
        try {
          const events = await this.#readBatch(batch);
          batch.forEach((item, i) => item.resolve(events[i]!));
        } catch (error) {
          for (const item of batch) item.reject(error);
        }
      }
    } finally {
      this.#running = false;
    }
  }

  /** One query for the batch; each read's rows found by its position in the batch (a stream may be asked twice). */
  async #readBatch(batch: Pending[]): Promise<RecordedEvent[][]> {
    const rows = await pgClient(this.database.db)<Array<EventRow & { i: string | number }>>`
      select r.i, e.global_position, e.stream_id, e.stream_version, e.event_id, e.type, e.data, e.metadata, e.recorded_at
      from unnest(${batch.map((b) => b.streamId)}::text[], ${batch.map((b) => b.afterVersion)}::int[]) with ordinality as r(s, a, i)
      cross join lateral (
        select * from events where stream_id = r.s and stream_version > r.a order by stream_version
      ) e
      order by r.i, e.stream_version
    `;
    const events: RecordedEvent[][] = batch.map(() => []);
    for (const row of rows) events[Number(row.i) - 1]!.push(toRecorded(row));
    return events;
  }
}
