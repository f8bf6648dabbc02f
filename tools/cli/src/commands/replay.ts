// replay: rebuilds a service's read models from scratch, from its own event store or from
// JetStream, with the service's own projection code (its `projections` export). The whole
// rebuild is one transaction: it commits complete or changes nothing.
import { replayStream } from '@keywarden/bus';
import { contexts, type Context, type EventEnvelope } from '@keywarden/contracts';
import type { Database, Tx } from '@keywarden/db';
import {
  applyProjections, iterateAll, projectedFromRecorded,
  type ProjectedEvent, type Projection, type ProjectionCatalog, type StreamProjection,
} from '@keywarden/event-store';
import type { NatsConnection } from '@nats-io/nats-core';
import { catalogueOf } from '../catalogue.js';
import { closeBus, openBus, openDatabase } from '../connect.js';
import { CliError, line, usage, type Io } from '../io.js';
import { busSettings, databaseUrlOf, type GlobalOptions } from '../settings.js';

export type ReplayOptions = { projection?: string[]; from?: string; databaseUrl?: string; batch: number; force?: boolean };

type Selection = { own: Projection[]; consumed: StreamProjection[] };

export async function replayCommand(service: string, options: ReplayOptions, global: GlobalOptions, io: Io): Promise<void> {
  const say = line(io.err);
  const catalogue = catalogueOf(service);
  const from = options.from ?? 'store';
  if (from !== 'store' && from !== 'jetstream') throw usage(`--from must be store or jetstream, not ${JSON.stringify(from)}`);
  const selection = select(catalogue, options.projection, say);
  if (options.from === 'store' && selection.consumed.length > 0) {
    throw usage(`${selection.consumed.map((p) => `${p.name} (fed by ${p.context})`).join(', ')}: not in ${service}'s event store; replay with --from jetstream`);
  }
  if (selection.own.length + selection.consumed.length === 0) throw new CliError(`${service} has no projections`);
  const needsBus = from === 'jetstream' || selection.consumed.length > 0;

  const database = await openDatabase(databaseUrlOf(service, options.databaseUrl, global, io));
  let nc: NatsConnection | undefined;
  try {
    if (!options.force) await refuseWhileRunning(database, service);
    const bus = busSettings(global, io);
    if (needsBus) nc = await openBus(bus);
    const counts = new Map<string, number>([...selection.own, ...selection.consumed].map((p) => [p.name, 0]));
    const count = (projections: readonly Projection[], events: readonly ProjectedEvent[]) => {
      for (const p of projections) counts.set(p.name, counts.get(p.name)! + events.filter((e) => p.handles.includes(e.type)).length);
    };
    let undecodable = 0;
    let copies = 0;
    const all = [...selection.own, ...selection.consumed];
    say(`${service}: rebuilding ${all.map((p) => p.name).join(', ')} in one transaction`);
    await database.db.transaction(async (tx) => {
      for (const p of all) await catalogue.hooks?.[p.name]?.before(tx);
      for (const p of all) await p.reset(tx);
      if (selection.own.length > 0) {
        const apply = async (events: ProjectedEvent[]) => {
          await applyInOrder(tx, selection.own, events);
          count(selection.own, events);
        };
        if (from === 'store') await fromStore(database, tx, selection.own, options.batch, apply, say);
        else {
          const [outbox] = await database.sql<Array<{ n: number }>>`select count(*)::int as n from outbox`;
          if (outbox?.n) say(`note: ${outbox.n} events are still in ${service}'s outbox, not on its stream yet: the rebuild will not have them`);
          const read = await fromStream(nc!, catalogue.context, bus.namespace, options.batch, apply, say, `${service}'s stream`);
          undecodable += read.undecodable;
          copies += read.copies;
        }
      }
      for (const context of [...new Set(selection.consumed.map((p) => p.context))]) {
        const projections = selection.consumed.filter((p) => p.context === context);
        const read = await fromStream(nc!, context, bus.namespace, options.batch, async (events) => {
          await applyInOrder(tx, projections, events);
          count(projections, events);
        }, say, `${context}'s stream`);
        undecodable += read.undecodable;
        copies += read.copies;
      }
      for (const p of all) await catalogue.hooks?.[p.name]?.after(tx);
    });
    const applied = [...counts.values()].reduce((a, b) => a + b, 0);
    const fromStoreToo = selection.own.length > 0 && from === 'store';
    const source = fromStoreToo ? (selection.consumed.length > 0 ? 'the event store and JetStream' : 'the event store') : 'JetStream';
    io.out(`${[...counts].map(([name, n]) => `${name}: ${n} events`).join('\n')}\n`);
    io.out(`replayed ${counts.size} projection${counts.size === 1 ? '' : 's'} of ${service} from ${source}: ${applied} events applied` +
      (undecodable ? `, ${undecodable} undecodable messages skipped (parked by the live consumers)` : '') +
      (copies ? `, ${copies} ${copies === 1 ? 'copy of an event' : 'copies of events'} already applied skipped` : '') + '\n');
  } finally {
    if (nc) await closeBus(nc);
    await database.close();
  }
}

/** The projections asked for, with those that must be rebuilt beside them; all of them by default. */
function select(catalogue: ProjectionCatalog, names: readonly string[] | undefined, say: (text: string) => void): Selection {
  const own = catalogue.projections;
  const consumed = catalogue.consumed ?? [];
  if (!names || names.length === 0) return { own: [...own], consumed: [...consumed] };
  const known = [...own, ...consumed].map((p) => p.name);
  const unknown = names.filter((n) => !known.includes(n));
  if (unknown.length > 0) throw usage(`${catalogue.service} has no projection ${unknown.join(', ')}; it has: ${known.join(', ')}`);
  const wanted = new Set(names);
  for (const group of catalogue.together ?? []) {
    if (!group.some((n) => wanted.has(n))) continue;
    const added = group.filter((n) => !wanted.has(n));
    if (added.length > 0) say(`${added.join(', ')} rebuilt too: ${group.join(' and ')} are rebuilt together`);
    for (const n of group) wanted.add(n);
  }
  // Catalogue order: the order the service's command path applies them in.
  return { own: own.filter((p) => wanted.has(p.name)), consumed: consumed.filter((p) => wanted.has(p.name)) };
}

/**
 * Several projections see the events one at a time, in log order, as the command path
 * applied them (one may read another's rows); a single one takes the batch at once.
 */
async function applyInOrder(tx: Tx, projections: readonly Projection[], events: readonly ProjectedEvent[]) {
  if (projections.length === 1) return await applyProjections(tx, projections, events);
  for (const event of events) await applyProjections(tx, projections, [event]);
}

async function fromStore(
  database: Database, tx: Tx, projections: readonly Projection[], pageSize: number,
  apply: (events: ProjectedEvent[]) => Promise<void>, say: (text: string) => void,
) {
  const types = [...new Set(projections.flatMap((p) => p.handles))];
  const [total] = await database.sql<Array<{ n: number; last: number | null }>>`
    select count(*)::int as n, max(global_position) as last from events where type in ${database.sql(types)}`;
  say(`reading ${total?.n ?? 0} events from the event store`);
  let done = 0;
  for await (const page of iterateAll(tx, { types, pageSize })) {
    await apply(page.map(projectedFromRecorded));
    done += page.length;
    say(`  ${done}/${total?.n ?? '?'} events (position ${page.at(-1)!.globalPosition})`);
  }
}

async function fromStream(
  nc: NatsConnection, context: string, namespace: string | undefined, batchSize: number,
  apply: (events: ProjectedEvent[]) => Promise<void>, say: (text: string) => void, label: string,
): Promise<{ undecodable: number; copies: number }> {
  if (!(contexts as readonly string[]).includes(context)) throw new CliError(`unknown context ${context}`);
  say(`reading ${label} from JetStream`);
  // A stream can hold an event more than once: `dead-letters --retry` publishes a copy without
  // its Nats-Msg-Id, and `republish` past the duplicate window does too. The live consumers'
  // inbox skips the later copies and the command path applied each event once; so does this
  // (a later copy of an old event would otherwise put old values back over newer ones).
  const seen = new Set<string>();
  let copies = 0;
  try {
    const progress = await replayStream(nc, {
      context: context as Context,
      ...(namespace ? { namespace } : {}),
      batchSize,
      handleBatch: (events) => apply(events.flatMap((event) => {
        if (seen.has(event.eventId)) {
          copies++;
          return [];
        }
        seen.add(event.eventId);
        return [projectedFromEnvelope(event)];
      })),
      onProgress: (p) => say(`  ${p.delivered} messages, ${p.pending} to go`),
    });
    return { undecodable: progress.undecodable, copies };
  } catch (error) {
    if (/stream not found/i.test((error as Error).message ?? '')) throw new CliError(`${label} does not exist on this NATS server`);
    throw error;
  }
}

export function projectedFromEnvelope(event: EventEnvelope): ProjectedEvent {
  return {
    eventId: event.eventId, type: event.type, streamId: event.streamId, streamVersion: event.streamVersion, data: event.data, time: new Date(event.time),
    source: event.source, ...(event.traceparent ? { traceparent: event.traceparent } : {}),
  };
}

/** A rebuild beside a running service would race its writes: its own connections say it runs. */
async function refuseWhileRunning(database: Database, service: string) {
  const [row] = await database.sql<Array<{ n: number }>>`
    select count(*)::int as n from pg_stat_activity where datname = current_database() and application_name = ${service} and pid <> pg_backend_pid()`;
  if ((row?.n ?? 0) > 0) {
    throw new CliError(`${service} is running (${row!.n} connections to its database): stop it first, its writes would race the rebuild; --force replays anyway`);
  }
}
