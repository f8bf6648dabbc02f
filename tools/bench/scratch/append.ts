import { withInfra } from '../src/infra.js';
import { connectDatabase } from '@keywarden/db';
import { migrateEventStore, commandHandler, appendToStream } from '@keywarden/event-store';
import { userDecider, registerCommand } from '../src/users.js';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';

const mode = process.argv[2] ?? 'handler';
const writers = Number(process.argv[3] ?? 16);
await withInfra(async (infra) => {
  const database = connectDatabase(await infra.serviceDatabase('identity'), { max: writers + 4 });
  await migrateEventStore(database);
  const handle = commandHandler(database, userDecider);
  for (const round of [1, 2]) {
    let left = 3000;
    const t0 = performance.now();
    const c0 = infra.cpu();
    await Promise.all(Array.from({ length: writers }, async () => {
      while (left-- > 0) {
        const userId = randomUUID();
        if (mode === 'handler') await handle(`user-${userId}`, registerCommand(left, userId));
        else if (mode === 'append') await database.db.transaction((tx) => appendToStream(tx, `user-${userId}`, userDecider.decide(registerCommand(left, userId), { status: 'none' }), { expectedVersion: 'no_stream' }));
        else if (mode === 'raw') await database.sql.begin((tx) => tx`insert into outbox (global_position, event_id) values (${Math.floor(Math.random() * 1e12)}, ${randomUUID()})`);
        else if (mode === 'rawnotify') await database.sql.begin((tx) => tx`select pg_notify('x', '')`);
        else if (mode === 'drizzle') await database.db.transaction((tx) => tx.execute(sql`select 1`));
      }
    }));
    const ms = performance.now() - t0;
    console.log(mode, writers, 'round', round, Math.round(3000 / ms * 1000), '/s', infra.cpuLoad(c0, infra.cpu(), ms));
  }
  await database.close();
});
