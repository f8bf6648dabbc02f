// The HTTP side of every code a service may answer the gateway with: contracts' unions, one per context.
// Built from the contracts' per-context tables, so a code cannot exist without a status here (the
// Record over WireErrorCode fails the typecheck otherwise), and no known code ends up a 500.
import {
  deployErrorStatus, gitopsErrorStatus, identityErrorStatus, notifyErrorStatus, oauthErrorStatus, secretsErrorStatus, type WireErrorCode,
} from '@keywarden/contracts';
import { COMMON_ERROR_STATUS, problemTitle } from '@keywarden/errors';

/** Each wire code's usual status (a service may vary it for one failure, e.g. ERR_REFRESH_FAILED: its status wins). */
export const PROBLEM_STATUS: Readonly<Record<WireErrorCode, number>> = {
  ...COMMON_ERROR_STATUS,
  ...identityErrorStatus,
  ...oauthErrorStatus,
  ...secretsErrorStatus,
  ...gitopsErrorStatus,
  ...deployErrorStatus,
  ...notifyErrorStatus,
};

/** The problem+json status and title of a wire code. */
export function problemOf(code: WireErrorCode): { status: number; title: string } {
  return { status: PROBLEM_STATUS[code], title: problemTitle(code) };
}

const isProblemStatus = (status: number) => Number.isInteger(status) && status >= 400 && status <= 599;

/** The status to answer an RPC failure with: the service's, or, when its reply has none usable, the code's. */
export function statusFor(code: WireErrorCode, replied: number): number {
  return isProblemStatus(replied) && !(replied === 500 && code !== 'ERR_INTERNAL') ? replied : PROBLEM_STATUS[code];
}
