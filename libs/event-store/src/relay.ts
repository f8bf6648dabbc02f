import { backoffDelay, pauseFor, type Database } from '@keywarden/db';
import { toRecorded, type EventRow } from './event-store.js';
import { LeaderLock } from './leader-lock.js';
import { OUTBOX_CHANNEL, registerLocalRelay } from './outbox-wake.js';
import type { RecordedEvent } from './types.js';

/**
 * What became of one event: the bus acknowledged it, it may succeed later
 * (timeout, no stream, disconnected), or it can never be published (it does
 * not fit its contract): that one is parked in dead_letters, not retried forever.
 */
export type PublishOutcome = { status: 'acked' } | { status: 'retry'; code: string } | { status: 'rejected'; code: string };

/** Publishes events in order (pipelined) and says what became of each. */
export type OutboxPublisher = (events: readonly RecordedEvent[]) => Promise<PublishOutcome[]>;

export type RelayLogger = {
  info: (obj: object, msg?: string) => void;
  warn: (obj: object, msg?: string) => void;
  error: (obj: object, msg?: string) => void;
};

export type RelayOptions = {
  database: Database;
  publish: OutboxPublisher;
  /** Events per round; one pipelined publish and one statement each (the last round's delete with this round's read). */
  batchSize?: number;
  /**
   * The longest an event waits in the outbox: appends of this process wake the relay after their commit,
   * appends of other replicas with one NOTIFY, and a wake that was missed (the LISTEN connection down,
   * an append outside connectDatabase's transactions) is covered by this poll. Default 1 s.
   */
  pollIntervalMs?: number;
  /** How often a follower tries to become leader. */
  leaderRetryMs?: number;
  /**
   * A new leader waits this long before its first round, and a leader sends a
   * batch only within this long of reading it under the lock: so a leader that
   * lost its session and has not noticed yet (its socket's close still on the
   * way) has stopped sending before the next one starts. Default 1 s.
   */
  takeoverGraceMs?: number;
  logger?: RelayLogger;
  /** Test seam: runs after the acks and before the delete (where a crash republishes). */
  afterPublish?: (events: readonly RecordedEvent[]) => Promise<void>;
  /** Told when this relay becomes leader (true) and when it stops being one (false). */
  onLeadership?: (leader: boolean) => void;
};

const LOCK_KEY = 0x6b77_0001; // 'kw' + 1: the outbox relay of this database

/** A statement of the leader found its session no longer holds the lock. */
class LeadershipLost extends Error {
  override name = 'LeadershipLost';
}

/**
 * One relay per service database is leader (a session advisory lock, see
 * LeaderLock); the others wait. The leader is woken after the commits of this
 * process's appends (in process) and of other replicas' (one NOTIFY after their
 * commit, see outbox-wake.ts), and polls as the bound on any wait. It
 * publishes outbox rows in global order and deletes them after the JetStream
 * ack, reading and deleting on the lock's own session with the lock checked in
 * the same statement; a new leader first waits out the takeover grace, so the
 * one it replaced has stopped sending (no two relays ever publish at once). A
 * crash between ack and delete republishes the same ids, which JetStream's duplicate window and the
 * consumers' inbox absorb. While PostgreSQL is away the relay waits with the
 * database's availability (backoff, no log per round) and resumes by itself.
 */
export class OutboxRelay {
  private stopped = true;
  private readonly lock: LeaderLock;
  private wake: (() => void) | undefined;
  /** A NOTIFY that came while a round was running: the next sleep returns at once. */
  private woken = false;
  private loop: Promise<void> | undefined;
  private unlisten: (() => Promise<void>) | undefined;
  private unregister: (() => void) | undefined;
  private stopping = new AbortController();
  /** Leader past its takeover grace: its rounds run. */
  private leading = false;
  private readonly takeoverGraceMs: number;
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private readonly leaderRetryMs: number;
  /** Acked by the bus in the last round, deleted by the next round's statement (or at the end of the loop). */
  private acked: RecordedEvent[] = [];
  published = 0;
  rejected = 0;

  constructor(private readonly options: RelayOptions) {
    this.batchSize = options.batchSize ?? 500;
    this.pollIntervalMs = options.pollIntervalMs ?? 1000;
    this.leaderRetryMs = options.leaderRetryMs ?? 2000;
    this.takeoverGraceMs = options.takeoverGraceMs ?? 1000;
    this.lock = new LeaderLock(options.database, LOCK_KEY, () => {
      if (!this.leading) return;
      this.leading = false;
      this.options.logger?.warn({}, 'outbox relay lost leadership (its database session ended); it competes again');
      this.options.onLeadership?.(false);
    });
  }

  get isLeader(): boolean {
    return this.leading && this.lock.held;
  }

  async start(): Promise<void> {
    if (!this.stopped) return;
    this.stopped = false;
    this.stopping = new AbortController();
    // postgres.js listens on a connection of its own and listens again after it reconnects.
    const listener = await this.options.database.sql.listen(OUTBOX_CHANNEL, () => this.wakeUp());
    this.unlisten = () => listener.unlisten();
    this.unregister = registerLocalRelay(this.options.database, this);
    this.loop = this.run();
  }

  /** Finishes the round in flight, gives up leadership and stops listening. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    this.stopping.abort();
    this.wake?.();
    await this.loop;
    this.unregister?.();
    await this.unlisten?.().catch(() => {});
    const wasLeader = this.isLeader;
    this.leading = false;
    await this.lock.release();
    if (wasLeader) this.options.onLeadership?.(false);
  }

  /** New outbox rows committed: a sleeping round starts now, a running one is followed by another at once. */
  wakeUp(): void {
    this.woken = true;
    this.wake?.();
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (!this.stopped) {
      try {
        if (!this.isLeader) {
          // Acked while it was losing the lock: the next leader republishes them (the duplicate window absorbs it).
          this.acked = [];
          if (!(await this.lock.tryAcquire())) {
            await this.sleep(this.leaderRetryMs);
            continue;
          }
          await pauseFor(this.takeoverGraceMs, this.stopping.signal);
          if (!this.lock.held || this.stopped) continue;
          this.leading = true;
          this.options.logger?.info({}, 'outbox relay is leader');
          this.options.onLeadership?.(true);
        }
        const moved = await this.relayOnce();
        failures = 0;
        if (moved === 0) await this.sleep(this.pollIntervalMs);
      } catch (error) {
        if (error instanceof LeadershipLost) {
          this.acked = [];
          this.lock.lost();
          continue;
        }
        failures++;
        const availability = this.options.database.availability;
        if (availability.noticeFailure(error)) {
          // The database's outage warning says it once; the relay just waits for it.
          await availability.pause(failures, this.stopping.signal);
          continue;
        }
        this.options.logger?.warn({ err: describe(error), failures }, 'outbox relay round failed');
        await pauseFor(backoffDelay(failures, { baseMs: 100 }), this.stopping.signal);
      }
    }
    // Stopping: what the last round got acked is deleted now rather than republished by the next leader.
    const acked = this.acked;
    this.acked = [];
    if (acked.length > 0 && this.isLeader) await this.settleNow(acked, [], () => undefined).catch(() => {});
  }

  /**
   * One round as leader: delete what the last round got acked and read the next batch in order (one
   * statement), publish it, and leave what was acked for the next round's statement. Returns how many
   * moved. A round that parks or must retry deletes at once, as does the end of the loop.
   */
  private async relayOnce(): Promise<number> {
    const session = this.lock.sql;
    const readAt = Date.now();
    const acked = this.acked;
    const positions = acked.map((e) => e.globalPosition);
    // The delete's effect is not visible to the read of the same statement: the rows it deletes are left out by hand.
    const rows = await session<Array<Partial<EventRow> & { leader: boolean }>>`
      with held as materialized (select ${this.lock.holdsLock()} as leader),
      gone as (delete from outbox where global_position = any(${positions}::bigint[]) and (select leader from held))
      select h.leader, e.global_position, e.stream_id, e.stream_version, e.event_id, e.type, e.data, e.metadata, e.recorded_at
      from held h
      left join lateral (
        select e.* from outbox o join events e on e.global_position = o.global_position
        where h.leader and o.global_position <> all(${positions}::bigint[])
        order by o.global_position
        limit ${this.batchSize}
      ) e on true
      order by e.global_position
    `;
    if (!rows[0]?.leader) throw new LeadershipLost();
    this.acked = [];
    this.published += acked.length;
    const events = rows.filter((r) => r.global_position != null).map((r) => toRecorded(r as EventRow));
    if (events.length === 0) return 0;
    // Read too long ago to be sure the lock is still ours (a stalled process): read again.
    if (Date.now() - readAt > this.takeoverGraceMs) return 0;
    const outcomes = await this.options.publish(events);
    // Everything before the first event to retry is done: acked, or parked as unpublishable.
    const firstRetry = outcomes.findIndex((o) => o.status === 'retry');
    const settled = firstRetry === -1 ? events.length : firstRetry;
    const done = events.slice(0, settled);
    const rejected = done.filter((_, i) => outcomes[i]?.status === 'rejected');
    if (done.length > 0) {
      await this.options.afterPublish?.(done);
      if (firstRetry === -1 && rejected.length === 0) {
        // The common round: deleted by the next round's read, which comes at once (the loop goes on while rows move).
        this.acked = done;
        return done.length;
      }
      await this.settleNow(done, rejected, (e) => outcomes[events.indexOf(e)]);
    }
    if (firstRetry !== -1) {
      const outcome = outcomes[firstRetry] as { code: string };
      throw Object.assign(new Error(`the bus did not acknowledge event ${firstRetry + 1} of ${events.length}`), { code: outcome.code });
    }
    return done.length;
  }

  /**
   * Deletes `done` and parks `rejected` now, in one statement on the lock's session with the lock checked
   * in it: if the lock went since the read, nothing is deleted and nothing parked. A statement is atomic,
   * so no transaction (BEGIN and COMMIT are two round trips more).
   */
  private async settleNow(done: readonly RecordedEvent[], rejected: readonly RecordedEvent[], outcomeOf: (e: RecordedEvent) => PublishOutcome | undefined) {
    const session = this.lock.sql;
    const parked = rejected.length === 0 ? session`` : session`,
      parked as (
        insert into dead_letters (consumer, stream, stream_sequence, subject, event_id, headers, payload, error_code, error, deliveries)
        select 'outbox-relay', 'outbox', p.position, p.type, p.event_id, '{}'::jsonb, ''::bytea, p.code,
               'the event does not fit its contract and cannot be published', 1
        from unnest(${rejected.map((e) => e.globalPosition)}::bigint[], ${rejected.map((e) => e.type)}::text[],
                    ${rejected.map((e) => e.eventId)}::text[], ${rejected.map((e) => codeOf(outcomeOf(e)))}::text[])
               as p(position, type, event_id, code)
        where (select ok from held)
        on conflict do nothing
      )`;
    const [check] = await session<Array<{ ok: boolean }>>`
      with held as materialized (select ${this.lock.holdsLock()} as ok)${parked},
      gone as (delete from outbox where global_position = any(${done.map((e) => e.globalPosition)}::bigint[]) and (select ok from held))
      select ok from held`;
    if (!check?.ok) throw new LeadershipLost();
    this.published += done.length - rejected.length;
    this.rejected += rejected.length;
    if (rejected.length > 0) {
      this.options.logger?.error({ count: rejected.length, codes: rejected.map((e) => e.type) }, 'events parked: they cannot be published');
    }
  }

  private sleep(ms: number): Promise<void> {
    if (this.woken || this.stopped) {
      this.woken = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        // Once this sleep is over, a wake is for the next one: it must not clear `woken` here.
        this.wake = undefined;
        this.woken = false;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = done;
    });
  }
}

function codeOf(outcome: PublishOutcome | undefined): string {
  return outcome && outcome.status !== 'acked' ? outcome.code : 'ERR_UNKNOWN';
}

function describe(error: unknown): { type: string; code?: string } {
  const e = error as { name?: string; code?: string };
  return { type: e?.name ?? typeof error, ...(e?.code ? { code: String(e.code) } : {}) };
}
