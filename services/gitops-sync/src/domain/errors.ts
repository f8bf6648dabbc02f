import { KeywardenError } from '@keywarden/errors';

export type GitopsErrorCode = 'ERR_VALIDATION' | 'ERR_NOT_FOUND' | 'ERR_CONFLICT' | 'ERR_FORBIDDEN';

const STATUS: Record<GitopsErrorCode, number> = { ERR_VALIDATION: 400, ERR_NOT_FOUND: 404, ERR_CONFLICT: 409, ERR_FORBIDDEN: 403 };

/** Every gitops-sync failure a caller sees; details name projects and environments, never a token. */
export class GitopsError extends KeywardenError<GitopsErrorCode> {
  constructor(code: GitopsErrorCode, detail: string) {
    super(code, STATUS[code], detail);
  }
}

export const invalid = (detail: string) => new GitopsError('ERR_VALIDATION', detail);
export const notFound = (detail: string) => new GitopsError('ERR_NOT_FOUND', detail);
export const conflict = (detail: string) => new GitopsError('ERR_CONFLICT', detail);
export const forbidden = (detail: string) => new GitopsError('ERR_FORBIDDEN', detail);

export function assertNever(value: never): never {
  throw new Error(`unexpected ${JSON.stringify(value)}`);
}
