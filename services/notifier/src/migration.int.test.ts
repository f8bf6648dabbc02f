// Migration 0006: the channels and subscriptions that were plain rows get the events that create
// them (well-formed by the contracts, in the outbox), their secrets move beside them, and the read
// models rebuilt from those events are the rows they were. A create retried with its Idempotency-Key
// still finds its digest.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeEvent, encodeEvent, type EventName } from '@keywarden/contracts';
import { connectDatabase, runMigrations, type Database } from '@keywarden/db';
import { applyProjections, eventStoreMigrations, iterateAll, projectedFromRecorded } from '@keywarden/event-store';
import { createTestDatabase, type TestDatabase } from '@keywarden/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLog } from './adapters/outgoing/db/channels.js';
import { projectionCatalog } from './projections/index.js';
import { notifierMigrations } from './service.js';

const email = '11111111-1111-4111-8111-111111111111';
const hook = '22222222-2222-4222-8222-222222222222';
const sub = '33333333-3333-4333-8333-333333333333';
const settings = { email: { host: 'smtp.example.com', port: 587, security: 'starttls', tlsRejectUnauthorized: false, username: 'kw', from: 'kw@example.com', to: ['ann@example.com'] } };
let db: TestDatabase;
let database: Database;
let folder: string;
let before: Record<string, unknown[]>;

const rows = async (table: string, columns: string) =>
  database.sql.unsafe(`select ${columns} from ${table} order by id`) as Promise<Array<Record<string, unknown>>>;

beforeAll(async () => {
  db = await createTestDatabase('notifier_migration');
  database = connectDatabase(db.url, { applicationName: 'migration-test', max: 2 });
  // The notifier's migrations as they were before 0006.
  folder = await mkdtemp(join(tmpdir(), 'kw-notifier-drizzle-'));
  await cp(notifierMigrations.folder, folder, { recursive: true });
  const journal = JSON.parse(await readFile(join(folder, 'meta/_journal.json'), 'utf8')) as { entries: Array<{ idx: number }> };
  journal.entries = journal.entries.filter((e) => e.idx < 6);
  await writeFile(join(folder, 'meta/_journal.json'), JSON.stringify(journal));
  await runMigrations(database, eventStoreMigrations, { ...notifierMigrations, folder });

  await database.sql`insert into notify_channels (id, organization_id, user_id, kind, name, locale, enabled, endpoint_host, signed, settings, secret_material, created_at, idempotency_request)
    values (${email}, null, 'u-1', 'email', 'mail', 'zh-CN', true, 'smtp://smtp.example.com', false, ${JSON.stringify(settings)}::jsonb, 'sealed-mail', '2026-01-02T03:04:05.678Z', null),
           (${hook}, 'o-1', null, 'webhook', 'ops', 'en', false, 'https://hooks.example.com', true, '{}', 'sealed-hook', '2026-01-01T00:00:00.000Z', 'sealed:digest')`;
  await database.sql`insert into notify_subscriptions (id, organization_id, user_id, channel_id, kinds, created_at, idempotency_request)
    values (${sub}, 'o-1', null, ${hook}, ${['deployment_failed']}, '2026-01-03T00:00:00.000Z', 'sha256:abc')`;
  await database.sql`insert into notify_deliveries (id, source_event_id, source_event_type, channel_id, kind, dedupe_key, vars, status, next_attempt_at, created_at)
    values (gen_random_uuid(), 'e-1', 'RefreshTokenExpired', ${hook}, 'refresh_token_expired', 'k-1', '{}', 'dead', now(), now())`;
  before = {
    channels: await rows('notify_channels', 'id, organization_id, user_id, kind, name, locale, enabled, endpoint_host, signed, settings, created_at'),
    subscriptions: await rows('notify_subscriptions', 'id, organization_id, user_id, channel_id, kinds, created_at'),
  };
  await runMigrations(database, notifierMigrations);
}, 60_000);

afterAll(async () => {
  await database?.close();
  await db?.drop();
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe('migration 0006 (channels and subscriptions become streams)', () => {
  it('gives each channel and subscription its events, well-formed by the contracts and in the outbox', async () => {
    const events = await database.sql<Array<{ event_id: string; stream_id: string; stream_version: number; type: string; data: Record<string, unknown>; recorded_at: string }>>`
      select e.* from events e join outbox o using (global_position) order by global_position`;
    expect(events.map((e) => `${e.stream_id}@${e.stream_version} ${e.type}`)).toEqual([
      `channel-${hook}@1 ChannelCreated`, `channel-${email}@1 ChannelCreated`, `channel-${hook}@2 ChannelDisabled`, `subscription-${sub}@1 SubscriptionCreated`,
    ]);
    // What the relay does with each: an event the contracts refuse would never reach the stream.
    const decoded = events.map((e) => decodeEvent(encodeEvent({
      eventId: e.event_id, type: e.type as EventName, streamId: e.stream_id, streamVersion: e.stream_version, time: new Date(e.recorded_at).toISOString(), source: 'notifier', data: e.data,
    })).data);
    expect(decoded[1]).toEqual({
      channelId: email, organizationId: '', userId: 'u-1', kind: 'email', name: 'mail', locale: 'zh-CN', endpointHost: 'smtp://smtp.example.com', signed: false,
      email: { host: 'smtp.example.com', port: 587, security: 'starttls', tlsSkipVerify: true, username: 'kw', from: 'kw@example.com', to: ['ann@example.com'] },
      createdAt: '2026-01-02T03:04:05.678Z',
    });
    expect(decoded[3]).toMatchObject({ subscriptionId: sub, organizationId: 'o-1', channelId: hook, kinds: ['deployment_failed'], createdAt: '2026-01-03T00:00:00.000Z' });
  });

  it('moves the secrets beside the channels, and keeps the creates\' idempotency digests in their events', async () => {
    expect(await database.sql`select channel_id, secret_material from notify_channel_secrets order by channel_id`).toEqual([
      { channel_id: email, secret_material: 'sealed-mail' }, { channel_id: hook, secret_material: 'sealed-hook' },
    ]);
    const creates = createLog(database);
    expect(await creates.requestOf(`channel-${hook}`)).toBe('sealed:digest');
    expect(await creates.requestOf(`channel-${email}`)).toBe('');
    expect(await creates.requestOf(`subscription-${sub}`)).toBe('sha256:abc');
  });

  it('rebuilds from those events the rows there were, the deliveries still pointing at their channel', async () => {
    const own = projectionCatalog.projections;
    await database.db.transaction(async (tx) => {
      for (const p of own) await p.reset(tx);
      for await (const page of iterateAll(tx, { types: own.flatMap((p) => p.handles) })) {
        for (const event of page) await applyProjections(tx, own, [projectedFromRecorded(event)]);
      }
    });
    expect(await rows('notify_channels', 'id, organization_id, user_id, kind, name, locale, enabled, endpoint_host, signed, settings, created_at')).toEqual(before['channels']);
    expect(await rows('notify_subscriptions', 'id, organization_id, user_id, channel_id, kinds, created_at')).toEqual(before['subscriptions']);
  });
});
