import { oauthErrorStatus, type OauthErrorCode } from '@keywarden/contracts';
import { KeywardenError } from '@keywarden/errors';
import type { ErrorClass } from './types.js';

/** The oauth-broker's own error codes (contracts' `oauth` union), on top of the common ones. */
export type BrokerErrorCode = Extract<OauthErrorCode, keyof typeof oauthErrorStatus>;

const STATUS: Record<BrokerErrorCode, number> = oauthErrorStatus;

export class BrokerError extends KeywardenError<BrokerErrorCode> {
  /** `errorId` names the throw site (greppable, unique across the repository: tools/repo-checks). */
  constructor(code: BrokerErrorCode, detail: string, errorId: string) {
    super(code, STATUS[code], detail, { errorId });
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
