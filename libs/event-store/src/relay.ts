import type { Database } from '@keywarden/db';
import type { ReservedSql } from 'postgres';
import { toRecorded, type EventRow } from './event-store.js';
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
  /** Events per round; one pipelined publish and one delete each. */
  batchSize?: number;
  /** Fallback when a NOTIFY is missed (e.g. the LISTEN connection was down). */
  pollIntervalMs?: number;
  /** How often a follower tries to become leader. */
  leaderRetryMs?: number;
  logger?: RelayLogger;
  /** Test seam: runs after the acks and before the delete (where a crash republishes). */
  afterPublish?: (events: readonly RecordedEvent[]) => Promise<void>;
};

const LOCK_KEY = 0x6b77_0001; // 'kw' + 1: the outbox relay of this database
const CHANNEL = 'kw_outbox';

/**
 * One relay per service is leader (a session advisory lock held on a reserved
 * connection); the others wait. The leader is woken by LISTEN/NOTIFY, polls
 * as a fallback, publishes outbox rows in global order and deletes them after
 * the JetStream ack. A crash between ack and delete republishes the same ids,
 * which JetStream's duplicate window and the consumers' inbox absorb.
 */
export class OutboxRelay {
  private stopped = true;
  private leaderConnection: ReservedSql | undefined;
  private wake: (() => void) | undefined;
  /** A NOTIFY that came while a round was running: the next sleep returns at once. */
  private woken = false;
  private lastLeaderCheck = 0;
  private loop: Promise<void> | undefined;
  private unlisten: (() => Promise<void>) | undefined;
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private readonly leaderRetryMs: number;
  published = 0;
  rejected = 0;

  constructor(private readonly options: RelayOptions) {
    this.batchSize = options.batchSize ?? 500;
    this.pollIntervalMs = options.pollIntervalMs ?? 1000;
    this.leaderRetryMs = options.leaderRetryMs ?? 2000;
  }

  get isLeader(): boolean {
    return this.leaderConnection !== undefined;
  }

  async start(): Promise<void> {
    if (!this.stopped) return;
    this.stopped = false;
    const listener = await this.options.database.sql.listen(CHANNEL, () => {
      this.woken = true;
      this.wake?.();
    });
    this.unlisten = () => listener.unlisten();
    this.loop = this.run();
  }

  /** Finishes the round in flight, gives up leadership and stops listening. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    this.wake?.();
    await this.loop;
    await this.unlisten?.().catch(() => {});
    await this.releaseLeadership();
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (!this.stopped) {
      try {
        if (!this.isLeader && !(await this.tryBecomeLeader())) {
          await this.sleep(this.leaderRetryMs);
          continue;
        }
        await this.checkLeadership();
        const moved = await this.relayOnce();
        failures = 0;
        if (moved === 0) await this.sleep(this.pollIntervalMs);
      } catch (error) {
        failures++;
        this.options.logger?.warn({ err: describe(error), failures }, 'outbox relay round failed');
        // A broken lock connection means we may no longer be leader: re-elect.
        await this.releaseLeadership();
        await this.sleep(Math.min(100 * 2 ** failures, 5000));
      }
    }
  }

  /** One round: read a batch in order, publish it, delete what was acked. Returns how many moved. */
  async relayOnce(): Promise<number> {
    const sql = this.options.database.sql;
    const rows = await sql<EventRow[]>`
      select e.global_position, e.stream_id, e.stream_version, e.event_id, e.type, e.data, e.metadata, e.recorded_at
      from outbox o join events e on e.global_position = o.global_position
      order by o.global_position
      limit ${this.batchSize}
    `;
    if (rows.length === 0) return 0;
    const events = rows.map(toRecorded);
    const outcomes = await this.options.publish(events);
    // Everything before the first event to retry is done: acked, or parked as unpublishable.
    const firstRetry = outcomes.findIndex((o) => o.status === 'retry');
    const settled = firstRetry === -1 ? events.length : firstRetry;
    const done = events.slice(0, settled);
    const rejected = done.filter((_, i) => outcomes[i]?.status === 'rejected');
    if (done.length > 0) {
      await this.options.afterPublish?.(done);
      await sql.begin(async (tx) => {
        for (const event of rejected) {
          const outcome = outcomes[events.indexOf(event)] as { code: string };
          await tx`
            insert into dead_letters (consumer, stream, stream_sequence, subject, event_id, headers, payload, error_code, error, deliveries)
            values ('outbox-relay', 'outbox', ${event.globalPosition}, ${event.type}, ${event.eventId}, '{}'::jsonb, ''::bytea,
                    ${outcome.code}, 'the event does not fit its contract and cannot be published', 1)
            on conflict do nothing`;
        }
        await tx`delete from outbox where global_position = any(${done.map((e) => e.globalPosition)}::bigint[])`;
      });
      this.published += done.length - rejected.length;
      this.rejected += rejected.length;
      if (rejected.length > 0) {
        this.options.logger?.error({ count: rejected.length, codes: rejected.map((e) => e.type) }, 'events parked: they cannot be published');
      }
    }
    if (firstRetry !== -1) {
      const outcome = outcomes[firstRetry] as { code: string };
      throw Object.assign(new Error(`the bus did not acknowledge event ${firstRetry + 1} of ${events.length}`), { code: outcome.code });
    }
    return done.length;
  }

  private async tryBecomeLeader(): Promise<boolean> {
    const connection = await this.options.database.sql.reserve();
    try {
      const [row] = await connection<{ ok: boolean }[]>`select pg_try_advisory_lock(${LOCK_KEY}) as ok`;
      if (row?.ok) {
        this.leaderConnection = connection;
        this.options.logger?.info({}, 'outbox relay is leader');
        return true;
      }
    } catch (error) {
      connection.release();
      throw error;
    }
    connection.release();
    return false;
  }

  private async releaseLeadership(): Promise<void> {
    const connection = this.leaderConnection;
    this.leaderConnection = undefined;
    if (!connection) return;
    await connection`select pg_advisory_unlock(${LOCK_KEY})`.catch(() => {});
    connection.release();
  }

  /** A dead lock connection means the lock is gone: find out before another round. */
  private async checkLeadership(): Promise<void> {
    if (!this.leaderConnection || Date.now() - this.lastLeaderCheck < 5000) return;
    await this.leaderConnection`select 1`;
    this.lastLeaderCheck = Date.now();
  }

  private sleep(ms: number): Promise<void> {
    if (this.woken || this.stopped) {
      this.woken = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.woken = false;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = done;
    });
  }
}

function describe(error: unknown): { type: string; code?: string } {
  const e = error as { name?: string; code?: string };
  return { type: e?.name ?? typeof error, ...(e?.code ? { code: String(e.code) } : {}) };
}
