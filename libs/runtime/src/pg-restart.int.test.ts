// PostgreSQL is killed (SIGKILL of the postmaster) under a running workload
// and started again on the same data directory and port. This suite runs its
// own PostgreSQL for that: the run's shared one is never touched.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { callRpc, endpoint, eventPublisher, type StoredEvent } from '@keywarden/bus';
import { appendToStream } from '@keywarden/event-store';
import { eventually, freePort, scrapeMetric, sleep, startPostgres, testBus, testRoot, uniqueName } from '@keywarden/testing';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig, startService, type RunningService } from './index.js';

type LogLine = { service: string; replica: string; msg: string; level: number };
/** Every service's log lines, in the order they were written (one process: that is the order things happened). */
const lines: LogLine[] = [];
const logTo = (service: string, replica: string) =>
  new Writable({
    write: (chunk: Buffer, _e, cb) => {
      for (const text of chunk.toString().split('\n').filter(Boolean)) {
        const { msg, level } = JSON.parse(text) as { msg: string; level: number };
        lines.push({ service, replica, msg, level });
      }
      cb();
    },
  });

const crashes: unknown[] = [];
const onCrash = (error: unknown) => crashes.push(error);
process.on('uncaughtException', onCrash);
process.on('unhandledRejection', onCrash);

const dataDir = join(testRoot(), uniqueName('pg-restart-'));
const password = 'restart';
let pg: Awaited<ReturnType<typeof startPostgres>> | undefined;
const running: RunningService[] = [];
afterAll(async () => {
  for (const service of running.reverse()) await service.stop();
  await pg?.stop();
  await rm(dataDir, { recursive: true, force: true });
  process.off('uncaughtException', onCrash);
  process.off('unhandledRejection', onCrash);
});

/** Starts PostgreSQL on the data directory; after a SIGKILL it retries until the old backends are gone. */
async function startOwnPostgres(port: number) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startPostgres({ dataDir, port, password, persistent: true });
    } catch (error) {
      if (attempt >= 20) throw error;
      await sleep(250);
    }
  }
}

const userRegistered = (n: number) => {
  const userId = randomUUID();
  return { streamId: `user-${userId}`, event: { type: 'UserRegistered', data: { userId, email: `u${n}@example.com`, displayName: `U${n}`, method: 'password', roles: [] } } };
};

describe('a PostgreSQL restart', () => {
  it('is ridden out: no crash, 503 while down, every committed event published once, no dead letters, one relay leader', async () => {
    const port = await freePort();
    pg = await startOwnPostgres(port);
    const admin = postgres(pg.adminUrl(), { max: 1, onnotice: () => {} });
    await admin.unsafe('create database producer');
    await admin.unsafe('create database consumer');
    await admin.end();
    const { natsUrl, namespace } = testBus();
    const env = (service: string, database: string, http = false) => ({
      KW_SERVICE_NAME: service, KW_NATS_URL: natsUrl, KW_BUS_NAMESPACE: namespace, KW_LOG_LEVEL: 'info',
      KW_DATABASE_URL: pg!.adminUrl(database), ...(http ? { KW_HTTP_PORT: '0', KW_HTTP_HOST: '127.0.0.1' } : {}),
    });

    // Two replicas of the producer on one database: two relays compete for leadership; both answer the RPC.
    const producer = (replica: string) =>
      startService(
        {
          name: 'identity',
          context: 'identity',
          build: ({ database }) => ({
            rpc: [endpoint('system.Ping', async () => {
              const [row] = await database!.sql<Array<{ n: number }>>`select count(*)::int as n from events`;
              return { message: String(row?.n ?? 0), service: replica };
            })],
          }),
        },
        loadConfig('identity', env('identity', 'producer')),
        { logDestination: logTo('identity', replica) },
      );
    const a = await producer('a');
    running.push(a);
    const b = await producer('b');
    running.push(b);
    const consumer = await startService(
      {
        name: 'reader',
        consumes: [{ context: 'identity', purpose: 'seen' }],
        build: async ({ database }) => {
          await database!.db.execute(sql`create table if not exists seen (event_id uuid primary key, email text not null)`);
          return {
            consumers: [{
              context: 'identity', purpose: 'seen', types: ['UserRegistered'],
              // Few deliveries and short backoff: an outage counted against messages would park them here.
              maxDeliver: 2, backoffMs: [50],
              handle: async (tx, event) => {
                await tx.execute(sql`insert into seen (event_id, email) values (${event.eventId}, ${String(event.data['email'])})`);
              },
            }],
          };
        },
      },
      loadConfig('reader', env('reader', 'consumer', true)),
      { logDestination: logTo('reader', 'a') },
    );
    running.push(consumer);
    const base = `http://127.0.0.1:${consumer.http!.port}`;

    // Workload: appends through replica a, RPCs through the bus, for the whole test.
    let stop = false;
    let appended = 0;
    const rpcOutcomes: Array<{ at: 'up' | 'down'; code: string }> = [];
    let phase: 'up' | 'down' = 'up';
    const appends = (async () => {
      for (let n = 1; !stop; n++) {
        const { streamId, event } = userRegistered(n);
        await a.deps.database!.db.transaction((tx) => appendToStream(tx, streamId, [event], { expectedVersion: 'no_stream' }))
          .then(() => appended++, () => sleep(50));
      }
    })();
    const rpcs = (async () => {
      while (!stop) {
        const at = phase;
        const code = await callRpc(a.deps.nc, 'system.Ping', { message: 'x' }, { namespace, timeoutMs: 8000 })
          .then(() => 'ok', (error: { code?: string }) => error.code ?? 'unknown');
        rpcOutcomes.push({ at, code });
        await sleep(50);
      }
    })();

    await eventually(async () => (await consumer.deps.database!.sql`select count(*)::int as n from seen`)[0]!['n'] >= 20, { timeoutMs: 20_000 });
    expect([a.relay!.isLeader, b.relay!.isLeader].filter(Boolean)).toHaveLength(1);

    // SIGKILL the postmaster: every backend dies with it, nothing is shut down cleanly.
    const pid = Number(readFileSync(join(dataDir, 'cluster', 'postmaster.pid'), 'utf8').split('\n')[0]);
    process.kill(pid, 'SIGKILL');
    phase = 'down';
    const ready = await eventually(async () => {
      const response = await fetch(`${base}/readyz`);
      return response.status === 503 ? response : undefined;
    }, { timeoutMs: 15_000, message: '/readyz says the database is down' });
    expect(await ready.json()).toMatchObject({ code: 'ERR_UNAVAILABLE', detail: expect.stringContaining('database is unreachable') });
    expect(await scrapeMetric(base, 'keywarden_database_up', { service: 'reader' })).toBe(0);
    // Meanwhile another service publishes events the consumer cannot handle without its database.
    const publish = eventPublisher(a.deps.nc, { source: 'identity', namespace });
    const whileDown: StoredEvent[] = Array.from({ length: 5 }, (_, i) => {
      const { streamId, event } = userRegistered(10_000 + i);
      return { eventId: randomUUID(), type: event.type, streamId, streamVersion: 1, recordedAt: new Date(), data: event.data, metadata: {} };
    });
    expect((await publish(whileDown)).map((o) => o.status)).toEqual(whileDown.map(() => 'acked'));
    await eventually(() => consumer.consumers[0]!.stats.held > 0, { timeoutMs: 15_000, message: 'the consumer holds a batch' });
    await eventually(() => rpcOutcomes.some((o) => o.at === 'down' && o.code === 'ERR_UNAVAILABLE'), { timeoutMs: 15_000 });

    pg = await startOwnPostgres(port);
    phase = 'up';
    const before = appended;
    await eventually(() => appended > before + 20 && rpcOutcomes.at(-1)?.code === 'ok', { timeoutMs: 30_000, message: 'appends and RPCs resume' });
    stop = true;
    await Promise.all([appends, rpcs]);

    // Every event PostgreSQL holds (the source of truth) was published, and handled exactly once.
    const producerSql = a.deps.database!.sql;
    const consumerSql = consumer.deps.database!.sql;
    const committed = (await producerSql<Array<{ event_id: string }>>`select event_id from events`).map((r) => r.event_id);
    const expected = new Set([...committed, ...whileDown.map((e) => e.eventId)]);
    await eventually(async () => (await producerSql`select 1 from outbox limit 1`).length === 0, { timeoutMs: 30_000, message: 'outbox drained' });
    const seen = await eventually(async () => {
      const rows = await consumerSql<Array<{ event_id: string }>>`select event_id from seen`;
      return rows.length >= expected.size ? rows : undefined;
    }, { timeoutMs: 30_000, message: 'the consumer caught up' });
    expect(new Set(seen.map((r) => r.event_id))).toEqual(expected);
    expect(seen).toHaveLength(expected.size);
    expect((await consumerSql`select count(*)::int as n from dead_letters`)[0]!['n']).toBe(0);
    expect((await producerSql`select count(*)::int as n from dead_letters`)[0]!['n']).toBe(0);

    // RPCs: answered or ERR_UNAVAILABLE, never an internal error; answered again at the end.
    expect(new Set(rpcOutcomes.map((o) => o.code))).toEqual(new Set(['ok', 'ERR_UNAVAILABLE']));
    const readyAgain = await eventually(async () => ((await fetch(`${base}/readyz`)).status === 200 ? true : undefined), { timeoutMs: 15_000 });
    expect(readyAgain).toBe(true);
    expect(await scrapeMetric(base, 'keywarden_database_up', { service: 'reader' })).toBe(1);
    expect(await scrapeMetric(base, 'keywarden_database_outages', { service: 'reader' })).toBe(1);

    // Leadership: replayed from the relays' own log lines, in order; never two leaders at once.
    let leaders = new Set<string>();
    let elections = 0;
    for (const line of lines.filter((l) => l.service === 'identity')) {
      if (line.msg === 'outbox relay is leader') {
        leaders = new Set([...leaders, line.replica]);
        elections++;
      } else if (line.msg.startsWith('outbox relay lost leadership')) leaders.delete(line.replica);
      expect(leaders.size).toBeLessThanOrEqual(1);
    }
    expect(elections).toBeGreaterThanOrEqual(2);
    expect([a.relay!.isLeader, b.relay!.isLeader].filter(Boolean)).toHaveLength(1);

    // The outage is a line when it begins and one when it ends per database handle, not a line per
    // failed query (a server still recovering may refuse once more right after it first answered).
    for (const [service, replica] of [['identity', 'a'], ['identity', 'b'], ['reader', 'a']] as const) {
      const own = () => lines.filter((l) => l.service === service && l.replica === replica);
      const gone = own().filter((l) => l.msg.startsWith('database unreachable')).length;
      expect(gone, `${service}/${replica}`).toBeGreaterThanOrEqual(1);
      expect(gone, `${service}/${replica}`).toBeLessThanOrEqual(2);
      await eventually(() => own().filter((l) => l.msg === 'database reachable again').length === gone, { message: `${service}/${replica} says the database is back` });
      expect(own().filter((l) => l.msg === 'outbox relay round failed' || l.msg === 'batch could not be settled')).toEqual([]);
    }
    expect(crashes).toEqual([]);
  }, 120_000);
});
