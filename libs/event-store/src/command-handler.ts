import { inTransaction, isTransactionScoped, type Database, type DbOrTx, type Tx } from '@keywarden/db';
import { SpanKind, SpanStatusCode, context, propagation, trace } from '@opentelemetry/api';
import { ConcurrencyError } from './errors.js';
import { appendToStream, readStream } from './event-store.js';
import { groupCommitter } from './group-commit.js';
import { streamReads, type StreamFrom } from './stream-reads.js';
import { keyedEventExists } from './idempotency.js';
import { applyProjections, projectedFromRecorded, type Projection } from './projection.js';
import type { SnapshotLoader, SnapshotStore } from './snapshots.js';
import type { Decider, DomainEvent, EventMetadata, RecordedEvent } from './types.js';

const tracer = trace.getTracer('@keywarden/event-store');

export type CommandResult<State, Event extends DomainEvent> = {
  state: State;
  events: RecordedEvent<Event>[];
  /** The stream's version after the command. */
  version: number;
};

export type HandleOptions<State = unknown> = {
  /**
   * The state the caller already read (e.g. the projection row it looked the
   * command up by) and the stream version it reflects. The first attempt decides
   * on it without loading anything; the append's expected version still guards
   * it, and a ConcurrencyError retries with a fresh load.
   */
  from?: { state: State; version: number };
  metadata?: EventMetadata;
  /** Retries on ConcurrencyError (the command is re-decided on fresh state). Default 3. */
  retries?: number;
  /**
   * Extra work in the same transaction (e.g. writing an encrypted secret row the event references). Database
   * work on the command's own rows only: a grouped command's `within` runs at the same time as the others of
   * its group, on the same connection, and runs again, alone, when its group is rolled back (a savepoint
   * opened in it does that: group-commit.ts).
   */
  within?: (tx: Tx, events: RecordedEvent[]) => Promise<void>;
  /**
   * The caller's transaction: the command runs in a savepoint of it (a ConcurrencyError rolls back the
   * savepoint only, and is retried there), so a batch can record many commands in one commit.
   */
  tx?: Tx;
};

/**
 * Where a command's state starts: usually the empty state at version 0, but a
 * long-lived stream (a session refreshed every few minutes for a month) can
 * start from a snapshot, e.g. its inline projection row read in the same
 * transaction, so only the events after `version` are replayed.
 */
/**
 * Load, decide, append in one transaction, with the inline projections and
 * outbox rows (ARCHITECTURE §3). The current trace context goes into the
 * events' metadata so the relay and every consumer continue the same trace.
 */
export function commandHandler<State, Command extends { type: string }, Event extends DomainEvent>(
  database: Database,
  decider: Decider<State, Command, Event>,
  projections: readonly Projection[] = [],
  snapshot?: SnapshotLoader<State> | SnapshotStore<State>,
) {
  const load = typeof snapshot === 'function' ? snapshot : snapshot?.load;
  const save = typeof snapshot === 'function' ? undefined : snapshot?.save;
  // Snapshots kept in the `snapshots` table: a grouped command reads its snapshot with its events, in the batch.
  const schema = typeof snapshot === 'function' ? undefined : snapshot?.schema;
  return async (streamId: string, command: Command, options: HandleOptions<State> = {}): Promise<CommandResult<State, Event>> => {
    const attempts = (options.retries ?? 3) + 1;
    for (let attempt = 1; ; attempt++) {
      try {
        return await tracer.startActiveSpan(
          `command ${command.type}`,
          { kind: SpanKind.INTERNAL, attributes: { 'keywarden.stream_id': streamId, 'keywarden.command': command.type } },
          async (span) => {
            try {
              const from = attempt === 1 ? options.from : undefined;
              if (groupable(options)) return await decideAndGroup(streamId, command, options, from);
              const run = (tx: Tx) => decideAndAppend(tx, streamId, command, options, from);
              return await (options.tx ? options.tx.transaction(run) : database.db.transaction(run));
            } catch (error) {
              span.setStatus({ code: SpanStatusCode.ERROR });
              span.setAttribute('error.type', (error as { code?: string }).code ?? (error as Error).name);
              throw error;
            } finally {
              span.end();
            }
          },
        );
      } catch (error) {
        if (error instanceof ConcurrencyError && attempt < attempts) continue;
        throw error;
      }
    }
  };

  // A command of a caller's transaction (options.tx, withinTransaction's database, or code running inside
  // one) commits with that transaction: it keeps the single path. Every other command is group-committed.
  function groupable(options: HandleOptions<State>): boolean {
    return !options.tx && !inTransaction() && !isTransactionScoped(database);
  }

  /** Its state and decision on the pool, outside any transaction; its append, projections and the rest in a group. */
  async function decideAndGroup(streamId: string, command: Command, options: HandleOptions<State>, from: HandleOptions<State>['from']) {
    const reads = streamReads(database);
    const loadStream = schema !== undefined
      ? () => reads.readFromSnapshot<State>(streamId, schema)
      : () => loadThenRead(database.db, streamId, (after) => reads.read(streamId, after));
    const { state: before, version, decided } = await decide(database.db, loadStream, streamId, command, options, from);
    if (decided.length === 0) return { state: before, events: [], version };
    let state = before;
    for (const event of decided) state = decider.evolve(state, event);
    const carrier: Record<string, string> = {};
    propagation.inject(context.active(), carrier);
    const recorded = (await groupCommitter(database).append({
      streamId,
      events: decided,
      expectedVersion: version,
      metadata: { ...options.metadata, ...carrier },
      projections,
      finish: options.within || save
        ? async (tx, recorded) => {
          await options.within?.(tx, recorded);
          await save?.(tx, streamId, state, version, recorded.at(-1)!.streamVersion);
        }
        : undefined,
    })) as RecordedEvent<Event>[];
    return { state, events: recorded, version: recorded.at(-1)!.streamVersion };
  }

  /** The stream from the snapshot loader's state, if any, and the events after it. */
  async function loadThenRead(db: DbOrTx, streamId: string, read: (afterVersion: number) => Promise<RecordedEvent[]>): Promise<StreamFrom<State>> {
    const saved = await load?.(db, streamId);
    return { snapshot: saved, events: await read(saved?.version ?? 0) };
  }

  /** The command's state (from `from`, a snapshot or the empty state, then the stream's events after it) and its decision. */
  async function decide(
    db: DbOrTx,
    loadStream: () => Promise<StreamFrom<State>>,
    streamId: string,
    command: Command,
    options: HandleOptions<State>,
    from: HandleOptions<State>['from'],
  ) {
    const loaded = from ? { snapshot: from, events: [] } : await loadStream();
    const start = loaded.snapshot ?? { state: decider.initialState(), version: 0 };
    const history = loaded.events as unknown as RecordedEvent<Event>[];
    let state = start.state;
    for (const event of history) state = decider.evolve(state, { type: event.type, data: event.data } as Event);
    const version = history.at(-1)?.streamVersion ?? start.version;
    // A keyed create or add (runIdempotent) whose twin committed before this state was read: fail like a
    // stale version, so runIdempotent answers with the twin's result instead of deciding it again (a second
    // effect, or a create that decides nothing and passes for one). Asked after the load, never before it.
    const key = options.metadata?.['idempotencyKey'];
    if (typeof key === 'string' && (await keyedEventExists(db, streamId, key))) throw new ConcurrencyError(streamId, version);
    return { state, version, decided: decider.decide(command, state) };
  }

  async function decideAndAppend(tx: Tx, streamId: string, command: Command, options: HandleOptions<State>, from: HandleOptions<State>['from']) {
    const loadStream = () => loadThenRead(tx, streamId, (afterVersion) => readStream(tx, streamId, { afterVersion }));
    const { state: before, version, decided } = await decide(tx, loadStream, streamId, command, options, from);
    let state = before;
    if (decided.length === 0) return { state, events: [], version };
    const carrier: Record<string, string> = {};
    propagation.inject(context.active(), carrier);
    const recorded = (await appendToStream(tx, streamId, decided, {
      expectedVersion: version === 0 ? 'no_stream' : version,
      metadata: { ...options.metadata, ...carrier },
    })) as RecordedEvent<Event>[];
    for (const event of decided) state = decider.evolve(state, event);
    await applyProjections(tx, projections, recorded.map(projectedFromRecorded));
    await options.within?.(tx, recorded);
    const newVersion = recorded.at(-1)!.streamVersion;
    await save?.(tx, streamId, state, version, newVersion);
    return { state, events: recorded, version: newVersion };
  }
}
