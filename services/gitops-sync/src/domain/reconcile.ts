// A reconcile run (stream reconcile-<runId>): one event with its counts.
import type { ContractEvent, Decider } from '@keywarden/domain';

export type ReconcileCounts = { projects: number; refreshed: number; failed: number; driftFixed: number };
// Event data is the contract's (gitops/v1/credentials.proto), the trigger and the completion time narrowed.
export type ReconcileCompleted = ContractEvent<'CredentialsReconcileCompleted', { trigger: 'schedule' | 'manual'; completedAt: string }>;
export type CompleteReconcile = { type: 'CompleteReconcile'; data: ReconcileCompleted['data'] };

export const reconcileDecider: Decider<{ done: boolean }, CompleteReconcile, ReconcileCompleted> = {
  initialState: (): { done: boolean } => ({ done: false }),
  decide: (command: CompleteReconcile, state: { done: boolean }): ReconcileCompleted[] =>
    state.done ? [] : [{ type: 'CredentialsReconcileCompleted', data: command.data }],
  evolve: (_state: { done: boolean }, _event: ReconcileCompleted) => ({ done: true }),
};
