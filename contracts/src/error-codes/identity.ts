import type { OwnErrorStatus } from './common.js';

/** identity's own codes (rpc.identity.*), on top of the common ones. */
export const identityErrorStatus = {
  /** Password sign-in and sign-up are turned off on this installation: people sign in with SSO. */
  ERR_PASSWORD_SIGN_IN_DISABLED: 403,
} as const satisfies OwnErrorStatus;
