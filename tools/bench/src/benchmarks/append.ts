// append: the event store's write path alone against a peer on the same PostgreSQL in the same run.
// --writers concurrent writers, each command one new stream and one UserRegistered event in its own
// transaction (fsync on), through four paths measured in alternating rounds:
//   keywarden_command  commandHandler (load, decide, append + outbox, commit)
//   keywarden_append   appendToStream alone in a transaction (append + outbox, commit)
//   emmett_append      Emmett's PostgreSQL event store, appendToStream (its stored function)
//   emmett_command     Emmett's CommandHandler on the same store (aggregate, decide, append)
// The ratio is keywarden_command ÷ emmett_append, the comparison (target 2).
import { randomUUID } from 'node:crypto';
import { CommandHandler, STREAM_DOES_NOT_EXIST } from '@event-driven-io/emmett';
import { getPostgreSQLEventStore } from '@event-driven-io/emmett-postgresql';
import { connectDatabase } from '@keywarden/db';
import { appendToStream, commandHandler, migrateEventStore } from '@keywarden/event-store';
import pg from 'pg';
import { withInfra } from '../infra.js';
import { parseRun, runHelp } from '../options.js';
import { machine, percentile, perSecond, round, say, type Benchmark, type Report } from '../report.js';
import { registerCommand, userDecider, type UserRegistered, type UserState } from '../users.js';

const spec = {
  writers: { default: 16, help: 'concurrent writers (and connections per path)' },
  rounds: { default: 5, help: 'rounds; each path runs once per round, in a rotated order' },
  'per-round': { default: 3_000, help: 'commands per path per round' },
  warmup: { default: 500, min: 0, help: 'commands per path first, not measured' },
};
/** `--smoke`: seconds, for CI (it proves the benchmark still runs). */
const SMOKE = { writers: 16, rounds: 2, 'per-round': 200, warmup: 50 };
const TARGET = 2;
const PATHS = ['keywarden_command', 'keywarden_append', 'emmett_append', 'emmett_command'] as const;
type Path = (typeof PATHS)[number];
type Command = (n: number) => Promise<unknown>;

/** `count` commands over `writers` concurrent writers; the latency of each. */
async function drive(run: Command, count: number, writers: number, from: number) {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: writers }, async () => {
    while (next < count) {
      const n = from + next++;
      const t0 = performance.now();
      await run(n);
      latencies.push(performance.now() - t0);
    }
  }));
  return { ms: performance.now() - started, latencies };
}

const summary = (count: number, ms: number, latencies: number[]) => {
  const sorted = [...latencies].sort((a, b) => a - b);
  return { events_per_s: round(perSecond(count, ms)), p50_ms: round(percentile(sorted, 50), 2), p99_ms: round(percentile(sorted, 99), 2) };
};

export const append: Benchmark = {
  help: () => runHelp('append', spec, SMOKE),
  run: async (args): Promise<Report> => {
    const { smoke, o } = parseRun(spec, SMOKE, args);
    return await withInfra(async (infra) => {
      const database = connectDatabase(await infra.serviceDatabase('kw-append'), { max: o.writers, applicationName: 'keywarden-append' });
      await migrateEventStore(database);
      const emmettUrl = await infra.serviceDatabase('emmett');
      const pool = new pg.Pool({ connectionString: emmettUrl, max: o.writers });
      const store = getPostgreSQLEventStore(emmettUrl, { connectionOptions: { pool } });
      try {
        await store.schema.migrate();
        const handle = commandHandler(database, userDecider);
        const emmettHandle = CommandHandler<UserState, UserRegistered>({ evolve: userDecider.evolve, initialState: userDecider.initialState });
        const paths: Record<Path, Command> = {
          keywarden_command: (n) => {
            const userId = randomUUID();
            return handle(`user-${userId}`, registerCommand(n, userId));
          },
          keywarden_append: (n) => {
            const userId = randomUUID();
            const events = userDecider.decide(registerCommand(n, userId), userDecider.initialState());
            return database.db.transaction((tx) => appendToStream(tx, `user-${userId}`, events, { expectedVersion: 'no_stream' }));
          },
          emmett_append: (n) => {
            const userId = randomUUID();
            const events = userDecider.decide(registerCommand(n, userId), userDecider.initialState());
            return store.appendToStream(`user-${userId}`, events, { expectedStreamVersion: STREAM_DOES_NOT_EXIST });
          },
          emmett_command: (n) => {
            const userId = randomUUID();
            return emmettHandle(store, `user-${userId}`, (state) => userDecider.decide(registerCommand(n, userId), state));
          },
        };
        let n = 0;
        if (o.warmup > 0) {
          say(`warm-up: ${o.warmup} commands per path`);
          for (const path of PATHS) n += (await drive(paths[path], o.warmup, o.writers, n)).latencies.length;
        }
        type Total = { count: number; ms: number; latencies: number[]; rounds: number[]; cpu: Record<string, number> };
        const totals = Object.fromEntries(PATHS.map((p) => [p, { count: 0, ms: 0, latencies: [], rounds: [], cpu: {} }])) as unknown as Record<Path, Total>;
        for (let r = 0; r < o.rounds; r++) {
          // Rotated order: no path always runs first (cold) or right after the same neighbour.
          const order = PATHS.map((_, i) => PATHS[(i + r) % PATHS.length]!);
          const line: string[] = [];
          for (const path of order) {
            const cpu0 = infra.cpu();
            const { ms, latencies } = await drive(paths[path], o['per-round'], o.writers, n);
            const cpu1 = infra.cpu();
            n += latencies.length;
            const t = totals[path];
            for (const [part, seconds] of Object.entries(cpu1)) t.cpu[part] = (t.cpu[part] ?? 0) + seconds - (cpu0[part] ?? 0);
            t.count += latencies.length;
            t.ms += ms;
            t.latencies.push(...latencies);
            t.rounds.push(round(perSecond(latencies.length, ms)));
            line.push(`${path} ${round(perSecond(latencies.length, ms))}/s`);
          }
          say(`round ${r + 1}/${o.rounds}: ${line.join(', ')}`);
        }
        // CPU per event (this process, PostgreSQL) holds up on a shared machine where the rates follow the load.
        const cpuPerEvent = (t: Total) => Object.fromEntries(Object.entries(t.cpu).filter(([part]) => part !== 'nats').map(([part, s]) => [part, round((s * 1e6) / t.count, 1)]));
        const figures = Object.fromEntries(PATHS.map((p) => [p, {
          ...summary(totals[p].count, totals[p].ms, totals[p].latencies),
          rounds_events_per_s: totals[p].rounds,
          cpu_us_per_event: cpuPerEvent(totals[p]),
        }])) as Record<Path, ReturnType<typeof summary> & { rounds_events_per_s: number[]; cpu_us_per_event: Record<string, number> }>;
        const [row] = await database.sql<Array<{ n: number }>>`select count(*)::int as n from events`;
        // Both keywarden paths wrote one event per command: nothing lost, nothing doubled.
        const expected = 2 * (o.warmup + o.rounds * o['per-round']);
        if (row?.n !== expected) throw new Error(`keywarden's event store holds ${row?.n} events, expected ${expected}`);
        const emmettRows = await pool.query<{ n: number }>('select count(*)::int as n from emt_messages');
        if (emmettRows.rows[0]?.n !== expected) throw new Error(`Emmett's event store holds ${emmettRows.rows[0]?.n} events, expected ${expected}`);
        const base = figures.emmett_append.events_per_s;
        const ratio = figures.keywarden_command.events_per_s / base;
        for (const p of PATHS) {
          const cpu = Object.entries(figures[p].cpu_us_per_event).map(([part, us]) => `${part} ${us}`).join(', ');
          say(`${p}: ${figures[p].events_per_s} events/s, p50 ${figures[p].p50_ms} ms, p99 ${figures[p].p99_ms} ms (${round(figures[p].events_per_s / base, 2)} of Emmett's append); CPU µs per event: ${cpu}`);
        }
        return {
          benchmark: 'append', smoke,
          workload: `${o.writers} writers, one new stream and one event per command, each its own transaction, fsync on`,
          writers: o.writers, rounds: o.rounds, per_round: o['per-round'],
          ...figures,
          ratio_append_to_emmett: round(figures.keywarden_append.events_per_s / base, 3),
          ratio_command_to_emmett_command: round(figures.keywarden_command.events_per_s / figures.emmett_command.events_per_s, 3),
          baseline: { what: "Emmett's PostgreSQL event store (@event-driven-io/emmett-postgresql 0.42) appendToStream, same PostgreSQL, same run", ...figures.emmett_append },
          ratio: round(ratio, 3),
          target: TARGET,
          meets_target: ratio >= TARGET,
          machine: machine(infra.versions),
        };
      } finally {
        await store.close();
        await pool.end().catch(() => {});
        await database.close();
      }
    });
  },
};
