import { KeywardenError, type KeywardenErrorOptions } from '@keywarden/errors';

export type VaultErrorCode =
  | 'ERR_VALIDATION'
  | 'ERR_NOT_FOUND'
  | 'ERR_CONFLICT'
  | 'ERR_FORBIDDEN'
  | 'ERR_REFERENCE_MISSING'
  | 'ERR_PROVIDER_FAILED';

const STATUS: Record<VaultErrorCode, number> = {
  ERR_VALIDATION: 400,
  ERR_NOT_FOUND: 404,
  ERR_CONFLICT: 409,
  ERR_FORBIDDEN: 403,
  ERR_REFERENCE_MISSING: 422,
  ERR_PROVIDER_FAILED: 502,
};

/** Every vault failure; details name records and keys, never a value. */
export class VaultError extends KeywardenError<VaultErrorCode> {
  constructor(code: VaultErrorCode, detail: string, options?: KeywardenErrorOptions) {
    super(code, STATUS[code], detail, options);
  }
}

export const invalid = (detail: string) => new VaultError('ERR_VALIDATION', detail);
export const notFound = (detail: string) => new VaultError('ERR_NOT_FOUND', detail);
export const conflict = (detail: string) => new VaultError('ERR_CONFLICT', detail);
