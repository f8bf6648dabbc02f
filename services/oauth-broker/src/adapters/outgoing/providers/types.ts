// The provider modules implement the broker's provider port (app/ports.ts) and throw the domain's
// classified ProviderError; re-exported here so each module imports one place.
export type { AppConfig, AuthorizeParams, ExchangeParams, ExternalIdentity, ProviderModule, TokenSet } from '../../../app/ports.js';
export { ProviderError } from '../../../domain/errors.js';
