// Retention of the audit trail: entries older than the retention period are deleted, and each
// purge that deleted something is recorded as AuditEntriesPurged (itself an entry of the trail).
import type { ContractEvent, Decider, DomainCommand } from '@keywarden/domain';

export type RetentionEvent = ContractEvent<'AuditEntriesPurged'>;
export type PurgeCommand = DomainCommand<'RecordPurge'> & { runId: string; now: Date; retentionDays: number; deletedCount: number };

const DAY_MS = 86_400_000;

/** Entries whose event time is before this are past retention. */
export function retentionCutoff(now: Date, retentionDays: number): Date {
  return new Date(now.getTime() - retentionDays * DAY_MS);
}

/** One purge run: nothing to record when nothing was deleted (an idle trail stays quiet). */
export const retentionDecider: Decider<null, PurgeCommand, RetentionEvent> = {
  initialState: () => null,
  evolve: (state) => state,
  decide: (command) => {
    if (command.retentionDays < 1) throw new RangeError('retentionDays must be at least 1');
    if (command.deletedCount <= 0) return [];
    return [{
      type: 'AuditEntriesPurged',
      data: {
        runId: command.runId,
        cutoff: retentionCutoff(command.now, command.retentionDays).toISOString(),
        deletedCount: command.deletedCount,
        retentionDays: command.retentionDays,
      },
    }];
  },
};

export const retentionStreamId = (runId: string) => `retention-${runId}`;
