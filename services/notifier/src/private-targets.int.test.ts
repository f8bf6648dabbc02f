import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { callRpc, closeBus, connectBus } from '@keywarden/bus';
import { generateMasterKey, Keyring } from '@keywarden/crypto';
import { loadConfig, startService, type RunningService } from '@keywarden/runtime';
import { createTestDatabase, testBus, type TestDatabase } from '@keywarden/testing';
import type { NatsConnection } from '@nats-io/nats-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelSenders } from './adapters/outgoing/channels/index.js';
import { channelStore } from './adapters/outgoing/db/channels.js';
import { createChannel } from './app/channels.js';
import { commands } from './app/commands.js';
import { notifierConfig, notifierSettings } from './config.js';
import { notifierService } from './service.js';

const quiet = new Writable({ write: (_c, _e, cb) => cb() });

// The notifier with its default settings (no KW_NOTIFIER_ALLOW_PRIVATE_TARGETS).
describe('notifier channel targets by default', () => {
  const userId = randomUUID();
  const actor = { userId, organizationId: '', organizationRole: '' };
  const owner = { userId };
  const masterKeys = `1:${generateMasterKey()}`;
  let db: TestDatabase;
  let service: RunningService;
  let nc: NatsConnection;
  let namespace: string;
  let server: Server;
  let hits = 0;

  beforeAll(async () => {
    const bus = testBus();
    namespace = bus.namespace;
    db = await createTestDatabase('notifier_targets');
    nc = await connectBus({ servers: bus.natsUrl, name: 'notifier-targets-test' });
    server = createServer((_req, res) => {
      hits += 1;
      res.writeHead(204).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const env = { KW_NATS_URL: bus.natsUrl, KW_DATABASE_URL: db.url, KW_BUS_NAMESPACE: namespace, KW_LOG_LEVEL: 'silent', KW_MASTER_KEYS: masterKeys, KW_NOTIFIER_POLL_MS: '20' };
    const config = loadConfig('notifier', env, notifierConfig, { database: true, masterKeys: true });
    expect(notifierSettings(config.extra).allowPrivateTargets).toBe(false);
    service = await startService(notifierService(() => notifierSettings(config.extra)), config, { logDestination: quiet });
  }, 30_000);

  afterAll(async () => {
    await service?.stop();
    await closeBus(nc);
    await new Promise((r) => server?.close(r));
    await db?.drop();
  });

  const create = (kind: string, url: string) =>
    callRpc(nc, 'notify.CreateChannel', { actor, owner, kind, name: `${kind} ${url}`, locale: 'en', url, ...(kind === 'webhook' ? { signingSecret: `whsec_${Buffer.from('k'.repeat(32)).toString('base64')}` } : {}) } as never, { namespace });

  it('refuses loopback and cloud-metadata channel URLs with ERR_VALIDATION', async () => {
    const internal = /url must not point to a loopback, private, link-local or unspecified address/;
    await expect(create('webhook', 'https://127.0.0.1/hooks')).rejects.toMatchObject({ code: 'ERR_VALIDATION', message: expect.stringMatching(internal) });
    await expect(create('slack', 'https://169.254.169.254/latest/meta-data/iam')).rejects.toMatchObject({ code: 'ERR_VALIDATION', message: expect.stringMatching(internal) });
    await expect(create('feishu', 'https://[::1]/open-apis/bot/v2/hook/x')).rejects.toMatchObject({ code: 'ERR_VALIDATION', message: expect.stringMatching(internal) });
    await expect(create('slack', 'http://hooks.slack.example.com/services/T/B/x')).rejects.toMatchObject({ code: 'ERR_VALIDATION', message: expect.stringMatching(/url must be an https URL/) });
    const listed = await callRpc(nc, 'notify.ListChannels', { actor, owner }, { namespace });
    expect(listed.channels ?? []).toEqual([]);
    expect((await create('slack', 'https://hooks.slack.example.com/services/T/B/x')).channel?.endpointHost).toBe('https://hooks.slack.example.com');
  });

  it('does not send to an internal target even when the channel holds one (checked again at send time)', async () => {
    // A channel stored while private targets were allowed, say.
    const port = (server.address() as AddressInfo).port;
    const database = service.deps.database!;
    const channelId = await createChannel({ store: channelStore(), commands: commands(database), keyring: Keyring.fromConfig(masterKeys), senders: channelSenders, allowPrivateTargets: true }, { owner: { userId, organizationId: undefined }, kind: 'slack', name: 'old', locale: 'en', url: `http://127.0.0.1:${port}/x`, signingSecret: '', email: undefined }, new Date());
    const result = await callRpc(nc, 'notify.SendTestNotification', { actor, channelId }, { namespace });
    expect(result).toMatchObject({ sent: false, errorClass: 'invalid_config' });
    expect(hits).toBe(0);
  });
});
