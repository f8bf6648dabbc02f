// How the outbox relay hears of new rows without a NOTIFY in the append's transaction (ARCHITECTURE §3):
// the append registers `outboxCommitted` to run after its transaction committed; it wakes this
// process's relay when that relay leads, and otherwise sends one NOTIFY for a leader in another
// replica, outside any append transaction and coalesced (one in flight per pool; commits meanwhile
// share the next one). The relay's poll stays the bound on the wait either way.
import type { Database } from '@keywarden/db';
import type { Sql } from 'postgres';

export const OUTBOX_CHANNEL = 'kw_outbox';

type Wakeable = { readonly isLeader: boolean; wakeUp: () => void };
type Notifier = { inFlight: boolean; again: boolean };

// Keyed by the pool: a Database and the withinTransaction copies of it share one.
const localRelays = new WeakMap<Sql, Set<Wakeable>>();
const notifiers = new WeakMap<Sql, Notifier>();

/** A relay of this process on `database`: woken in-process after the commits of appends on it. */
export function registerLocalRelay(database: Database, relay: Wakeable): () => void {
  let relays = localRelays.get(database.sql);
  if (!relays) localRelays.set(database.sql, (relays = new Set()));
  relays.add(relay);
  return () => relays.delete(relay);
}

/** After a transaction that appended committed: wake the leading relay. */
export function outboxCommitted(database: Database): void {
  let woken = false;
  for (const relay of localRelays.get(database.sql) ?? []) {
    if (!relay.isLeader) continue;
    relay.wakeUp();
    woken = true;
  }
  if (!woken) notifyOtherReplicas(database.sql);
}

function notifyOtherReplicas(sql: Sql): void {
  let notifier = notifiers.get(sql);
  if (!notifier) notifiers.set(sql, (notifier = { inFlight: false, again: false }));
  if (notifier.inFlight) {
    // A NOTIFY already on its way may have been sent before this commit: one more follows it.
    notifier.again = true;
    return;
  }
  notifier.inFlight = true;
  void (async (n: Notifier) => {
    try {
      do {
        n.again = false;
        // Its own transaction, asynchronous commit: the wake needs no flush of its own to disk.
        await sql.unsafe(`set local synchronous_commit = off; select pg_notify('${OUTBOX_CHANNEL}', '')`).simple();
      } while (n.again);
    } catch {
      // PostgreSQL away or the pool closing: the relay's poll finds the rows.
    } finally {
      n.inFlight = false;
    }
  })(notifier);
}
