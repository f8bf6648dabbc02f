// Sessions: open (sign-in, SSO), refresh with rotation, reuse detection and
// the two-tab grace, sign-out, and ending every session of a user.
import { randomUUID } from 'node:crypto';
import { fingerprint, generateToken, sha256Hex, type Keyring } from '@keywarden/crypto';
import type { Database, Tx } from '@keywarden/db';
import { commonError, unauthenticated } from '@keywarden/errors';
import type { Clock } from '@keywarden/runtime';
import { ConcurrencyError } from '@keywarden/event-store';
import { RotatedTokenError, type RevokeReason, type SessionState } from '../../domain/session/session.js';
import type { IdentitySettings } from '../../config.js';
import type { ClientInfo, IssuedSession, SessionsPort, Transactions, UserView } from '../ports.js';
import { countRefreshTokenReuse } from '../metrics.js';
import { commands, type Commands } from '../commands.js';
import type { SigningKeys } from './keys.js';
import type { RefreshTokenRecord, RefreshTokens } from './ports.js';
import { getUser, toUserView, type UserRow } from '../../projections/user-views.js';

export const REFRESH_PREFIX = 'kwr_';
const TOKEN_BYTES = 32;
const invalidToken = () => unauthenticated('the refresh token is not valid', { errorId: 'IDENT-ref1' });

type TokenRow = RefreshTokenRecord;
type Pair = { sessionId: string; accessToken: string; accessTokenExpiresAt: string; refreshToken: string; refreshTokenExpiresAt: string };

export type SessionsDeps = {
  database: Database; keyring: Keyring; clock: Clock; settings: IdentitySettings; keys: SigningKeys; tokens: RefreshTokens; transactions: Transactions;
};

export class Sessions implements SessionsPort {
  readonly #commands: Commands;
  constructor(private readonly deps: SessionsDeps) {
    this.#commands = commands(deps.database);
  }

  /**
   * `passwordHash`: the hash a password sign-in verified. The session opens only if it is still the user's
   * (row locked), so a sign-in with the old password racing a password change cannot outlive the change.
   */
  async open(input: { userId: string; method: 'password' | 'sso'; identityProviderId?: string; client: ClientInfo; passwordHash?: string }): Promise<IssuedSession> {
    const { clock, settings } = this.deps;
    const user = await getUser(this.deps.database.db, input.userId);
    if (!user) throw commonError('ERR_NOT_FOUND', 'no such user', { errorId: 'IDENT-ses3' });
    if (user.status !== 'active') throw commonError('ERR_FORBIDDEN', 'the user is disabled', { errorId: 'IDENT-ses4' });
    const now = clock.now();
    const sessionId = randomUUID();
    const tokenId = randomUUID();
    const refreshToken = generateToken(REFRESH_PREFIX, TOKEN_BYTES);
    const access = await this.#accessToken(user, sessionId, now);
    const result = await this.#commands.session(`session-${sessionId}`, {
      type: 'Start', sessionId, userId: user.userId, method: input.method, identityProviderId: input.identityProviderId ?? '',
      tokenId, tokenFingerprint: fingerprint(refreshToken), now: now.toISOString(), absoluteMs: settings.refreshAbsoluteMs,
      idleMs: settings.refreshIdleMs, clientIp: input.client.ip, userAgent: input.client.userAgent.slice(0, 512),
    }, {
      metadata: { actor: user.userId },
      within: async (tx, events) => {
        // The password still theirs, and the user row locked against a concurrent disable, which would otherwise miss this session.
        const locked = await this.deps.tokens.lockForStart(tx, user.userId, input.passwordHash);
        if (!locked.passwordCurrent) throw unauthenticated('the e-mail address or the password is not correct', { errorId: 'IDENT-ses6' });
        if (locked.userStatus !== 'active') throw commonError('ERR_FORBIDDEN', 'the user is disabled', { errorId: 'IDENT-ses5' });
        const started = events[0]!.data as { idleExpiresAt: string };
        await this.deps.tokens.insertFirst(tx, { id: tokenId, sessionId, userId: user.userId, hash: sha256Hex(refreshToken), expiresAt: started.idleExpiresAt, createdAt: now });
      },
    });
    const state = result.state as { idleExpiresAt: string };
    return { sessionId, ...access, refreshToken, refreshTokenExpiresAt: new Date(state.idleExpiresAt), user };
  }

  /** Rotates the token; a just-rotated one within the grace gets the same pair; an older one revokes the family. */
  async refresh(refreshToken: string, client: ClientInfo): Promise<IssuedSession> {
    if (!refreshToken.startsWith(REFRESH_PREFIX) || refreshToken.length > 128) throw invalidToken();
    const hash = sha256Hex(refreshToken);
    for (let attempt = 0; attempt < 3; attempt++) {
      const row = await this.#lookup(hash);
      if (!row) throw invalidToken();
      const user = toUserView({ ...row, id: row.user_id });
      const live = row.session_status === 'active' && row.user_status === 'active';
      if (row.status === 'active') {
        if (!live || this.deps.clock.now() >= row.expires_at) throw invalidToken();
        try {
          return await this.#rotate(row, user, client);
        } catch (error) {
          // Another tab rotated the same token a moment earlier: look again, which finds the grace pair.
          if (error instanceof RotatedTokenError || error instanceof ConcurrencyError) continue;
          throw error;
        }
      }
      if (row.status === 'rotated' && live) {
        const pair = this.#gracePair(row);
        if (pair) return { ...pair, accessTokenExpiresAt: new Date(pair.accessTokenExpiresAt), refreshTokenExpiresAt: new Date(pair.refreshTokenExpiresAt), user };
        await this.#reportReuse(row, client);
      }
      throw invalidToken();
    }
    throw invalidToken();
  }

  /**
   * Whose live session a refresh token opens, by its SHA-256, without rotating it: the gateway
   * authenticates top-level navigations with it, so it must not race the console's own refresh.
   * A rotated token within the grace (its successor still current) counts as the session's; any
   * other rotated token is reuse and ends the family, as on refresh.
   */
  async verify(tokenHash: string, client: ClientInfo): Promise<{ userId: string; sessionId: string; roles: string[] } | undefined> {
    if (!/^[0-9a-f]{64}$/.test(tokenHash)) return undefined;
    const row = await this.#lookup(tokenHash);
    if (!row) return undefined;
    const live = row.session_status === 'active' && row.user_status === 'active';
    const session = { userId: row.user_id, sessionId: row.session_id, roles: row.roles };
    if (row.status === 'active') return live && this.deps.clock.now() < row.expires_at ? session : undefined;
    if (row.status === 'rotated' && live) {
      if (this.#gracePair(row)) return session;
      await this.#reportReuse(row, client);
    }
    return undefined;
  }

  /** Ends the session of a refresh token, or a session by id (its owner or an administrator). Idempotent. */
  async signOut(input: { actorUserId: string; isAdmin: boolean; refreshToken: string; sessionId: string }): Promise<boolean> {
    let session: { id: string; user_id: string } | undefined;
    if (input.refreshToken) {
      session = await this.deps.tokens.sessionOfToken(sha256Hex(input.refreshToken));
      if (!session) return false;
    } else if (input.sessionId) {
      if (!input.actorUserId) throw unauthenticated('signing out by session id needs an actor', { errorId: 'IDENT-out1' });
      session = await this.deps.tokens.session(input.sessionId);
      if (!session || (session.user_id !== input.actorUserId && !input.isAdmin)) throw commonError('ERR_NOT_FOUND', 'no such session', { errorId: 'IDENT-out2' });
    } else {
      throw commonError('ERR_VALIDATION', 'name the refresh token or the session id', { errorId: 'IDENT-out3' });
    }
    return await this.revoke(session.id, 'sign_out', input.actorUserId || session.user_id);
  }

  /** Ends one session (SessionRevoked) and every token of its family; false when it had already ended. */
  async revoke(sessionId: string, reason: RevokeReason, actorUserId: string): Promise<boolean> {
    const result = await this.#commands.session(`session-${sessionId}`, { type: 'Revoke', reason, actorUserId }, {
      metadata: { actor: actorUserId }, within: (tx) => this.#endTokens(tx, 'session_id', sessionId),
    });
    return result.events.length > 0;
  }

  /** Every active session of the user ends (SessionRevoked each), inside the caller's transaction. */
  async revokeAllOfUser(tx: Tx, userId: string, reason: RevokeReason, actorUserId: string): Promise<number> {
    const ids = await this.deps.tokens.activeSessionIds(tx, userId);
    const inTx = commands(this.deps.transactions.within(tx));
    let revoked = 0;
    for (const id of ids) {
      // Each command is a savepoint: a refresh that appended meanwhile makes it decide again, it does not abort the disable.
      const result = await inTx.session(`session-${id}`, { type: 'Revoke', reason, actorUserId }, { metadata: { actor: actorUserId } });
      revoked += result.events.length > 0 ? 1 : 0;
    }
    await this.#endTokens(tx, 'user_id', userId);
    return revoked;
  }

  /** Grace pairs past their window go (rotation, revocation and the cleanup clear them too). */
  async clearExpiredGracePairs(): Promise<number> {
    const cutoff = new Date(this.deps.clock.now().getTime() - this.deps.settings.refreshGraceMs);
    return await this.deps.tokens.clearGracePairs(cutoff);
  }

  async #reportReuse(row: TokenRow, client: ClientInfo): Promise<void> {
    const reported = await this.#commands.session(`session-${row.session_id}`, {
      type: 'ReportReuse', reusedTokenId: row.id, reusedGeneration: row.generation, clientIp: client.ip, userAgent: client.userAgent.slice(0, 512),
    }, { metadata: { actor: row.user_id }, within: (tx) => this.#endTokens(tx, 'session_id', row.session_id) });
    if (reported.events.some((e) => e.type === 'RefreshTokenReuseDetected')) countRefreshTokenReuse();
  }

  async #lookup(hash: string): Promise<TokenRow | undefined> {
    return await this.deps.tokens.lookup(hash);
  }

  async #rotate(row: TokenRow, user: UserView, client: ClientInfo): Promise<IssuedSession> {
    const { clock, settings, keyring } = this.deps;
    const now = clock.now();
    const tokenId = randomUUID();
    const refreshToken = generateToken(REFRESH_PREFIX, TOKEN_BYTES);
    const refreshTokenExpiresAt = new Date(Math.min(now.getTime() + settings.refreshIdleMs, row.session_expires_at.getTime()));
    const access = await this.#accessToken(user, row.session_id, now);
    const pair: Pair = {
      sessionId: row.session_id, accessToken: access.accessToken, accessTokenExpiresAt: access.accessTokenExpiresAt.toISOString(),
      refreshToken, refreshTokenExpiresAt: refreshTokenExpiresAt.toISOString(),
    };
    const successor = settings.refreshGraceMs > 0 ? keyring.encrypt(JSON.stringify(pair), `refresh-token:${row.id}`) : null;
    await this.#commands.session(`session-${row.session_id}`, {
      type: 'Refresh', presentedTokenId: row.id, newTokenId: tokenId, newTokenFingerprint: fingerprint(refreshToken), now: now.toISOString(),
      idleMs: settings.refreshIdleMs, clientIp: client.ip,
    }, {
      metadata: { actor: user.userId },
      // The lookup already read the session row: decide on it (the append's expected version guards it).
      from: { state: sessionStateOf(row), version: row.session_version },
      within: async (tx) => {
        const rotated = await this.deps.tokens.rotate(tx, {
          presentedId: row.id, sessionId: row.session_id, userId: user.userId, newId: tokenId, hash: sha256Hex(refreshToken),
          generation: row.generation + 1, expiresAt: refreshTokenExpiresAt, now, successorCiphertext: successor,
        });
        if (!rotated) throw new RotatedTokenError();
      },
    });
    return { ...pair, accessTokenExpiresAt: access.accessTokenExpiresAt, refreshTokenExpiresAt, user };
  }

  /** The pair issued when this token was rotated, if the rotation is recent and that pair is still the family's current one. */
  #gracePair(row: TokenRow): Pair | undefined {
    const { clock, settings, keyring } = this.deps;
    if (!row.successor_ciphertext || !row.rotated_at) return undefined;
    if (clock.now().getTime() - row.rotated_at.getTime() > settings.refreshGraceMs) return undefined;
    if (row.session_generation !== row.generation + 1) return undefined;
    return JSON.parse(keyring.decryptString(row.successor_ciphertext, `refresh-token:${row.id}`)) as Pair;
  }

  async #endTokens(tx: Tx, column: 'session_id' | 'user_id', id: string): Promise<void> {
    await this.deps.tokens.endTokens(tx, column, id, this.deps.clock.now());
  }

  async #accessToken(user: UserView, sessionId: string, now: Date) {
    const { settings, keys } = this.deps;
    const accessTokenExpiresAt = new Date(now.getTime() + settings.accessTokenMs);
    const accessToken = await keys.sign({ sid: sessionId, roles: user.roles }, user.userId, now, accessTokenExpiresAt, settings.issuer, settings.audience);
    return { accessToken, accessTokenExpiresAt };
  }
}

export type { UserRow };

/** The session's decider state as the sessions projection row holds it (same fields as the snapshot loader). */
function sessionStateOf(row: TokenRow): SessionState {
  return {
    status: row.session_status as 'active' | 'revoked', sessionId: row.session_id, userId: row.user_id, generation: row.session_generation,
    currentTokenId: row.session_current_token_id, expiresAt: row.session_expires_at.toISOString(), idleExpiresAt: row.session_idle_expires_at.toISOString(),
  };
}
