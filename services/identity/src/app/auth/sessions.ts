// Sessions: open (sign-in, SSO), refresh with rotation, reuse detection and
// the two-tab grace, sign-out, and ending every session of a user.
import { randomUUID } from 'node:crypto';
import { fingerprint, generateToken, sha256Hex, type Keyring } from '@keywarden/crypto';
import { withinTransaction, type Database, type Tx } from '@keywarden/db';
import { commonError, unauthenticated } from '@keywarden/errors';
import type { Clock } from '@keywarden/runtime';
import { ConcurrencyError } from '@keywarden/event-store';
import { RotatedTokenError, type RevokeReason, type SessionState } from '../../domain/session/session.js';
import type { IdentitySettings } from '../../config.js';
import type { ClientInfo, IssuedSession, SessionsPort, UserView } from '../ports.js';
import { countRefreshTokenReuse } from '../metrics.js';
import { authCommands, type AuthCommands } from './commands.js';
import type { SigningKeys } from './keys.js';
import { iso, pg, toDate } from '../../adapters/outgoing/db/pg.js';
import { getUser, toUserView, type UserRow } from '../../projections/user-views.js';

export const REFRESH_PREFIX = 'kwr_';
const TOKEN_BYTES = 32;
const invalidToken = () => unauthenticated('the refresh token is not valid', { errorId: 'IDENT-ref1' });

type TokenRow = {
  id: string; session_id: string; generation: number; status: 'active' | 'rotated' | 'revoked'; expires_at: Date; rotated_at: Date | null;
  successor_ciphertext: string | null; session_status: string; session_generation: number; session_expires_at: Date;
  session_version: number; session_current_token_id: string; session_idle_expires_at: Date;
  user_status: string; user_id: string; email: string; display_name: string; roles: string[]; created_at: Date;
};
type Pair = { sessionId: string; accessToken: string; accessTokenExpiresAt: string; refreshToken: string; refreshTokenExpiresAt: string };

export type SessionsDeps = { database: Database; keyring: Keyring; clock: Clock; settings: IdentitySettings; keys: SigningKeys };

export class Sessions implements SessionsPort {
  readonly #commands: AuthCommands;
  constructor(private readonly deps: SessionsDeps) {
    this.#commands = authCommands(deps.database);
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
        const sql = pg(tx);
        // Credentials before the user row: a password change locks them in that order too, so the two cannot deadlock.
        if (input.passwordHash !== undefined) {
          const [same] = await sql`select 1 from user_credentials where user_id = ${user.userId} and password_hash = ${input.passwordHash} for share`;
          if (!same) throw unauthenticated('the e-mail address or the password is not correct', { errorId: 'IDENT-ses6' });
        }
        // Locks the user row against a concurrent disable, which would otherwise miss this session.
        const [row] = await sql<Array<{ status: string }>>`select status from users where id = ${user.userId} for share`;
        if (row?.status !== 'active') throw commonError('ERR_FORBIDDEN', 'the user is disabled', { errorId: 'IDENT-ses5' });
        const started = events[0]!.data as { idleExpiresAt: string };
        await sql`insert into refresh_tokens (id, session_id, user_id, token_hash, generation, status, expires_at, created_at)
          values (${tokenId}, ${sessionId}, ${user.userId}, ${sha256Hex(refreshToken)}, 1, 'active', ${started.idleExpiresAt}, ${iso(now)})`;
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
    const sql = pg(this.deps.database.db);
    let session: { id: string; user_id: string } | undefined;
    if (input.refreshToken) {
      [session] = await sql<Array<{ id: string; user_id: string }>>`
        select session_id as id, user_id from refresh_tokens where token_hash = ${sha256Hex(input.refreshToken)}`;
      if (!session) return false;
    } else if (input.sessionId) {
      if (!input.actorUserId) throw unauthenticated('signing out by session id needs an actor', { errorId: 'IDENT-out1' });
      [session] = await sql<Array<{ id: string; user_id: string }>>`select id, user_id from sessions where id = ${input.sessionId}`;
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
    const ids = await pg(tx)<Array<{ id: string }>>`select id from sessions where user_id = ${userId} and status = 'active' order by id`;
    const commands = authCommands(withinTransaction(this.deps.database, tx));
    let revoked = 0;
    for (const { id } of ids) {
      // Each command is a savepoint: a refresh that appended meanwhile makes it decide again, it does not abort the disable.
      const result = await commands.session(`session-${id}`, { type: 'Revoke', reason, actorUserId }, { metadata: { actor: actorUserId } });
      revoked += result.events.length > 0 ? 1 : 0;
    }
    await this.#endTokens(tx, 'user_id', userId);
    return revoked;
  }

  /** Grace pairs past their window go (rotation, revocation and the cleanup clear them too). */
  async clearExpiredGracePairs(): Promise<number> {
    const cutoff = new Date(this.deps.clock.now().getTime() - this.deps.settings.refreshGraceMs);
    const cleared = await pg(this.deps.database.db)`update refresh_tokens set successor_ciphertext = null
      where successor_ciphertext is not null and rotated_at <= ${iso(cutoff)}`;
    return cleared.count;
  }

  async #reportReuse(row: TokenRow, client: ClientInfo): Promise<void> {
    const reported = await this.#commands.session(`session-${row.session_id}`, {
      type: 'ReportReuse', reusedTokenId: row.id, reusedGeneration: row.generation, clientIp: client.ip, userAgent: client.userAgent.slice(0, 512),
    }, { metadata: { actor: row.user_id }, within: (tx) => this.#endTokens(tx, 'session_id', row.session_id) });
    if (reported.events.some((e) => e.type === 'RefreshTokenReuseDetected')) countRefreshTokenReuse();
  }

  async #lookup(hash: string): Promise<TokenRow | undefined> {
    const [row] = await pg(this.deps.database.db)<TokenRow[]>`
      select rt.id, rt.session_id, rt.generation, rt.status, rt.expires_at, rt.rotated_at, rt.successor_ciphertext,
        s.status as session_status, s.generation as session_generation, s.expires_at as session_expires_at,
        s.version as session_version, s.current_token_id as session_current_token_id, s.idle_expires_at as session_idle_expires_at,
        u.status as user_status, u.id as user_id, u.email, u.display_name, u.roles, u.created_at
      from refresh_tokens rt join sessions s on s.id = rt.session_id join users u on u.id = s.user_id
      where rt.token_hash = ${hash}`;
    return row && {
      ...row, expires_at: toDate(row.expires_at), rotated_at: row.rotated_at && toDate(row.rotated_at),
      session_expires_at: toDate(row.session_expires_at), session_idle_expires_at: toDate(row.session_idle_expires_at), created_at: toDate(row.created_at),
    };
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
        const inserted = await pg(tx)`
          with spent as (
            update refresh_tokens set status = 'rotated', rotated_at = ${iso(now)}, successor_ciphertext = ${successor}
            where id = ${row.id} and status = 'active' returning session_id
          ), cleared as (
            update refresh_tokens set successor_ciphertext = null
            where session_id = ${row.session_id} and id <> ${row.id} and successor_ciphertext is not null
          )
          insert into refresh_tokens (id, session_id, user_id, token_hash, generation, status, expires_at, created_at)
          select ${tokenId}, session_id, ${user.userId}, ${sha256Hex(refreshToken)}, ${row.generation + 1}, 'active', ${iso(refreshTokenExpiresAt)}, ${iso(now)}
          from spent returning id`;
        if (inserted.length === 0) throw new RotatedTokenError();
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
    const now = this.deps.clock.now();
    const sql = pg(tx);
    await sql`update refresh_tokens set status = case when status = 'active' then 'revoked' else status end,
        revoked_at = case when status = 'active' then ${iso(now)}::timestamptz else revoked_at end, successor_ciphertext = null
      where ${sql(column)} = ${id} and (status = 'active' or successor_ciphertext is not null)`;
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
