import { KeywardenError } from '@keywarden/errors';

export type DeployerErrorCode =
  | 'ERR_VALIDATION' | 'ERR_NOT_FOUND' | 'ERR_CONFLICT' | 'ERR_FORBIDDEN'
  // The webhook's rules, in the order they are checked (README "Webhook deploy").
  | 'ERR_MISSING_FIELDS' | 'ERR_APPLICATION_NOT_FOUND' | 'ERR_WEBHOOK_DISABLED' | 'ERR_INVALID_TOKEN'
  | 'ERR_INVALID_SIGNATURE' | 'ERR_INVALID_VERSION' | 'ERR_RATE_LIMITED' | 'ERR_IDEMPOTENCY_KEY_REUSED'
  // No token at all; and the requests the gateway could not read (it has them audited here).
  | 'ERR_UNAUTHENTICATED' | 'ERR_PAYLOAD_TOO_LARGE' | 'ERR_UNSUPPORTED_MEDIA_TYPE'
  // An application stopped (deploys wait until it is started) or deleted (nothing more happens to it).
  | 'ERR_APPLICATION_STOPPED' | 'ERR_APPLICATION_DELETED';

const STATUS: Record<DeployerErrorCode, number> = {
  ERR_VALIDATION: 400, ERR_NOT_FOUND: 404, ERR_CONFLICT: 409, ERR_FORBIDDEN: 403,
  ERR_MISSING_FIELDS: 400, ERR_APPLICATION_NOT_FOUND: 404, ERR_WEBHOOK_DISABLED: 403, ERR_INVALID_TOKEN: 401,
  ERR_INVALID_SIGNATURE: 401, ERR_INVALID_VERSION: 400, ERR_RATE_LIMITED: 429, ERR_IDEMPOTENCY_KEY_REUSED: 409,
  ERR_UNAUTHENTICATED: 401, ERR_PAYLOAD_TOO_LARGE: 413, ERR_UNSUPPORTED_MEDIA_TYPE: 415,
  ERR_APPLICATION_STOPPED: 409, ERR_APPLICATION_DELETED: 410,
};

/** Every deployer failure a caller sees; details name applications and versions, never a token or a secret. */
export class DeployerError extends KeywardenError<DeployerErrorCode> {
  constructor(code: DeployerErrorCode, detail: string) {
    super(code, STATUS[code], detail);
  }
}

export const deployerError = (code: DeployerErrorCode, detail: string) => new DeployerError(code, detail);
export const invalid = (detail: string) => new DeployerError('ERR_VALIDATION', detail);
export const notFound = (detail: string) => new DeployerError('ERR_NOT_FOUND', detail);
export const conflict = (detail: string) => new DeployerError('ERR_CONFLICT', detail);
export const forbidden = (detail: string) => new DeployerError('ERR_FORBIDDEN', detail);
