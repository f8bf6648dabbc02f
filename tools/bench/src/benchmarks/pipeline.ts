// pipeline: append -> outbox relay -> JetStream -> durable consumer -> projection,
// beside raw JetStream async publish of the same messages, in the same run.
import { randomUUID } from 'node:crypto';
import { closeBus, connectBus, ensureEventStream } from '@keywarden/bus';
import { encodeEvent, type EventMessage } from '@keywarden/contracts';
import { rawPublish } from '../baselines.js';
import { withInfra } from '../infra.js';
import { optionsHelp, parseOptions } from '../options.js';
import { machine, perSecond, percentile, round, say, type Benchmark, type Report } from '../report.js';
import { startIdentity, startReader } from '../services.js';
import { registerCommand, userDecider } from '../users.js';

const spec = {
  events: { default: 20_000, help: 'events through the pipeline (measured)' },
  warmup: { default: 2_000, help: 'events through the pipeline first, not measured', min: 0 },
  writers: { default: 16, help: 'concurrent appenders, each command one event in its own transaction' },
  'relay-batch': { default: 500, help: 'outbox rows per relay round (one pipelined publish, one delete)' },
  'consumer-batch': { default: 200, help: 'messages per consumer transaction' },
  window: { default: 1_000, help: 'raw publish: publishes in flight before awaiting their acks' },
};

const TARGET = 0.5;

export const pipeline: Benchmark = {
  help: () => `npm run bench -- pipeline [options]\n\n${optionsHelp(spec)}`,
  run: async (args) => {
    const o = parseOptions(spec, args);
    return await withInfra(async (infra) => {
      const baseline = await measureRawPublish(infra.natsUrl, o.events, o.window);
      say(`raw JetStream publish: ${round(baseline.msgsPerS)} msgs/s (${o.events} msgs, window ${o.window}, ${baseline.bytes} B payload + headers)`);

      // Latency, append commit -> projection commit, per event id. Both ends are
      // observed in this process with the same monotonic clock (no skew): the
      // append's time is taken when commandHandler resolves (its COMMIT has
      // returned), the projection's when the consumer's inboxHandler batch
      // transaction has returned from COMMIT (just before the acks). Both
      // include a little event-loop delay, as a real service would see.
      const appendedAt = new Map<string, number>();
      const projectedAt = new Map<string, number>();
      const identity = await startIdentity(infra, { pool: o.writers + 4, relayBatch: o['relay-batch'] });
      const reader = await startReader(infra, {
        pool: 4,
        live: {
          batchSize: o['consumer-batch'],
          onCommitted: (events) => {
            const now = performance.now();
            for (const e of events) if (!projectedAt.has(e.eventId)) projectedAt.set(e.eventId, now);
          },
        },
      });
      try {
        let n = 0;
        const appendMany = async (count: number) => {
          let left = count;
          const writer = async () => {
            while (left-- > 0) {
              const event = await identity.registerUser(n++);
              appendedAt.set(event.eventId, performance.now());
            }
          };
          await Promise.all(Array.from({ length: o.writers }, writer));
        };
        const untilProjected = (total: number) => waitFor(() => projectedAt.size >= total, () => `${projectedAt.size}/${total} projected`);

        if (o.warmup > 0) {
          say(`warm-up: ${o.warmup} events`);
          await appendMany(o.warmup);
          await untilProjected(o.warmup);
        }
        const before = new Set(appendedAt.keys());
        const publishedBefore = identity.relay.published;
        say(`measuring: ${o.events} events, ${o.writers} writers`);
        const cpu0 = infra.cpu();
        const started = performance.now();
        const progress = setInterval(() => {
          say(`  appended ${appendedAt.size - before.size}, relayed ${identity.relay.published - publishedBefore}, projected ${projectedAt.size - before.size}`);
        }, 1000);
        let appendMs: number;
        try {
          await appendMany(o.events);
          appendMs = performance.now() - started;
          await untilProjected(o.warmup + o.events);
        } finally {
          clearInterval(progress);
        }
        const measured = [...appendedAt.keys()].filter((id) => !before.has(id));
        const lastProjected = Math.max(...measured.map((id) => projectedAt.get(id)!));
        const totalMs = lastProjected - started;
        const cpu = infra.cpuLoad(cpu0, infra.cpu(), totalMs);
        const latencies = measured.map((id) => projectedAt.get(id)! - appendedAt.get(id)!).sort((a, b) => a - b);

        // Exactly once, nothing left behind: otherwise the figures mean nothing.
        const rows = await reader.rows();
        const outbox = await identity.outboxSize();
        if (rows !== o.warmup + o.events || outbox !== 0) throw new Error(`pipeline lost or duplicated events: ${rows} rows, ${outbox} left in the outbox`);

        const eventsPerS = perSecond(o.events, totalMs);
        const latency = {
          p50: round(percentile(latencies, 50), 1),
          p90: round(percentile(latencies, 90), 1),
          p99: round(percentile(latencies, 99), 1),
          max: round(latencies.at(-1) ?? Number.NaN, 1),
        };
        const ratio = eventsPerS / baseline.msgsPerS;
        say(`pipeline: ${round(eventsPerS)} events/s end to end (appends alone ${round(perSecond(o.events, appendMs))}/s)`);
        say(`latency append commit -> projection commit: p50 ${latency.p50} ms, p90 ${latency.p90} ms, p99 ${latency.p99} ms, max ${latency.max} ms`);
        say(`cpu (cores busy): ${Object.entries(cpu).map(([k, v]) => `${k} ${v}`).join(', ')}`);
        say(`ratio ${round(ratio, 3)} of raw publish (target ${TARGET})`);
        const report: Report = {
          benchmark: 'pipeline',
          events: o.events,
          writers: o.writers,
          relay_batch: o['relay-batch'],
          consumer_batch: o['consumer-batch'],
          events_per_s: round(eventsPerS),
          append_events_per_s: round(perSecond(o.events, appendMs)),
          latency_ms: latency,
          duration_ms: round(totalMs),
          cpu_cores_busy: cpu,
          baseline: { raw_publish_msgs_per_s: round(baseline.msgsPerS), messages: o.events, window: o.window, message_bytes: baseline.bytes },
          ratio: round(ratio, 3),
          target: TARGET,
          meets_target: ratio >= TARGET,
          machine: machine(infra.versions),
        };
        return report;
      } finally {
        await reader.close();
        await identity.close();
      }
    });
  },
};

/**
 * The same kind of events the pipeline carries, encoded as the relay encodes
 * them (no traceparent: with no telemetry SDK registered the pipeline's carry
 * none either), published to a stream of their own with the same config.
 */
async function measureRawPublish(natsUrl: string, count: number, window: number) {
  const namespace = 'raw';
  const nc = await connectBus({ servers: natsUrl, name: 'raw-publish' });
  try {
    await ensureEventStream(nc, 'identity', { namespace });
    const encode = (i: number): EventMessage => {
      const userId = randomUUID();
      const [event] = userDecider.decide(registerCommand(i, userId), userDecider.initialState());
      return encodeEvent(
        {
          eventId: randomUUID(),
          type: 'UserRegistered',
          streamId: `user-${userId}`,
          streamVersion: 1,
          time: new Date().toISOString(),
          source: 'identity',
          data: event!.data,
        },
        { namespace },
      );
    };
    // A short warm-up so the measured run does not pay for JIT and stream creation.
    await rawPublish(nc, Array.from({ length: Math.min(1000, count) }, (_, i) => encode(i)), window);
    const messages = Array.from({ length: count }, (_, i) => encode(i));
    const timed = await rawPublish(nc, messages, window);
    const bytes = Math.round(messages.reduce((sum, m) => sum + m.data.length + headerBytes(m.headers), 0) / messages.length);
    return { msgsPerS: perSecond(timed.count, timed.ms), bytes };
  } finally {
    await closeBus(nc);
  }
}

const headerBytes = (headers: Record<string, string>) => Object.entries(headers).reduce((sum, [k, v]) => sum + k.length + v.length + 4, 12);

/** Resolves when `done()`; fails when nothing has changed for 30 s. */
async function waitFor(done: () => boolean, state: () => string, stallMs = 30_000): Promise<void> {
  let last = state();
  let lastChange = performance.now();
  while (!done()) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    const now = state();
    if (now !== last) {
      last = now;
      lastChange = performance.now();
    } else if (performance.now() - lastChange > stallMs) {
      throw new Error(`pipeline stalled: ${now}`);
    }
  }
}
