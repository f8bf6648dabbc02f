// What the SSO area's use cases need of storage (adapters/outgoing/db/provider-store.ts implements it):
// the identity_providers read model and the encrypted client secrets written with their events.
import type { DbOrTx, Tx } from '@keywarden/db';
import type { ClaimMapping } from '../../domain/idp/config.js';

export type ProviderRow = {
  id: string;
  name: string;
  issuer: string;
  clientId: string;
  clientSecretFingerprint: string;
  scopes: string[];
  claimMapping: Record<string, string>;
  identifierFilter: string;
  enabled: boolean;
  /** The stream version of the last change: replicas key their discovery caches on it. */
  version: number;
  updatedAt: Date;
};
export type LoadedProvider = Omit<ProviderRow, 'claimMapping'> & { claimMapping: ClaimMapping; clientSecret: string };

export interface ProviderStore {
  row(id: string, db?: DbOrTx): Promise<ProviderRow | undefined>;
  /** The provider with its decrypted client secret (for discovery and the token request only). */
  load(id: string): Promise<LoadedProvider | undefined>;
  list(onlyEnabled: boolean): Promise<ProviderRow[]>;
  /** Enabled providers other than `exceptId`, by one count. */
  enabledCount(db: DbOrTx, exceptId: string): Promise<number>;
  /** Stores the client secret encrypted, in the event's transaction. */
  writeSecret(tx: Tx, identityProviderId: string, secret: string, fingerprint: string): Promise<void>;
}

/** The server's half of a sign-in in flight (the verifier and nonce encrypted, the attempt id as AAD). */
export type SsoAttempt = {
  stateHash: string;
  id: string;
  identityProviderId: string;
  redirectUri: string;
  bindingHash: string;
  codeVerifierCiphertext: string;
  nonceCiphertext: string;
  expiresAt: Date;
  used: boolean;
  createdAt: Date;
};

export interface SsoAttempts {
  /** Deletes attempts that expired before `now`. */
  purgeExpired(now: Date): Promise<void>;
  add(attempt: Omit<SsoAttempt, 'used'>): Promise<void>;
  /** Marks the attempt used and returns it, if unused, of this binding and not expired at `now`: one use only. */
  claim(stateHash: string, bindingHash: string, now: Date): Promise<SsoAttempt | undefined>;
  find(stateHash: string): Promise<SsoAttempt | undefined>;
}

/** Which IdP subject is which user. */
export interface SsoLinks {
  userOf(identityProviderId: string, subject: string): Promise<string | undefined>;
  /** Records (or moves) the link and the sign-in time. */
  record(link: { identityProviderId: string; subject: string; userId: string; email: string }, now: Date): Promise<void>;
}
