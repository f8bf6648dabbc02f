// The codes `/connections/connect-failed?code=` may carry: the gateway's
// CONNECT_FAILURE_CODES (services/gateway/src/routes/oauth-browser.ts; the
// console imports no service, so failure-codes.unit.test.ts compares the two).
export const FAILURE_CODES = [
  'ERR_CONNECT_DENIED', 'ERR_CONNECT_PROVIDER_ERROR', 'ERR_CONNECT_STATE_INVALID', 'ERR_CONNECT_STATE_EXPIRED', 'ERR_CONNECT_WRONG_USER',
  'ERR_CONNECT_WRONG_ACCOUNT', 'ERR_CONNECT_NOT_BOUND', 'ERR_UNAUTHENTICATED', 'ERR_PROVIDER_REJECTED', 'ERR_PROVIDER_UNAVAILABLE',
  'ERR_PROVIDER_APP_INVALID', 'ERR_PROVIDER_APP_NOT_FOUND', 'ERR_ACCOUNT_NOT_FOUND', 'ERR_FORBIDDEN', 'ERR_UNSUPPORTED', 'ERR_VALIDATION',
  'ERR_UNAVAILABLE', 'ERR_CONNECT_FAILED',
] as const;
export type FailureCode = (typeof FAILURE_CODES)[number];

/** The code to explain: a known one, else the catch-all. */
export function knownFailureCode(raw: string | null): FailureCode {
  return (FAILURE_CODES as readonly string[]).includes(raw ?? '') ? (raw as FailureCode) : 'ERR_CONNECT_FAILED';
}
