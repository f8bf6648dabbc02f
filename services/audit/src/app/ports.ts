// What the audit service's use cases need from the outside, implemented by adapters/outgoing.
import type { RetentionEvent } from '../domain/retention.js';

export type Clock = { now: () => Date };

/** The trail's storage for retention: one transaction deletes what is past the cut-off and records the purge. */
export type RetentionStore = {
  /**
   * Deletes the entries older than `cutoff` and, in the same transaction, appends the events
   * `decide(deletedCount)` returns to the service's own stream (through its outbox).
   */
  purge(cutoff: Date, decide: (deletedCount: number) => RetentionEvent[], streamId: string): Promise<{ deletedCount: number }>;
};
