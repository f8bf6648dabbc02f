// gateway-auth: authenticated requests per second through the gateway app, in
// process with app.request() (no sockets: the figure is the gateway's own cost),
// on the JWT path (access token verified locally; its verification remembered
// by token until it expires) and the PAT path (answer cache warm), beside a
// bare Hono route answering the same JSON, measured in the same run.
// Identity is a stand-in serving its RPC contract (GetJwks,
// VerifyPersonalAccessToken) over the real nats-server; tokens are signed as
// identity signs them (EdDSA, typ at+jwt). The revocation feed follows the
// real EVT_IDENTITY stream throughout.
import { createHash, randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { closeBus, connectBus, endpoint, ensureEventStream, startRpcService } from '@keywarden/bus';
import { gatewayApp, type GatewayDeps } from '@keywarden/gateway';
import { createHttpApp } from '@keywarden/http';
import { createLogger } from '@keywarden/telemetry';
import { Hono } from 'hono';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import { withInfra } from '../infra.js';
import { parseRun, runHelp } from '../options.js';
import { perSecond, percentile, round, say, verdict, type Benchmark, type Report } from '../report.js';

const spec = {
  seconds: { default: 3, help: 'seconds measured per path, in 500 ms turns taken round-robin with the other paths (after a 1 s warm-up each)' },
  concurrency: { default: 16, help: 'requests in flight' },
  'cold-tokens': { default: 5_000, help: 'distinct access tokens for the cold JWT figure (every one verified by signature)' },
};
/** `--smoke`: seconds, for CI (it proves the benchmark still runs). */
const SMOKE = { seconds: 1, concurrency: 16, 'cold-tokens': 500 };

const TARGET = 0.35;
const PATH = '/api/v1/bench/whoami';

export const gatewayAuth: Benchmark = {
  help: () => runHelp('gateway-auth', spec, SMOKE),
  run: async (args) => {
    const { smoke, o } = parseRun(spec, SMOKE, args);
    return await withInfra(async (infra) => {
      const nc = await connectBus({ servers: infra.natsUrl, name: 'bench-gateway-auth' });
      const { privateKey, publicKey } = await generateKeyPair('EdDSA');
      const kid = 'bench-key';
      const jwks = JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid, alg: 'EdDSA', use: 'sig' }] });
      const pat = `kwp_${randomUUID().replace(/-/g, '')}${randomUUID().replace(/-/g, '')}`;
      const patHash = createHash('sha256').update(pat).digest('hex');
      let patChecks = 0;
      const identity = await startRpcService(nc, {
        name: 'identity', version: '0.0.0',
        endpoints: [
          endpoint('identity.GetJwks', async () => ({ jwksJson: jwks })),
          endpoint('identity.VerifyPersonalAccessToken', async ({ tokenHash }) => {
            patChecks++;
            return tokenHash === patHash ? { valid: true, tokenId: 'pat-bench', userId: 'u-bench', roles: [], scopes: ['identity:read'] } : { valid: false };
          }),
        ],
      });
      await ensureEventStream(nc, 'identity');
      const logger = createLogger({ service: 'gateway', level: 'warn', destination: new Writable({ write: (_c, _e, cb) => cb() }) });
      const deps: GatewayDeps = { logger, nc, namespace: undefined, clock: { now: () => new Date() } };
      const built = gatewayApp(deps);
      built.routes.get(PATH, (c) => c.json({ userId: c.get('actor')?.userId ?? 'anonymous' }));
      const app = createHttpApp({ service: 'gateway', logger });
      app.route('/', built.routes as never);
      for (const task of built.tasks) await task.start();
      const bare = new Hono();
      bare.get(PATH, (c) => c.json({ userId: 'u-bench' }));
      try {
        const deadline = Date.now() + 10_000;
        while (Object.values(built.readiness).some((check) => check() !== 'ok')) {
          if (Date.now() > deadline) throw new Error('the gateway did not become ready (JWKS, revocation feed)');
          await new Promise((r) => setTimeout(r, 20));
        }
        const mint = (sub: string) => {
          const now = Math.floor(Date.now() / 1000);
          return new SignJWT({ sid: randomUUID(), roles: [] }).setProtectedHeader({ alg: 'EdDSA', typ: 'at+jwt', kid })
            .setIssuer('https://keywarden.local').setAudience('keywarden-api').setSubject(sub).setJti(randomUUID()).setIssuedAt(now).setExpirationTime(now + 900).sign(privateKey);
        };
        const jwt = await mint('u-bench');
        const url = `http://gateway.local${PATH}`;
        const expect200 = async (res: Response | Promise<Response>) => {
          const r = await res;
          if (r.status !== 200) throw new Error(`unexpected status ${r.status}`);
          await r.arrayBuffer();
        };
        // The paths take turns (round-robin slices of 500 ms), so a change in machine load
        // during the run hits all of them alike instead of skewing the ratio.
        const run = async (call: () => Promise<void>, ms: number, latencies?: number[]) => {
          const stop = performance.now() + ms;
          let count = 0;
          await Promise.all(Array.from({ length: o.concurrency }, async () => {
            while (performance.now() < stop) {
              const t0 = performance.now();
              await call();
              count++;
              if (latencies && count % 16 === 0) latencies.push(performance.now() - t0);
            }
          }));
          return count;
        };
        const paths = [
          { key: 'bare', name: 'bare hono route', call: () => expect200(bare.request(url)) },
          { key: 'anonymous', name: 'gateway app, no credentials (request id, span, access log, middleware pass-through)', call: () => expect200(app.request(url)) },
          { key: 'jwt', name: 'gateway app, Bearer access JWT', call: () => expect200(app.request(url, { headers: { authorization: `Bearer ${jwt}` } })) },
          { key: 'pat', name: 'gateway app, Bearer PAT (cache warm)', call: () => expect200(app.request(url, { headers: { authorization: `Bearer ${pat}` } })) },
        ] as const;
        for (const path of paths) await run(path.call, 1000);
        const checksBefore = patChecks;
        const totals = new Map<string, { count: number; ms: number; latencies: number[] }>(paths.map((p) => [p.key, { count: 0, ms: 0, latencies: [] }]));
        for (let round = 0; round < o.seconds * 2; round++) {
          for (const path of paths) {
            const total = totals.get(path.key)!;
            const t0 = performance.now();
            total.count += await run(path.call, 500, total.latencies);
            total.ms += performance.now() - t0;
          }
        }
        const patRpcCalls = patChecks - checksBefore;
        const figures = Object.fromEntries(paths.map((path) => {
          const { count, ms, latencies } = totals.get(path.key)!;
          latencies.sort((a, b) => a - b);
          const perS = perSecond(count, ms);
          say(`${path.name}: ${round(perS)} requests/s, p50 ${round(percentile(latencies, 50), 3)} ms, p99 ${round(percentile(latencies, 99), 3)} ms`);
          return [path.key, { requests_per_s: round(perS), p50_ms: round(percentile(latencies, 50), 3), p99_ms: round(percentile(latencies, 99), 3) }];
        })) as Record<(typeof paths)[number]['key'], { requests_per_s: number; p50_ms: number; p99_ms: number }>;
        const bareFigures = figures.bare;
        const anonymous = figures.anonymous;
        const jwtFigures = figures.jwt;
        const patFigures = figures.pat;

        say(`minting ${o['cold-tokens']} distinct access tokens for the cold JWT path`);
        const cold = await Promise.all(Array.from({ length: o['cold-tokens'] }, (_, i) => mint(`u-${i}`)));
        let next = 0;
        const coldStarted = performance.now();
        await Promise.all(Array.from({ length: o.concurrency }, async () => {
          while (next < cold.length) {
            const token = cold[next++]!;
            await expect200(app.request(url, { headers: { authorization: `Bearer ${token}` } }));
          }
        }));
        const coldPerS = perSecond(cold.length, performance.now() - coldStarted);
        say(`gateway app, Bearer access JWT, every token new (signature verified each time): ${round(coldPerS)} requests/s`);

        const ratio = Math.min(jwtFigures.requests_per_s, patFigures.requests_per_s) / bareFigures.requests_per_s;
        say(`ratio ${round(ratio, 3)} of the bare route (slower of JWT and PAT; target ${TARGET})`);
        const report: Report = {
          benchmark: 'gateway-auth', smoke,
          transport: 'in-process app.request() (Hono fetch interface, no sockets)',
          concurrency: o.concurrency,
          seconds_per_path: o.seconds,
          jwt: jwtFigures,
          pat: { ...patFigures, identity_rpc_calls_while_measured: patRpcCalls },
          jwt_cold_every_token_new: { requests_per_s: round(coldPerS), tokens: cold.length },
          gateway_without_credentials: anonymous,
          baseline: { bare_hono_route: bareFigures },
          ...verdict(ratio, TARGET, infra.versions),
        };
        return report;
      } finally {
        for (const task of [...built.tasks].reverse()) await task.stop();
        await identity.stop();
        await closeBus(nc);
      }
    });
  },
};
