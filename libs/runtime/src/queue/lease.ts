// One claimed row, as its worker holds it: the work's data, the fencing token
// the claim took, and a signal that aborts when the worker must stop acting on
// it (the lease was lost, the worker is stopping, or a test abandoned it).
import { KeywardenError } from '@keywarden/errors';
import { extractTraceContext, type Context } from '@keywarden/telemetry';

export type LeaseErrorCode = 'ERR_LEASE_LOST' | 'ERR_QUEUE_STOPPING';

/** The lease is no longer this worker's: another took the row over, or it could not be renewed in time. */
export class LeaseLostError extends KeywardenError<LeaseErrorCode> {
  constructor(readonly table: string, readonly fence: number, why: string) {
    super('ERR_LEASE_LOST', 409, `lease ${fence} on ${table} lost: ${why}`, { errorId: 'RUNTIME-ls01' });
  }
}

/** The worker is stopping: the work is handed back to the queue, not judged. */
export class QueueStoppingError extends KeywardenError<LeaseErrorCode> {
  constructor(readonly table: string) {
    super('ERR_QUEUE_STOPPING', 503, `the ${table} worker is stopping`, { errorId: 'RUNTIME-ls02' });
  }
}

/**
 * held: this worker's; settled: completed, retried or released (by this worker);
 * lost: no longer this worker's; abandoned: a test's crash (nothing more is written for it).
 */
export type LeaseState = 'held' | 'settled' | 'lost' | 'abandoned';

export type ClaimedRow = Record<string, unknown> & { fence: number; attempts: number; version: number; traceparent: string | null; tracestate: string | null };

export class Lease<T> {
  readonly fence: number;
  /** Runs started, this one included (0 when the table does not count them). */
  readonly attempts: number;
  readonly version: number;
  /** The trace of whoever asked for the work: the worker's span continues it (the root context when there is none). */
  readonly parent: Context;
  private readonly controller = new AbortController();
  private current: LeaseState = 'held';
  /** Local time (performance.now) after which the lease counts as lost unless renewed. */
  deadline: number;

  constructor(readonly table: string, readonly key: Readonly<Record<string, unknown>>, readonly item: T, row: ClaimedRow, deadline: number) {
    this.fence = Number(row.fence);
    this.attempts = Number(row.attempts);
    this.version = Number(row.version);
    this.parent = extractTraceContext({ traceparent: row.traceparent || undefined, tracestate: row.tracestate || undefined });
    this.deadline = deadline;
  }

  get state(): LeaseState {
    return this.current;
  }

  get held(): boolean {
    return this.current === 'held';
  }

  /** Aborts when the worker must stop acting on the row; its reason is a LeaseLostError or a QueueStoppingError. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Throws the reason the work must stop, if there is one. */
  throwIfAborted(): void {
    this.controller.signal.throwIfAborted();
  }

  /** @internal (WorkQueue) */
  settle(): void {
    if (this.current === 'held') this.current = 'settled';
  }

  /** @internal (WorkQueue) */
  lose(why: string): void {
    if (this.current !== 'held') return;
    this.current = 'lost';
    this.controller.abort(new LeaseLostError(this.table, this.fence, why));
  }

  /** @internal (WorkQueue) */
  abandon(): void {
    if (this.current !== 'held') return;
    this.current = 'abandoned';
    this.controller.abort(new LeaseLostError(this.table, this.fence, 'abandoned'));
  }

  /** @internal (QueueWorker) */
  interrupt(): void {
    if (this.current === 'held' && !this.controller.signal.aborted) this.controller.abort(new QueueStoppingError(this.table));
  }
}
