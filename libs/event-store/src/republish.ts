import type { Database } from '@keywarden/db';
import { iterateAll } from './event-store.js';
import type { OutboxPublisher } from './relay.js';

export type RepublishRange = { from: number; to: number; pageSize?: number };

/**
 * Publishes a range of the service's events again with their original ids
 * (ARCHITECTURE §3: PostgreSQL is the source of truth if the bus lost data).
 * Inside the duplicate window JetStream drops them; after it, the consumers'
 * inbox does.
 */
export async function republish(
  database: Database,
  publish: OutboxPublisher,
  range: RepublishRange,
  onProgress?: (published: number, position: number) => void,
): Promise<number> {
  let published = 0;
  for await (const page of iterateAll(database.db, { after: range.from - 1, to: range.to, pageSize: range.pageSize ?? 500 })) {
    const outcomes = await publish(page);
    const acked = outcomes.filter((o) => o.status === 'acked').length;
    published += acked;
    for (const outcome of outcomes) {
      if (outcome.status === 'acked') continue;
      throw Object.assign(new Error(`republish stopped: ${acked} of ${page.length} events acknowledged`), { code: outcome.code });
    }
    onProgress?.(published, page[page.length - 1]!.globalPosition);
  }
  return published;
}
