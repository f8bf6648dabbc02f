import { gitopsErrorStatus, type GitopsErrorCode } from '@keywarden/contracts';
import { COMMON_ERROR_STATUS, KeywardenError } from '@keywarden/errors';

export type { GitopsErrorCode };

// ERR_REFRESH_FAILED: 502 by default, 503 when every failure is passing and is being retried, 409 when every
// failure waits for a person (refreshFailed).
const STATUS: Record<GitopsErrorCode, number> = { ...COMMON_ERROR_STATUS, ...gitopsErrorStatus };

/**
 * Every gitops-sync failure a caller sees; details name projects and environments, never a token. `errorId`
 * names the throw site (greppable, unique across the repository: tools/repo-checks).
 */
export class GitopsError extends KeywardenError<GitopsErrorCode> {
  constructor(code: GitopsErrorCode, detail: string, options: { errorId: string; status?: number; extensions?: Record<string, unknown> }) {
    super(code, options.status ?? STATUS[code], detail, { errorId: options.errorId, ...(options.extensions ? { extensions: options.extensions } : {}) });
  }
}

/** Failures only a person can end (connect an account, authorize again): the request conflicts with the project's state. */
const WAITING_FOR_A_PERSON = new Set(['no_account', 'reauthorization_required']);

/**
 * A refresh that did not reach every environment, `environments` (problem extension) saying what happened in each:
 * 409 when every failure waits for a person (no account connected, re-authorization required: retrying will not
 * help, connecting will), 503 (retry later) when every failure is passing and queued to be tried again, else 502.
 */
export function refreshFailed(environments: ReadonlyArray<{ environment: string; outcome: string; reason: string; retrying: boolean }>, runId: string): GitopsError {
  const failed = environments.filter((e) => e.outcome === 'failed');
  const passing = failed.every((e) => e.retrying);
  const waiting = failed.every((e) => WAITING_FOR_A_PERSON.has(e.reason));
  const detail = `the refresh failed in ${failed.length} of ${environments.length} environments (${failed.map((e) => `${e.environment}: ${e.reason}`).join(', ')})`
    + (passing ? '; they are being retried' : waiting ? '; connect or re-authorize the account, then refresh again' : '');
  return new GitopsError('ERR_REFRESH_FAILED', detail, { errorId: 'GITOPS-rf01', status: passing ? 503 : waiting ? 409 : 502, extensions: { runId, environments } });
}

export const invalid = (detail: string, errorId: string) => new GitopsError('ERR_VALIDATION', detail, { errorId });
export const notFound = (detail: string, errorId: string) => new GitopsError('ERR_NOT_FOUND', detail, { errorId });
export const conflict = (detail: string, errorId: string) => new GitopsError('ERR_CONFLICT', detail, { errorId });
export const forbidden = (detail: string, errorId: string) => new GitopsError('ERR_FORBIDDEN', detail, { errorId });
