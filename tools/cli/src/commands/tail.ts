// tail: follows the event streams, decoded (protobuf → JSON through contracts), one line per
// event. Ordered consumers: no server-side state is left behind, nothing is acked.
import { busNames, contexts, decodeEvent, isContractError, type Context } from '@keywarden/contracts';
import { DeliverPolicy, jetstream, type ConsumerMessages, type OrderedConsumerOptions } from '@nats-io/jetstream';
import type { MsgHdrs } from '@nats-io/nats-core';
import { closeBus, openBus } from '../connect.js';
import { CliError, line, usage, type Io } from '../io.js';
import { busSettings, type GlobalOptions } from '../settings.js';
import { summarize } from '../format.js';

export type TailOptions = { since?: string; limit?: string };

const units: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** `--since`: a stream sequence (42), a duration back from now (10m, 2h, 1d) or a time (ISO 8601). */
export function startAt(since: string | undefined, now: Date): Partial<OrderedConsumerOptions> {
  if (since === undefined) return { deliver_policy: DeliverPolicy.New };
  if (/^\d+$/.test(since)) return { deliver_policy: DeliverPolicy.StartSequence, opt_start_seq: Math.max(1, Number(since)) };
  const duration = /^(\d+)([smhd])$/.exec(since);
  if (duration) return { deliver_policy: DeliverPolicy.StartTime, opt_start_time: new Date(now.getTime() - Number(duration[1]) * units[duration[2]!]!).toISOString() };
  const time = Date.parse(since);
  if (Number.isNaN(time)) throw usage(`--since must be a sequence (42), a duration (10m, 2h, 1d) or a time (2026-03-01T08:00:00Z), not ${JSON.stringify(since)}`);
  return { deliver_policy: DeliverPolicy.StartTime, opt_start_time: new Date(time).toISOString() };
}

function headerRecord(h: MsgHdrs | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (h) for (const [key, values] of h) if (values[0] !== undefined) out[key] = values[0];
  return out;
}

export async function tailCommand(selected: string[], options: TailOptions, global: GlobalOptions, io: Io): Promise<void> {
  const say = line(io.err);
  const unknown = selected.filter((c) => !(contexts as readonly string[]).includes(c));
  if (unknown.length > 0) throw usage(`unknown context ${unknown.join(', ')}; one of: ${contexts.join(', ')}`);
  if (options.limit !== undefined && !/^[1-9]\d*$/.test(options.limit)) throw usage('--limit must be a positive integer');
  const limit = options.limit === undefined ? Infinity : Number(options.limit);
  const start = startAt(options.since, new Date());
  const bus = busSettings(global, io);
  const names = busNames(bus.namespace);
  const nc = await openBus(bus);
  const stop = new AbortController();
  const onAbort = () => stop.abort();
  io.signal?.addEventListener('abort', onAbort);
  let shown = 0;
  try {
    const js = jetstream(nc);
    const followed: Array<{ context: Context; messages: ConsumerMessages }> = [];
    for (const context of (selected.length > 0 ? selected : [...contexts]) as Context[]) {
      try {
        const consumer = await js.consumers.get(names.stream(context), start);
        followed.push({ context, messages: await consumer.consume() });
      } catch (error) {
        if (!/not found/i.test((error as Error).message ?? '')) throw error;
        say(`${names.stream(context)}: no such stream yet, not followed`);
      }
    }
    if (followed.length === 0) throw new CliError('none of the streams exists on this NATS server');
    say(`following ${followed.map((f) => names.stream(f.context)).join(', ')}${options.since ? ` since ${options.since}` : ''} (Ctrl-C stops)`);
    const closeAll = () => void Promise.all(followed.map((f) => f.messages.close().catch(() => {})));
    if (stop.signal.aborted) closeAll();
    stop.signal.addEventListener('abort', closeAll);
    await Promise.all(followed.map(async ({ messages }) => {
      for await (const m of messages) {
        if (stop.signal.aborted) break;
        const headers = headerRecord(m.headers);
        try {
          const e = decodeEvent({ subject: m.subject, headers, data: m.data }, bus.namespace ? { namespace: bus.namespace } : {});
          const aggregateId = e.streamId.slice(e.streamId.indexOf('-') + 1);
          io.out(`${e.time} ${m.subject} ${e.type} ${aggregateId} ${summarize(e.data)}\n`);
        } catch (error) {
          const code = isContractError(error) ? error.code : 'ERR_EVENT_DECODE';
          io.out(`${headers['ce-time'] ?? '-'} ${m.subject} (undecodable: ${code}) seq=${m.seq}\n`);
        }
        if (++shown >= limit) stop.abort();
      }
    }));
  } finally {
    io.signal?.removeEventListener('abort', onAbort);
    await closeBus(nc);
  }
  say(`${shown} event${shown === 1 ? '' : 's'} shown`);
}
