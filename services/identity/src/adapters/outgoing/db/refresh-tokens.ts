// The RefreshTokens port (app/auth/ports.ts) on the postgres.js client under drizzle: the refresh path's
// statements as prepared statements, one round trip each (the rotation is one statement).
import type { Database, Tx } from '@keywarden/db';
import type { RefreshTokenRecord, RefreshTokens } from '../../../app/auth/ports.js';
import { iso, pg, toDate } from '../../../pg.js';

export function dbRefreshTokens(database: Database): RefreshTokens {
  return {
    async lookup(hash) {
      const [row] = await pg(database.db)<RefreshTokenRecord[]>`
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
    },

    async lockForStart(tx, userId, passwordHash) {
      const sql = pg(tx);
      // Credentials before the user row: a password change locks them in that order too, so the two cannot deadlock.
      if (passwordHash !== undefined) {
        const [same] = await sql`select 1 from user_credentials where user_id = ${userId} and password_hash = ${passwordHash} for share`;
        if (!same) return { passwordCurrent: false, userStatus: undefined };
      }
      const [row] = await sql<Array<{ status: string }>>`select status from users where id = ${userId} for share`;
      return { passwordCurrent: true, userStatus: row?.status };
    },

    async insertFirst(tx, token) {
      await pg(tx)`insert into refresh_tokens (id, session_id, user_id, token_hash, generation, status, expires_at, created_at)
        values (${token.id}, ${token.sessionId}, ${token.userId}, ${token.hash}, 1, 'active', ${token.expiresAt}, ${iso(token.createdAt)})`;
    },

    async rotate(tx, r) {
      const inserted = await pg(tx)`
        with spent as (
          update refresh_tokens set status = 'rotated', rotated_at = ${iso(r.now)}, successor_ciphertext = ${r.successorCiphertext}
          where id = ${r.presentedId} and status = 'active' returning session_id
        ), cleared as (
          update refresh_tokens set successor_ciphertext = null
          where session_id = ${r.sessionId} and id <> ${r.presentedId} and successor_ciphertext is not null
        )
        insert into refresh_tokens (id, session_id, user_id, token_hash, generation, status, expires_at, created_at)
        select ${r.newId}, session_id, ${r.userId}, ${r.hash}, ${r.generation}, 'active', ${iso(r.expiresAt)}, ${iso(r.now)}
        from spent returning id`;
      return inserted.length > 0;
    },

    async endTokens(tx: Tx, column, id, now) {
      const sql = pg(tx);
      await sql`update refresh_tokens set status = case when status = 'active' then 'revoked' else status end,
          revoked_at = case when status = 'active' then ${iso(now)}::timestamptz else revoked_at end, successor_ciphertext = null
        where ${sql(column)} = ${id} and (status = 'active' or successor_ciphertext is not null)`;
    },

    async sessionOfToken(hash) {
      const [session] = await pg(database.db)<Array<{ id: string; user_id: string }>>`
        select session_id as id, user_id from refresh_tokens where token_hash = ${hash}`;
      return session;
    },

    async session(sessionId) {
      const [session] = await pg(database.db)<Array<{ id: string; user_id: string }>>`select id, user_id from sessions where id = ${sessionId}`;
      return session;
    },

    async activeSessionIds(tx, userId) {
      const ids = await pg(tx)<Array<{ id: string }>>`select id from sessions where user_id = ${userId} and status = 'active' order by id`;
      return ids.map((row) => row.id);
    },

    async clearGracePairs(cutoff) {
      const cleared = await pg(database.db)`update refresh_tokens set successor_ciphertext = null
        where successor_ciphertext is not null and rotated_at <= ${iso(cutoff)}`;
      return cleared.count;
    },
  };
}
