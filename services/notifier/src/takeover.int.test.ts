// A notifier replica that dies in the middle of a send (its request never
// answered, its heartbeat stopped): another replica takes the delivery over
// once the short lease ends and sends it, with the same webhook-id; the dead
// replica's attempt records nothing, even when its request ends after all.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { callRpc, closeBus, connectBus, ensureEventStream } from '@keywarden/bus';
import { encodeEvent } from '@keywarden/contracts';
import { generateMasterKey } from '@keywarden/crypto';
import { loadConfig, startService, type QueueWorker, type RunningService } from '@keywarden/runtime';
import { createTestDatabase, eventually, testBus, type TestDatabase } from '@keywarden/testing';
import { jetstream } from '@nats-io/jetstream';
import { headers as natsHeaders, type NatsConnection } from '@nats-io/nats-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notifierConfig, notifierSettings } from './config.js';
import { notifierService } from './service.js';

const quiet = new Writable({ write: (_c, _e, cb) => cb() });
const SECRET = `whsec_${Buffer.from('t'.repeat(32)).toString('base64')}`;

describe('a notifier replica dies mid-send', () => {
  const userId = randomUUID();
  const actor = { userId, organizationId: '', organizationRole: '' };
  let db: TestDatabase;
  let nc: NatsConnection;
  let namespace: string;
  let server: Server;
  let url = '';
  const hits: Array<{ webhookId: string }> = [];
  // The first request is never answered until the test says so (the sender is as good as dead).
  let held: ServerResponse | undefined;
  const replicas: RunningService[] = [];
  let env: Record<string, string> = {};

  const start = async () => {
    let worker: QueueWorker | undefined;
    const config = loadConfig('notifier', env, notifierConfig, { database: true, masterKeys: true });
    const service = await startService(notifierService(() => notifierSettings(config.extra), { onBuilt: (h) => (worker = h.worker) }), config, { logDestination: quiet });
    replicas.push(service);
    return { service, worker: worker! };
  };

  beforeAll(async () => {
    const bus = testBus();
    namespace = bus.namespace;
    db = await createTestDatabase('notifier_takeover');
    nc = await connectBus({ servers: bus.natsUrl, name: 'notifier-takeover-test' });
    await ensureEventStream(nc, 'oauth', { namespace });
    server = createServer((req: IncomingMessage, res: ServerResponse) => {
      req.resume().on('end', () => {
        hits.push({ webhookId: String(req.headers['webhook-id']) });
        if (hits.length === 1) held = res;
        else res.writeHead(204).end();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
    env = {
      KW_NATS_URL: bus.natsUrl, KW_DATABASE_URL: db.url, KW_BUS_NAMESPACE: namespace, KW_LOG_LEVEL: 'silent', KW_MASTER_KEYS: `1:${generateMasterKey()}`,
      KW_NOTIFIER_POLL_MS: '50', KW_NOTIFIER_SEND_TIMEOUT_MS: '30000', KW_NOTIFIER_ALLOW_PRIVATE_TARGETS: 'true', KW_QUEUE_LEASE_MS: '1000',
    };
  }, 30_000);

  afterAll(async () => {
    held?.writeHead(204).end();
    for (const replica of replicas) await replica.stop();
    await closeBus(nc);
    server?.closeAllConnections();
    await new Promise((r) => server?.close(r));
    await db?.drop();
  });

  it('another replica sends the delivery once the lease ends; the dead one records nothing', async () => {
    const first = await start();
    const { channel } = await callRpc(nc, 'notify.CreateChannel', { actor, owner: { userId }, kind: 'webhook', name: 'ops', locale: 'en', url, signingSecret: SECRET } as never, { namespace });
    await callRpc(nc, 'notify.CreateSubscription', { actor, owner: { userId }, channelId: channel!.channelId!, kinds: [] }, { namespace });
    const accountId = randomUUID();
    const eventId = randomUUID();
    const msg = encodeEvent({
      eventId, type: 'RefreshTokenExpiring', streamId: `account-${accountId}`, streamVersion: 1, time: new Date().toISOString(), source: 'test',
      data: { accountId, provider: 'gitlab', userId, daysLeft: 7, thresholdDays: 7, expiresAt: new Date(Date.now() + 7 * 86_400_000).toISOString(), generation: 1 },
    }, { namespace });
    const h = natsHeaders();
    for (const [k, v] of Object.entries(msg.headers)) if (k !== 'Nats-Msg-Id') h.set(k, v);
    await jetstream(nc).publish(msg.subject, msg.data, { msgID: eventId, headers: h });

    await eventually(() => held !== undefined, { timeoutMs: 10_000, message: 'the first replica is sending' });
    first.worker.abandon();
    await start();
    await eventually(() => hits.length === 2, { timeoutMs: 10_000, message: 'the second replica sent it' });
    expect(hits[1]!.webhookId).toBe(hits[0]!.webhookId);
    const sql = replicas[0]!.deps.database!.sql;
    const delivery = async () => (await sql`select status, attempts from notify_deliveries where source_event_id = ${eventId}`)[0];
    await eventually(async () => (await delivery())?.['status'] === 'sent', { timeoutMs: 10_000 });
    expect(await delivery()).toMatchObject({ status: 'sent', attempts: 2 });

    // The dead replica's request ends after all: it is no longer its attempt to record.
    held!.writeHead(204).end();
    held = undefined;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await delivery()).toMatchObject({ status: 'sent', attempts: 2 });
    const sent = await sql`select data from events where type = 'NotificationSent'`;
    expect(sent).toHaveLength(1);
    expect(sent[0]!['data']).toMatchObject({ attempt: 2, sourceEventId: eventId });
  });
});
