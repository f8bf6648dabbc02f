import { secretsErrorStatus, type SecretsErrorCode } from '@keywarden/contracts';
import { COMMON_ERROR_STATUS, KeywardenError, type KeywardenErrorOptions } from '@keywarden/errors';

/** The vault's codes: contracts' `secrets` union. */
export type VaultErrorCode = SecretsErrorCode;

const STATUS: Record<VaultErrorCode, number> = { ...COMMON_ERROR_STATUS, ...secretsErrorStatus };

/**
 * Every vault failure; details name records and keys, never a value. `errorId` names the throw site
 * (greppable, unique across the repository: tools/repo-checks).
 */
export class VaultError extends KeywardenError<VaultErrorCode> {
  constructor(code: VaultErrorCode, detail: string, options: KeywardenErrorOptions & { errorId: string }) {
    super(code, STATUS[code], detail, options);
  }
}

export const invalid = (detail: string, errorId: string) => new VaultError('ERR_VALIDATION', detail, { errorId });
export const notFound = (detail: string, errorId: string) => new VaultError('ERR_NOT_FOUND', detail, { errorId });
export const conflict = (detail: string, errorId: string) => new VaultError('ERR_CONFLICT', detail, { errorId });
