import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { appendToStream } from '@keywarden/event-store';
import { createTestDatabase, eventually, testBus, type TestDatabase } from '@keywarden/testing';
import { sql } from 'drizzle-orm';
import type { HttpEnv } from '@keywarden/http';
import { Hono } from 'hono';
import { afterAll, describe, expect, it } from 'vitest';
import { callRpc, endpoint } from '@keywarden/bus';
import { ConfigError, loadConfig, startService, type RunningService } from './index.js';

const quiet = new Writable({ write: (_c, _e, cb) => cb() });
const running: RunningService[] = [];
const dbs: TestDatabase[] = [];
afterAll(async () => {
  for (const service of running.reverse()) await service.stop();
  for (const db of dbs) await db.drop();
});

describe('loadConfig', () => {
  it('lists every missing or invalid variable by name, never by value', () => {
    let error: unknown;
    try {
      loadConfig('identity', { KW_NATS_URL: 'http://nope', KW_HTTP_PORT: 'x', KW_NATS_PASSWORD: 'hunter2-secret' }, undefined, { database: true });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toEqual(expect.arrayContaining([
      expect.stringContaining('KW_NATS_URL'),
      expect.stringContaining('KW_HTTP_PORT'),
      'KW_DATABASE_URL is missing',
    ]));
    expect(JSON.stringify(problems)).not.toContain('hunter2');
  });

  it('reads the shared variables with their defaults', () => {
    const config = loadConfig('identity', { KW_NATS_URL: 'nats://127.0.0.1:4222', KW_HTTP_PORT: '9000' });
    expect(config).toMatchObject({ serviceName: 'identity', http: { port: 9000, host: '0.0.0.0' }, logLevel: 'info', databaseUrl: undefined });
  });
});

describe('startService', () => {
  it('wires a producer and a consumer service through their outbox, stream, inbox and RPC', async () => {
    const { natsUrl, namespace } = testBus();
    const producerDb = await createTestDatabase('rt_producer');
    const consumerDb = await createTestDatabase('rt_consumer');
    dbs.push(producerDb, consumerDb);
    const env = (db: TestDatabase, name: string) => ({ KW_SERVICE_NAME: name, KW_NATS_URL: natsUrl, KW_DATABASE_URL: db.url, KW_BUS_NAMESPACE: namespace, KW_HTTP_PORT: '0', KW_HTTP_HOST: '127.0.0.1', KW_LOG_LEVEL: 'warn' });

    const identity = await startService(
      { name: 'identity', context: 'identity', build: () => ({ rpc: [endpoint('system.Ping', async (r) => ({ message: `pong ${r.message}`, service: 'identity' }))] }) },
      loadConfig('identity', env(producerDb, 'identity')),
      { logDestination: quiet },
    );
    running.push(identity);
    const gateway = await startService(
      {
        name: 'gateway',
        consumes: [{ context: 'identity', purpose: 'users-seen' }],
        build: async ({ database }) => {
          await database!.db.execute(sql`create table if not exists seen (event_id text, email text)`);
          const routes = new Hono<HttpEnv>();
          routes.get('/seen', async (c) => c.json(await database!.sql`select email from seen order by email`));
          return {
            routes,
            consumers: [{
              context: 'identity',
              purpose: 'users-seen',
              types: ['UserRegistered'],
              handle: async (tx, event) => {
                await tx.execute(sql`insert into seen (event_id, email) values (${event.eventId}, ${String(event.data['email'])})`);
              },
            }],
          };
        },
      },
      loadConfig('gateway', env(consumerDb, 'gateway')),
      { logDestination: quiet },
    );
    running.push(gateway);

    const userId = randomUUID();
    await identity.deps.database!.db.transaction((tx) =>
      appendToStream(tx, `user-${userId}`, [{ type: 'UserRegistered', data: { userId, email: 'rt@example.com', displayName: 'RT', method: 'password', roles: [] } }], { expectedVersion: 'no_stream' }),
    );
    const base = `http://127.0.0.1:${gateway.http!.port}`;
    const seen = await eventually(async () => {
      const rows = (await (await fetch(`${base}/seen`)).json()) as Array<{ email: string }>;
      return rows.length > 0 ? rows : undefined;
    });
    expect(seen).toEqual([{ email: 'rt@example.com' }]);
    expect(await (await fetch(`${base}/healthz`)).json()).toMatchObject({ status: 'ok', service: 'gateway' });
    expect(await (await fetch(`${base}/readyz`)).json()).toEqual({ status: 'ready', checks: { nats: 'ok', database: 'ok', 'consumer gateway--users-seen': 'ok' } });
    const pong = await callRpc(gateway.deps.nc, 'system.Ping', { message: 'hi' }, { namespace });
    expect(pong.message).toBe('pong hi');
    // Both databases carry the event store's tables, migrated at start.
    const tables = await gateway.deps.database!.sql`select table_name from information_schema.tables where table_schema = 'public' order by 1`;
    expect(tables.map((t) => t['table_name'])).toEqual(expect.arrayContaining(['events', 'outbox', 'inbox', 'dead_letters', 'seen']));
  });
});

describe('consumers of a stream that does not exist yet', () => {
  it('start when the producing service creates its stream, without holding up the consumer service', async () => {
    const { natsUrl, namespace } = testBus();
    const consumerDb = await createTestDatabase('rt_late_consumer');
    const producerDb = await createTestDatabase('rt_late_producer');
    dbs.push(consumerDb, producerDb);
    const env = (db: TestDatabase, name: string) => ({ KW_SERVICE_NAME: name, KW_NATS_URL: natsUrl, KW_DATABASE_URL: db.url, KW_BUS_NAMESPACE: namespace, KW_LOG_LEVEL: 'warn' });
    const notifier = await startService(
      {
        name: 'notifier',
        consumes: [{ context: 'identity', purpose: 'late' }],
        build: async ({ database }) => {
          await database!.db.execute(sql`create table if not exists seen (event_id text, email text)`);
          return {
            consumers: [{
              context: 'identity',
              purpose: 'late',
              types: ['UserRegistered'],
              handleBatch: async (tx, events) => {
                for (const event of events) await tx.execute(sql`insert into seen (event_id, email) values (${event.eventId}, ${String(event.data['email'])})`);
              },
            }],
          };
        },
      },
      loadConfig('notifier', env(consumerDb, 'notifier')),
      { logDestination: quiet },
    );
    running.push(notifier);
    expect(notifier.consumers).toHaveLength(0);

    const identity = await startService({ name: 'identity', context: 'identity', build: () => ({}) }, loadConfig('identity', env(producerDb, 'identity')), { logDestination: quiet });
    running.push(identity);
    const userId = randomUUID();
    await identity.deps.database!.db.transaction((tx) =>
      appendToStream(tx, `user-${userId}`, [{ type: 'UserRegistered', data: { userId, email: 'late@example.com', displayName: 'L', method: 'password', roles: [] } }], { expectedVersion: 'no_stream' }),
    );
    const rows = await eventually(async () => {
      const r = await notifier.deps.database!.sql`select email from seen`;
      return r.length > 0 ? r : undefined;
    }, { timeoutMs: 15_000 });
    expect(rows.map((r) => r['email'])).toEqual(['late@example.com']);
    expect(notifier.consumers).toHaveLength(1);
  });
});
