// A provider's failure: a class and a client-safe detail, never the response body, which may hold secrets.
// The provider clients throw it and a sync records it (ProviderSyncFailed) by its class.
import { KeywardenError } from '@keywarden/errors';

export type ProviderErrorClass = 'auth' | 'not_found' | 'unavailable' | 'invalid_response' | 'conflict' | 'invalid_config' | 'unknown';

export class ProviderError extends KeywardenError<'ERR_PROVIDER_FAILED'> {
  constructor(readonly errorClass: ProviderErrorClass, detail: string, readonly httpStatus = 0) {
    super('ERR_PROVIDER_FAILED', 502, detail);
  }
}
