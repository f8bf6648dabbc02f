// A reconcile run (stream reconcile-<runId>): one event with its counts.
import type { Decider, DomainEvent } from '@keywarden/domain';

export type ReconcileCounts = { projects: number; refreshed: number; failed: number; driftFixed: number };
export type ReconcileCompleted = DomainEvent<'CredentialsReconcileCompleted', {
  runId: string; trigger: 'schedule' | 'manual'; projectId: string; projects: number; refreshed: number; failed: number;
  driftFixed: number; durationMs: number; completedAt: string;
}>;
export type CompleteReconcile = { type: 'CompleteReconcile'; data: ReconcileCompleted['data'] };

export const reconcileDecider: Decider<{ done: boolean }, CompleteReconcile, ReconcileCompleted> = {
  initialState: (): { done: boolean } => ({ done: false }),
  decide: (command: CompleteReconcile, state: { done: boolean }): ReconcileCompleted[] =>
    state.done ? [] : [{ type: 'CredentialsReconcileCompleted', data: command.data }],
  evolve: (_state: { done: boolean }, _event: ReconcileCompleted) => ({ done: true }),
};
