// What the broker's use cases need from the outside, implemented by the outgoing adapters:
// the providers (adapters/outgoing/providers), the encrypted rows and connect attempts, the
// per-account lock (adapters/outgoing/db). Read models are queried through projections/.
import type { Tx } from '@keywarden/db';
import type { WorkQueue } from '@keywarden/runtime';
import type { GrantKind, Provider } from '../domain/types.js';

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

export type AuthorizeParams = { state: string; redirectUri: string; codeChallenge: string | undefined };
export type ExchangeParams = { code: string; redirectUri: string; codeVerifier: string | undefined };

/** One interface for every provider; each provider is one module behind it (failures: `ProviderError`, domain/errors.ts). */
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

export type LoadedApp = AppConfig & { status: string; secretFingerprint: string; name: string };

export type LoadedGrant = {
  accountId: string;
  providerAppId: string;
  provider: Provider;
  userId: string;
  username: string;
  grantKind: GrantKind;
  status: string;
  generation: number;
  expiresAt: Date;
  refreshExpiresAt: Date | undefined;
  accessToken: string;
  refreshToken: string | undefined;
  params: Record<string, string>;
  nextRefreshAt: Date | undefined;
};

/** The encrypted rows: provider app secrets and account grants, each ciphertext bound to its record. */
export interface Store {
  /** The app with its secret decrypted; `ERR_PROVIDER_APP_NOT_FOUND` when there is none. */
  app(providerAppId: string): Promise<LoadedApp>;
  /** The account with its grant decrypted (status `disconnected` without one); `ERR_ACCOUNT_NOT_FOUND` when there is none. */
  grant(accountId: string): Promise<LoadedGrant>;
  /** The accounts of `accountIds` with their grants decrypted, in one query (those that are gone are left out). */
  grants(accountIds: readonly string[]): Promise<Map<string, LoadedGrant>>;
  /** Writes the grant of `generation` (inside the command's transaction). */
  writeGrant(tx: Tx, accountId: string, generation: number, tokens: TokenSet, params: Record<string, string>, nextRefreshAt: Date | null): Promise<void>;
  /** The secret goes with the account (inside the disconnect's transaction). */
  deleteGrant(tx: Tx, accountId: string): Promise<void>;
  /** Stores the app's secret (or only its settings when `secret` is undefined) in the command's transaction. */
  writeAppSecret(tx: Tx, providerAppId: string, secret: string | undefined, fingerprint: string, settings: Record<string, string | number>): Promise<void>;
  /**
   * Puts a grant back on the schedule: the claim dropped, and the next due time set when given
   * (`null`: never again), in `tx` when given.
   */
  schedule(accountId: string, nextRefreshAt?: Date | null, tx?: Tx): Promise<void>;
}

/** A started connect attempt (the verifier decrypted). */
export type ConnectState = {
  id: string;
  providerAppId: string;
  userId: string;
  redirectUri: string;
  bindingHash: string | null;
  accountId: string | null;
  codeVerifier: string | undefined;
};

/** One-time connect attempts, found by the SHA-256 of their state. */
export interface ConnectStates {
  /** Deletes attempts that expired before `before`. */
  purgeExpired(before: Date): Promise<void>;
  add(state: Omit<ConnectState, 'codeVerifier'> & { stateHash: string; expiresAt: Date; codeVerifier: string | undefined }): Promise<void>;
  /** Marks the attempt used and returns it, if it is unused and not expired at `now`; one caller wins. */
  claim(stateHash: string, now: Date): Promise<ConnectState | undefined>;
  /** Whether an attempt that could not be claimed is there, unused and expired (rather than unknown or used). */
  expired(stateHash: string, now: Date): Promise<boolean>;
}

/** The per-account lock all replicas share: refreshes, connecting again and disconnecting never overlap on one account. */
export interface AccountLock {
  /** Runs `work` holding the account's lock; waits at most `waitMs` for it (`ERR_PROVIDER_UNAVAILABLE` beyond). */
  run<T>(accountId: string, waitMs: number, work: () => Promise<T>): Promise<T>;
  /**
   * Takes, in one round trip and without waiting, the locks of those of `accountIds` nobody holds,
   * and runs `work` with them; `unlock` frees one as soon as its work is done, the rest are freed
   * when `work` ends (or with the connection, if it dies).
   */
  runMany<T>(accountIds: readonly string[], work: (held: ReadonlySet<string>, unlock: (accountId: string) => Promise<void>) => Promise<T>): Promise<T>;
}

/** A grant due for its scheduled refresh. */
export type DueGrant = { accountId: string };
/** The part of the work queue the scheduler uses (adapters/outgoing/db/grant-queue.ts; tests hand in their own). */
export type GrantQueue = Pick<WorkQueue<DueGrant>, 'claim' | 'release' | 'abandon' | 'close' | 'canRetry'>;
