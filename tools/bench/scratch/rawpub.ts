import { withInfra } from '../src/infra.js';
import { connectBus, ensureEventStream } from '@keywarden/bus';
import { encodeEvent } from '@keywarden/contracts';
import { jetstream } from '@nats-io/jetstream';
import { headers as natsHeaders } from '@nats-io/nats-core';
import { randomUUID } from 'node:crypto';

await withInfra(async (infra) => {
  const nc = await connectBus({ servers: infra.natsUrl, name: 'x' });
  await ensureEventStream(nc, 'identity', { namespace: 'raw' });
  const js = jetstream(nc, { timeout: 30000 });
  const msgs = Array.from({ length: 60000 }, (_, i) => encodeEvent({ eventId: randomUUID(), type: 'UserRegistered', streamId: `user-${randomUUID()}`, streamVersion: 1, time: new Date().toISOString(), source: 'identity', data: { userId: 'x', email: `u${i}@bench.example.com`, displayName: `Bench User ${i}`, method: 'password', roles: ['member'] } }, { namespace: 'raw' }));
  let k = 0;
  for (const [mode, window] of [['full', 1000], ['full', 1000], ['full', 200], ['full', 5000], ['bare', 1000], ['nohdr-id', 1000]] as const) {
    const batch = msgs.slice(k, k + 10000); k += 10000;
    const c0 = infra.cpu(); const t0 = performance.now();
    for (let i = 0; i < batch.length; i += window) {
      await Promise.all(batch.slice(i, i + window).map((m) => {
        if (mode === 'bare') return js.publish(m.subject, m.data);
        if (mode === 'nohdr-id') return js.publish(m.subject, m.data, { msgID: m.msgId });
        const h = natsHeaders(); for (const [key, v] of Object.entries(m.headers)) if (key !== 'Nats-Msg-Id') h.set(key, v);
        return js.publish(m.subject, m.data, { msgID: m.msgId, headers: h });
      }));
    }
    const ms = performance.now() - t0;
    console.log(mode, window, Math.round(batch.length / ms * 1000), 'msgs/s', infra.cpuLoad(c0, infra.cpu(), ms));
  }
  await nc.close();
});
