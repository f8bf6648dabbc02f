import { deciderSpec } from '@keywarden/testing/decider';
import { describe, expect, it } from 'vitest';
import { bindingDecider, type BindingEvent, type SyncedData, type VerificationFailedData, type VerifiedData } from './binding.js';
import { classifyFluxFailure, sanitizeFluxMessage } from './verification.js';

const spec = deciderSpec(bindingDecider);
const where = { projectId: 'p1', organizationId: 'o1', environment: 'dev', namespace: 'project-web-dev', accountId: 'a1' };
const synced = (generation: number, requestedAt: string): BindingEvent => ({
  type: 'GitCredentialsSynced',
  data: { ...where, secretName: 'web-git-auth', tokenGeneration: generation, tokenFingerprint: `f${generation}`, trigger: 'token_refreshed', reconcileRequestedAt: requestedAt } satisfies SyncedData,
});
const verified = (requestedAt: string, generation = 2): VerifiedData => ({ ...where, tokenGeneration: generation, reconcileRequestedAt: requestedAt, revision: 'main@sha1:abc', verifiedAt: '2026-03-01T08:00:05Z' });
const failing = (requestedAt: string, reason: VerificationFailedData['reason'] = 'authentication_required'): VerificationFailedData => ({
  ...where, tokenGeneration: 2, reconcileRequestedAt: requestedAt, reason, fluxReason: 'GitOperationFailed', message: 'authentication required', failedAt: '2026-03-01T08:00:05Z',
});

describe('binding decider: Flux verification', () => {
  it('a Secret written with a reconcile request is pending; without Flux to ask, unverified', () => {
    expect(spec.given().state.verification.status).toBe('unknown');
    expect(spec.given([synced(2, 'T1')]).state.verification).toEqual({ status: 'pending', requestedAt: 'T1', reason: '' });
    expect(spec.given([synced(2, '')]).state.verification).toEqual({ status: 'unverified', requestedAt: '', reason: '' });
  });

  it('given a pending write, when Flux answered its request, then verified once', () => {
    const { state } = spec.given([synced(2, 'T1')]).when({ type: 'RecordVerified', data: verified('T1') })
      .then([{ type: 'GitCredentialsVerified', data: verified('T1') }]);
    expect(state.verification.status).toBe('verified');
    // Flux's next interval says the same: nothing more is recorded.
    spec.given([synced(2, 'T1'), { type: 'GitCredentialsVerified', data: verified('T1') }]).when({ type: 'RecordVerified', data: verified('T1') }).thenNothing();
  });

  it('an answer to an older request (or to none) says nothing about the Secret written since', () => {
    const rewritten = spec.given([synced(1, 'T1'), synced(2, 'T2')]);
    rewritten.when({ type: 'RecordVerified', data: verified('T1') }).thenNothing();
    rewritten.when({ type: 'RecordVerificationFailed', data: failing('T1') }).thenNothing();
    spec.given([synced(2, '')]).when({ type: 'RecordVerified', data: verified('') }).thenNothing();
  });

  it('a failure is recorded when it starts and when its class changes, not at every Flux retry', () => {
    spec.given([synced(2, 'T1'), { type: 'GitCredentialsVerified', data: verified('T1') }]).when({ type: 'RecordVerificationFailed', data: failing('T1') })
      .then([{ type: 'GitCredentialsVerificationFailed', data: failing('T1') }]);
    const failingState = spec.given([synced(2, 'T1'), { type: 'GitCredentialsVerificationFailed', data: failing('T1') }]);
    expect(failingState.state.verification).toEqual({ status: 'failing', requestedAt: 'T1', reason: 'authentication_required' });
    failingState.when({ type: 'RecordVerificationFailed', data: failing('T1') }).thenNothing();
    failingState.when({ type: 'RecordVerificationFailed', data: failing('T1', 'not_found') }).then([{ type: 'GitCredentialsVerificationFailed', data: failing('T1', 'not_found') }]);
    // It works again (the host came back, the same Secret): verified again.
    failingState.when({ type: 'RecordVerified', data: verified('T1') }).then([{ type: 'GitCredentialsVerified', data: verified('T1') }]);
  });

  it('a failed write leaves what Flux said of the Secret in the cluster as it was', () => {
    const { state } = spec.given([
      synced(2, 'T1'), { type: 'GitCredentialsVerified', data: verified('T1') },
      { type: 'GitCredentialsSyncFailed', data: { ...where, reason: 'token_unavailable', detail: 'x', trigger: 'token_refreshed', stale: false } },
    ]);
    expect(state.status).toBe('failed');
    expect(state.verification).toEqual({ status: 'verified', requestedAt: 'T1', reason: '' });
  });
});

describe('Flux failure classes and messages', () => {
  const clone = "failed to checkout and determine revision: unable to clone 'https://gitlab.com/acme/web'";
  it('tells authentication, authorization, missing repository or branch, and an unusable Secret apart', () => {
    expect(classifyFluxFailure('GitOperationFailed', `${clone}: authentication required: HTTP Basic: Access denied.`)).toBe('authentication_required');
    expect(classifyFluxFailure('GitOperationFailed', `${clone}: authorization failed: You are not allowed to download code from this project.`)).toBe('authorization_failed');
    expect(classifyFluxFailure('GitOperationFailed', `${clone}: repository not found: The project you were looking for could not be found`)).toBe('not_found');
    expect(classifyFluxFailure('GitOperationFailed', 'failed to checkout and determine revision: unable to clone: couldn\'t find remote ref "refs/heads/x"')).toBe('not_found');
    expect(classifyFluxFailure('AuthenticationFailed', 'failed to get secret \'ns/web-git-auth\': secrets "web-git-auth" not found')).toBe('secret_unusable');
    expect(classifyFluxFailure('GitOperationFailed', `${clone}: dial tcp: lookup gitlab.com: no such host`)).toBe('other');
  });

  it('removes credentials and token-shaped strings, keeping commit SHAs and paths readable', () => {
    const message = sanitizeFluxMessage(
      "unable to clone 'https://oauth2:glpat-sim-Zm9vYmFyYmF6cXV4@gitlab.com/acme/web-shop-frontend-service/info/refs': "
      + 'Authorization: Basic b2F1dGgyOnNlY3JldC10b2tlbi12YWx1ZQ== rejected token dGhpc2lzYXRva2VudGhhdGlzbG9uZzEyMzQ1Njc4OQ at 4f0c1e2d3b4a59687766554433221100ffeeddcc',
    );
    expect(message).not.toMatch(/glpat-sim|Zm9vYmFy|b2F1dGgy|dGhpc2lz/);
    expect(message).toContain("'https://[redacted]@gitlab.com/acme/web-shop-frontend-service/info/refs'");
    expect(message).toContain('Basic [redacted]');
    expect(message).toContain('4f0c1e2d3b4a59687766554433221100ffeeddcc');
    expect(sanitizeFluxMessage('x'.repeat(2000)).length).toBe(500);
  });
});
