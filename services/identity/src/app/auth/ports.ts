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
