// notifications: credential warnings through the notifier's bus consumer, its delivery
// rows and worker, and the signed-webhook channel to a local receiver, beside raw signed
// POSTs of the same bodies to the same receiver.
import { createHmac, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { callRpc, closeBus, connectBus, ensureEventStream } from '@keywarden/bus';
import { encodeEvent } from '@keywarden/contracts';
import { generateMasterKey } from '@keywarden/crypto';
import { notifierConfig, notifierService, notifierSettings } from '@keywarden/notifier';
import { loadConfig, startService } from '@keywarden/runtime';
import { rawPublish } from '../baselines.js';
import { withInfra } from '../infra.js';
import { parseRun, runHelp } from '../options.js';
import { perSecond, round, say, verdict, type Benchmark, type Report } from '../report.js';

const spec = {
  events: { default: 5_000, help: 'RefreshTokenExpiring events, each one notification' },
  'worker-batch': { default: 100, help: 'deliveries the worker claims and sends concurrently per pass' },
};
/** `--smoke`: seconds, for CI (it proves the benchmark still runs). */
const SMOKE = { events: 200, 'worker-batch': 50 };

const TARGET = 0.5;
const SECRET = `whsec_${Buffer.alloc(32, 9).toString('base64')}`;

/** A webhook receiver that counts deliveries by webhook-id and checks every signature. */
async function receiver() {
  const key = Buffer.from(SECRET.slice('whsec_'.length), 'base64');
  const ids = new Set<string>();
  let posts = 0;
  let badSignatures = 0;
  let last = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const id = String(req.headers['webhook-id']);
      const signature = createHmac('sha256', key).update(`${id}.${String(req.headers['webhook-timestamp'])}.${Buffer.concat(chunks).toString('utf8')}`).digest('base64');
      if (req.headers['webhook-signature'] !== `v1,${signature}`) badSignatures++;
      posts++;
      ids.add(id);
      last = performance.now();
      res.writeHead(204).end();
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    stats: () => ({ posts, distinct: ids.size, badSignatures, last }),
    reset: () => {
      ids.clear();
      posts = 0;
      badSignatures = 0;
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/** Raw baseline: the same kind of signed body POSTed straight to the receiver, `window` in flight. */
async function rawPosts(url: string, count: number, window: number): Promise<number> {
  const key = Buffer.from(SECRET.slice('whsec_'.length), 'base64');
  const started = performance.now();
  for (let i = 0; i < count; i += window) {
    await Promise.all(
      Array.from({ length: Math.min(window, count - i) }, async () => {
        const id = randomUUID();
        const ts = Math.floor(Date.now() / 1000);
        const body = JSON.stringify({ type: 'notification.refresh_token_expiring', timestamp: new Date().toISOString(), data: { deliveryId: id, title: 'Refresh token expiry warning' } });
        const signature = `v1,${createHmac('sha256', key).update(`${id}.${ts}.${body}`).digest('base64')}`;
        const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'webhook-id': id, 'webhook-timestamp': String(ts), 'webhook-signature': signature }, body });
        await res.arrayBuffer();
      }),
    );
  }
  return perSecond(count, performance.now() - started);
}

export const notifications: Benchmark = {
  help: () => runHelp('notifications', spec, SMOKE),
  run: async (args) => {
    const { smoke, o } = parseRun(spec, SMOKE, args);
    return await withInfra(async (infra) => {
      const hook = await receiver();
      const nc = await connectBus({ servers: infra.natsUrl, name: 'bench-notifications' });
      const databaseUrl = await infra.serviceDatabase('notifier');
      const env = {
        KW_NATS_URL: infra.natsUrl, KW_DATABASE_URL: databaseUrl, KW_LOG_LEVEL: 'warn', KW_MASTER_KEYS: `1:${generateMasterKey()}`,
        KW_NOTIFIER_POLL_MS: '20', KW_NOTIFIER_ALLOW_PRIVATE_TARGETS: 'true', KW_NOTIFIER_WORKER_BATCH: String(o['worker-batch']),
      };
      const config = loadConfig('notifier', env, notifierConfig, { database: true, masterKeys: true });
      const quiet = new Writable({ write: (_c, _e, cb) => cb() });
      const service = await startService(notifierService(() => notifierSettings(config.extra)), config, { logDestination: quiet });
      try {
        await ensureEventStream(nc, 'oauth');
        const userId = randomUUID();
        const actor = { userId };
        const { channel } = await callRpc(nc, 'notify.CreateChannel', { actor, owner: { userId }, kind: 'webhook', name: 'bench', locale: 'en', url: hook.url, signingSecret: SECRET });
        await callRpc(nc, 'notify.CreateSubscription', { actor, owner: { userId }, channelId: channel!.channelId!, kinds: [] });

        const rawPerS1 = await rawPosts(hook.url, Math.min(o.events, 2000), o['worker-batch']);
        say(`raw signed webhook POSTs: ${round(rawPerS1)} posts/s`);
        hook.reset();

        const expiresAt = new Date(Date.now() + 7 * 86_400_000).toISOString();
        const messages = Array.from({ length: o.events }, () => {
          const accountId = randomUUID();
          return encodeEvent({
            eventId: randomUUID(), type: 'RefreshTokenExpiring', streamId: `account-${accountId}`, streamVersion: 1, time: new Date().toISOString(), source: 'bench',
            data: { accountId, provider: 'gitlab', userId, daysLeft: 7, thresholdDays: 7, expiresAt, generation: 1 },
          });
        });
        say(`publishing ${o.events} RefreshTokenExpiring events while the notifier runs`);
        const started = performance.now();
        const published = await rawPublish(nc, messages, 500);
        say(`published in ${round(published.ms)} ms; waiting for the webhooks`);
        let lastSay = performance.now();
        while (hook.stats().posts < o.events) {
          await new Promise((r) => setTimeout(r, 20));
          if (performance.now() - lastSay > 2000) {
            lastSay = performance.now();
            const [n] = await service.deps.database!.sql<Array<{ n: number }>>`select count(*)::int as n from notify_deliveries`;
            say(`  ${n?.n} deliveries enqueued, ${hook.stats().posts} webhooks received`);
          }
          if (performance.now() - started > 600_000) throw new Error('notifications did not all arrive within 10 minutes');
        }
        const totalMs = hook.stats().last - started;
        // Settle: every outcome recorded, and no extra delivery follows (exactly once per event and channel).
        let rows: { sent: number; other: number } | undefined;
        for (let i = 0; i < 200; i++) {
          [rows] = await service.deps.database!.sql<Array<{ sent: number; other: number }>>`
            select count(*) filter (where status = 'sent')::int as sent, count(*) filter (where status <> 'sent')::int as other from notify_deliveries`;
          if (rows?.sent === o.events) break;
          await new Promise((r) => setTimeout(r, 50));
        }
        await new Promise((r) => setTimeout(r, 500));
        const stats = hook.stats();
        if (rows?.sent !== o.events || rows.other !== 0) throw new Error(`${rows?.sent} deliveries recorded as sent, ${rows?.other} not, for ${o.events} events`);
        if (stats.posts !== o.events || stats.distinct !== o.events || stats.badSignatures > 0) {
          throw new Error(`receiver saw ${stats.posts} posts, ${stats.distinct} distinct ids, ${stats.badSignatures} bad signatures for ${o.events} events`);
        }
        const perS = perSecond(o.events, totalMs);
        say(`end to end: ${round(perS)} notifications/s, each recorded once as sent`);

        hook.reset();
        const rawPerS2 = await rawPosts(hook.url, Math.min(o.events, 2000), o['worker-batch']);
        say(`raw signed webhook POSTs again: ${round(rawPerS2)} posts/s`);
        const rawPerS = Math.max(rawPerS1, rawPerS2);
        const ratio = perS / rawPerS;
        say(`ratio ${round(ratio, 3)} of raw POSTs (target ${TARGET})`);
        const report: Report = {
          benchmark: 'notifications', smoke,
          events: o.events,
          worker_batch: o['worker-batch'],
          notifications_per_s: round(perS),
          duration_ms: round(totalMs),
          publish_ms: round(published.ms),
          delivered_exactly_once: true,
          baseline: { raw_webhook_posts_per_s: round(rawPerS), posts_per_s: [round(rawPerS1), round(rawPerS2)] },
          ...verdict(ratio, TARGET, infra.versions),
        };
        return report;
      } finally {
        await service.stop();
        await closeBus(nc);
        await hook.close();
      }
    });
  },
};
