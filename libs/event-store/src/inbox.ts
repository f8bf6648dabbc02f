import type { Database, Tx } from '@keywarden/db';
import { sql } from 'drizzle-orm';

/**
 * The consumer half of exactly-once effects: the handler's effects and the
 * `(consumer, event_id)` inbox rows commit in one transaction, so a message
 * JetStream delivers twice, or the relay republishes, changes nothing twice.
 * A batch is all or nothing; the bus retries its messages one by one when a
 * batch fails, so one bad message cannot hold the others back.
 */
export function inboxHandler<M extends { eventId: string; traced?: <T>(fn: () => Promise<T>) => Promise<T> }>(
  database: Database,
  consumer: string,
  handle: (tx: Tx, message: M) => Promise<void>,
): (messages: readonly M[]) => Promise<{ handled: number; duplicates: number }> {
  return async (messages) => {
    if (messages.length === 0) return { handled: 0, duplicates: 0 };
    return await database.db.transaction(async (tx) => {
      const ids = JSON.stringify(messages.map((m) => m.eventId));
      const inserted = (await tx.execute(sql`
        insert into inbox (consumer, event_id)
        select ${consumer}, id from jsonb_array_elements_text(${ids}::jsonb) as t(id)
        on conflict do nothing
        returning event_id
      `)) as unknown as Array<{ event_id: string }>;
      const fresh = new Set(inserted.map((row) => row.event_id));
      let handled = 0;
      for (const message of messages) {
        // delete: the same id twice in one batch is handled once.
        if (!fresh.delete(message.eventId)) continue;
        // The bus hands messages that carry their producer's trace; continue it.
        if (message.traced) await message.traced(() => handle(tx, message));
        else await handle(tx, message);
        handled++;
      }
      return { handled, duplicates: messages.length - handled };
    });
  };
}

/** Whether a consumer has handled an event (for tests and operators). */
export async function inboxContains(database: Database, consumer: string, eventId: string): Promise<boolean> {
  const rows = await database.sql`select 1 from inbox where consumer = ${consumer} and event_id = ${eventId}`;
  return rows.length > 0;
}
