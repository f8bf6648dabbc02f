// Group commit: the appends of concurrent commands of one process share one transaction, so they share
// one WAL flush and a handful of round trips instead of a transaction each (issue 21). Each command was
// decided on its own state; here each keeps its own expected-version check, its own ConcurrencyError and
// its own failure. One group commits at a time, a second beside it once the first is held up (up to
// GROUPS_IN_FLIGHT), no stream in two of them; commands that arrive meanwhile form the next group.
import { afterCommit, isDatabaseUnavailable, type Database, type DbOrTx, type Tx } from '@keywarden/db';
import { ROOT_CONTEXT, context, type Context } from '@opentelemetry/api';
import { ConcurrencyError } from './errors.js';
import { appendToStream, toRecorded, type EventRow } from './event-store.js';
import { outboxCommitted } from './outbox-wake.js';
import { perDatabase } from './per-database.js';
import { pgClient } from './pg-client.js';
import { applyProjections, projectedFromRecorded, type ProjectedEvent, type Projection } from './projection.js';
import type { DomainEvent, EventMetadata, RecordedEvent } from './types.js';
import { randomUUID } from 'node:crypto';

/** One command's share of a group: its decided events and what it does in the transaction after appending them. */
export type GroupedAppend = {
  streamId: string;
  events: readonly DomainEvent[];
  /** The stream version the command decided on; 0: the stream must not exist. */
  expectedVersion: number;
  metadata: EventMetadata;
  projections: readonly Projection[];
  /**
   * The command's own work after its projections (`within`, the snapshot), in its own trace context. A group
   * whose commands have neither projections nor this is one statement, without a transaction around it.
   */
  finish?: (tx: Tx, recorded: RecordedEvent[]) => Promise<void>;
};

type Pending = GroupedAppend & {
  context: Context;
  resolve: (recorded: RecordedEvent[]) => void;
  reject: (error: unknown) => void;
};

type Outcome = { ok: true; recorded: RecordedEvent[] } | { ok: false; error: unknown };

/** The most commands in one group: bounds the statement's size and a group's latency. */
const MAX_GROUP = 256;
/**
 * Groups committing at once, at most. Two, so a group held up (a slow projection, a lock) does not stall
 * every command of the process.
 */
export const GROUPS_IN_FLIGHT = 2;
/**
 * The second group starts only once the one in flight has taken this long: until then the commands that
 * arrive wait for it, and the next group is larger. Fewer, larger groups cost less per command than two
 * smaller ones overlapping (measured on the append benchmark's command path, quiet 2-core machine: one group
 * at a time 6,166–6,219 events/s, two 5,765–5,808, with a sixth less CPU per event in Node and a fifth less in
 * PostgreSQL). A group that takes longer (held up, or a busy machine) gets the second one beside it.
 */
export const HELD_UP_MS = 20;

/** The process's group committer on `database` (one per pool, shared by every command handler on it). */
export const groupCommitter = perDatabase((database) => new GroupCommitter(database));

export class GroupCommitter {
  #queue: Pending[] = [];
  #inFlight = 0;
  /** When each group in flight started. */
  #started = new Set<{ at: number }>();
  #wake: NodeJS.Timeout | undefined;
  /** Streams of the groups in flight: a stream is in one group at a time, so its appends stay in order. */
  #streams = new Set<string>();

  constructor(private readonly database: Database) {}

  /** Commands waiting for the next group (tests hold a group open to see the next one form). */
  get waiting(): number {
    return this.#queue.length;
  }

  /** Appends in the next group; resolves once that group committed, rejects with this command's own error. */
  append(append: GroupedAppend): Promise<RecordedEvent[]> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ ...append, context: context.active(), resolve, reject });
      this.#pump();
    });
  }

  #pump() {
    while (this.#inFlight < GROUPS_IN_FLIGHT && this.#queue.length > 0) {
      const wait = this.#untilHeldUp();
      if (wait > 0) {
        this.#wakeIn(wait);
        return;
      }
      const group = this.#take();
      if (group.length === 0) return;
      this.#inFlight++;
      void this.#run(group);
    }
  }

  /** How long until the groups in flight count as held up (0: none in flight, or they are). */
  #untilHeldUp(): number {
    let wait = 0;
    for (const { at } of this.#started) wait = Math.max(wait, at + HELD_UP_MS - performance.now());
    return wait;
  }

  #wakeIn(ms: number) {
    if (this.#wake) return;
    this.#wake = setTimeout(() => {
      this.#wake = undefined;
      this.#pump();
    }, Math.ceil(ms));
    // The group in flight keeps the process alive while it matters; an idle timer must not.
    this.#wake.unref();
  }

  async #run(group: Pending[]) {
    const started = { at: performance.now() };
    this.#started.add(started);
    try {
      // The group belongs to no one command's trace: each command's own work runs in its own context.
      const outcomes = await context.with(ROOT_CONTEXT, () => this.#commit(group));
      group.forEach((item, i) => {
        const outcome = outcomes[i]!;
        if (outcome.ok) item.resolve(outcome.recorded);
        else item.reject(outcome.error);
      });
    } finally {
      this.#started.delete(started);
      for (const item of group) this.#streams.delete(item.streamId);
      this.#inFlight--;
      this.#pump();
    }
  }

  /**
   * The next group: oldest first, at most one command per stream (two would read the same version in one
   * statement; the later one waits for the next group, where it is checked against the first one's append).
   */
  #take(): Pending[] {
    const group: Pending[] = [];
    const rest: Pending[] = [];
    for (const item of this.#queue) {
      if (group.length < MAX_GROUP && !this.#streams.has(item.streamId)) {
        this.#streams.add(item.streamId);
        group.push(item);
      } else rest.push(item);
    }
    this.#queue = rest;
    return group;
  }

  async #commit(group: Pending[]): Promise<Outcome[]> {
    if (group.every((item) => item.projections.length === 0 && !item.finish)) return this.#commitStatement(group);
    // Together first; if anything fails before the commit (a projection, a `within`, a unique index hit by
    // a writer outside the group, a deadlock with another group), the group is rolled back and each command
    // runs again alone, so the failure is the failing command's. A failed COMMIT is every command's: it may
    // have committed.
    let committing = false;
    try {
      return await this.database.db.transaction(async (tx) => {
        const outcomes = await appendTogether(tx, group);
        committing = true;
        return outcomes;
      });
    } catch (error) {
      if (committing) return group.map(() => ({ ok: false, error }));
    }
    return this.#alone(group);
  }

  /**
   * Appends and nothing else: the statement commits on its own (atomic like any statement), one round trip
   * instead of BEGIN, statement, COMMIT. The relay is woken as after a transaction's commit.
   */
  async #commitStatement(group: Pending[]): Promise<Outcome[]> {
    try {
      const outcomes = await appendStatement(this.database.db, group);
      if (outcomes.some((outcome) => outcome.ok)) outboxCommitted(this.database);
      return outcomes;
    } catch (error) {
      // The connection lost mid-statement: it may have committed, like a failed COMMIT, so it is every
      // command's error. The server refusing it (a unique index hit by a writer outside the group, a
      // deadlock) committed nothing: each command runs alone, below.
      if (isDatabaseUnavailable(error)) return group.map(() => ({ ok: false, error }));
    }
    return this.#alone(group);
  }

  /**
   * Each in a transaction of its own, as the single path runs it: none holds another's locks while it
   * waits, and one that fails again fails alone.
   */
  #alone(group: Pending[]): Promise<Outcome[]> {
    return Promise.all(
      group.map(async (item): Promise<Outcome> => {
        try {
          return { ok: true, recorded: await this.database.db.transaction((tx) => appendAlone(tx, item)) };
        } catch (error) {
          return { ok: false, error };
        }
      }),
    );
  }
}

/** The group's appends, then its projections and each command's own work, in the group's transaction. */
async function appendTogether(tx: Tx, group: Pending[]): Promise<Outcome[]> {
  const outcomes = await appendStatement(tx, group);
  if (outcomes.some((outcome) => outcome.ok)) afterCommit(outboxCommitted);
  // Projections in one pass per distinct list of them (a command handler's), every stream's events in order.
  const byProjections = new Map<readonly Projection[], ProjectedEvent[]>();
  group.forEach((item, i) => {
    const outcome = outcomes[i]!;
    if (!outcome.ok || item.projections.length === 0) return;
    const events = byProjections.get(item.projections) ?? [];
    events.push(...outcome.recorded.map(projectedFromRecorded));
    byProjections.set(item.projections, events);
  });
  for (const [projections, events] of byProjections) await applyProjections(tx, projections, events);
  // The commands' own work at once: postgres.js pipelines their statements on the group's connection instead
  // of a round trip after another. All settle before the transaction goes on, so no statement of one is sent
  // after another's failure rolled the group back (or on the connection once it is back in the pool).
  const shared = withoutSavepoints(tx);
  const finished = await Promise.allSettled(group.map(async (item, i) => {
    const outcome = outcomes[i]!;
    if (outcome.ok && item.finish) await context.with(item.context, () => item.finish!(shared, outcome.recorded));
  }));
  const failed = finished.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
  return outcomes;
}

/**
 * The group's transaction as its commands' own work sees it: a savepoint opened by one would take in the
 * statements the others pipeline meanwhile (and roll them back with it), so opening one is refused; the
 * group is then rolled back and each command reruns alone, where its savepoint is its own.
 */
function withoutSavepoints(tx: Tx): Tx {
  return new Proxy(tx, {
    get: (target, key, receiver) =>
      key === 'transaction'
        ? () => Promise.reject(new Error('a savepoint inside a group commit: the group reruns each command alone'))
        : Reflect.get(target, key, receiver),
  });
}

/** One statement appends every command's events with its expected version checked; conflicts append nothing. */
async function appendStatement(db: DbOrTx, group: Pending[]): Promise<Outcome[]> {
  const input = JSON.stringify(
    group.map((item) => ({
      s: item.streamId,
      x: item.expectedVersion,
      m: item.metadata,
      e: item.events.map((e) => ({ id: randomUUID(), type: e.type, data: e.data })),
    })),
  );
  const rows = await pgClient(db)<Array<EventRow & { conflict_at: number | null }>>`
    with input as (
      select ord as i, c->>'s' as s, (c->>'x')::int as x, c->'m' as m, c->'e' as evs
      from jsonb_array_elements(${input}::jsonb) with ordinality as t(c, ord)
    ), cur as (
      select input.*, coalesce((select max(stream_version) from events where stream_id = input.s), 0) as v from input
    ), ins as (
      insert into events (stream_id, stream_version, event_id, type, data, metadata)
      select cur.s, cur.v + e.ord, (e.val->>'id')::uuid, e.val->>'type', e.val->'data', cur.m
      from cur, jsonb_array_elements(cur.evs) with ordinality as e(val, ord)
      where cur.v = cur.x
      order by cur.i, e.ord
      returning global_position, stream_id, stream_version, event_id, type, data, metadata, recorded_at
    ), ob as (
      insert into outbox (global_position, event_id) select global_position, event_id from ins
    )
    select global_position, stream_id, stream_version, event_id, type, data, metadata, recorded_at, null::int as conflict_at
    from ins
    union all
    select null, s, null, null, null, null, null, null, v::int from cur where cur.v <> cur.x
  `;
  const appended = new Map<string, RecordedEvent[]>();
  const conflicts = new Map<string, number>();
  for (const row of rows) {
    if (row.conflict_at !== null) conflicts.set(row.stream_id, row.conflict_at);
    else {
      const list = appended.get(row.stream_id) ?? [];
      list.push(toRecorded(row));
      appended.set(row.stream_id, list);
    }
  }
  return group.map((item): Outcome => {
    const recorded = appended.get(item.streamId);
    if (recorded) return { ok: true, recorded: recorded.sort((a, b) => a.streamVersion - b.streamVersion) };
    const expected = item.expectedVersion === 0 ? 'no_stream' : item.expectedVersion;
    return { ok: false, error: new ConcurrencyError(item.streamId, expected, conflicts.get(item.streamId)) };
  });
}

/** The slow path: one command exactly as the single path would append it. */
async function appendAlone(tx: Tx, item: Pending): Promise<RecordedEvent[]> {
  const recorded = await appendToStream(tx, item.streamId, item.events, {
    expectedVersion: item.expectedVersion === 0 ? 'no_stream' : item.expectedVersion,
    metadata: item.metadata,
  });
  await applyProjections(tx, item.projections, recorded.map(projectedFromRecorded));
  if (item.finish) await context.with(item.context, () => item.finish!(tx, recorded));
  return recorded;
}
