// The notifier's channel and subscription rows: app/'s ChannelStore and SubscriptionStore.
import type { Database } from '@keywarden/db';
import { eq } from 'drizzle-orm';
import type { ChannelStore, SubscriptionStore } from '../../../app/ports.js';
import { channels, subscriptions } from './schema.js';

export function channelStore(database: Database): ChannelStore {
  return {
    insert: async (row) => (await database.db.insert(channels).values(row).returning())[0]!,
    disable: async (id) => (await database.db.update(channels).set({ enabled: false }).where(eq(channels.id, id)).returning())[0],
  };
}

export function subscriptionStore(database: Database): SubscriptionStore {
  return {
    insert: async (row) => (await database.db.insert(subscriptions).values(row).returning())[0]!,
    delete: async (id) => (await database.db.delete(subscriptions).where(eq(subscriptions.id, id)).returning()).length > 0,
  };
}
