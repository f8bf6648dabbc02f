import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { closeBus, connectBus, durableConsumerConfig, ensureEventStream, provisionBus } from '@keywarden/bus';
import { busNames } from '@keywarden/contracts';
import { appendToStream } from '@keywarden/event-store';
import { createTestDatabase, eventually, testBus, type TestDatabase } from '@keywarden/testing';
import { jetstreamManager } from '@nats-io/jetstream';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig, startService, type RunningService, type ServiceDefinition } from './index.js';

// How a service attaches to its durable consumers (libs/runtime bus-attach.ts) on the
// test run's open nats-server. Not provisioned (a NATS user that may not create it)
// is in tools/platform's provisioning test, with deploy/nats's users.
const running: RunningService[] = [];
const dbs: TestDatabase[] = [];
afterAll(async () => {
  for (const service of running.reverse()) await service.stop();
  for (const db of dbs) await db.drop();
});

const logs = () => {
  const lines: Array<Record<string, unknown>> = [];
  const destination = new Writable({
    write: (chunk: Buffer, _e, cb) => {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      cb();
    },
  });
  return { lines, destination };
};

const probe = (consumes: ServiceDefinition['consumes'], purposes: string[]): ServiceDefinition => ({
  name: 'probe',
  consumes,
  build: async ({ database }) => {
    await database!.db.execute(sql`create table if not exists seen (event_id text)`);
    return {
      consumers: purposes.map((purpose) => ({
        context: 'identity' as const, purpose, types: ['UserRegistered'],
        handle: async (tx, event) => void (await tx.execute(sql`insert into seen (event_id) values (${event.eventId})`)),
      })),
    };
  },
});

describe('a service attaching to its durable consumers', () => {
  it('does not start when the consumers it builds are not the ones it declares', async () => {
    const { natsUrl, namespace } = testBus();
    const db = await createTestDatabase('rt_declared');
    dbs.push(db);
    const config = loadConfig('probe', { KW_NATS_URL: natsUrl, KW_DATABASE_URL: db.url, KW_BUS_NAMESPACE: namespace, KW_LOG_LEVEL: 'silent' });
    await expect(startService(probe([{ context: 'identity', purpose: 'alerts' }], ['alerts', 'extra']), config)).rejects.toThrow(
      'probe runs the consumers [probe--alerts on identity, probe--extra on identity] but declares [probe--alerts on identity] in ServiceDefinition.consumes',
    );
  });

  it('never uses a durable configured otherwise (a push consumer), says so in logs and readiness, and attaches once provisioning puts it right', async () => {
    const { natsUrl, namespace } = testBus();
    const stream = busNames(namespace).stream('identity');
    const admin = await connectBus({ servers: natsUrl, name: 'attach-test' });
    try {
      await ensureEventStream(admin, 'identity', { namespace });
      const jsm = await jetstreamManager(admin);
      // The durable under its own name and as the topology has it, but for one thing: it pushes into another subject.
      const expected = durableConsumerConfig({ context: 'identity', durable: 'probe--alerts', namespace });
      await jsm.consumers.add(stream, { ...expected, deliver_subject: `${namespace}.rpc.identity.GetJwks` });
      const db = await createTestDatabase('rt_misconfigured');
      dbs.push(db);
      const log = logs();
      const config = loadConfig('probe', { KW_NATS_URL: natsUrl, KW_DATABASE_URL: db.url, KW_BUS_NAMESPACE: namespace, KW_HTTP_PORT: '0', KW_HTTP_HOST: '127.0.0.1' });
      const service = await startService(probe([{ context: 'identity', purpose: 'alerts' }], ['alerts']), config, { logDestination: log.destination });
      running.push(service);
      expect(service.consumers).toHaveLength(0);
      const readyz = `http://127.0.0.1:${service.http!.port}/readyz`;
      const refused = await fetch(readyz);
      expect(refused.status).toBe(503);
      expect(((await refused.json()) as { detail: string }).detail).toBe('consumer probe--alerts is misconfigured (deliver_subject).');
      const error = log.lines.find((l) => l['target'] === 'consumer probe--alerts' && l['level'] === 'error');
      expect(error?.['msg']).toMatch(/^consumer probe--alerts is configured otherwise than the bus topology and is NOT used: run `npm run kw -- ops provision`/);
      expect(error?.['differences']).toContain(`deliver_subject: "${namespace}.rpc.identity.GetJwks" (expected none)`);
      // Still the push consumer: the service changed nothing.
      expect((await jsm.consumers.info(stream, 'probe--alerts')).config.deliver_subject).toBe(`${namespace}.rpc.identity.GetJwks`);

      const steps = await provisionBus(admin, { namespace, consumers: [{ service: 'probe', purpose: 'alerts', context: 'identity' }] });
      expect(steps.find((s) => s.name === 'probe--alerts')?.action).toBe('recreated');
      await eventually(async () => ((await fetch(readyz)).ok ? true : undefined), { timeoutMs: 10_000, message: 'ready once provisioned' });
      expect(service.consumers).toHaveLength(1);
      const producerDb = await createTestDatabase('rt_attach_producer');
      dbs.push(producerDb);
      const identity = await startService({ name: 'identity', context: 'identity', build: () => ({}) },
        loadConfig('identity', { KW_NATS_URL: natsUrl, KW_DATABASE_URL: producerDb.url, KW_BUS_NAMESPACE: namespace, KW_LOG_LEVEL: 'silent' }));
      running.push(identity);
      const userId = randomUUID();
      await identity.deps.database!.db.transaction((tx) =>
        appendToStream(tx, `user-${userId}`, [{ type: 'UserRegistered', data: { userId, email: 'p@example.com', displayName: 'P', method: 'password', roles: [] } }], { expectedVersion: 'no_stream' }),
      );
      await eventually(async () => ((await service.deps.database!.sql`select 1 from seen`).length === 1 ? true : undefined), { message: 'handled by the repaired consumer' });
      expect(log.lines.some((l) => l['msg'] === 'consumer probe--alerts is there now; attached')).toBe(true);
    } finally {
      await closeBus(admin);
    }
  });
});
