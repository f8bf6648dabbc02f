// Whether Flux can fetch the repository with an environment's Secret, told
// from the GitRepository's Ready condition. Pure: the Flux watch hands in what
// it read.
//
// Source-controller reports a clone that failed with reason GitOperationFailed
// and go-git's error in the message ("authentication required" for HTTP 401,
// "authorization failed" for 403, "repository not found" for 404, or a branch
// that is not there: "couldn't find remote ref"); a Secret it cannot read or
// use is reason AuthenticationFailed.
import { storableText } from '@keywarden/errors';

export type VerificationStatus = 'unknown' | 'pending' | 'verified' | 'failing' | 'unverified';
export type VerificationReason = 'authentication_required' | 'authorization_failed' | 'not_found' | 'secret_unusable' | 'other';

/** Failures a new token may cure: gitops-sync refreshes the token and rewrites the Secret. */
export const REFRESH_CURES: readonly VerificationReason[] = ['authentication_required', 'secret_unusable'];
/** Failures counted as authentication failures (keywarden_gitops_flux_auth_failures_total). */
export const AUTH_FAILURES: readonly VerificationReason[] = ['authentication_required', 'authorization_failed', 'secret_unusable'];

export function classifyFluxFailure(fluxReason: string, message: string): VerificationReason {
  const text = message.toLowerCase();
  if (text.includes('authentication required')) return 'authentication_required';
  if (text.includes('authorization failed')) return 'authorization_failed';
  if (fluxReason === 'AuthenticationFailed') return 'secret_unusable';
  if (text.includes('repository not found') || text.includes("couldn't find remote ref")) return 'not_found';
  return 'other';
}

const MAX_MESSAGE = 500;
const URL_USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@'"]+@/gi;
const PROVIDER_TOKEN = /\b(?:glpat|gloas|glrt|glptt|gldt|glsoat|gho|ghp|ghs|ghu|ghr|github_pat|whk|whsec|kwp|kwr|xox[abpr])[-_][A-Za-z0-9._-]{6,}/g;
const AUTH_HEADER = /\b(basic|bearer)\s+[A-Za-z0-9+/=._~-]{8,}/gi;
// Long runs of a token alphabet mixing letters and digits; a commit SHA (40 or 64 hex) is not a secret and stays.
const OPAQUE = /[A-Za-z0-9+=_-]{32,}/g;
const opaque = (run: string) => /[0-9]/.test(run) && /[A-Za-z]/.test(run) && !/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(run);

/**
 * Flux's message as it may be shown and recorded: credentials in URLs, provider-token-shaped strings,
 * Authorization values and long opaque runs replaced by [redacted]; cut to 500 characters.
 */
export function sanitizeFluxMessage(message: string): string {
  const cleaned = message
    .replace(URL_USERINFO, '$1[redacted]@')
    .replace(PROVIDER_TOKEN, '[redacted]')
    .replace(AUTH_HEADER, '$1 [redacted]')
    .replace(OPAQUE, (run) => (opaque(run) ? '[redacted]' : run));
  return storableText(cleaned, MAX_MESSAGE);
}
