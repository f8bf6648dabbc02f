import { connect } from '@nats-io/transport-node';
import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { TestClock, createTestDatabase, eventually, testBus } from './index.js';

describe('libs/testing', () => {
  const dbs: Array<{ drop: () => Promise<void> }> = [];
  afterAll(async () => {
    for (const db of dbs) await db.drop();
  });

  it('gives each suite its own database on the run PostgreSQL', async () => {
    const a = await createTestDatabase();
    const b = await createTestDatabase();
    dbs.push(a, b);
    expect(a.name).not.toBe(b.name);
    const sql = postgres(a.url, { max: 1 });
    const [row] = await sql`select current_database() as name`;
    await sql.end();
    expect(row?.['name']).toBe(a.name);
  });

  it('gives each suite a JetStream-enabled nats-server and its own namespace', async () => {
    const one = testBus();
    const two = testBus();
    expect(one.namespace).not.toBe(two.namespace);
    const nc = await connect({ servers: one.natsUrl });
    const info = nc.info;
    await nc.close();
    expect(info?.jetstream).toBe(true);
  });

  it('has a clock that moves only when told', () => {
    const clock = new TestClock('2026-03-01T09:00:00Z');
    expect(clock.now().toISOString()).toBe('2026-03-01T09:00:00.000Z');
    clock.advanceDays(7);
    expect(clock.now().toISOString()).toBe('2026-03-08T09:00:00.000Z');
  });

  it('eventually fails with the message when the condition never holds', async () => {
    await expect(eventually(() => false, { timeoutMs: 50, message: 'never' })).rejects.toThrow(/never/);
  });
});
