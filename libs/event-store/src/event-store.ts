import { randomUUID } from 'node:crypto';
import { afterCommit, type DbOrTx, type Tx } from '@keywarden/db';
import { ConcurrencyError } from './errors.js';
import { outboxCommitted } from './outbox-wake.js';
import { pgClient } from './pg-client.js';
import type { DomainEvent, EventMetadata, ExpectedVersion, RecordedEvent } from './types.js';

export type EventRow = {
  global_position: number | string;
  stream_id: string;
  stream_version: number;
  event_id: string;
  type: string;
  data: Record<string, unknown>;
  metadata: EventMetadata;
  recorded_at: string | Date;
};

/** A row of `events` as the driver returns it, as the rest of the code sees it. */
export const toRecorded = (row: EventRow): RecordedEvent => ({
  globalPosition: Number(row.global_position),
  streamId: row.stream_id,
  streamVersion: row.stream_version,
  eventId: row.event_id,
  type: row.type,
  data: row.data,
  metadata: row.metadata ?? {},
  recordedAt: new Date(row.recorded_at),
});

const expectedAsInt = (expected: ExpectedVersion): number =>
  expected === 'any' ? -1 : expected === 'no_stream' ? 0 : expected;

/**
 * Appends to a stream inside the caller's transaction, together with the
 * outbox rows: one statement, one round trip. The relay is woken after the
 * transaction commits (outbox-wake.ts), not by a NOTIFY inside it.
 * A stale expected version appends nothing and raises ConcurrencyError.
 * Like every query of the command path, a prepared statement (pg-client.ts).
 */
export async function appendToStream(
  tx: Tx,
  streamId: string,
  events: readonly DomainEvent[],
  options: { expectedVersion: ExpectedVersion; metadata?: EventMetadata },
): Promise<RecordedEvent[]> {
  if (events.length === 0) return [];
  const expected = expectedAsInt(options.expectedVersion);
  const payload = JSON.stringify(events.map((e) => ({ id: randomUUID(), type: e.type, data: e.data })));
  const metadata = JSON.stringify(options.metadata ?? {});
  let rows: EventRow[];
  try {
    rows = await pgClient(tx)<EventRow[]>`
      with cur as (
        select coalesce(max(stream_version), 0) as v from events where stream_id = ${streamId}
      ), ins as (
        insert into events (stream_id, stream_version, event_id, type, data, metadata)
        select ${streamId}, cur.v + e.ord, (e.val->>'id')::uuid, e.val->>'type', e.val->'data', ${metadata}::jsonb
        from cur, jsonb_array_elements(${payload}::jsonb) with ordinality as e(val, ord)
        where ${expected}::int < 0 or cur.v = ${expected}::int
        order by e.ord
        returning global_position, stream_id, stream_version, event_id, type, data, metadata, recorded_at
      ), ob as (
        insert into outbox (global_position, event_id) select global_position, event_id from ins
      )
      select ins.* from ins order by stream_version
    `;
  } catch (error) {
    // Two writers that both read the same version: the later insert hits the unique index.
    if (isUniqueViolation(error)) {
      // The transaction is aborted by now, so the actual version cannot be read inside it.
      throw new ConcurrencyError(streamId, expected <= 0 ? 'no_stream' : expected);
    }
    throw error;
  }
  if (rows.length === 0) {
    throw new ConcurrencyError(streamId, expected === 0 ? 'no_stream' : expected, await streamVersion(tx, streamId));
  }
  afterCommit(outboxCommitted);
  return rows.map(toRecorded);
}

function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: string }).code === '23505') return true;
  }
  return false;
}

export async function streamVersion(db: DbOrTx, streamId: string): Promise<number> {
  const rows = await pgClient(db)<Array<{ v: number }>>`
    select coalesce(max(stream_version), 0)::int as v from events where stream_id = ${streamId}`;
  return rows[0]?.v ?? 0;
}

/** A stream's events in order; `afterVersion` skips those a snapshot already covers. */
export async function readStream(db: DbOrTx, streamId: string, options: { afterVersion?: number } = {}): Promise<RecordedEvent[]> {
  const rows = await pgClient(db)<EventRow[]>`
    select global_position, stream_id, stream_version, event_id, type, data, metadata, recorded_at
    from events where stream_id = ${streamId} and stream_version > ${options.afterVersion ?? 0} order by stream_version
  `;
  return rows.map(toRecorded);
}

export type ReadAllOptions = {
  /** Exclusive lower bound on the global position. */
  after?: number;
  /** Inclusive upper bound. */
  to?: number;
  limit?: number;
  types?: readonly string[];
};

/** Events of the whole log in global order, a page at a time. */
export async function readAll(db: DbOrTx, options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
  const after = options.after ?? 0;
  const to = options.to ?? Number.MAX_SAFE_INTEGER;
  const limit = options.limit ?? 1000;
  const types = options.types ? JSON.stringify(options.types) : null;
  const rows = await pgClient(db)<EventRow[]>`
    select global_position, stream_id, stream_version, event_id, type, data, metadata, recorded_at
    from events
    where global_position > ${after} and global_position <= ${to}
      and (${types}::jsonb is null or type in (select jsonb_array_elements_text(${types}::jsonb)))
    order by global_position
    limit ${limit}
  `;
  return rows.map(toRecorded);
}

/** Walks the log in pages; used by replay and republish. */
export async function* iterateAll(db: DbOrTx, options: Omit<ReadAllOptions, 'limit'> & { pageSize?: number } = {}) {
  let after = options.after ?? 0;
  for (;;) {
    const page = await readAll(db, { ...options, after, limit: options.pageSize ?? 1000 });
    if (page.length === 0) return;
    yield page;
    after = page[page.length - 1]!.globalPosition;
  }
}
