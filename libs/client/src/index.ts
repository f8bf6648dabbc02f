// @keywarden/client: the gateway's public API, typed from its OpenAPI document.
export { createKeywardenClient, type ClientOptions, type KeywardenClient, type Schemas, type SessionStore, type SessionTokens, type paths, type components } from './client.js';
export { KeywardenApiError, KeywardenConnectionError, type Problem } from './errors.js';
