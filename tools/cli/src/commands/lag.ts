// lag: every durable consumer on the event streams, how far behind it is, and when it last
// did anything: what an operator looks at first when notifications or Secrets lag behind.
import { busNames, contexts, type Context } from '@keywarden/contracts';
import { jetstreamManager, type ConsumerInfo } from '@nats-io/jetstream';
import { closeBus, openBus } from '../connect.js';
import { ago, table } from '../format.js';
import { CliError, line, usage, type Io } from '../io.js';
import { busSettings, type GlobalOptions } from '../settings.js';

// The server sends RFC 3339 times although the client's types say nanoseconds.
const lastActive = (info: ConsumerInfo): string | undefined => {
  const times = [info.delivered?.last_active, info.ack_floor?.last_active]
    .map((t) => (typeof t === 'string' ? Date.parse(t) : NaN))
    .filter((t) => Number.isFinite(t) && t > 0);
  return times.length > 0 ? new Date(Math.max(...times)).toISOString() : undefined;
};

export async function lagCommand(selected: string[], global: GlobalOptions, io: Io): Promise<void> {
  const say = line(io.err);
  const unknown = selected.filter((c) => !(contexts as readonly string[]).includes(c));
  if (unknown.length > 0) throw usage(`unknown context ${unknown.join(', ')}; one of: ${contexts.join(', ')}`);
  const bus = busSettings(global, io);
  const names = busNames(bus.namespace);
  const nc = await openBus(bus);
  try {
    const jsm = await jetstreamManager(nc);
    let streams: string[];
    if (selected.length > 0 || bus.namespace) {
      streams = (selected.length > 0 ? selected : [...contexts]).map((c) => names.stream(c as Context));
    } else {
      streams = [];
      for await (const name of jsm.streams.names()) streams.push(name);
      streams.sort();
    }
    const now = new Date();
    const rows: string[][] = [];
    const totals = { pending: 0, ackPending: 0, redelivered: 0, streams: 0 };
    for (const stream of streams) {
      const consumers: ConsumerInfo[] = [];
      try {
        for await (const info of jsm.consumers.list(stream)) if (info.config.durable_name) consumers.push(info);
      } catch (error) {
        if (/not found/i.test((error as Error).message ?? '')) continue;
        throw error;
      }
      totals.streams++;
      say(`${stream}: ${consumers.length} durable consumer${consumers.length === 1 ? '' : 's'}`);
      for (const info of consumers.sort((a, b) => a.name.localeCompare(b.name))) {
        const last = lastActive(info);
        rows.push([stream, info.name, String(info.num_pending), String(info.num_ack_pending), String(info.num_redelivered), last ? `${last} (${ago(last, now)})` : '-']);
        totals.pending += info.num_pending;
        totals.ackPending += info.num_ack_pending;
        totals.redelivered += info.num_redelivered;
      }
    }
    if (totals.streams === 0) throw new CliError('no event stream exists on this NATS server');
    io.out(table(['STREAM', 'CONSUMER', 'PENDING', 'ACK_PENDING', 'REDELIVERED', 'LAST_ACTIVE'], rows));
    io.out(`${rows.length} durable consumer${rows.length === 1 ? '' : 's'} on ${totals.streams} stream${totals.streams === 1 ? '' : 's'}: ` +
      `${totals.pending} pending, ${totals.ackPending} awaiting ack, ${totals.redelivered} redelivered\n`);
  } finally {
    await closeBus(nc);
  }
}
