import type { OwnErrorStatus } from './common.js';

/** oauth-broker's own codes (rpc.oauth.*), on top of the common ones. */
export const oauthErrorStatus = {
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
} as const satisfies OwnErrorStatus;
