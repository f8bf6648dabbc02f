// Creates with an Idempotency-Key: a channel and a subscription (streams named by the key's id; the request
// digest in the first event's metadata). Two at once make one; a retry answers the first, marked replayed;
// another request with the key is ERR_IDEMPOTENCY_KEY_REUSED. The channel's secrets are in the digest, sealed,
// and in no event.
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { callRpc, closeBus, connectBus } from '@keywarden/bus';
import type { RpcMethodName } from '@keywarden/contracts';
import { generateMasterKey } from '@keywarden/crypto';
import { loadConfig, startService, type RunningService } from '@keywarden/runtime';
import { createTestDatabase, testBus, type TestDatabase } from '@keywarden/testing';
import type { NatsConnection } from '@nats-io/nats-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notifierConfig, notifierSettings } from './config.js';
import { notifierService } from './service.js';

const quiet = new Writable({ write: (_c, _e, cb) => cb() });
const SECRET = `whsec_${Buffer.from('s'.repeat(32)).toString('base64')}`;

describe('idempotent creates', () => {
  const userId = randomUUID();
  const actor = { userId, organizationId: '', organizationRole: '' };
  const owner = { userId };
  let db: TestDatabase;
  let service: RunningService;
  let nc: NatsConnection;
  let namespace: string;

  beforeAll(async () => {
    const bus = testBus();
    namespace = bus.namespace;
    db = await createTestDatabase('notifier_idem');
    nc = await connectBus({ servers: bus.natsUrl, name: 'notifier-idem-test' });
    const env = { KW_NATS_URL: bus.natsUrl, KW_DATABASE_URL: db.url, KW_BUS_NAMESPACE: namespace, KW_LOG_LEVEL: 'silent', KW_MASTER_KEYS: `1:${generateMasterKey()}`, KW_NOTIFIER_POLL_MS: '20' };
    const config = loadConfig('notifier', env, notifierConfig, { database: true, masterKeys: true });
    service = await startService(notifierService(() => notifierSettings(config.extra)), config, { logDestination: quiet });
  }, 30_000);
  afterAll(async () => {
    await service?.stop();
    if (nc) await closeBus(nc);
    await db?.drop();
  });

  const rpc = <N extends RpcMethodName>(method: N, request: Record<string, unknown>) => callRpc(nc, method, request as never, { namespace, timeoutMs: 10_000 });
  const createChannel = (url: string) => rpc('notify.CreateChannel', { actor, owner, kind: 'webhook', name: 'ops', locale: 'en', url, signingSecret: SECRET, idempotencyKey: 'channel-1' });
  const rows = async (table: string) => (await service.deps.database!.sql`select * from ${service.deps.database!.sql(table)} where user_id = ${userId}`) as unknown as Array<Record<string, unknown>>;

  it('a channel: one for two at once and a retry; another URL with the key is refused; no secret in the stored digest', async () => {
    const url = 'https://hooks.example.com/keywarden/very-secret-path';
    const replies = [...(await Promise.all([createChannel(url), createChannel(url)])), await createChannel(url)];
    expect(new Set(replies.map((r) => r.channel!.channelId)).size).toBe(1);
    expect(replies.map((r) => r.replayed).sort()).toEqual([false, true, true]);
    const stored = await rows('notify_channels');
    expect(stored).toHaveLength(1);
    const sql = service.deps.database!.sql;
    const events = await sql`select type, data, metadata from events where stream_id = ${`channel-${String(stored[0]!['id'])}`}`;
    expect(events.map((e) => e['type'])).toEqual(['ChannelCreated']);
    expect(String(events[0]!['metadata']['idempotencyRequest'])).toMatch(/^sealed:kw1\./);
    for (const kept of [stored, events]) {
      expect(JSON.stringify(kept)).not.toContain('very-secret-path');
      expect(JSON.stringify(kept)).not.toContain(SECRET);
    }
    await expect(createChannel('https://hooks.example.com/keywarden/another')).rejects.toMatchObject({ code: 'ERR_IDEMPOTENCY_KEY_REUSED', status: 409 });
    expect(await rows('notify_channels')).toHaveLength(1);
  });

  it('a subscription: a retry is the same subscription; without a key each call adds one, as before', async () => {
    const { channels } = await rpc('notify.ListChannels', { actor, owner });
    const subscribe = (kinds: string[], idempotencyKey = 'subscription-1') => rpc('notify.CreateSubscription', { actor, owner, channelId: channels[0]!.channelId, kinds, idempotencyKey });
    const replies = [...(await Promise.all([subscribe(['deployment_failed']), subscribe(['deployment_failed'])])), await subscribe(['deployment_failed'])];
    expect(new Set(replies.map((r) => r.subscription!.subscriptionId)).size).toBe(1);
    expect(replies.map((r) => r.replayed).sort()).toEqual([false, true, true]);
    await expect(subscribe(['deployment_succeeded'])).rejects.toMatchObject({ code: 'ERR_IDEMPOTENCY_KEY_REUSED' });
    await subscribe(['deployment_failed'], '');
    expect(await rows('notify_subscriptions')).toHaveLength(2);
  });
});
