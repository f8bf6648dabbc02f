// refresh-scheduler: the oauth-broker's scheduler refreshing N GitLab grants
// whose tokens end evenly over two hours, against the GitLab simulator with
// provider latency, time compressed (a controllable clock stepped a minute at
// a time; each step runs every replica's scheduler until nothing is due).
// Baseline: raw refresh_token POSTs to the same simulator, same concurrency.
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { callRpc } from '@keywarden/bus';
import { generateMasterKey } from '@keywarden/crypto';
import { oauthBrokerConfig, oauthBrokerService, type BrokerHandles } from '@keywarden/oauth-broker';
import { loadConfig, startService, type RunningService } from '@keywarden/runtime';
import { startGitLabSimulator } from '@keywarden/simulators';
import { withInfra } from '../infra.js';
import { parseRun, runHelp } from '../options.js';
import { machine, perSecond, round, say, type Benchmark, type Report } from '../report.js';

const spec = {
  accounts: { default: 5_000, help: 'GitLab grants, access tokens ending evenly over two hours' },
  replicas: { default: 2, help: 'broker instances on one database' },
  concurrency: { default: 32, help: 'refreshes in flight per provider per replica' },
  'latency-ms': { default: 50, help: 'simulated provider latency' },
};
/** `--smoke`: seconds, for CI (it proves the benchmark still runs). */
const SMOKE = { accounts: 200, replicas: 2, concurrency: 32, 'latency-ms': 10 };

const quiet = new Writable({ write: (_c, _e, cb) => cb() });
const WINDOW_MS = 2 * 3_600_000;
const RATIO_TARGET = 0.5;
const MINUTES_TARGET = 10;
const STEP_MS = 60_000;

class BenchClock {
  private t = Date.parse('2026-06-01T00:00:00Z');
  now = () => new Date(this.t);
  advance(ms: number) {
    this.t += ms;
  }
}

export const refreshScheduler: Benchmark = {
  help: () => runHelp('refresh-scheduler', spec, SMOKE),
  run: async (args): Promise<Report> => {
    const { smoke, o } = parseRun(spec, SMOKE, args);
    return await withInfra(async (infra) => {
      const clock = new BenchClock();
      const gitlab = await startGitLabSimulator({ latencyMs: o['latency-ms'] });
      gitlab.clock.follow(clock);
      gitlab.addApp({ clientId: 'bench', clientSecret: 'bench-secret' });
      const env = {
        KW_NATS_URL: infra.natsUrl, KW_DATABASE_URL: await infra.serviceDatabase('oauth_broker'), KW_LOG_LEVEL: 'warn',
        KW_MASTER_KEYS: `1:${generateMasterKey()}`, KW_OAUTH_SCHEDULER_INTERVAL_MS: '3600000', KW_OAUTH_SCHEDULER_BATCH: '200',
        KW_OAUTH_PROVIDER_CONCURRENCY: String(o.concurrency), KW_OAUTH_PROVIDER_RATE_PER_SECOND: '0', KW_OAUTH_INLINE_RETRIES: '0',
      };
      const handles: BrokerHandles[] = [];
      const brokers: RunningService[] = [];
      for (let i = 0; i < o.replicas; i++) {
        brokers.push(await startService(oauthBrokerService({ onBuilt: (h) => handles.push(h) }), loadConfig('oauth-broker', env, oauthBrokerConfig), { clock, logDestination: quiet }));
      }
      try {
        const admin = { userId: 'bench-admin', roles: ['admin'], organizationId: '' };
        const { providerAppId } = await callRpc(brokers[0]!.deps.nc, 'oauth.ConfigureProviderApp', {
          actor: admin, provider: 'gitlab', name: 'bench', baseUrl: gitlab.url, clientId: 'bench', clientSecret: 'bench-secret',
        });
        say(`seeding ${o.accounts} grants`);
        const start = clock.now().getTime();
        const seedStarted = performance.now();
        for (let i = 0; i < o.accounts; i += 64) {
          await Promise.all(Array.from({ length: Math.min(64, o.accounts - i) }, async (_, k) => {
            const n = i + k;
            const expiresAt = new Date(start + 15 * 60_000 + Math.floor((n / o.accounts) * WINDOW_MS));
            const tokens = { accessToken: `glpat-${randomUUID()}`, refreshToken: `glrt-${randomUUID()}`, expiresAt, refreshExpiresAt: undefined, scopes: ['api'] };
            gitlab.seedGrant({ clientId: 'bench', userId: n, accessToken: tokens.accessToken, refreshToken: tokens.refreshToken, accessExpiresAt: expiresAt });
            await handles[n % handles.length]!.seedGrant(randomUUID(), {
              providerAppId, provider: 'gitlab', userId: `u${n}`, grantKind: 'user', identity: { externalUserId: String(n), username: `u${n}` }, scopes: ['api'], tokens, params: {},
            });
          }));
        }
        const seedMs = performance.now() - seedStarted;
        say(`seeded in ${round(seedMs / 1000, 1)} s; running ${round((WINDOW_MS + 30 * 60_000) / 60_000)} simulated minutes`);
        let peakRss = process.memoryUsage().rss;
        const before = gitlab.refreshCount();
        const started = performance.now();
        const cpu0 = infra.cpu();
        let busyMs = 0;
        for (let t = 0; t <= WINDOW_MS + 30 * 60_000; t += STEP_MS) {
          clock.advance(STEP_MS);
          const stepStarted = performance.now();
          await Promise.all(handles.map((h) => h.scheduler.drain()));
          busyMs += performance.now() - stepStarted;
          peakRss = Math.max(peakRss, process.memoryUsage().rss);
        }
        const wallMs = performance.now() - started;
        const cpu1 = infra.cpu();
        const refreshes = gitlab.refreshCount() - before;
        const [row] = await brokers[0]!.deps.database!.sql<Array<{ n: number }>>`select count(*)::int as n from events where type = 'TokenRefreshed'`;
        const recorded = row?.n ?? 0;
        const late = gitlab.lateRefreshCount();
        const doubles = gitlab.reusedRefreshCount() + Math.max(0, refreshes - recorded);
        // CPU per refresh holds up on a shared machine where the rates do not: this process (both brokers and
        // the simulator), nats-server and PostgreSQL, over the refresh phase.
        const cpuMsPerRefresh = Object.fromEntries(Object.entries(cpu1).filter(([k]) => cpu0[k] !== undefined)
          .map(([k, v]) => [k, refreshes > 0 ? round(((v - cpu0[k]!) * 1000) / refreshes, 2) : 0]));
        say('raw baseline: refresh_token POSTs straight to the simulator');
        const rawCount = Math.min(o.accounts, 5_000);
        const raw = [];
        for (let n = 0; n < rawCount; n++) {
          const refreshToken = `raw-${randomUUID()}`;
          gitlab.seedGrant({ clientId: 'bench', userId: 10_000_000 + n, accessToken: `raw-a-${n}`, refreshToken, accessExpiresAt: new Date(clock.now().getTime() + 3_600_000) });
          raw.push(refreshToken);
        }
        const rawStarted = performance.now();
        const width = o.concurrency * o.replicas;
        for (let i = 0; i < raw.length; i += width) {
          await Promise.all(raw.slice(i, i + width).map(async (refreshToken) => {
            const res = await fetch(`${gitlab.url}/oauth/token`, {
              method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' },
              body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken, client_id: 'bench', client_secret: 'bench-secret' }).toString(),
            });
            await res.arrayBuffer();
          }));
        }
        const rawRate = perSecond(raw.length, performance.now() - rawStarted);
        const rate = perSecond(refreshes, busyMs);
        const share = refreshes > 0 ? (refreshes - late) / refreshes : 0;
        const ratio = rawRate > 0 ? rate / rawRate : 0;
        const minutes = (seedMs + wallMs) / 60_000;
        return {
          benchmark: 'refresh-scheduler', smoke,
          accounts: o.accounts, replicas: o.replicas, concurrency_per_replica: o.concurrency, provider_latency_ms: o['latency-ms'],
          refreshes, refreshes_recorded: recorded,
          refreshes_per_second_while_busy: round(rate, 1),
          seeding_seconds: round(seedMs / 1000, 1),
          wall_seconds: round(wallMs / 1000, 1),
          minutes_with_seeding: round(minutes, 1),
          share_refreshed_before_expiry: round(share, 4),
          double_refreshes: doubles,
          cpu_ms_per_refresh: cpuMsPerRefresh,
          peak_rss_mb: round(peakRss / 1_048_576),
          baseline: { raw_refreshes_per_second: round(rawRate, 1), note: 'HTTP only, same simulator, same in-flight width' },
          ratio: round(ratio, 3),
          // The bar: every grant before expiry, none refreshed twice, ratio 0.5, and (at 100,000 accounts)
          // seeding and run within 10 minutes.
          target: RATIO_TARGET,
          also_required: { share_refreshed_before_expiry: 1, double_refreshes: 0, minutes_with_seeding: MINUTES_TARGET },
          meets_target: share === 1 && doubles === 0 && ratio >= RATIO_TARGET && minutes <= MINUTES_TARGET,
          machine: machine(infra.versions),
        };
      } finally {
        for (const broker of brokers.reverse()) await broker.stop();
        await gitlab.close();
      }
    });
  },
};
