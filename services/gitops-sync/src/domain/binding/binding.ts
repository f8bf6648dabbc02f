// The Git credential binding of one project environment (stream
// binding-<projectId>.<environment>): which account's token its Secret holds.
// A failure is recorded once per reason: retries of the same failure (the
// cluster still down, the grant still stale) add no event.
import type { DomainEvent } from '../types.js';
import { assertNever } from '../errors.js';

export type SyncTrigger = 'project_created' | 'token_refreshed' | 'reconcile' | 'manual' | 'flux_auth_failure' | 'owner_changed';
export type FailureReason = 'no_account' | 'reauthorization_required' | 'token_unavailable' | 'kubernetes_unavailable' | 'apply_conflict' | 'kubernetes_error';

export type SyncedData = {
  projectId: string; organizationId: string; environment: string; namespace: string; secretName: string;
  accountId: string; tokenGeneration: number; tokenFingerprint: string; trigger: SyncTrigger;
};
export type FailedData = {
  projectId: string; organizationId: string; environment: string; namespace: string; accountId: string;
  reason: FailureReason; detail: string; trigger: SyncTrigger; stale: boolean;
};
export type BindingEvent = DomainEvent<'GitCredentialsSynced', SyncedData> | DomainEvent<'GitCredentialsSyncFailed', FailedData>;
export type BindingCommand = { type: 'RecordSynced'; data: SyncedData } | { type: 'RecordFailure'; data: FailedData };

export type BindingState =
  | { status: 'none' }
  | { status: 'synced'; accountId: string; generation: number; fingerprint: string }
  | { status: 'failed'; reason: FailureReason; detail: string; stale: boolean };

export const bindingStreamId = (projectId: string, environment: string) => `binding-${projectId}.${environment}`;

export function decide(command: BindingCommand, state: BindingState): BindingEvent[] {
  switch (command.type) {
    case 'RecordSynced':
      return [{ type: 'GitCredentialsSynced', data: command.data }];
    case 'RecordFailure': {
      const d = command.data;
      if (state.status === 'failed' && state.reason === d.reason && state.stale === d.stale && state.detail === d.detail) return [];
      return [{ type: 'GitCredentialsSyncFailed', data: d }];
    }
    default:
      return assertNever(command);
  }
}

export function evolve(_state: BindingState, event: BindingEvent): BindingState {
  switch (event.type) {
    case 'GitCredentialsSynced':
      return { status: 'synced', accountId: event.data.accountId, generation: event.data.tokenGeneration, fingerprint: event.data.tokenFingerprint };
    case 'GitCredentialsSyncFailed':
      return { status: 'failed', reason: event.data.reason, detail: event.data.detail, stale: event.data.stale };
    default:
      return assertNever(event);
  }
}

export const bindingDecider = { decide, evolve, initialState: (): BindingState => ({ status: 'none' }) };
