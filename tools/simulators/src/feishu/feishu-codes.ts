// The error answers the simulator gives on authen/v2/oauth/token. Codes as the
// broker's Feishu table lists them (services/oauth-broker/src/adapters/outgoing/providers/
// feishu-errors.ts), where each has its source.
export type FeishuSimError = { code: number; error: string; message: string };

export const FEISHU_SIM_ERRORS = {
  invalidRequest: { code: 20001, error: 'invalid_request', message: 'The request is missing a required parameter.' },
  invalidClient: { code: 20002, error: 'invalid_client', message: 'Client authentication failed: the app secret is invalid.' },
  codeInvalid: { code: 20003, error: 'invalid_grant', message: 'The authorization code is invalid.' },
  codeExpired: { code: 20004, error: 'invalid_grant', message: 'The authorization code has expired.' },
  refreshInvalid: { code: 20026, error: 'invalid_grant', message: 'The refresh token is invalid.' },
  refreshExpired: { code: 20037, error: 'invalid_grant', message: 'The refresh token has expired.' },
  appNotFound: { code: 20048, error: 'invalid_client', message: 'The app does not exist.' },
  refreshRevoked: { code: 20064, error: 'invalid_grant', message: 'The refresh token has been revoked.' },
  codeUsed: { code: 20065, error: 'invalid_grant', message: 'The authorization code has been used.' },
  redirectMismatch: { code: 20071, error: 'invalid_grant', message: 'The redirect URI does not match.' },
  refreshUsed: { code: 20073, error: 'invalid_grant', message: 'The refresh token has been used.' },
} as const satisfies Record<string, FeishuSimError>;
