// replay: a context stream replayed into an emptied projection, beside a raw
// ordered-consumer read of the same stream; plus the event-store rebuild.
import { replayStream } from '@keywarden/bus';
import { busNames } from '@keywarden/contracts';
import { applyProjections, rebuildProjection } from '@keywarden/event-store';
import { rawOrderedRead } from '../baselines.js';
import { withInfra } from '../infra.js';
import { parseRun, runHelp } from '../options.js';
import { perSecond, round, say, verdict, type Benchmark, type Report } from '../report.js';
import { startIdentity, startReader, type Identity } from '../services.js';
import { projectedFromEnvelope, usersSeenProjection } from '../users.js';

const spec = {
  events: { default: 50_000, help: 'events in the stream (and in the event store)' },
  'replay-batch': { default: 500, help: 'events per replay transaction' },
  'rebuild-page': { default: 1_000, help: 'events per event-store rebuild page (one transaction each)' },
  'fill-batch': { default: 250, help: 'filling: events per append transaction' },
};
/** `--smoke`: seconds, for CI (it proves the benchmark still runs). */
const SMOKE = { events: 2_000, 'replay-batch': 500, 'rebuild-page': 1_000, 'fill-batch': 250 };

const TARGET = 0.5;

export const replay: Benchmark = {
  help: () => runHelp('replay', spec, SMOKE),
  run: async (args) => {
    const { smoke, o } = parseRun(spec, SMOKE, args);
    return await withInfra(async (infra) => {
      const identity = await startIdentity(infra, { pool: 8, relayBatch: 500 });
      const reader = await startReader({ natsUrl: infra.natsUrl, databaseUrl: await infra.serviceDatabase('reader'), pool: 4 });
      try {
        await fill(identity, o.events, o['fill-batch']);
        const stream = busNames().stream('identity');
        const readBuffer = o['replay-batch'] * 2; // what replayStream asks the server for

        // The raw read runs before and after the replay; the faster one is the baseline.
        const raw1 = await rawOrderedRead(reader.nc, stream, readBuffer);
        say(`raw ordered read: ${round(perSecond(raw1.count, raw1.ms))} msgs/s`);

        const cpu0 = infra.cpu();
        const nodeCpu0 = process.cpuUsage();
        const started = performance.now();
        let last = started;
        let handlerMs = 0;
        let batches = 0;
        // A real replay, as `kw replay` runs it: one transaction clears the read model and applies every
        // batch with the same projection code the live consumer runs (applyProjections), then commits once.
        const progress = await reader.database.db.transaction(async (tx) => {
          await usersSeenProjection.reset(tx);
          return await replayStream(reader.nc, {
            context: 'identity',
            batchSize: o['replay-batch'],
            handleBatch: async (events) => {
              const applyStarted = performance.now();
              await applyProjections(tx, [usersSeenProjection], events.map(projectedFromEnvelope));
              handlerMs += performance.now() - applyStarted;
              batches++;
            },
            onProgress: (p) => {
              if (performance.now() - last < 1000) return;
              last = performance.now();
              say(`  replayed ${p.delivered}, ${p.pending} to go`);
            },
          });
        });
        const replayMs = performance.now() - started;
        const replayNodeCpu = process.cpuUsage(nodeCpu0);
        const cpu1 = infra.cpu();
        const cpu = infra.cpuLoad(cpu0, cpu1, replayMs);
        const replayed = await reader.rows();
        if (progress.delivered !== o.events || replayed !== o.events) {
          throw new Error(`replay delivered ${progress.delivered} and projected ${replayed} of ${o.events} events`);
        }
        const replayPerS = perSecond(o.events, replayMs);
        say(`replay into the projection: ${round(replayPerS)} events/s`);

        // Where the time goes: the same replay with a handler that does nothing (read + decode only).
        const decodeStarted = performance.now();
        const decodeCpu0 = process.cpuUsage();
        await replayStream(reader.nc, { context: 'identity', batchSize: o['replay-batch'], handleBatch: async () => {} });
        const decodePerS = perSecond(o.events, performance.now() - decodeStarted);
        const decodeNodeCpu = process.cpuUsage(decodeCpu0);
        say(`replay with a no-op handler (read + decode only): ${round(decodePerS)} events/s`);

        const raw2 = await rawOrderedRead(reader.nc, stream, readBuffer);
        say(`raw ordered read again: ${round(perSecond(raw2.count, raw2.ms))} msgs/s`);
        const rawPerS = Math.max(perSecond(raw1.count, raw1.ms), perSecond(raw2.count, raw2.ms));

        const rebuildStarted = performance.now();
        const rebuilt = await rebuildProjection(identity.database, usersSeenProjection, { pageSize: o['rebuild-page'] });
        const rebuildMs = performance.now() - rebuildStarted;
        if (rebuilt.applied !== o.events) throw new Error(`rebuild applied ${rebuilt.applied} of ${o.events} events`);
        const rebuildPerS = perSecond(o.events, rebuildMs);
        say(`event-store rebuild (rebuildProjection from PostgreSQL): ${round(rebuildPerS)} events/s`);

        const ratio = replayPerS / rawPerS;
        say(`cpu (cores busy) during replay: ${Object.entries(cpu).map(([k, v]) => `${k} ${v}`).join(', ')}`);
        // CPU per event holds up on a shared machine where the rates above follow the load.
        const perEvent = (usage: NodeJS.CpuUsage) => round((usage.user + usage.system) / o.events, 1);
        const handlerShare = round(handlerMs / replayMs, 2);
        say(`this process's CPU per event: replay ${perEvent(replayNodeCpu)} µs, read + decode ${perEvent(decodeNodeCpu)} µs; the handler (apply) ran ${round(handlerShare * 100)}% of the replay, in ${batches} batches`);
        say(`ratio ${round(ratio, 3)} of raw ordered read (target ${TARGET})`);
        const report: Report = {
          benchmark: 'replay', smoke,
          events: o.events,
          replay_batch: o['replay-batch'],
          // Batches grow (up to 4 × replay-batch) while the handler is busy with the previous one.
          replay_batches: batches,
          events_per_s: round(replayPerS),
          duration_ms: round(replayMs),
          decode_only_events_per_s: round(decodePerS),
          rebuild_events_per_s: round(rebuildPerS),
          rebuild_page: o['rebuild-page'],
          cpu_cores_busy: cpu,
          node_cpu_us_per_event: { replay: perEvent(replayNodeCpu), decode_only: perEvent(decodeNodeCpu) },
          // PostgreSQL's backends, during the replay: what the projection's writes cost the database per event.
          postgres_cpu_us_per_event: cpu1['postgres'] === undefined ? null : round(((cpu1['postgres'] - (cpu0['postgres'] ?? 0)) * 1e6) / o.events, 1),
          handler_share: handlerShare,
          baseline: { raw_ordered_read_msgs_per_s: round(rawPerS), reads_msgs_per_s: [round(perSecond(raw1.count, raw1.ms)), round(perSecond(raw2.count, raw2.ms))] },
          ...verdict(ratio, TARGET, infra.versions),
        };
        return report;
      } finally {
        await reader.close();
        await identity.close();
      }
    });
  },
};

/** Fills identity's event store and, through its real outbox relay, the stream. */
async function fill(identity: Identity, count: number, perTx: number): Promise<void> {
  say(`filling: ${count} events through the event store and the outbox relay`);
  const started = performance.now();
  const timer = setInterval(() => say(`  relayed ${identity.relay.published}`), 2000);
  try {
    await identity.registerBulk(count, perTx);
    while (identity.relay.published < count || (await identity.outboxSize()) > 0) await new Promise((r) => setTimeout(r, 50));
  } finally {
    clearInterval(timer);
  }
  say(`filled in ${round((performance.now() - started) / 1000, 1)} s`);
}
