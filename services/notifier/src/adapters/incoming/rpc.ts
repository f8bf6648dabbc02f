// RPC endpoints the gateway calls for a signed-in user (actor): decode, call the use case
// (app/management.ts), encode.
import { endpoint, type AnyRpcEndpoint } from '@keywarden/bus';
import { ownerOf, type Management } from '../../app/management.js';
import type { Owner } from '../../domain/channel/channel.js';
import type { ChannelRow, DeliveryRow, SubscriptionRow } from '../../projections/queries.js';

const ownerOut = (o: Owner) => ({ organizationId: o.organizationId ?? '', userId: o.userId ?? '' });

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

const subscriptionOut = (row: SubscriptionRow, owner: Owner) => ({
  subscriptionId: row.id, owner: ownerOut(owner), channelId: row.channelId, kinds: row.kinds, createdAt: row.createdAt.toISOString(),
});

const deliveryOut = (d: DeliveryRow) => ({
  deliveryId: d.id, channelId: d.channelId, kind: d.kind, sourceEventId: d.sourceEventId, sourceEventType: d.sourceEventType,
  status: d.status, attempts: d.attempts, lastErrorClass: d.lastErrorClass ?? '', lastStatusCode: d.lastStatusCode ?? 0,
  createdAt: d.createdAt.toISOString(), nextAttemptAt: d.nextAttemptAt.toISOString(), ...(d.sentAt ? { sentAt: d.sentAt.toISOString() } : {}),
});

export function notifierRpc(app: Management): AnyRpcEndpoint[] {
  return [
    endpoint('notify.CreateChannel', async (req) => {
      const e = req.email;
      const email = e
        ? {
            host: e.host ?? '', port: e.port ?? 0, security: (e.security || 'starttls') as 'tls' | 'starttls' | 'none',
            tlsRejectUnauthorized: !e.tlsSkipVerify, username: e.username ?? '', password: e.password ?? '',
            from: e.from ?? '', to: e.to ?? [],
          }
        : undefined;
      const { channel, replayed } = await app.createChannel(req, {
        owner: req.owner, kind: req.kind, name: req.name, locale: req.locale, url: req.url, signingSecret: req.signingSecret, email,
      });
      return { channel: channelOut(channel), replayed };
    }),
    endpoint('notify.ListChannels', async (req) => ({ channels: (await app.listChannels(req.actor, req.owner)).map(channelOut) })),
    endpoint('notify.DisableChannel', async (req) => ({ channel: channelOut(await app.disableChannel(req.actor, req.channelId)) })),
    endpoint('notify.CreateSubscription', async (req) => {
      const { subscription, owner, replayed } = await app.createSubscription(req, { owner: req.owner, channelId: req.channelId, kinds: req.kinds });
      return { subscription: subscriptionOut(subscription, owner), replayed };
    }),
    endpoint('notify.ListSubscriptions', async (req) => {
      const { owner, subscriptions } = await app.listSubscriptions(req.actor, req.owner);
      return { subscriptions: subscriptions.map((row) => subscriptionOut(row, owner)) };
    }),
    endpoint('notify.DeleteSubscription', async (req) => ({ deleted: await app.deleteSubscription(req.actor, req.subscriptionId) })),
    endpoint('notify.ListDeliveries', async (req) => ({
      deliveries: (await app.listDeliveries(req.actor, { owner: req.owner, channelId: req.channelId, status: req.status, limit: req.limit })).map(deliveryOut),
    })),
    endpoint('notify.SendTestNotification', async (req) => app.sendTestNotification(req.actor, { channelId: req.channelId, locale: req.locale })),
  ];
}
