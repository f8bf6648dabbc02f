import { withInfra } from '../src/infra.js';
import { connectDatabase } from '@keywarden/db';
await withInfra(async (infra) => {
  const database = connectDatabase(await infra.serviceDatabase('identity'), { max: 4 });
  for (let r = 0; r < 2; r++) {
    const t0 = performance.now(); const c0 = infra.cpu();
    for (let i = 0; i < 3000; i++) await database.sql`select 1`;
    const ms = performance.now() - t0;
    console.log('sequential select 1:', (ms / 3000 * 1000).toFixed(0), 'us each', infra.cpuLoad(c0, infra.cpu(), ms));
  }
  await database.close();
});
