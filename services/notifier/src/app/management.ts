// What the gateway asks of the notifier for a signed-in user (actor), behind the RPC endpoints
// (adapters/incoming/rpc.ts). An organization's channels and subscriptions are managed by its
// owners and admins; a user's by that user.
import { randomUUID } from 'node:crypto';
import type { Keyring } from '@keywarden/crypto';
import type { Database } from '@keywarden/db';
import { forbidden, notFound, validationError } from '@keywarden/errors';
import { callerScope, idempotency, runIdempotent, type PriorSource } from '@keywarden/event-store';
import type { Clock } from '@keywarden/runtime';
import { isChannelKind, type Owner } from '../domain/channel/channel.js';
import type { SendOutcome } from '../domain/delivery/decider.js';
import { isNotificationKind } from '../domain/notification/kinds.js';
import { isLocale, render } from '../domain/notification/templates/render.js';
import { channelById, channelsOf, deliveriesOf, subscriptionById, subscriptionsOf } from '../projections/queries.js';
import { channelTarget, createChannel, type NewChannel } from './channels.js';
import { channelStream, commands, subscriptionStream } from './commands.js';
import { deliveryRecorder } from './delivery-outcome.js';
import type { ChannelRow, ChannelSenders, ChannelStore, CreateLog, DeliveryStore, SubscriptionRow } from './ports.js';

export type Actor = { userId?: string; organizationId?: string; organizationRole?: string; roles?: string[]; credential?: string; tokenId?: string };
type OwnerIn = { organizationId?: string; userId?: string } | undefined;
type Keyed = { actor?: Actor | undefined; idempotencyKey: string };

export type ManagementDeps = {
  database: Database; keyring: Keyring; clock: Clock; sendTimeoutMs: number; allowPrivateTargets: boolean;
  senders: ChannelSenders; channels: ChannelStore; creates: CreateLog; deliveries: DeliveryStore;
};

/** A create's Idempotency-Key, scoped to the caller (a PAT's keys are its own). */
const keyed = (operation: string, req: Keyed, request: unknown, sealer?: Keyring) =>
  idempotency({ operation, scope: callerScope(req.actor), key: req.idempotencyKey, request }, sealer);

export function owner(input: OwnerIn): Owner {
  const organizationId = input?.organizationId || undefined;
  const userId = input?.userId || undefined;
  if (Boolean(organizationId) === Boolean(userId)) throw validationError('owner must name exactly one of organizationId or userId', { errorId: 'NOTIFY-8657' });
  return { organizationId, userId };
}

function authorize(actor: Actor | undefined, target: Owner): void {
  if (!actor?.userId) throw forbidden('no actor', { errorId: 'NOTIFY-8807' });
  if (target.userId !== undefined && target.userId === actor.userId) return;
  if (target.organizationId !== undefined && target.organizationId === actor.organizationId && (actor.organizationRole === 'owner' || actor.organizationRole === 'admin')) return;
  throw forbidden('the actor may not manage notifications of this owner', { errorId: 'NOTIFY-c4b3' });
}

export const ownerOf = (row: { organizationId: string | null; userId: string | null }): Owner => ({ organizationId: row.organizationId ?? undefined, userId: row.userId ?? undefined });

export type ChannelInput = Omit<NewChannel, 'owner' | 'kind' | 'locale'> & { owner: OwnerIn; kind: string; locale: string };

export function management(deps: ManagementDeps) {
  const { database, keyring, clock } = deps;
  const recorder = deliveryRecorder(database, deps.deliveries);
  const handlers = commands(database);
  /** Where an earlier create with the key is: the stream of the id the key gives. */
  const priorCreate = (stream: (id: string) => string): PriorSource => async (idem) => {
    const request = await deps.creates.requestOf(stream(idem.id));
    return request === undefined ? undefined : { request, data: {} };
  };
  const ownedChannel = async (actor: Actor | undefined, channelId: string): Promise<ChannelRow> => {
    const row = /^[0-9a-f-]{36}$/i.test(channelId) ? await channelById(database.db, channelId) : undefined;
    if (!row) throw notFound('no such channel', { errorId: 'NOTIFY-7743' });
    authorize(actor, ownerOf(row));
    return row;
  };
  const owned = (actor: Actor | undefined, input: OwnerIn): Owner => {
    const target = owner(input);
    authorize(actor, target);
    return target;
  };

  return {
    async createChannel(req: Keyed, input: ChannelInput): Promise<{ channel: ChannelRow; replayed: boolean }> {
      const target = owned(req.actor, input.owner);
      if (!isChannelKind(input.kind)) throw validationError('kind must be feishu, slack, email or webhook', { errorId: 'NOTIFY-20ba' });
      const locale = input.locale || 'en';
      if (!isLocale(locale)) throw validationError('locale must be en or zh-CN', { errorId: 'NOTIFY-473f' });
      if (!input.name) throw validationError('name is required', { errorId: 'NOTIFY-c930' });
      const channel: NewChannel = { owner: target, kind: input.kind, name: input.name, locale, url: input.url, signingSecret: input.signingSecret, email: input.email };
      // The request holds the channel's secrets (URL, signing secret, SMTP password): its digest is sealed.
      const idem = keyed('notify.CreateChannel', req, channel, keyring);
      const { result: id, replayed } = await runIdempotent(database.db, idem, priorCreate(channelStream), (options) =>
        createChannel({ store: deps.channels, commands: handlers, keyring, senders: deps.senders, allowPrivateTargets: deps.allowPrivateTargets }, channel, clock.now(),
          idem?.id, options),
      async () => idem!.id);
      return { channel: (await channelById(database.db, id))!, replayed };
    },

    async listChannels(actor: Actor | undefined, input: OwnerIn): Promise<ChannelRow[]> {
      return channelsOf(database.db, owned(actor, input));
    },

    async disableChannel(actor: Actor | undefined, channelId: string): Promise<ChannelRow> {
      const row = await ownedChannel(actor, channelId);
      await handlers.channel(channelStream(row.id), { type: 'DisableChannel', at: clock.now() });
      return (await channelById(database.db, row.id))!;
    },

    async createSubscription(req: Keyed, input: { owner: OwnerIn; channelId: string; kinds: string[] }): Promise<{ subscription: SubscriptionRow; owner: Owner; replayed: boolean }> {
      const target = owned(req.actor, input.owner);
      const channel = await ownedChannel(req.actor, input.channelId);
      const channelOwner = ownerOf(channel);
      if (channelOwner.organizationId !== target.organizationId || channelOwner.userId !== target.userId) throw validationError('the channel belongs to another owner', { errorId: 'NOTIFY-9382' });
      const bad = input.kinds.filter((k) => !isNotificationKind(k) || k === 'test');
      if (bad.length) throw validationError(`unknown notification kinds: ${bad.length}`, { errorId: 'NOTIFY-ad2d' });
      const idem = keyed('notify.CreateSubscription', req, { owner: target, channelId: channel.id, kinds: input.kinds });
      const id = idem?.id ?? randomUUID();
      const { replayed } = await runIdempotent(database.db, idem, priorCreate(subscriptionStream), async (options) => {
        await handlers.subscription(subscriptionStream(id), {
          type: 'CreateSubscription',
          subscription: { subscriptionId: id, organizationId: target.organizationId ?? '', userId: target.userId ?? '', channelId: channel.id, kinds: input.kinds },
          at: clock.now(),
        }, options);
      }, async () => undefined);
      return { subscription: (await subscriptionById(database.db, id))!, owner: target, replayed };
    },

    async listSubscriptions(actor: Actor | undefined, input: OwnerIn): Promise<{ owner: Owner; subscriptions: SubscriptionRow[] }> {
      const target = owned(actor, input);
      return { owner: target, subscriptions: await subscriptionsOf(database.db, target) };
    },

    async deleteSubscription(actor: Actor | undefined, subscriptionId: string): Promise<boolean> {
      const row = /^[0-9a-f-]{36}$/i.test(subscriptionId) ? await subscriptionById(database.db, subscriptionId) : undefined;
      if (!row) throw notFound('no such subscription', { errorId: 'NOTIFY-fe5e' });
      authorize(actor, ownerOf(row));
      // A delete that lost a race with another is a repeat: nothing recorded, nothing deleted.
      const { events } = await handlers.subscription(subscriptionStream(row.id), { type: 'DeleteSubscription', at: clock.now() });
      return events.length > 0;
    },

    async listDeliveries(actor: Actor | undefined, input: { owner: OwnerIn; channelId: string; status: string; limit: number }) {
      const target = owned(actor, input.owner);
      const limit = Math.min(Math.max(input.limit || 50, 1), 500);
      const channelId = input.channelId ? (await ownedChannel(actor, input.channelId)).id : undefined;
      return deliveriesOf(database.db, target, { channelId, status: input.status || undefined, limit });
    },

    async sendTestNotification(actor: Actor | undefined, input: { channelId: string; locale: string }) {
      const channel = await ownedChannel(actor, input.channelId);
      const locale = input.locale || channel.locale;
      if (!isLocale(locale)) throw validationError('locale must be en or zh-CN', { errorId: 'NOTIFY-e25a' });
      const id = randomUUID();
      const now = clock.now();
      // The test is logged like any delivery, attempted once, never retried.
      await deps.deliveries.insertTest({ id, channelId: channel.id, locale, organizationId: channel.organizationId, userId: actor?.userId ?? null, now });
      // Whatever goes wrong (secrets that no longer decrypt, a sender that throws) is a failed
      // attempt recorded below: the delivery must never be left 'sending'.
      let outcome: SendOutcome;
      try {
        const target = channelTarget(keyring, channel);
        try {
          outcome = await deps.senders.send[target.kind](target, render('test', {}, locale), {
            deliveryId: id, now, timeoutMs: deps.sendTimeoutMs, allowPrivateTargets: deps.allowPrivateTargets,
          });
        } catch {
          outcome = { ok: false, errorClass: 'network', retryable: false };
        }
      } catch {
        outcome = { ok: false, errorClass: 'invalid_config', retryable: false };
      }
      const final = outcome.ok ? outcome : { ...outcome, retryable: false };
      await recorder.record(
        { id, channel_id: channel.id, kind: 'test', vars: {}, locale, attempts: 1, source_event_id: `test-${id}`, source_event_type: 'SendTestNotification', organization_id: channel.organizationId, user_id: actor?.userId ?? null },
        channel.kind, final, clock.now(), { maxAttempts: 1, backoffMs: 1 },
      );
      return { deliveryId: id, sent: outcome.ok, errorClass: outcome.ok ? '' : outcome.errorClass, statusCode: outcome.ok ? 0 : (outcome.statusCode ?? 0) };
    },
  };
}

export type Management = ReturnType<typeof management>;
