import type { OwnErrorStatus } from './common.js';

/** The notifier's own codes, on top of the common ones. */
export const notifyErrorStatus = {
  /** A delivery already sent or failed is not settled again. */
  ERR_DELIVERY_SETTLED: 409,
  /** An event names a project the notifier has not seen created yet (its consumer retries it). */
  ERR_PROJECT_UNKNOWN: 503,
} as const satisfies OwnErrorStatus;
