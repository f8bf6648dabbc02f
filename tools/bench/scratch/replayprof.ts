import { Session } from 'node:inspector/promises';
import { writeFileSync } from 'node:fs';
import { replayStream } from '@keywarden/bus';
import { applyProjections } from '@keywarden/event-store';
import { withInfra } from '../src/infra.js';
import { startIdentity, startReader } from '../src/services.js';
import { projectedFromEnvelope, usersSeenProjection } from '../src/users.js';
const N = Number(process.argv[2] ?? 20000);
await withInfra(async (infra) => {
  const identity = await startIdentity(infra, { pool: 8, relayBatch: 500 });
  const reader = await startReader({ natsUrl: infra.natsUrl, databaseUrl: await infra.serviceDatabase('reader'), pool: 4 });
  await identity.registerBulk(N, 250);
  while (identity.relay.published < N) await new Promise((r) => setTimeout(r, 50));
  for (const prof of [false, true]) {
    await reader.database.db.transaction((tx) => usersSeenProjection.reset(tx));
    const session = new Session(); session.connect();
    if (prof) { await session.post('Profiler.enable'); await session.post('Profiler.start'); }
    const t0 = performance.now(); const c0 = infra.cpu();
    await replayStream(reader.nc, { context: 'identity', batchSize: 500, handleBatch: (events) => reader.database.db.transaction((tx) => applyProjections(tx, [usersSeenProjection], events.map(projectedFromEnvelope))) });
    const ms = performance.now() - t0;
    if (prof) { const { profile } = await session.post('Profiler.stop'); writeFileSync('/tmp/prof/replay.cpuprofile', JSON.stringify(profile)); }
    console.log('replay', Math.round(N / ms * 1000), '/s', infra.cpuLoad(c0, infra.cpu(), ms));
  }
  await reader.close(); await identity.close();
});
