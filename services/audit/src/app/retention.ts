// The retention task's work: delete the entries past the retention period and record the purge as
// AuditEntriesPurged on the audit stream, which the audit consumer then puts in the trail too.
import { randomUUID } from 'node:crypto';
import { retentionCutoff, retentionDecider, retentionStreamId } from '../domain/retention.js';
import type { Clock, RetentionStore } from './ports.js';

export type PurgeResult = { cutoff: Date; deletedCount: number };

export function retention(deps: { store: RetentionStore; clock: Clock; retentionDays: number }) {
  return {
    async purgeExpired(): Promise<PurgeResult> {
      const now = deps.clock.now();
      const runId = randomUUID();
      const cutoff = retentionCutoff(now, deps.retentionDays);
      const decide = (deletedCount: number) =>
        retentionDecider.decide({ type: 'RecordPurge', runId, now, retentionDays: deps.retentionDays, deletedCount }, retentionDecider.initialState());
      const { deletedCount } = await deps.store.purge(cutoff, decide, retentionStreamId(runId));
      return { cutoff, deletedCount };
    },
  };
}

export type Retention = ReturnType<typeof retention>;
