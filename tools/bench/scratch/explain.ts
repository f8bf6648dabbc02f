import { withInfra } from '../src/infra.js';
import { connectDatabase } from '@keywarden/db';
import { migrateEventStore } from '@keywarden/event-store';
import { randomUUID } from 'node:crypto';

await withInfra(async (infra) => {
  const database = connectDatabase(await infra.serviceDatabase('identity'), { max: 4 });
  await migrateEventStore(database);
  for (let i = 0; i < 5; i++) {
    const streamId = `user-${randomUUID()}`;
    const payload = JSON.stringify([{ id: randomUUID(), type: 'UserRegistered', data: { userId: streamId, email: 'a@b.c' } }]);
    const rows = await database.sql.unsafe(`explain (analyze, buffers, timing) 
      with cur as (
        select coalesce(max(stream_version), 0) as v from events where stream_id = $1
      ), ins as (
        insert into events (stream_id, stream_version, event_id, type, data, metadata)
        select $1, cur.v + e.ord, (e.val->>'id')::uuid, e.val->>'type', e.val->'data', '{}'::jsonb
        from cur, jsonb_array_elements($2::jsonb) with ordinality as e(val, ord)
        where $3::int < 0 or cur.v = $3::int
        order by e.ord
        returning global_position, stream_id, stream_version, event_id, type, data, metadata, recorded_at
      ), ob as (
        insert into outbox (global_position, event_id) select global_position, event_id from ins
      )
      select ins.*, pg_notify('kw_outbox', '') from ins order by stream_version`, [streamId, payload, 0]);
    if (i === 4) for (const r of rows) console.log(r['QUERY PLAN']);
    else console.log(rows.filter((r) => /Time/.test(r['QUERY PLAN'])).map((r) => r['QUERY PLAN']).join(' | '));
  }
  await database.close();
});
