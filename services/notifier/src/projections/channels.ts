// The channels and subscriptions read models (notify_channels, notify_subscriptions): inline
// projections of their streams, applied in the command's transaction (app/management.ts) and
// rebuilt by `kw replay notifier`. A channel's secrets are not here (notify_channel_secrets,
// written beside ChannelCreated by the command, never in an event), so a rebuild leaves them be.
import type { Tx } from '@keywarden/db';
import type { Projection } from '@keywarden/event-store';
import { eq, sql } from 'drizzle-orm';
import { channels, subscriptions } from '../schema.js';
import type { ChannelSettings } from '../domain/channel/channel.js';
import type { ChannelEvent } from '../domain/channel/decider.js';
import type { SubscriptionEvent } from '../domain/subscription/decider.js';

type EmailInEvent = Extract<ChannelEvent, { type: 'ChannelCreated' }>['data']['email'];

function settingsOf(email: EmailInEvent): ChannelSettings {
  if (!email) return {};
  const security = email.security as NonNullable<ChannelSettings['email']>['security'];
  return {
    email: {
      host: email.host ?? '', port: email.port ?? 0, security, tlsRejectUnauthorized: !email.tlsSkipVerify, username: email.username ?? '',
      from: email.from ?? '', to: email.to ?? [],
    },
  };
}

export const channelsProjection: Projection<ChannelEvent> = {
  name: 'channels',
  handles: ['ChannelCreated', 'ChannelDisabled'],
  async apply(tx, event) {
    switch (event.type) {
      case 'ChannelCreated': {
        const d = (event as Extract<ChannelEvent, { type: 'ChannelCreated' }>).data;
        await tx.insert(channels).values({
          id: d.channelId, organizationId: d.organizationId || null, userId: d.userId || null, kind: d.kind, name: d.name, locale: d.locale,
          enabled: true, endpointHost: d.endpointHost, signed: d.signed, settings: settingsOf(d.email), createdAt: new Date(d.createdAt),
        });
        return;
      }
      case 'ChannelDisabled':
        await tx.update(channels).set({ enabled: false }).where(eq(channels.id, event.data.channelId));
        return;
    }
  },
  // Deliveries and subscriptions point at the channels: their foreign keys are checked when the
  // rebuild commits (migration 0006), by when every channel is back.
  async reset(tx: Tx) {
    await tx.execute(sql`set constraints notify_deliveries_channel_id_notify_channels_id_fk, notify_subscriptions_channel_id_notify_channels_id_fk deferred`);
    await tx.delete(channels);
  },
};

export const subscriptionsProjection: Projection<SubscriptionEvent> = {
  name: 'subscriptions',
  handles: ['SubscriptionCreated', 'SubscriptionDeleted'],
  async apply(tx, event) {
    switch (event.type) {
      case 'SubscriptionCreated': {
        const d = (event as Extract<SubscriptionEvent, { type: 'SubscriptionCreated' }>).data;
        await tx.insert(subscriptions).values({
          id: d.subscriptionId, organizationId: d.organizationId || null, userId: d.userId || null, channelId: d.channelId, kinds: d.kinds,
          createdAt: new Date(d.createdAt),
        });
        return;
      }
      case 'SubscriptionDeleted':
        await tx.delete(subscriptions).where(eq(subscriptions.id, event.data.subscriptionId));
        return;
    }
  },
  async reset(tx: Tx) {
    await tx.delete(subscriptions);
  },
};
