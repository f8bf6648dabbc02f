// RPC endpoints the gateway will call for a signed-in user (actor). An organization's
// channels and subscriptions are managed by its owners and admins; a user's by that user.
import { randomUUID } from 'node:crypto';
import { endpoint, type AnyRpcEndpoint } from '@keywarden/bus';
import type { Keyring } from '@keywarden/crypto';
import type { Database } from '@keywarden/db';
import { forbidden, notFound, validationError } from '@keywarden/errors';
import { callerScope, idempotency, runIdempotent, type PriorSource } from '@keywarden/event-store';
import type { Clock } from '@keywarden/runtime';
import { and, desc, eq, isNull, type SQL } from 'drizzle-orm';
import { channelById, channelTarget, createChannel, type ChannelRow, type Owner } from '../app/channel-store.js';
import { recordOutcome } from '../app/delivery-outcome.js';
import type { SendOutcome } from '../domain/delivery/decider.js';
import { isNotificationKind } from '../domain/notification/kinds.js';
import { isLocale, render } from '../templates/render.js';
import { senders, isChannelKind } from './channels/index.js';
import { channels, deliveries, subscriptions } from './db/schema.js';

type Actor = { userId?: string; organizationId?: string; organizationRole?: string; roles?: string[]; credential?: string; tokenId?: string };

/** A create's Idempotency-Key, scoped to the caller (a PAT's keys are its own). */
const keyed = (operation: string, req: { actor?: Actor | undefined; idempotencyKey: string }, request: unknown, sealer?: Keyring) =>
  idempotency({ operation, scope: callerScope({ userId: req.actor?.userId ?? '', credential: req.actor?.credential ?? '', tokenId: req.actor?.tokenId ?? '' }), key: req.idempotencyKey, request }, sealer);
type OwnerIn = { organizationId?: string; userId?: string } | undefined;

function owner(input: OwnerIn): Owner {
  const organizationId = input?.organizationId || undefined;
  const userId = input?.userId || undefined;
  if (Boolean(organizationId) === Boolean(userId)) throw validationError('owner must name exactly one of organizationId or userId');
  return { organizationId, userId };
}

function authorize(actor: Actor | undefined, target: Owner): void {
  if (!actor?.userId) throw forbidden('no actor');
  if (target.userId !== undefined && target.userId === actor.userId) return;
  if (target.organizationId !== undefined && target.organizationId === actor.organizationId && (actor.organizationRole === 'owner' || actor.organizationRole === 'admin')) return;
  throw forbidden('the actor may not manage notifications of this owner');
}

const ownerOf = (row: { organizationId: string | null; userId: string | null }): Owner => ({ organizationId: row.organizationId ?? undefined, userId: row.userId ?? undefined });
const ownerOut = (o: Owner) => ({ organizationId: o.organizationId ?? '', userId: o.userId ?? '' });
const ownerWhere = (o: Owner, table: typeof channels | typeof subscriptions): SQL =>
  o.userId ? and(eq(table.userId, o.userId), isNull(table.organizationId))! : and(eq(table.organizationId, o.organizationId!), isNull(table.userId))!;

const channelOut = (row: ChannelRow) => ({
  channelId: row.id,
  owner: ownerOut(ownerOf(row)),
  kind: row.kind,
  name: row.name,
  locale: row.locale,
  enabled: row.enabled,
  endpointHost: row.endpointHost,
  signed: row.signed,
  createdAt: row.createdAt.toISOString(),
});

export type RpcDeps = { database: Database; keyring: Keyring; clock: Clock; sendTimeoutMs: number; allowPrivateTargets: boolean };

export function notifierRpc({ database, keyring, clock, sendTimeoutMs, allowPrivateTargets }: RpcDeps): AnyRpcEndpoint[] {
  /** Where an earlier create with the key is: the row of `table` with the id the key gives. */
  const priorRow = (table: typeof channels | typeof subscriptions): PriorSource => async (idem) => {
    const [row] = await database.db.select({ request: table.idempotencyRequest }).from(table).where(eq(table.id, idem.id));
    return row && { request: row.request ?? '', data: {} };
  };
  const ownedChannel = async (actor: Actor | undefined, channelId: string): Promise<ChannelRow> => {
    const row = /^[0-9a-f-]{36}$/i.test(channelId) ? await channelById(database, channelId) : undefined;
    if (!row) throw notFound('no such channel');
    authorize(actor, ownerOf(row));
    return row;
  };
  return [
    endpoint('notify.CreateChannel', async (req) => {
      const target = owner(req.owner);
      authorize(req.actor, target);
      if (!isChannelKind(req.kind)) throw validationError('kind must be feishu, slack, email or webhook');
      const locale = req.locale || 'en';
      if (!isLocale(locale)) throw validationError('locale must be en or zh-CN');
      if (!req.name) throw validationError('name is required');
      const e = req.email;
      const email = e
        ? {
            host: e.host ?? '', port: e.port ?? 0, security: (e.security || 'starttls') as 'tls' | 'starttls' | 'none',
            tlsRejectUnauthorized: !e.tlsSkipVerify, username: e.username ?? '', password: e.password ?? '',
            from: e.from ?? '', to: e.to ?? [],
          }
        : undefined;
      const input = { owner: target, kind: req.kind, name: req.name, locale, url: req.url, signingSecret: req.signingSecret, email };
      // Channels are rows, not streams: an earlier request with the key is the row with the id the key gives. The
      // request holds the channel's secrets (URL, signing secret, SMTP password): its digest is sealed.
      const idem = keyed('notify.CreateChannel', req, input, keyring);
      const { result, replayed } = await runIdempotent(database.db, idem, priorRow(channels), () =>
        createChannel(database, keyring, allowPrivateTargets, input, clock.now(), idem && { id: idem.id, request: idem.metadata.idempotencyRequest }),
      async () => (await channelById(database, idem!.id))!);
      return { channel: channelOut(result), replayed };
    }),
    endpoint('notify.ListChannels', async (req) => {
      const target = owner(req.owner);
      authorize(req.actor, target);
      const rows = await database.db.select().from(channels).where(ownerWhere(target, channels)).orderBy(channels.createdAt);
      return { channels: rows.map(channelOut) };
    }),
    endpoint('notify.DisableChannel', async (req) => {
      await ownedChannel(req.actor, req.channelId);
      const [row] = await database.db.update(channels).set({ enabled: false }).where(eq(channels.id, req.channelId)).returning();
      return { channel: channelOut(row!) };
    }),
    endpoint('notify.CreateSubscription', async (req) => {
      const target = owner(req.owner);
      authorize(req.actor, target);
      const channel = await ownedChannel(req.actor, req.channelId);
      const channelOwner = ownerOf(channel);
      if (channelOwner.organizationId !== target.organizationId || channelOwner.userId !== target.userId) throw validationError('the channel belongs to another owner');
      const bad = req.kinds.filter((k) => !isNotificationKind(k) || k === 'test');
      if (bad.length) throw validationError(`unknown notification kinds: ${bad.length}`);
      const idem = keyed('notify.CreateSubscription', req, { owner: target, channelId: channel.id, kinds: req.kinds });
      const { result: row, replayed } = await runIdempotent(database.db, idem, priorRow(subscriptions), async () => (await database.db
        .insert(subscriptions)
        .values({
          id: idem?.id ?? randomUUID(), organizationId: target.organizationId ?? null, userId: target.userId ?? null, channelId: channel.id, kinds: req.kinds,
          createdAt: clock.now(), idempotencyRequest: idem?.metadata.idempotencyRequest ?? null,
        })
        .returning())[0]!, async () => (await database.db.select().from(subscriptions).where(eq(subscriptions.id, idem!.id)))[0]!);
      return { subscription: { subscriptionId: row.id, owner: ownerOut(target), channelId: row.channelId, kinds: row.kinds, createdAt: row.createdAt.toISOString() }, replayed };
    }),
    endpoint('notify.ListSubscriptions', async (req) => {
      const target = owner(req.owner);
      authorize(req.actor, target);
      const rows = await database.db.select().from(subscriptions).where(ownerWhere(target, subscriptions)).orderBy(subscriptions.createdAt);
      return { subscriptions: rows.map((r) => ({ subscriptionId: r.id, owner: ownerOut(target), channelId: r.channelId, kinds: r.kinds, createdAt: r.createdAt.toISOString() })) };
    }),
    endpoint('notify.DeleteSubscription', async (req) => {
      const [row] = /^[0-9a-f-]{36}$/i.test(req.subscriptionId) ? await database.db.select().from(subscriptions).where(eq(subscriptions.id, req.subscriptionId)) : [];
      if (!row) throw notFound('no such subscription');
      authorize(req.actor, ownerOf(row));
      const removed = await database.db.delete(subscriptions).where(eq(subscriptions.id, row.id)).returning();
      return { deleted: removed.length > 0 };
    }),
    endpoint('notify.ListDeliveries', async (req) => {
      const target = owner(req.owner);
      authorize(req.actor, target);
      const limit = Math.min(Math.max(req.limit || 50, 1), 500);
      const filters: SQL[] = [ownerWhere(target, channels)];
      if (req.channelId) filters.push(eq(deliveries.channelId, (await ownedChannel(req.actor, req.channelId)).id));
      if (req.status) filters.push(eq(deliveries.status, req.status));
      const rows = await database.db
        .select({ d: deliveries })
        .from(deliveries)
        .innerJoin(channels, eq(channels.id, deliveries.channelId))
        .where(and(...filters))
        .orderBy(desc(deliveries.createdAt), desc(deliveries.id))
        .limit(limit);
      return {
        deliveries: rows.map(({ d }) => ({
          deliveryId: d.id, channelId: d.channelId, kind: d.kind, sourceEventId: d.sourceEventId, sourceEventType: d.sourceEventType,
          status: d.status, attempts: d.attempts, lastErrorClass: d.lastErrorClass ?? '', lastStatusCode: d.lastStatusCode ?? 0,
          createdAt: d.createdAt.toISOString(), nextAttemptAt: d.nextAttemptAt.toISOString(), ...(d.sentAt ? { sentAt: d.sentAt.toISOString() } : {}),
        })),
      };
    }),
    endpoint('notify.SendTestNotification', async (req) => {
      const channel = await ownedChannel(req.actor, req.channelId);
      const locale = req.locale || channel.locale;
      if (!isLocale(locale)) throw validationError('locale must be en or zh-CN');
      const id = randomUUID();
      const now = clock.now();
      // The test is logged like any delivery, attempted once, never retried.
      await database.db.insert(deliveries).values({
        id, sourceEventId: `test-${id}`, sourceEventType: 'SendTestNotification', channelId: channel.id, kind: 'test', dedupeKey: `test:${id}`,
        locale, vars: {}, organizationId: channel.organizationId, userId: req.actor?.userId ?? null, status: 'sending', attempts: 1, nextAttemptAt: now, createdAt: now,
      });
      // Whatever goes wrong (secrets that no longer decrypt, a sender that throws) is a failed
      // attempt recorded below: the delivery must never be left 'sending'.
      let outcome: SendOutcome;
      try {
        const target = channelTarget(keyring, channel);
        try {
          outcome = await senders[channel.kind as keyof typeof senders](target, render('test', {}, locale), { deliveryId: id, now, timeoutMs: sendTimeoutMs, allowPrivateTargets });
        } catch {
          outcome = { ok: false, errorClass: 'network', retryable: false };
        }
      } catch {
        outcome = { ok: false, errorClass: 'invalid_config', retryable: false };
      }
      const final = outcome.ok ? outcome : { ...outcome, retryable: false };
      await recordOutcome(
        database,
        { id, channel_id: channel.id, kind: 'test', vars: {}, locale, attempts: 1, source_event_id: `test-${id}`, source_event_type: 'SendTestNotification', organization_id: channel.organizationId, user_id: req.actor?.userId ?? null },
        channel.kind, final, clock.now(), { maxAttempts: 1, backoffMs: 1 },
      );
      return { deliveryId: id, sent: outcome.ok, errorClass: outcome.ok ? '' : outcome.errorClass, statusCode: outcome.ok ? 0 : (outcome.statusCode ?? 0) };
    }),
  ];
}
