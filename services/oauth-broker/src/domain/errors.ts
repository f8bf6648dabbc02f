import { KeywardenError } from '@keywarden/errors';
import type { ErrorClass } from './types.js';

/** The oauth-broker's own error codes, on top of the common ones. */
export type BrokerErrorCode =
  | 'ERR_ACCOUNT_NOT_FOUND'
  | 'ERR_ACCOUNT_NOT_USABLE'
  | 'ERR_PROVIDER_APP_NOT_FOUND'
  | 'ERR_PROVIDER_APP_INVALID'
  | 'ERR_CONNECT_STATE_INVALID'
  | 'ERR_CONNECT_STATE_EXPIRED'
  | 'ERR_CONNECT_NOT_BOUND'
  | 'ERR_CONNECT_WRONG_USER'
  | 'ERR_CONNECT_WRONG_ACCOUNT'
  | 'ERR_PROVIDER_REJECTED'
  | 'ERR_PROVIDER_UNAVAILABLE'
  | 'ERR_UNSUPPORTED';

const STATUS: Record<BrokerErrorCode, number> = {
  ERR_ACCOUNT_NOT_FOUND: 404,
  ERR_ACCOUNT_NOT_USABLE: 409,
  ERR_PROVIDER_APP_NOT_FOUND: 404,
  ERR_PROVIDER_APP_INVALID: 409,
  ERR_CONNECT_STATE_INVALID: 400,
  ERR_CONNECT_STATE_EXPIRED: 400,
  ERR_CONNECT_NOT_BOUND: 403,
  ERR_CONNECT_WRONG_USER: 403,
  ERR_CONNECT_WRONG_ACCOUNT: 409,
  ERR_PROVIDER_REJECTED: 502,
  ERR_PROVIDER_UNAVAILABLE: 503,
  ERR_UNSUPPORTED: 400,
};

export class BrokerError extends KeywardenError<BrokerErrorCode> {
  constructor(code: BrokerErrorCode, detail: string, errorId?: string) {
    super(code, STATUS[code], detail, errorId ? { errorId } : {});
  }
}

/**
 * A provider's answer classified (what the outgoing provider adapters throw, what refreshes and connects
 * decide on); `message` is the provider's description, never a token.
 */
export class ProviderError extends Error {
  constructor(
    readonly errorClass: ErrorClass,
    readonly providerCode: string,
    readonly httpStatus: number,
    message: string,
  ) {
    super(message);
    this.name = 'ProviderError';
  }
}
