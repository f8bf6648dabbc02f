// The notifier's command wiring: each aggregate's decider behind @keywarden/event-store's command
// handler (load the stream, decide, append at its exact version), with the inline projections its
// events feed, in one transaction (the delivery's in the worker's batch transaction: delivery-outcome.ts).
import type { Database } from '@keywarden/db';
import { commandHandler } from '@keywarden/event-store';
import { channelDecider } from '../domain/channel/decider.js';
import { deliveryDecider } from '../domain/delivery/decider.js';
import { subscriptionDecider } from '../domain/subscription/decider.js';
import { channelsProjection, subscriptionsProjection } from '../projections/channels.js';

export const channelStream = (channelId: string) => `channel-${channelId}`;
export const subscriptionStream = (subscriptionId: string) => `subscription-${subscriptionId}`;

export function commands(database: Database) {
  return {
    channel: commandHandler(database, channelDecider, [channelsProjection]),
    subscription: commandHandler(database, subscriptionDecider, [subscriptionsProjection]),
    delivery: commandHandler(database, deliveryDecider),
  };
}

export type Commands = ReturnType<typeof commands>;
