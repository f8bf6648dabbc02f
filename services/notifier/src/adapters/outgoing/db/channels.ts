// The notifier's channel secrets (app/'s ChannelStore) and where earlier creates are (CreateLog).
import type { Database } from '@keywarden/db';
import { schema } from '@keywarden/event-store';
import { and, eq } from 'drizzle-orm';
import type { ChannelStore, CreateLog } from '../../../app/ports.js';
import { channelSecrets } from '../../../schema.js';

export function channelStore(): ChannelStore {
  return {
    keepSecrets: async (tx, channelId, secretMaterial) => void (await tx.insert(channelSecrets).values({ channelId, secretMaterial })),
  };
}

export function createLog(database: Database): CreateLog {
  const { events } = schema;
  return {
    async requestOf(streamId) {
      const [row] = await database.db.select({ metadata: events.metadata }).from(events).where(and(eq(events.streamId, streamId), eq(events.streamVersion, 1)));
      return row && String(row.metadata['idempotencyRequest'] ?? '');
    },
  };
}
