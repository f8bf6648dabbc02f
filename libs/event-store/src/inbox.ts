import type { Database, Tx } from '@keywarden/db';
import { pgClient } from './pg-client.js';

type InboxMessage = { eventId: string; traced?: <T>(fn: () => Promise<T>) => Promise<T> };
type InboxOutcome = { handled: number; duplicates: number };

/**
 * The consumer half of exactly-once effects: the handler's effects and the
 * `(consumer, event_id)` inbox rows commit in one transaction, so a message
 * JetStream delivers twice, or the relay republishes, changes nothing twice.
 * A batch is all or nothing; the bus retries its messages one by one when a
 * batch fails, so one bad message cannot hold the others back.
 */
export function inboxHandler<M extends InboxMessage>(
  database: Database,
  consumer: string,
  handle: (tx: Tx, message: M) => Promise<void>,
): (messages: readonly M[]) => Promise<InboxOutcome> {
  return async (messages) => {
    if (messages.length === 0) return { handled: 0, duplicates: 0 };
    return await database.db.transaction(async (tx) => {
      const fresh = await claim(tx, consumer, messages);
      for (const message of fresh) {
        // The bus hands messages that carry their producer's trace; continue it.
        if (message.traced) await message.traced(() => handle(tx, message));
        else await handle(tx, message);
      }
      return { handled: fresh.length, duplicates: messages.length - fresh.length };
    });
  };
}

/**
 * inboxHandler for handlers that take the whole batch at once (e.g.
 * applyProjections with a projection's applyBatch): a few round trips per
 * batch instead of one per message. Each message's span, continuing its
 * producer's trace, covers the batch it was handled in.
 */
export function inboxBatchHandler<M extends InboxMessage>(
  database: Database,
  consumer: string,
  handle: (tx: Tx, messages: readonly M[]) => Promise<void>,
): (messages: readonly M[]) => Promise<InboxOutcome> {
  return async (messages) => {
    if (messages.length === 0) return { handled: 0, duplicates: 0 };
    return await database.db.transaction(async (tx) => {
      const fresh = await claim(tx, consumer, messages);
      if (fresh.length > 0) await tracedTogether(fresh, () => handle(tx, fresh));
      return { handled: fresh.length, duplicates: messages.length - fresh.length };
    });
  };
}

/** Inserts the inbox rows; returns the messages not handled before, in order, each id once. */
async function claim<M extends InboxMessage>(tx: Tx, consumer: string, messages: readonly M[]): Promise<M[]> {
  const ids = JSON.stringify(messages.map((m) => m.eventId));
  const inserted = await pgClient(tx)<Array<{ event_id: string }>>`
    insert into inbox (consumer, event_id)
    select ${consumer}, id from jsonb_array_elements_text(${ids}::jsonb) as t(id)
    on conflict do nothing
    returning event_id
  `;
  const fresh = new Set(inserted.map((row) => row.event_id));
  // delete: the same id twice in one batch is handled once.
  return messages.filter((m) => fresh.delete(m.eventId));
}

async function tracedTogether(messages: readonly InboxMessage[], fn: () => Promise<void>): Promise<void> {
  let settle!: (error?: unknown) => void;
  const done = new Promise<void>((resolve, reject) => (settle = (error) => (error === undefined ? resolve() : reject(error))));
  const spans = messages.flatMap((m) => (m.traced ? [m.traced(() => done).catch(() => {})] : []));
  done.catch(() => {});
  try {
    await fn();
    settle();
  } catch (error) {
    settle(error ?? new Error('handler failed'));
    throw error;
  } finally {
    await Promise.all(spans);
  }
}

/** Whether a consumer has handled an event (for tests and operators). */
export async function inboxContains(database: Database, consumer: string, eventId: string): Promise<boolean> {
  const rows = await database.sql`select 1 from inbox where consumer = ${consumer} and event_id = ${eventId}`;
  return rows.length > 0;
}
