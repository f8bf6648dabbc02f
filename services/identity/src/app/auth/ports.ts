// What the auth area's use cases need of storage besides the read models (adapters/outgoing/db/credentials.ts):
// password hashes (user_credentials, written in the user event's transaction), the first-user bootstrap and the
// sign-in rate-limit counters.
import type { Tx } from '@keywarden/db';

export interface Credentials {
  /** The user of a normalized e-mail with their status and password hash (null: SSO only). */
  byEmail(emailNormalized: string): Promise<{ id: string; status: string; passwordHash: string | null } | undefined>;
  /** The user's password hash and normalized e-mail; undefined for an SSO-only user. */
  ofUser(userId: string): Promise<{ passwordHash: string; emailNormalized: string } | undefined>;
  /** Stores a new user's password hash in the registration's transaction. */
  add(tx: Tx, userId: string, passwordHash: string, now: Date): Promise<void>;
  /** Replaces the hash only while it is still `previous` (two racing changes cannot both win); false otherwise. */
  replace(tx: Tx, userId: string, passwordHash: string, previous: string, now: Date): Promise<boolean>;
  /**
   * Whether the registration in `tx` is the installation's first user: a lock (taken only while there are no
   * users) lets one of two racing sign-ups win that.
   */
  firstUser(tx: Tx): Promise<boolean>;
}

/** Fixed-window counters shared by every replica. */
export interface SignInCounters {
  /** Counts one attempt for each key in the window starting at `windowStart` (one statement); the counts after it. */
  count(keys: readonly string[], windowStart: Date): Promise<Array<{ key: string; count: number }>>;
}

/** The token cleanup's statements, all in the run's transaction. */
export interface TokenCleanupStore {
  /** The cleanup lock: waited for (`wait`), or tried (false when another replica holds it). */
  lock(tx: Tx, wait: boolean): Promise<boolean>;
  /** Deletes refresh tokens that expired, or were rotated or revoked, before `before`; how many went. */
  purgeRefreshTokens(tx: Tx, before: Date): Promise<number>;
  /** After the delete, in one statement: how many refresh tokens are left, and how many of them still work at `now`. */
  refreshTokensLeft(tx: Tx, now: Date): Promise<{ remaining: number; valid: number }>;
  /** Not counted: clears grace pairs rotated before `graceBefore`, deletes rate-limit counters of windows before `windowsBefore`. */
  housekeeping(tx: Tx, graceBefore: Date, windowsBefore: Date): Promise<void>;
}

/** A refresh token with its session and user, as a refresh, a verification or a reuse report reads it. */
export type RefreshTokenRecord = {
  id: string; session_id: string; generation: number; status: 'active' | 'rotated' | 'revoked'; expires_at: Date; rotated_at: Date | null;
  successor_ciphertext: string | null; session_status: string; session_generation: number; session_expires_at: Date;
  session_version: number; session_current_token_id: string; session_idle_expires_at: Date;
  user_status: string; user_id: string; email: string; display_name: string; roles: string[]; created_at: Date;
};

/** Refresh tokens (by their SHA-256 only) and the rows a session's commands lock (adapters/outgoing/db/refresh-tokens.ts). */
export interface RefreshTokens {
  /** The token of this hash with its session and user. */
  lookup(hash: string): Promise<RefreshTokenRecord | undefined>;
  /**
   * In a session start's transaction: locks the user's credentials (when `passwordHash` is given: false unless it is
   * still theirs) and then the user row against a concurrent disable; the user's status.
   */
  lockForStart(tx: Tx, userId: string, passwordHash: string | undefined): Promise<{ passwordCurrent: boolean; userStatus: string | undefined }>;
  /** The first token of a new session. */
  insertFirst(tx: Tx, token: { id: string; sessionId: string; userId: string; hash: string; expiresAt: string; createdAt: Date }): Promise<void>;
  /**
   * Spends `presentedId` (rotated, with the encrypted successor pair for the grace), clears the family's other
   * grace pairs and inserts the next token, in one statement; false when the presented token was no longer active.
   */
  rotate(tx: Tx, rotation: {
    presentedId: string; sessionId: string; userId: string; newId: string; hash: string; generation: number; expiresAt: Date; now: Date; successorCiphertext: string | null;
  }): Promise<boolean>;
  /** Revokes the active tokens of a session or of a user and drops every grace pair. */
  endTokens(tx: Tx, column: 'session_id' | 'user_id', id: string, now: Date): Promise<void>;
  /** The session (and its user) of a refresh token, whatever its state. */
  sessionOfToken(hash: string): Promise<{ id: string; user_id: string } | undefined>;
  /** A session and its user. */
  session(sessionId: string): Promise<{ id: string; user_id: string } | undefined>;
  /** The user's active sessions, in the caller's transaction. */
  activeSessionIds(tx: Tx, userId: string): Promise<string[]>;
  /** Clears grace pairs rotated at or before `cutoff`; how many. */
  clearGracePairs(cutoff: Date): Promise<number>;
}

/** The access tokens' signature algorithms. */
export type Algorithm = 'EdDSA' | 'ES256';

/** The signing keys' rows (adapters/outgoing/db/signing-keys.ts): public JWKs, encrypted private JWKs, states. */
export interface SigningKeyStore {
  /** The public keys that verify tokens at `now`: the active one and those not yet retired, newest first. */
  publicKeys(now: Date): Promise<Array<Record<string, unknown>>>;
  /** The active key; its ciphertext left empty when it is `unlessKid` (the cached one: nothing to decrypt again). */
  active(unlessKid: string): Promise<{ kid: string; algorithm: Algorithm; private_jwk_ciphertext: string } | undefined>;
  /** In a key change's transaction: waits for the key-change lock (one replica at a time) and reads the active key. */
  lockAndReadActive(tx: Tx): Promise<{ kid: string; activatedAt: Date } | undefined>;
  /** Retires the previous key (still verifying until `retireAt`) and stores the new active one. */
  activate(tx: Tx, key: { kid: string; algorithm: Algorithm; publicJwk: Record<string, unknown>; privateJwkCiphertext: string; fingerprint: string; activatedAt: Date },
    previous: { kid: string; retireAt: Date } | undefined): Promise<void>;
}
