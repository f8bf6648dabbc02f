import { withInfra } from '../src/infra.js';
import { connectDatabase } from '@keywarden/db';
import { migrateEventStore } from '@keywarden/event-store';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';

const writers = 16;
await withInfra(async (infra) => {
  const database = connectDatabase(await infra.serviceDatabase('identity'), { max: writers + 4 });
  await migrateEventStore(database);
  const payloadOf = (streamId: string) => JSON.stringify([{ id: randomUUID(), type: 'UserRegistered', data: { userId: streamId, email: 'a@b.c', displayName: 'x', method: 'password', roles: ['member'] } }]);
  const drizzleCmd = (id: string) => database.db.transaction(async (tx) => {
    await tx.execute(sql`select global_position, stream_id, stream_version, event_id, type, data, metadata, recorded_at from events where stream_id = ${id} order by stream_version`);
    await tx.execute(sql`
      with cur as (select coalesce(max(stream_version), 0) as v from events where stream_id = ${id}),
      ins as (
        insert into events (stream_id, stream_version, event_id, type, data, metadata)
        select ${id}, cur.v + e.ord, (e.val->>'id')::uuid, e.val->>'type', e.val->'data', ${'{}'}::jsonb
        from cur, jsonb_array_elements(${payloadOf(id)}::jsonb) with ordinality as e(val, ord)
        where ${0}::int < 0 or cur.v = ${0}::int order by e.ord
        returning global_position, stream_id, stream_version, event_id, type, data, metadata, recorded_at),
      ob as (insert into outbox (global_position, event_id) select global_position, event_id from ins)
      select ins.*, pg_notify('kw_outbox', '') from ins order by stream_version`);
  });
  const preparedCmd = (id: string) => database.sql.begin(async (tx) => {
    await tx`select global_position, stream_id, stream_version, event_id, type, data, metadata, recorded_at from events where stream_id = ${id} order by stream_version`;
    await tx`
      with cur as (select coalesce(max(stream_version), 0) as v from events where stream_id = ${id}),
      ins as (
        insert into events (stream_id, stream_version, event_id, type, data, metadata)
        select ${id}, cur.v + e.ord, (e.val->>'id')::uuid, e.val->>'type', e.val->'data', ${'{}'}::jsonb
        from cur, jsonb_array_elements(${payloadOf(id)}::jsonb) with ordinality as e(val, ord)
        where ${0}::int < 0 or cur.v = ${0}::int order by e.ord
        returning global_position, stream_id, stream_version, event_id, type, data, metadata, recorded_at),
      ob as (insert into outbox (global_position, event_id) select global_position, event_id from ins)
      select ins.*, pg_notify('kw_outbox', '') from ins order by stream_version`;
  });
  for (const mode of ['drizzle', 'prepared', 'drizzle', 'prepared', 'drizzle', 'prepared']) {
    let left = 4000;
    const t0 = performance.now(); const c0 = infra.cpu();
    await Promise.all(Array.from({ length: writers }, async () => {
      while (left-- > 0) { const id = `user-${randomUUID()}`; await (mode === 'drizzle' ? drizzleCmd(id) : preparedCmd(id)); }
    }));
    const ms = performance.now() - t0;
    console.log(mode, Math.round(4000 / ms * 1000), '/s', infra.cpuLoad(c0, infra.cpu(), ms));
  }
  await database.close();
});
