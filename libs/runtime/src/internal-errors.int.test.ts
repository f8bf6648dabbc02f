// An unexpected error where it happens: a database error inside a service's
// RPC handler, and inside a consumer's handler, is logged by that service with
// its cause (type, PostgreSQL code and routine) and the trace id of the call or
// event, never with the request's secret fields or the values PostgreSQL and
// drizzle put in their messages; the caller gets ERR_INTERNAL and nothing more.
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { callRpc, endpoint } from '@keywarden/bus';
import { appendToStream } from '@keywarden/event-store';
import { getTracer, injectTraceContext, withSpan } from '@keywarden/telemetry';
import { createTestDatabase, eventually, testBus, type TestDatabase } from '@keywarden/testing';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig, startService, type RunningService } from './index.js';

const SECRET = 'correct-horse-battery-staple-7Qx';
const lines: Array<Record<string, unknown>> = [];
const destination = new Writable({
  write(chunk: Buffer, _encoding, callback) {
    for (const line of chunk.toString().split('\n')) if (line.trim()) lines.push(JSON.parse(line) as Record<string, unknown>);
    callback();
  },
});
const running: RunningService[] = [];
const dbs: TestDatabase[] = [];
afterAll(async () => {
  for (const service of running.reverse()) await service.stop();
  for (const db of dbs) await db.drop();
});

describe('unexpected errors are explained by the service that hits them', () => {
  it('logs a database error inside an RPC handler with its cause and trace id, without the secret', async () => {
    const { natsUrl, namespace } = testBus();
    const db = await createTestDatabase('rt_internal');
    dbs.push(db);
    const env = { KW_NATS_URL: natsUrl, KW_DATABASE_URL: db.url, KW_BUS_NAMESPACE: namespace, KW_LOG_LEVEL: 'info' };
    const identity = await startService({
      name: 'identity',
      build: ({ database }) => ({
        rpc: [endpoint('identity.SignIn', async (request) => {
          // A bug: the password cast to uuid. PostgreSQL quotes the value in its message, drizzle adds "params: …".
          await database!.db.execute(sql`select ${request.password}::uuid`);
          return {};
        })],
      }),
    }, loadConfig('identity', env), { logDestination: destination });
    running.push(identity);

    let traceId = '';
    const error = await withSpan(getTracer('test'), 'caller', {}, async (span) => {
      traceId = span.spanContext().traceId;
      return await callRpc(identity.deps.nc, 'identity.SignIn', { email: 'ann@example.com', password: SECRET }, { namespace }).catch((e: unknown) => e);
    });
    expect(error).toMatchObject({ code: 'ERR_INTERNAL', status: 500 });
    expect(JSON.stringify(error)).not.toContain(SECRET);

    const failed = lines.filter((line) => line['msg'] === 'rpc handler failed unexpectedly');
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({
      level: 'error', service: 'identity', trace_id: traceId, rpc: `${namespace}.rpc.identity.SignIn`,
      error: { type: 'DrizzleQueryError', cause: { type: 'PostgresError', code: '22P02', message: 'invalid input syntax for type uuid: "…"', pg: { routine: 'string_to_uuid' } } },
    });
    expect(JSON.stringify(lines)).not.toContain(SECRET);
  });

  it('logs a consumer handler failure with its cause and the event trace id, without the event data', async () => {
    const { natsUrl, namespace } = testBus();
    const producerDb = await createTestDatabase('rt_internal_p');
    const consumerDb = await createTestDatabase('rt_internal_c');
    dbs.push(producerDb, consumerDb);
    const env = (db: TestDatabase) => ({ KW_NATS_URL: natsUrl, KW_DATABASE_URL: db.url, KW_BUS_NAMESPACE: namespace, KW_LOG_LEVEL: 'info' });
    const producer = await startService({ name: 'identity', context: 'identity', build: () => ({}) }, loadConfig('identity', env(producerDb)), { logDestination: destination });
    running.push(producer);
    const consumer = await startService({
      name: 'notifier',
      consumes: [{ context: 'identity', purpose: 'broken' }],
      build: () => ({
        consumers: [{
          context: 'identity', purpose: 'broken', types: ['UserRegistered'], maxDeliver: 1,
          handle: async (tx, event) => {
            await tx.execute(sql`select ${String(event.data['displayName'])}::int`);
          },
        }],
      }),
    }, loadConfig('notifier', env(consumerDb)), { logDestination: destination });
    running.push(consumer);

    const userId = randomUUID();
    let traceId = '';
    await withSpan(getTracer('test'), 'register', {}, async (span) => {
      traceId = span.spanContext().traceId;
      // What the command handler does: the appending span's context travels in the event's metadata.
      const metadata = injectTraceContext({});
      await producer.deps.database!.db.transaction((tx) => appendToStream(tx, `user-${userId}`, [{
        type: 'UserRegistered', data: { userId, email: 'bob@example.com', displayName: SECRET, method: 'password', roles: [] },
      }], { expectedVersion: 'no_stream', metadata }));
    });
    const parked = await eventually(() => lines.find((line) => line['msg'] === 'message parked' && line['consumer'] === 'notifier--broken'));
    expect(parked).toMatchObject({
      level: 'error', service: 'notifier', trace_id: traceId,
      error: { type: 'DrizzleQueryError', cause: { type: 'PostgresError', code: '22P02', pg: { routine: 'pg_strtoint32_safe' } } },
    });
    expect(JSON.stringify(lines)).not.toContain(SECRET);
  });
});
