// Users: sign-up (the first user of an installation becomes an administrator),
// SSO registration, disable and enable, password change. Ending a user's
// sessions and PATs happens in the same transaction as the user event.
import { randomUUID } from 'node:crypto';
import type { Keyring } from '@keywarden/crypto';
import type { Database, Tx } from '@keywarden/db';
import { idempotency, runIdempotent, type RunOptions } from '@keywarden/event-store';
import { commonError, type FieldIssue } from '@keywarden/errors';
import type { Clock } from '@keywarden/runtime';
import { passwordSignInDisabled } from '../../domain/instance/instance.js';
import { normalizeEmail } from '../../domain/user/user.js';
import type { InstancePort, PatsPort, Transactions, UserView, UsersPort } from '../ports.js';
import type { Actor as FullActor } from '../actor.js';

type Actor = Pick<FullActor, 'userId' | 'roles'>;
import { commands, type Commands } from '../commands.js';
import { checkDisplayName, checkEmail, checkPassword, hashPassword, throwIfIssues, verifyPassword } from './passwords.js';
import type { Credentials, SignInCounters } from './ports.js';
import { checkSignInLimits, type SignInLimits } from './rate-limit.js';
import type { Sessions } from './sessions.js';
import { findUserByEmail, getUser, getUsers } from '../../projections/user-views.js';

export type UsersDeps = {
  database: Database; keyring: Keyring; clock: Clock; sessions: Sessions; pats: PatsPort; instance: InstancePort; limits: SignInLimits;
  credentials: Credentials; counters: SignInCounters; transactions: Transactions;
};

export class Users implements UsersPort {
  constructor(private readonly deps: UsersDeps) {}

  get = (userId: string) => getUser(this.deps.database.db, userId);
  findByEmail = (email: string) => findUserByEmail(this.deps.database.db, email);
  getMany = (userIds: readonly string[]) => getUsers(this.deps.database.db, userIds);

  /**
   * With an Idempotency-Key (scoped to the normalized address: there is no caller yet), a retry of the same
   * sign-up (address, password, name) answers the user it created, and never "e-mail taken". The password is in
   * the request's digest, sealed with the keyring: the same key with another password is a 409, not a replay.
   */
  async signUp(input: { email: string; password: string; displayName: string }, idempotencyKey = ''): Promise<{ user: UserView; replayed: boolean }> {
    // With password sign-in off, people arrive through SSO (registerFromSso) only.
    if (!(await this.deps.instance.passwordSignInEnabled())) throw passwordSignInDisabled('sign-up');
    const issues: FieldIssue[] = [];
    const email = checkEmail(input.email, issues);
    checkPassword(input.password, issues);
    const displayName = checkDisplayName(input.displayName, email, issues);
    throwIfIssues(issues);
    const idem = idempotency({
      operation: 'identity.SignUp', scope: `signup:${normalizeEmail(email)}`, key: idempotencyKey, request: { email: normalizeEmail(email), displayName, password: input.password },
    }, this.deps.keyring);
    const userId = idem?.id ?? randomUUID();
    const { result, replayed } = await runIdempotent(this.deps.database.db, idem, `user-${userId}`, async (options) => {
      // Saves the hashing work for an address already taken; the unique index is the real guard.
      if (await this.findByEmail(email)) throw emailTaken();
      const passwordHash = await hashPassword(input.password);
      return await this.#register({ email, displayName, method: 'password', identityProviderId: '', passwordHash }, userId, options);
    }, async (prior) => (await this.get(String(prior.data['userId'])))!);
    return { user: result, replayed };
  }

  async registerFromSso(input: { email: string; displayName: string; identityProviderId: string }): Promise<UserView> {
    const issues: FieldIssue[] = [];
    const email = checkEmail(input.email, issues);
    const displayName = checkDisplayName(input.displayName, email, issues);
    throwIfIssues(issues);
    return await this.#register({ email, displayName, method: 'sso', identityProviderId: input.identityProviderId, passwordHash: undefined });
  }

  async disable(actor: Actor, userId: string, reason: string): Promise<UserView> {
    await this.#inTransaction(async (tx, commands) => {
      await commands.user(`user-${userId}`, { type: 'Disable', actorUserId: actor.userId, reason: reason.slice(0, 500) }, { metadata: { actor: actor.userId }, retries: 0 });
      await this.deps.sessions.revokeAllOfUser(tx, userId, 'user_disabled', actor.userId);
      await this.deps.pats.revokeAllOfUser(tx, userId, 'user_disabled', actor.userId);
    });
    return (await this.get(userId))!;
  }

  async enable(actor: Actor, userId: string): Promise<UserView> {
    await commands(this.deps.database).user(`user-${userId}`, { type: 'Enable', actorUserId: actor.userId }, { metadata: { actor: actor.userId } });
    return (await this.get(userId))!;
  }

  /** The current password proves it is the user; every session and PAT ends. */
  async changePassword(actor: Actor, currentPassword: string, newPassword: string): Promise<{ sessions: number; pats: number }> {
    const issues: FieldIssue[] = [];
    checkPassword(newPassword, issues, 'new_password');
    throwIfIssues(issues);
    const credential = await this.deps.credentials.ofUser(actor.userId);
    if (!credential) throw commonError('ERR_FORBIDDEN', 'this user signs in with SSO and has no password', { errorId: 'IDENT-pwd1' });
    // The account's sign-in limit: a stolen access token must not become a way to guess the password.
    await checkSignInLimits(this.deps.counters, this.deps.limits, credential.emailNormalized, '', this.deps.clock.now());
    if (!(await verifyPassword(credential.passwordHash, currentPassword))) {
      throw commonError('ERR_FORBIDDEN', 'the current password is not correct', { errorId: 'IDENT-pwd2' });
    }
    if (currentPassword === newPassword) throwIfIssues([{ path: 'new_password', message: 'must differ from the current password' }]);
    const passwordHash = await hashPassword(newPassword);
    const now = this.deps.clock.now();
    return await this.#inTransaction(async (tx, commands) => {
      // Only if the hash is still the one checked above: two racing changes cannot both win.
      if (!(await this.deps.credentials.replace(tx, actor.userId, passwordHash, credential.passwordHash, now))) throw commonError('ERR_CONFLICT', 'the password changed meanwhile', { errorId: 'IDENT-pwd3' });
      await commands.user(`user-${actor.userId}`, { type: 'ChangePassword', actorUserId: actor.userId, at: now.toISOString() }, { metadata: { actor: actor.userId }, retries: 0 });
      const sessions = await this.deps.sessions.revokeAllOfUser(tx, actor.userId, 'password_changed', actor.userId);
      const pats = await this.deps.pats.revokeAllOfUser(tx, actor.userId, 'password_changed', actor.userId);
      return { sessions, pats };
    });
  }

  async #register(
    input: { email: string; displayName: string; method: 'password' | 'sso'; identityProviderId: string; passwordHash: string | undefined },
    userId: string = randomUUID(),
    options: RunOptions = { metadata: {} },
  ) {
    const now = this.deps.clock.now();
    try {
      await this.#inTransaction(async (tx, commands) => {
        // The first user becomes an administrator: the lock (taken only while there is no user) lets one sign-up win that race.
        const first = await this.deps.credentials.firstUser(tx);
        await commands.user(`user-${userId}`, {
          type: 'Register', userId, email: input.email, displayName: input.displayName, method: input.method,
          identityProviderId: input.identityProviderId, roles: first ? ['admin'] : [],
        }, { metadata: { actor: userId, ...options.metadata }, retries: 0 });
        if (input.passwordHash) {
          await this.deps.credentials.add(tx, userId, input.passwordHash, now);
        }
      });
    } catch (error) {
      if (isEmailTaken(error)) throw emailTaken();
      throw error;
    }
    return (await this.get(userId))!;
  }

  async #inTransaction<T>(work: (tx: Tx, commands: Commands) => Promise<T>): Promise<T> {
    return await this.deps.transactions.run((tx, database) => work(tx, commands(database)));
  }
}

const emailTaken = () => commonError('ERR_CONFLICT', 'a user with this e-mail address already exists', { errorId: 'IDENT-usr5' });

function isEmailTaken(error: unknown): boolean {
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
    const pgError = e as { code?: string; constraint_name?: string; constraint?: string };
    if (pgError.code === '23505' && (pgError.constraint_name ?? pgError.constraint) === 'users_email_normalized_uq') return true;
  }
  return false;
}

export { normalizeEmail };
