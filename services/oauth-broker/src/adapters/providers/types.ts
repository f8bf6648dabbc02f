// One interface for every provider; each provider is one module behind it.
import type { ErrorClass, GrantKind, Provider } from '../../domain/types.js';

/** A provider app with its secret decrypted, for the length of one call. */
export type AppConfig = {
  id: string;
  provider: Provider;
  baseUrl: string;
  clientId: string;
  /** Client secret, Feishu app_secret, or a GitHub App's private key (PEM). */
  clientSecret: string;
  scopes: string[];
  settings: Record<string, string | number>;
};

export type TokenSet = {
  accessToken: string;
  refreshToken: string | undefined;
  expiresAt: Date;
  refreshExpiresAt: Date | undefined;
  scopes: string[] | undefined;
};

export type ExternalIdentity = { externalUserId: string; username: string };

/** A provider answer classified; `message` is the provider's description, never a token. */
export class ProviderError extends Error {
  constructor(
    readonly errorClass: ErrorClass,
    readonly providerCode: string,
    readonly httpStatus: number,
    message: string,
  ) {
    super(message);
    this.name = 'ProviderError';
  }
}

export type AuthorizeParams = { state: string; redirectUri: string; codeChallenge: string | undefined };
export type ExchangeParams = { code: string; redirectUri: string; codeVerifier: string | undefined };

export interface ProviderModule {
  readonly provider: Provider;
  /** Username to pair with the token for Git over HTTPS. */
  readonly usernameHint: string;
  /** Grant kinds minted from the app's own credentials (no user, no refresh token). */
  readonly appGrantKinds: readonly GrantKind[];
  /** For app grants: renew when less than this remains (Feishu: 30 minutes). */
  readonly appRenewWindowMs: number;
  supportsPkce(app: AppConfig): Promise<boolean>;
  authorizeUrl(app: AppConfig, params: AuthorizeParams): Promise<string>;
  exchangeCode(app: AppConfig, params: ExchangeParams, now: Date): Promise<TokenSet>;
  identify(app: AppConfig, tokens: TokenSet): Promise<ExternalIdentity>;
  refresh(app: AppConfig, refreshToken: string, now: Date): Promise<TokenSet>;
  mint(app: AppConfig, kind: GrantKind, params: Record<string, string>, now: Date): Promise<TokenSet>;
  /** Revokes at the provider; false when the provider has no revocation endpoint. */
  revoke(app: AppConfig, tokens: { accessToken: string; refreshToken: string | undefined }): Promise<boolean>;
}
