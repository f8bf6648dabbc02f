// A work queue on a service's table: claim with FOR UPDATE SKIP LOCKED and a
// short lease, renew the leases held by a heartbeat, settle by key and fence.
//
// Fencing: every claim takes a new fence from the table's sequence, and every
// later statement (renew, complete, retry, release, lock) matches it, so a
// worker that lost its row (it stalled past the lease and another replica
// claimed it) changes nothing with it: its settle is a no-op. The heartbeat
// renews every lease a third of the lease into it; a lease not renewed for
// two thirds of it counts as lost here (its signal aborts), which is before
// the database frees it (the database's lease runs from when the renew ran,
// later than when it was sent), so the worker stops before a replica can
// take over. Database errors fail the statement at hand and nothing else:
// the heartbeat tries again, and a claim fails to the worker, which polls on.
import { performance } from 'node:perf_hooks';
import { sqlClient, type Database, type DbOrTx } from '@keywarden/db';
import { injectTraceContext, type Logger } from '@keywarden/telemetry';
import type { Clock } from '../service.js';
import { Lease, LeaseLostError, type ClaimedRow } from './lease.js';
import { statements, type QueueTable, type Statements } from './statements.js';

export type WorkQueueOptions<T> = {
  database: Database;
  table: QueueTable;
  /** How long a claim holds a row without a heartbeat (KW_QUEUE_LEASE_MS). */
  leaseMs: number;
  /** The work's data from a claimed row (its key, `data` columns and the queue's own). */
  map: (row: Record<string, unknown>) => T;
  /** Due times and backoff follow this clock (the service's); leases follow the database's. */
  clock?: Clock;
  logger: Logger;
};

type Sql = Database['sql'];

/** The trace context of the active span, for the traceparent/tracestate columns of a row being queued. */
export function traceColumns(): { traceparent: string; tracestate: string } {
  const carrier = injectTraceContext<Record<string, string>>({});
  return { traceparent: carrier['traceparent'] ?? '', tracestate: carrier['tracestate'] ?? '' };
}

export class WorkQueue<T> {
  readonly name: string;
  private readonly sql: Statements;
  private readonly keys: string[];
  private readonly held = new Set<Lease<T>>();
  /** Leases a settle statement is working on: the heartbeat leaves them alone. */
  private readonly settling = new Set<Lease<T>>();
  private heartbeat: NodeJS.Timeout | undefined;
  private beating = false;
  private abandoned = false;

  constructor(private readonly options: WorkQueueOptions<T>) {
    this.name = options.table.table;
    this.sql = statements(options.table);
    this.keys = Object.keys(options.table.key);
    if (!(options.leaseMs >= 30)) throw new RangeError(`queue ${this.name}: lease of ${options.leaseMs} ms is too short`);
  }

  get leaseMs(): number {
    return this.options.leaseMs;
  }

  /** The database the queue's table is in (its availability tells an outage from a failing statement). */
  get database(): Database {
    return this.options.database;
  }

  /** Whether the table has a due time to retry by. */
  get canRetry(): boolean {
    return this.sql.retry !== undefined;
  }

  /** Leases this worker holds now. */
  get holding(): number {
    return this.held.size;
  }

  /** Claims up to `limit` rows that are due and free (or whose lease ran out). */
  async claim(limit: number): Promise<Array<Lease<T>>> {
    if (limit <= 0 || this.abandoned) return [];
    const sentAt = performance.now();
    const rows = await this.options.database.sql.unsafe<ClaimedRow[]>(this.sql.claim, [limit, this.options.leaseMs, ...(this.sql.columns.dueAt ? [this.now()] : [])], { prepare: true });
    if (this.abandoned) return [];
    return rows.map((row) => this.adopt(row, sentAt));
  }

  /**
   * Holds a row the service leased itself (an insert that claims, with the table's columns named as a claim
   * returns them), `sentAt` being when that statement was sent (performance.now()).
   */
  adopt(row: ClaimedRow, sentAt: number): Lease<T> {
    const key = Object.fromEntries(this.keys.map((k) => [k, row[k]]));
    const lease = new Lease<T>(this.name, key, this.options.map(row), row, sentAt + this.keepMs());
    if (this.abandoned) {
      lease.abandon();
      return lease;
    }
    this.held.add(lease);
    this.startHeartbeat();
    return lease;
  }

  /** Renews one lease now (a fence check before an irreversible step); throws LeaseLostError when it is not this worker's any more. */
  async renew(lease: Lease<T>): Promise<void> {
    lease.throwIfAborted();
    if (!lease.held) throw new LeaseLostError(this.name, lease.fence, `it is ${lease.state}`);
    const sentAt = performance.now();
    const rows = await this.options.database.sql.unsafe<Array<{ fence: number }>>(this.sql.renew, [this.rows([lease]), this.options.leaseMs], { prepare: true });
    if (rows.length === 0) {
      this.drop(lease, 'taken over or freed');
      throw new LeaseLostError(this.name, lease.fence, 'taken over or freed');
    }
    lease.deadline = Math.max(lease.deadline, sentAt + this.keepMs());
    lease.throwIfAborted();
  }

  /** The work is done: deletes the rows (a row rewritten since its claim is freed instead, to run again). Returns the leases that were still held. */
  complete(leases: ReadonlyArray<Lease<T>>, options: { tx?: DbOrTx } = {}): Promise<Array<Lease<T>>> {
    const version = this.sql.columns.version !== null;
    return this.settle(leases, options.tx, this.sql.complete, (lease) => (version ? { version: lease.version } : {}), []);
  }

  /** Runs again after `delayMs` (per lease): frees the rows with their due time moved on; attempts stay counted. */
  retry(leases: ReadonlyArray<Lease<T>>, options: { delayMs: number | ((lease: Lease<T>) => number); tx?: DbOrTx }): Promise<Array<Lease<T>>> {
    if (!this.sql.retry) throw new TypeError(`queue ${this.name} has no due column to retry by`);
    const delay = typeof options.delayMs === 'number' ? () => options.delayMs as number : options.delayMs;
    return this.settle(leases, options.tx, this.sql.retry, (lease) => ({ version: lease.version, delay_ms: Math.max(0, Math.round(delay(lease))) }), [this.now()]);
  }

  /** Hands the rows back at once; `refund` gives the attempt back (a stop is not a failed run). */
  release(leases: ReadonlyArray<Lease<T>>, options: { refund?: boolean; tx?: DbOrTx } = {}): Promise<Array<Lease<T>>> {
    return this.settle(leases, options.tx, this.sql.release, () => ({ refund: options.refund ?? false }), []);
  }

  /**
   * For settles the service writes itself: locks the rows still held until `tx` ends and returns their leases,
   * now settled here; the service changes only those rows, in `tx`.
   */
  lock(tx: DbOrTx, leases: ReadonlyArray<Lease<T>>): Promise<Array<Lease<T>>> {
    return this.settle(leases, tx, this.sql.lock, () => ({}), []);
  }

  /** A test's crash: every lease is dropped without a word to the database (no release, no settle, no heartbeat), and nothing is claimed again. */
  abandon(): void {
    this.abandoned = true;
    for (const lease of this.held) lease.abandon();
    this.held.clear();
    this.stopHeartbeat();
  }

  /** Stops the heartbeat (after the worker settled or released what it held). */
  close(): void {
    this.stopHeartbeat();
  }

  private async settle(
    leases: ReadonlyArray<Lease<T>>, tx: DbOrTx | undefined, text: string | readonly string[], extra: (lease: Lease<T>) => Record<string, unknown>, params: Array<string | null>,
  ): Promise<Array<Lease<T>>> {
    // A lease lost or abandoned is not this worker's to write for.
    const mine = leases.filter((l) => l.state === 'held' || l.state === 'settled');
    if (mine.length === 0 || this.abandoned) return [];
    for (const lease of mine) this.settling.add(lease);
    try {
      const args = [this.rows(mine, extra), ...params];
      const texts = typeof text === 'string' ? [text] : text;
      // Of several statements (one transaction) the first only locks; the others say what they settled.
      const run = async (client: Sql) => {
        const settled: Array<{ fence: number }> = [];
        for (const [i, statement] of texts.entries()) {
          const rows = await client.unsafe<Array<{ fence: number }>>(statement, args, { prepare: true });
          if (i > 0 || texts.length === 1) settled.push(...rows);
        }
        return settled;
      };
      const rows = tx ? await run(sqlClient(tx))
        : texts.length === 1 ? await run(this.options.database.sql)
        : await this.options.database.sql.begin((t) => run(t as unknown as Sql));
      const fences = new Set(rows.map((r) => Number(r.fence)));
      const held = mine.filter((l) => fences.has(l.fence));
      for (const lease of mine) {
        if (fences.has(lease.fence)) {
          lease.settle();
          this.held.delete(lease);
        } else this.drop(lease, 'taken over or freed before its settle');
      }
      if (this.held.size === 0) this.stopHeartbeat();
      return held;
    } finally {
      for (const lease of mine) this.settling.delete(lease);
    }
  }

  private rows(leases: ReadonlyArray<Lease<T>>, extra: (lease: Lease<T>) => Record<string, unknown> = () => ({})): string {
    return JSON.stringify(leases.map((l) => ({ ...l.key, fence: l.fence, ...extra(l) })));
  }

  private drop(lease: Lease<T>, why: string): void {
    if (!lease.held) return;
    lease.lose(why);
    this.held.delete(lease);
    this.options.logger.warn({ queue: this.name, fence: lease.fence, why }, 'lease lost: the work stops here');
  }

  /** How long after a renew was sent the lease still counts as held here: two thirds of the lease. */
  private keepMs(): number {
    return (this.options.leaseMs * 2) / 3;
  }

  private now(): string | null {
    return this.options.clock ? this.options.clock.now().toISOString() : null;
  }

  private startHeartbeat(): void {
    if (this.heartbeat) return;
    this.heartbeat = setInterval(() => void this.beat(), Math.max(10, Math.floor(this.options.leaseMs / 3)));
    this.heartbeat.unref();
  }

  private stopHeartbeat(): void {
    clearInterval(this.heartbeat);
    this.heartbeat = undefined;
  }

  private async beat(): Promise<void> {
    const now = performance.now();
    for (const lease of [...this.held]) if (!this.settling.has(lease) && now >= lease.deadline) this.drop(lease, 'not renewed in time');
    if (this.held.size === 0) return this.stopHeartbeat();
    // A renew still on its way (the database is slow or gone) is not doubled; the deadlines above still apply.
    if (this.beating) return;
    const batch = [...this.held].filter((l) => !this.settling.has(l));
    if (batch.length === 0) return;
    this.beating = true;
    const sentAt = performance.now();
    try {
      const rows = await this.options.database.sql.unsafe<Array<{ fence: number }>>(this.sql.renew, [this.rows(batch), this.options.leaseMs], { prepare: true });
      const renewed = new Set(rows.map((r) => Number(r.fence)));
      for (const lease of batch) {
        if (!lease.held || this.settling.has(lease)) continue;
        if (renewed.has(lease.fence)) lease.deadline = Math.max(lease.deadline, sentAt + this.keepMs());
        else this.drop(lease, 'taken over or freed');
      }
    } catch (error) {
      this.options.logger.warn({ queue: this.name, leases: batch.length, err: { type: (error as Error)?.name, code: (error as { code?: string })?.code } }, 'lease heartbeat failed; trying again');
    } finally {
      this.beating = false;
    }
  }
}
