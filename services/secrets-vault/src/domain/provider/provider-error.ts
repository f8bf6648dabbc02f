// A provider's failure: a class and a client-safe detail, never the response body, which may hold secrets.
// The provider clients throw it and a sync records it (ProviderSyncFailed) by its class.
import { secretsErrorStatus, type SecretsErrorCode } from '@keywarden/contracts';
import { KeywardenError } from '@keywarden/errors';

export type ProviderErrorClass = 'auth' | 'not_found' | 'unavailable' | 'invalid_response' | 'conflict' | 'invalid_config' | 'unknown';

/** `errorId` names the throw site (greppable, unique across the repository: tools/repo-checks); httpStatus is the provider's answer, if any. */
export class ProviderError extends KeywardenError<Extract<SecretsErrorCode, 'ERR_PROVIDER_FAILED'>> {
  readonly httpStatus: number;
  constructor(readonly errorClass: ProviderErrorClass, detail: string, options: { errorId: string; httpStatus?: number }) {
    super('ERR_PROVIDER_FAILED', secretsErrorStatus.ERR_PROVIDER_FAILED, detail, { errorId: options.errorId });
    this.httpStatus = options.httpStatus ?? 0;
  }
}
