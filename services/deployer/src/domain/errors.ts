import { deployErrorStatus, type DeployErrorCode } from '@keywarden/contracts';
import { COMMON_ERROR_STATUS, KeywardenError } from '@keywarden/errors';

/** The deployer's codes: contracts' `deploy` union (the common ones and the webhook's, README "Webhook deploy"). */
export type DeployerErrorCode = DeployErrorCode;

const STATUS: Record<DeployerErrorCode, number> = { ...COMMON_ERROR_STATUS, ...deployErrorStatus };

/**
 * Every deployer failure a caller sees; details name applications and versions, never a token or a secret.
 * `errorId` names the throw site (greppable, unique across the repository: tools/repo-checks).
 */
export class DeployerError extends KeywardenError<DeployerErrorCode> {
  constructor(code: DeployerErrorCode, detail: string, errorId: string) {
    super(code, STATUS[code], detail, { errorId });
  }
}

export const deployerError = (code: DeployerErrorCode, detail: string, errorId: string) => new DeployerError(code, detail, errorId);
export const invalid = (detail: string, errorId: string) => new DeployerError('ERR_VALIDATION', detail, errorId);
export const notFound = (detail: string, errorId: string) => new DeployerError('ERR_NOT_FOUND', detail, errorId);
export const conflict = (detail: string, errorId: string) => new DeployerError('ERR_CONFLICT', detail, errorId);
export const forbidden = (detail: string, errorId: string) => new DeployerError('ERR_FORBIDDEN', detail, errorId);
