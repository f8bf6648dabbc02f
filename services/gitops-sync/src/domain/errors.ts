import { KeywardenError } from '@keywarden/errors';

export type GitopsErrorCode = 'ERR_VALIDATION' | 'ERR_NOT_FOUND' | 'ERR_CONFLICT' | 'ERR_FORBIDDEN' | 'ERR_REFRESH_FAILED';

// ERR_REFRESH_FAILED: 502 by default, 503 when every failure is passing and is being retried, 409 when every
// failure waits for a person (refreshFailed).
const STATUS: Record<GitopsErrorCode, number> = { ERR_VALIDATION: 400, ERR_NOT_FOUND: 404, ERR_CONFLICT: 409, ERR_FORBIDDEN: 403, ERR_REFRESH_FAILED: 502 };

/** Every gitops-sync failure a caller sees; details name projects and environments, never a token. */
export class GitopsError extends KeywardenError<GitopsErrorCode> {
  constructor(code: GitopsErrorCode, detail: string, options: { status?: number; extensions?: Record<string, unknown> } = {}) {
    super(code, options.status ?? STATUS[code], detail, options.extensions ? { extensions: options.extensions } : {});
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
  return new GitopsError('ERR_REFRESH_FAILED', detail, { status: passing ? 503 : waiting ? 409 : 502, extensions: { runId, environments } });
}

export const invalid = (detail: string) => new GitopsError('ERR_VALIDATION', detail);
export const notFound = (detail: string) => new GitopsError('ERR_NOT_FOUND', detail);
export const conflict = (detail: string) => new GitopsError('ERR_CONFLICT', detail);
export const forbidden = (detail: string) => new GitopsError('ERR_FORBIDDEN', detail);
