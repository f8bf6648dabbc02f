// Feishu/Lark error codes, classified by code AND message. The seed document
// (001) maps 99991668 to an invalid app_secret and 99991663 to an expired
// refresh token; Feishu's own docs and SDKs use both for an invalid or expired
// access token on API calls, report a wrong app secret from the token
// endpoints, and give refresh tokens their own authen codes. Sources also
// disagree with each other, so each entry names its source, and the disputed
// ones defer to the message when it clearly says something else.
import type { ErrorClass } from '../../../domain/types.js';

export type FeishuCodeEntry = {
  code: number;
  errorClass: ErrorClass;
  meaning: string;
  source: string;
  /** Sources disagree: a clear message overrides the code. */
  disputed?: boolean;
};

const V3_DOC = 'open.feishu.cn docs, auth/v3 app_access_token & tenant_access_token (internal) error codes';
const V2_DOC = 'open.feishu.cn docs, authen/v2/oauth/token (get / refresh user_access_token) error codes';
const GENERAL = 'open.feishu.cn docs, server-side general error codes; oapi-sdk error handling';
const SEED = 'seed 001 (Lark token guide): claims 99991668 = invalid app_secret, 99991663 = expired refresh_token';
const RECALLED = ' — recalled from the public docs, not re-verified against the live page in this session';

export const FEISHU_ERROR_CODES: readonly FeishuCodeEntry[] = [
  { code: 10003, errorClass: 'invalid_client', meaning: 'invalid app_id / parameters', source: V3_DOC + RECALLED },
  { code: 10014, errorClass: 'invalid_client', meaning: 'app secret invalid', source: V3_DOC + RECALLED },
  { code: 20001, errorClass: 'unknown', meaning: 'invalid request (missing parameter)', source: V2_DOC + RECALLED },
  { code: 20002, errorClass: 'invalid_client', meaning: 'client authentication failed (app secret)', source: V2_DOC + RECALLED },
  { code: 20003, errorClass: 'invalid_grant', meaning: 'authorization code invalid', source: V2_DOC + RECALLED },
  { code: 20004, errorClass: 'invalid_grant', meaning: 'authorization code expired', source: V2_DOC + RECALLED },
  { code: 20026, errorClass: 'invalid_grant', meaning: 'refresh token invalid', source: V2_DOC + RECALLED },
  { code: 20037, errorClass: 'invalid_grant', meaning: 'refresh token expired', source: V2_DOC + RECALLED },
  { code: 20048, errorClass: 'invalid_client', meaning: 'app not found', source: V2_DOC + RECALLED },
  { code: 20050, errorClass: 'transient', meaning: 'internal server error, retry', source: V2_DOC + RECALLED },
  { code: 20064, errorClass: 'invalid_grant', meaning: 'refresh token revoked', source: V2_DOC + RECALLED },
  { code: 20065, errorClass: 'invalid_grant', meaning: 'authorization code already used', source: V2_DOC + RECALLED },
  { code: 20071, errorClass: 'invalid_grant', meaning: 'redirect_uri mismatch', source: V2_DOC + RECALLED },
  { code: 20072, errorClass: 'transient', meaning: 'service temporarily unavailable', source: V2_DOC + RECALLED },
  { code: 20073, errorClass: 'invalid_grant', meaning: 'refresh token already used (single use)', source: V2_DOC + RECALLED },
  { code: 99991400, errorClass: 'rate_limited', meaning: 'request frequency limit', source: GENERAL + RECALLED },
  { code: 99991661, errorClass: 'invalid_token', meaning: 'access token missing', source: GENERAL + RECALLED },
  { code: 99991663, errorClass: 'invalid_token', meaning: 'tenant/app access token invalid or expired', source: `${GENERAL}; contradicts ${SEED}`, disputed: true },
  { code: 99991664, errorClass: 'invalid_token', meaning: 'app access token invalid', source: GENERAL + RECALLED },
  { code: 99991668, errorClass: 'invalid_token', meaning: 'user access token invalid or expired', source: `${GENERAL}; contradicts ${SEED}`, disputed: true },
  { code: 99991677, errorClass: 'invalid_token', meaning: 'user access token expired', source: GENERAL + RECALLED },
];

// What a message says, independent of its code.
const MESSAGE_RULES: ReadonlyArray<[RegExp, ErrorClass]> = [
  [/app[ _]?secret|client authentication|invalid[ _]client/i, 'invalid_client'],
  [/refresh[ _]?token/i, 'invalid_grant'],
  [/authorization code|\bcode (is )?(invalid|expired|used)/i, 'invalid_grant'],
  [/frequency|rate limit|too many requests/i, 'rate_limited'],
  [/access[ _]?token/i, 'invalid_token'],
  [/internal (server )?error|timeout|busy|try again|unavailable/i, 'transient'],
];

export function classifyByMessage(message: string): ErrorClass | undefined {
  return MESSAGE_RULES.find(([pattern]) => pattern.test(message))?.[1];
}

/** Code and message together; the HTTP status decides only when neither is known. */
export function classifyFeishu(code: number, message: string, httpStatus: number): ErrorClass {
  const entry = FEISHU_ERROR_CODES.find((e) => e.code === code);
  const fromMessage = classifyByMessage(message);
  if (entry && fromMessage && entry.errorClass !== fromMessage && entry.disputed) return fromMessage;
  if (entry) return entry.errorClass;
  if (fromMessage) return fromMessage;
  if (httpStatus === 429) return 'rate_limited';
  if (httpStatus >= 500) return 'transient';
  return 'unknown';
}
