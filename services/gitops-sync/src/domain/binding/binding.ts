// The Git credential binding of one project environment (stream
// binding-<projectId>.<environment>): which account's token its Secret holds,
// and whether Flux can fetch the repository with it. A failure is recorded
// once per reason: retries of the same failure (the cluster still down, the
// grant still stale) add no event.
//
// Verification: each Secret written is followed by a reconcile request to Flux
// (the GitRepository's reconcile.fluxcd.io/requestedAt), recorded with the
// write (GitCredentialsSynced.reconcileRequestedAt): the credential is then
// pending. Flux's answer counts only for that request (its
// status.lastHandledReconcileAt equals it), so an answer about an older
// Secret never marks a newer one verified or failing. A verification is
// recorded when it changes (pending → verified, verified → failing, one
// failure class → another), not at every Flux interval.
import { assertNever, type ContractData, type ContractEvent, type Decider } from '@keywarden/domain';
import type { VerificationReason, VerificationStatus } from './verification.js';

export type SyncTrigger = 'project_created' | 'token_refreshed' | 'reconcile' | 'manual' | 'flux_auth_failure' | 'owner_changed';
export type FailureReason = 'no_account' | 'reauthorization_required' | 'token_unavailable' | 'kubernetes_unavailable' | 'apply_conflict' | 'kubernetes_error';

// Event data is the contract's (gitops/v1/credentials.proto); only what the contract leaves open is narrowed here.
// GitCredentialsSynced.reconcileRequestedAt: the requestedAt Flux is asked to reconcile with; '' when there is no
// Flux (manifests target).
type SyncedNarrowing = { trigger: SyncTrigger };
type FailedNarrowing = { reason: FailureReason; trigger: SyncTrigger };
type VerifiedNarrowing = { verifiedAt: string };
type VerificationFailedNarrowing = { reason: VerificationReason; failedAt: string };
export type SyncedData = ContractData<'GitCredentialsSynced', SyncedNarrowing>;
export type FailedData = ContractData<'GitCredentialsSyncFailed', FailedNarrowing>;
export type VerifiedData = ContractData<'GitCredentialsVerified', VerifiedNarrowing>;
export type VerificationFailedData = ContractData<'GitCredentialsVerificationFailed', VerificationFailedNarrowing>;

export type BindingEvent =
  | ContractEvent<'GitCredentialsSynced', SyncedNarrowing>
  | ContractEvent<'GitCredentialsSyncFailed', FailedNarrowing>
  | ContractEvent<'GitCredentialsVerified', VerifiedNarrowing>
  | ContractEvent<'GitCredentialsVerificationFailed', VerificationFailedNarrowing>;
export type BindingCommand =
  | { type: 'RecordSynced'; data: SyncedData }
  | { type: 'RecordFailure'; data: FailedData }
  | { type: 'RecordVerified'; data: VerifiedData }
  | { type: 'RecordVerificationFailed'; data: VerificationFailedData };

/** What is known of the Secret in the cluster: the reconcile last requested with it, and Flux's answer. */
export type Verification = { status: VerificationStatus; requestedAt: string; reason: VerificationReason | '' };

export type BindingState =
  | { status: 'none'; verification: Verification }
  | { status: 'synced'; accountId: string; generation: number; fingerprint: string; verification: Verification }
  | { status: 'failed'; reason: FailureReason; detail: string; stale: boolean; verification: Verification };

export const bindingStreamId = (projectId: string, environment: string) => `binding-${projectId}.${environment}`;
export const UNKNOWN: Verification = { status: 'unknown', requestedAt: '', reason: '' };

export function decide(command: BindingCommand, state: BindingState): BindingEvent[] {
  switch (command.type) {
    case 'RecordSynced':
      return [{ type: 'GitCredentialsSynced', data: command.data }];
    case 'RecordFailure': {
      const d = command.data;
      if (state.status === 'failed' && state.reason === d.reason && state.stale === d.stale && state.detail === d.detail) return [];
      return [{ type: 'GitCredentialsSyncFailed', data: d }];
    }
    case 'RecordVerified': {
      const v = state.verification;
      if (!answers(v, command.data.reconcileRequestedAt) || v.status === 'verified') return [];
      return [{ type: 'GitCredentialsVerified', data: command.data }];
    }
    case 'RecordVerificationFailed': {
      const v = state.verification;
      if (!answers(v, command.data.reconcileRequestedAt) || (v.status === 'failing' && v.reason === command.data.reason)) return [];
      return [{ type: 'GitCredentialsVerificationFailed', data: command.data }];
    }
    default:
      return assertNever(command);
  }
}

/** Flux's answer is about the Secret last written only when it handled that write's request. */
const answers = (v: Verification, requestedAt: string) => v.requestedAt !== '' && v.requestedAt === requestedAt;

export function evolve(state: BindingState, event: BindingEvent): BindingState {
  switch (event.type) {
    case 'GitCredentialsSynced': {
      const requestedAt = event.data.reconcileRequestedAt;
      return {
        status: 'synced', accountId: event.data.accountId, generation: event.data.tokenGeneration, fingerprint: event.data.tokenFingerprint,
        verification: requestedAt ? { status: 'pending', requestedAt, reason: '' } : { status: 'unverified', requestedAt: '', reason: '' },
      };
    }
    case 'GitCredentialsSyncFailed':
      // The Secret in the cluster did not change: what Flux said of it still holds.
      return { status: 'failed', reason: event.data.reason, detail: event.data.detail, stale: event.data.stale, verification: state.verification };
    case 'GitCredentialsVerified':
      return { ...state, verification: { status: 'verified', requestedAt: event.data.reconcileRequestedAt, reason: '' } };
    case 'GitCredentialsVerificationFailed':
      return { ...state, verification: { status: 'failing', requestedAt: event.data.reconcileRequestedAt, reason: event.data.reason } };
    default:
      return assertNever(event);
  }
}

export const bindingDecider: Decider<BindingState, BindingCommand, BindingEvent> = { decide, evolve, initialState: (): BindingState => ({ status: 'none', verification: UNKNOWN }) };
