import type { OwnErrorStatus } from './common.js';

/** The deployer's own codes (rpc.deploy.*), on top of the common ones. */
export const deployErrorStatus = {
  // The webhook's rules, in the order they are checked (deployer README "Webhook deploy").
  ERR_MISSING_FIELDS: 400,
  ERR_APPLICATION_NOT_FOUND: 404,
  ERR_WEBHOOK_DISABLED: 403,
  ERR_INVALID_TOKEN: 401,
  ERR_INVALID_SIGNATURE: 401,
  ERR_INVALID_VERSION: 400,
  ERR_IDEMPOTENCY_KEY_REUSED: 409,
  // The requests the gateway could not read (it has them audited by the deployer).
  ERR_PAYLOAD_TOO_LARGE: 413,
  ERR_UNSUPPORTED_MEDIA_TYPE: 415,
  // An application stopped (deploys wait until it is started) or deleted (nothing more happens to it).
  ERR_APPLICATION_STOPPED: 409,
  ERR_APPLICATION_DELETED: 410,
} as const satisfies OwnErrorStatus;
