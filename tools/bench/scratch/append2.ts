import { withInfra } from '../src/infra.js';
import { connectDatabase } from '@keywarden/db';
import { migrateEventStore } from '@keywarden/event-store';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';

const writers = Number(process.argv[2] ?? 16);
const modes = process.argv.slice(3);
await withInfra(async (infra) => {
  const database = connectDatabase(await infra.serviceDatabase('identity'), { max: writers + 4 });
  await migrateEventStore(database);
  const append = (tx: any, streamId: string, notify: boolean) => {
    const payload = JSON.stringify([{ id: randomUUID(), type: 'UserRegistered', data: { userId: streamId, email: 'a@b.c', displayName: 'x', method: 'password', roles: ['member'] } }]);
    const expected = 0;
    const n = notify ? sql`, pg_notify('kw_outbox', '')` : sql``;
    return tx.execute(sql`
      with cur as (
        select coalesce(max(stream_version), 0) as v from events where stream_id = ${streamId}
      ), ins as (
        insert into events (stream_id, stream_version, event_id, type, data, metadata)
        select ${streamId}, cur.v + e.ord, (e.val->>'id')::uuid, e.val->>'type', e.val->'data', ${'{}'}::jsonb
        from cur, jsonb_array_elements(${payload}::jsonb) with ordinality as e(val, ord)
        where ${expected}::int < 0 or cur.v = ${expected}::int
        order by e.ord
        returning global_position, stream_id, stream_version, event_id, type, data, metadata, recorded_at
      ), ob as (
        insert into outbox (global_position, event_id) select global_position, event_id from ins
      )
      select ins.* ${n} from ins order by stream_version`);
  };
  let inFlight: Promise<unknown> | undefined; let pending = false; let sent = 0;
  const signal = () => {
    if (inFlight) { pending = true; return; }
    sent++;
    inFlight = database.sql`select pg_notify('kw_outbox', '')`.then(() => { inFlight = undefined; if (pending) { pending = false; signal(); } });
  };
  for (const mode of modes) {
    let left = 4000;
    const t0 = performance.now();
    const c0 = infra.cpu();
    await Promise.all(Array.from({ length: writers }, async () => {
      while (left-- > 0) {
        const id = `user-${randomUUID()}`;
        if (mode === 'notify') await database.db.transaction((tx) => append(tx, id, true));
        else if (mode === 'nonotify') await database.db.transaction((tx) => append(tx, id, false));
        else if (mode === 'coalesced') { await database.db.transaction((tx) => append(tx, id, false)); signal(); }
        else if (mode === 'handlerlike') await database.db.transaction(async (tx) => { await tx.execute(sql`select * from events where stream_id = ${id}`); await append(tx, id, true); });
        else if (mode === 'handlercoalesced') { await database.db.transaction(async (tx) => { await tx.execute(sql`select * from events where stream_id = ${id}`); await append(tx, id, false); }); signal(); }
        else if (mode === 'autocommit') await append(database.db, id, false);
        else if (mode === 'autonotify') await append(database.db, id, true);
      }
    }));
    const ms = performance.now() - t0;
    console.log(mode, writers, 'notifies', sent, Math.round(4000 / ms * 1000), '/s', infra.cpuLoad(c0, infra.cpu(), ms));
  }
  await database.close();
});
