import type { OwnErrorStatus } from './common.js';

/** gitops-sync's own codes (rpc.gitops.*), on top of the common ones. */
export const gitopsErrorStatus = {
  /**
   * A refresh that did not reach every environment (problem extension `environments`): 502 by default,
   * 503 when every failure is passing and being retried, 409 when every failure waits for a person.
   */
  ERR_REFRESH_FAILED: 502,
} as const satisfies OwnErrorStatus;
