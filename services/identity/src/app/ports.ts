// What the areas of identity offer each other. auth (users, sessions, keys)
// opens sessions for SSO and looks users up for organizations; pats ends a
// user's tokens when auth disables the user or the password changes; instance
// says whether password sign-in is on, for auth's sign-in and sign-up and for
// SSO's guard against disabling the last provider.
import type { Database, DbOrTx, Tx } from '@keywarden/db';
import type { UserView } from '../projections/user-views.js';

export type ClientInfo = { ip: string; userAgent: string };

export type { UserView };

export type IssuedSession = {
  sessionId: string;
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
  user: UserView;
};

export interface UsersPort {
  get(userId: string): Promise<UserView | undefined>;
  /** Case-insensitive. */
  findByEmail(email: string): Promise<UserView | undefined>;
  /** Many at once (organizations list their members): one query. */
  getMany(userIds: readonly string[]): Promise<Map<string, UserView>>;
  /** A first SSO sign-in: a user without a password. ERR_CONFLICT when the e-mail is taken. */
  registerFromSso(input: { email: string; displayName: string; identityProviderId: string }): Promise<UserView>;
}

export interface SessionsPort {
  /** Opens a session for an active user (ERR_FORBIDDEN for a disabled one). */
  open(input: { userId: string; method: 'password' | 'sso'; identityProviderId?: string; client: ClientInfo }): Promise<IssuedSession>;
}

export interface PatsPort {
  /** Revokes every active PAT of the user inside the caller's transaction; returns how many. */
  revokeAllOfUser(tx: Tx, userId: string, reason: 'user_disabled' | 'password_changed', actorUserId: string): Promise<number>;
  /**
   * Token cleanup: deletes PATs that expired or were revoked before `before`; returns how many went, how many
   * remain and how many of those still work at `now` (counted by one aggregate query).
   */
  purge(tx: Tx, before: Date, now: Date): Promise<{ purged: number; remaining: number; valid: number }>;
}

export interface InstancePort {
  /** Whether password sign-in and sign-up work now: the instance setting, unless the break-glass variable forces them on. */
  passwordSignInEnabled(db?: DbOrTx): Promise<boolean>;
  /**
   * Takes the sign-in-methods lock in the caller's transaction (changes of the password setting and of which SSO
   * providers are enabled are serialized by it, so the two cannot together leave no way in) and says whether
   * password sign-in is off by the setting (the break-glass override does not count: it is meant to be removed).
   */
  lockSignInMethods(tx: Tx): Promise<{ passwordSignInDisabled: boolean }>;
}

/** Transactions for the use cases (adapters/outgoing/db/transactions.ts). */
export interface Transactions {
  /** Runs `work` in one transaction; `database` is the database seen through it (commands on it become savepoints). */
  run<T>(work: (tx: Tx, database: Database) => Promise<T>): Promise<T>;
  /** The database seen through a transaction the caller opened. */
  within(tx: Tx): Database;
}
