// refresh-grants: identity's refresh path end to end through the app layer
// (look up the token, rotate it, append SessionRefreshed with its projection and
// outbox row, sign an EdDSA access JWT, encrypt the grace pair), each worker
// refreshing its own session's chain. Baseline, same run, same pool and
// concurrency: the least a durable rotation costs, one transaction that marks a
// row spent and inserts its successor. The ratio says what the event store,
// projection, snapshot, JWT and grace pair add on top of that floor; the
// issue's absolute target (1,000/s) is reported beside it.
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { generateMasterKey } from '@keywarden/crypto';
import { buildAuthArea, identityConfig, identityService, type AuthInternals } from '@keywarden/identity';
import { loadConfig, startService } from '@keywarden/runtime';
import { withInfra } from '../infra.js';
import { parseRun, runHelp } from '../options.js';
import { perSecond, percentile, round, say, verdict, type Benchmark, type Report } from '../report.js';

const spec = {
  refreshes: { default: 20_000, min: 100, help: 'refreshes measured (after a warm-up of 500)' },
  concurrency: { default: 16, min: 1, help: 'sessions refreshing at once (one chain each)' },
};
/** `--smoke`: seconds, for CI (it proves the benchmark still runs). */
const SMOKE = { refreshes: 300, concurrency: 16 };

// Refresh does ~7 statements in its transaction plus a look-up, a JWT signature and
// an AES-GCM seal; the baseline does 2 statements. A third of the floor is the goal.
const TARGET = 0.33;
const ABSOLUTE_TARGET_PER_S = 1_000;
const quiet = new Writable({ write: (_c, _e, cb) => cb() });
const client = { ip: '127.0.0.1', userAgent: 'bench' };

export const refreshGrants: Benchmark = {
  help: () => runHelp('refresh-grants', spec, SMOKE),
  run: async (args): Promise<Report> => {
    const { smoke, o } = parseRun(spec, SMOKE, args);
    const warmup = Math.min(500, o.refreshes);
    return await withInfra(async (infra) => {
      const env = {
        KW_NATS_URL: infra.natsUrl, KW_DATABASE_URL: await infra.serviceDatabase('identity'), KW_LOG_LEVEL: 'warn',
        KW_MASTER_KEYS: `1:${generateMasterKey()}`,
      };
      let auth: AuthInternals | undefined;
      const service = await startService(
        identityService({
          onBuilt: (deps) => buildAuthArea(deps, {
            pats: { revokeAllOfUser: async () => 0, purge: async () => ({ purged: 0, remaining: 0, valid: 0 }) },
            // The benchmark signs up through the auth area alone: password sign-in as on a fresh installation.
            instance: { passwordSignInEnabled: async () => true, lockSignInMethods: async () => ({ passwordSignInDisabled: false }) },
          }, (a) => (auth = a)),
        }),
        loadConfig('identity', env, identityConfig, { database: true, masterKeys: true }),
        { logDestination: quiet },
      );
      try {
        const sql = service.deps.database!.sql;
        const { user } = await auth!.users.signUp({ email: 'bench@example.com', password: 'bench password 1234', displayName: 'Bench' });
        const chains = await Promise.all(Array.from({ length: o.concurrency }, () => auth!.sessions.open({ userId: user.userId, method: 'password', client })));
        const tokens = chains.map((s) => s.refreshToken);

        const latencies: number[] = [];
        const refreshRun = async (count: number, record: boolean) => {
          let next = 0;
          await Promise.all(tokens.map(async (_, w) => {
            while (next++ < count) {
              const t0 = performance.now();
              tokens[w] = (await auth!.sessions.refresh(tokens[w]!, client)).refreshToken;
              if (record) latencies.push(performance.now() - t0);
            }
          }));
        };
        say(`warming up: ${warmup} refreshes over ${o.concurrency} sessions`);
        await refreshRun(warmup, false);
        say(`measuring ${o.refreshes} refreshes`);
        const cpu0 = infra.cpu();
        const started = performance.now();
        await refreshRun(o.refreshes, true);
        const refreshMs = performance.now() - started;
        const cpu = infra.cpuLoad(cpu0, infra.cpu(), refreshMs);
        say(`cpu (cores busy): ${Object.entries(cpu).map(([k, v]) => `${k} ${v}`).join(', ')}`);
        const refreshPerS = perSecond(o.refreshes, refreshMs);
        say(`refresh: ${round(refreshPerS)}/s`);

        await sql`create table bench_rotation (id text primary key, chain int not null, status text not null, created_at timestamptz not null)`;
        const heads = await Promise.all(Array.from({ length: o.concurrency }, async (_, chain) => {
          const id = randomUUID();
          await sql`insert into bench_rotation values (${id}, ${chain}, 'active', now())`;
          return id;
        }));
        const baselineRun = async (count: number) => {
          let next = 0;
          await Promise.all(heads.map(async (_, w) => {
            while (next++ < count) {
              const id = randomUUID();
              await sql.begin(async (tx) => {
                await tx`update bench_rotation set status = 'rotated' where id = ${heads[w]!} and status = 'active'`;
                await tx`insert into bench_rotation values (${id}, ${w}, 'active', now())`;
              });
              heads[w] = id;
            }
          }));
        };
        await baselineRun(warmup);
        say(`baseline: ${o.refreshes} update+insert transactions`);
        const baseStart = performance.now();
        await baselineRun(o.refreshes);
        const baselineMs = performance.now() - baseStart;
        const baselinePerS = perSecond(o.refreshes, baselineMs);
        say(`baseline: ${round(baselinePerS)}/s`);

        const sorted = latencies.sort((a, b) => a - b);
        const [events] = await sql`select count(*)::int as n from events where type = 'SessionRefreshed'`;
        return {
          benchmark: 'refresh-grants', smoke,
          refreshes: o.refreshes,
          concurrency: o.concurrency,
          pool: 10, // the runtime's pool size for a service
          refreshes_per_s: round(refreshPerS),
          // Cores busy while refreshing: how far from saturating the machine (Node waits on round trips when low).
          cpu_cores_busy: cpu,
          p50_ms: round(percentile(sorted, 50), 2),
          p99_ms: round(percentile(sorted, 99), 2),
          session_refreshed_events: events?.['n'],
          absolute_target_per_s: ABSOLUTE_TARGET_PER_S,
          meets_absolute_target: refreshPerS >= ABSOLUTE_TARGET_PER_S,
          baseline: { what: 'one transaction: update the spent row, insert its successor (same pool, same concurrency)', transactions_per_s: round(baselinePerS) },
          ...verdict(refreshPerS / baselinePerS, TARGET, infra.versions),
        };
      } finally {
        await service.stop();
      }
    });
  },
};
