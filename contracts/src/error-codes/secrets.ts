import type { OwnErrorStatus } from './common.js';

/** secrets-vault's own codes (rpc.secrets.*), on top of the common ones. */
export const secretsErrorStatus = {
  /** A value names a secret (`@group:…`) that does not exist. */
  ERR_REFERENCE_MISSING: 422,
  /** An outside secret provider failed. */
  ERR_PROVIDER_FAILED: 502,
} as const satisfies OwnErrorStatus;
