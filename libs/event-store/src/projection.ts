import type { Database, Tx } from '@keywarden/db';
import { iterateAll } from './event-store.js';
import type { DomainEvent, RecordedEvent } from './types.js';

/** What a projection sees, whether the event is the service's own or came over the bus. */
export type ProjectedEvent<E extends DomainEvent = DomainEvent> = {
  eventId: string;
  type: E['type'];
  streamId: string;
  streamVersion: number;
  data: E['data'];
  time: Date;
  /** The publishing service (ce-source), when the event came over the bus (the audit trail names it as the actor of system work). */
  source?: string;
  /** The W3C trace context the event was produced in, when known (the audit trail keeps its trace id). */
  traceparent?: string;
};

/** A read model: which events, how they change its rows, and how to clear them for a rebuild. */
export type Projection<E extends DomainEvent = DomainEvent> = {
  name: string;
  handles: readonly E['type'][];
  // A method (bivariant), so a projection of specific events fits where any projection is expected;
  // `handles` is what guarantees it only ever sees its own events.
  apply(tx: Tx, event: ProjectedEvent<E>): Promise<void>;
  /**
   * Optional: the same effect as `apply` on each event in order, in fewer
   * round trips (e.g. one multi-row insert). applyProjections prefers it, so
   * the inline path, the consumer, replay and rebuild all run the same code.
   */
  applyBatch?(tx: Tx, events: readonly ProjectedEvent<E>[]): Promise<void>;
  reset: (tx: Tx) => Promise<void>;
};

export const projectedFromRecorded = (event: RecordedEvent): ProjectedEvent => ({
  eventId: event.eventId,
  type: event.type,
  streamId: event.streamId,
  streamVersion: event.streamVersion,
  data: event.data,
  time: event.recordedAt,
  ...(typeof event.metadata.traceparent === 'string' ? { traceparent: event.metadata.traceparent } : {}),
});

/**
 * Applies the events to every projection that handles them, inside the
 * caller's transaction. Projections are independent read models: each sees
 * its own events in order, one projection after the other; a batch costs a
 * round trip per projection with `applyBatch`, per event without.
 */
export async function applyProjections(tx: Tx, projections: readonly Projection[], events: readonly ProjectedEvent[]) {
  for (const projection of projections) {
    const handled = events.filter((event) => projection.handles.includes(event.type));
    if (handled.length === 0) continue;
    if (projection.applyBatch) await projection.applyBatch(tx, handled);
    else for (const event of handled) await projection.apply(tx, event);
  }
}

/**
 * Whether a batch is two or more events of `type`, each for a different row (`rowOf`): what one multi-row
 * statement can apply at once, no row having events to keep in order. An `applyBatch` takes other batches
 * event by event.
 */
export function oneEachOf(events: readonly ProjectedEvent[], type: string, rowOf: (event: ProjectedEvent) => string): boolean {
  if (events.length < 2 || !events.every((event) => event.type === type)) return false;
  return new Set(events.map(rowOf)).size === events.length;
}

export type RebuildProgress = { projection: string; applied: number; position: number };

/**
 * Rebuilds an inline projection from the service's own event store: clears
 * it, then applies the log in global order a page per transaction.
 */
export async function rebuildProjection(
  database: Database,
  projection: Projection,
  options: { pageSize?: number; onProgress?: (progress: RebuildProgress) => void } = {},
): Promise<RebuildProgress> {
  await database.db.transaction((tx) => projection.reset(tx));
  const progress: RebuildProgress = { projection: projection.name, applied: 0, position: 0 };
  const pages = iterateAll(database.db, { types: projection.handles, pageSize: options.pageSize ?? 1000 });
  for await (const page of pages) {
    await database.db.transaction((tx) => applyProjections(tx, [projection], page.map(projectedFromRecorded)));
    progress.applied += page.length;
    progress.position = page[page.length - 1]!.globalPosition;
    options.onProgress?.({ ...progress });
  }
  return progress;
}

/**
 * A read model a service keeps of another context's events through one of its
 * consumers (e.g. the notifier's organization members from identity's stream).
 * It is rebuilt by replaying that context's stream: the service's own event
 * store does not hold those events.
 */
export type StreamProjection = Projection & {
  /** The context whose stream feeds it: 'identity', 'oauth', ... */
  context: string;
};

/** Work around a rebuild, inside its transaction (e.g. keep rows a reset would delete through a foreign key). */
export type RebuildHooks = {
  before: (tx: Tx) => Promise<void>;
  after: (tx: Tx) => Promise<void>;
};

/**
 * What a service lets the operator tools rebuild (tools/cli `replay`), from a
 * curated export `@keywarden/<service>/projections`: its inline projections,
 * in the order its command path applies them, and the read models its
 * consumers keep of other contexts' streams.
 */
export type ProjectionCatalog = {
  service: string;
  /** The service's own context: the stream its outbox publishes to. */
  context: string;
  projections: readonly Projection[];
  consumed?: readonly StreamProjection[];
  /** Projections that must be rebuilt together: one's reset clears the other's rows, or one reads the other's. */
  together?: readonly (readonly string[])[];
  /** Hooks by projection name, run around its rebuild in the same transaction. */
  hooks?: Readonly<Record<string, RebuildHooks>>;
};
