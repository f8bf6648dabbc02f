import type { OwnErrorStatus } from './common.js';

/** The audit service's own codes, on top of the common ones: none (a bad filter is ERR_VALIDATION, another organization's trail ERR_FORBIDDEN). */
export const auditErrorStatus = {} as const satisfies OwnErrorStatus;
