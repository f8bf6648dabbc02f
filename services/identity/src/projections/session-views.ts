// Reads of the sessions read model for the session list (seed 003). The device is parsed from the
// User-Agent by the use case (app/auth/session-list.ts), not stored: a better parser improves old sessions too.
import type { Database } from '@keywarden/db';
import { iso, pg, toDate } from '../pg.js';

export type SessionRecord = {
  sessionId: string; userId: string; method: string; identityProviderId: string; userAgent: string;
  ipAddress: string; signInIpAddress: string; createdAt: Date; lastUsedAt: Date; expiresAt: Date; status: string; revokedAt: Date | undefined;
};

type Row = {
  id: string; user_id: string; method: string; identity_provider_id: string; user_agent: string; client_ip: string; last_client_ip: string;
  created_at: Date | string; last_used_at: Date | string; ends_at: Date | string; status: string; revoked_at: Date | string | null;
};

// The columns of a view; rows older than last_client_ip have '' there and fall back to the sign-in address.
const COLUMNS = `id, user_id, method, identity_provider_id, user_agent, client_ip, last_client_ip, created_at,
  coalesce(last_refreshed_at, created_at) as last_used_at, least(expires_at, idle_expires_at) as ends_at, status, revoked_at`;

const record = (r: Row): SessionRecord => ({
  sessionId: r.id, userId: r.user_id, method: r.method, identityProviderId: r.identity_provider_id,
  userAgent: r.user_agent, ipAddress: r.last_client_ip || r.client_ip, signInIpAddress: r.client_ip, createdAt: toDate(r.created_at),
  lastUsedAt: toDate(r.last_used_at), expiresAt: toDate(r.ends_at), status: r.status, revokedAt: r.revoked_at ? toDate(r.revoked_at) : undefined,
});

/**
 * Up to `limit` of the user's sessions that still work at `now`, most recently used first, after the
 * cursor position `after` (last use, session id).
 */
export async function activeSessionsOfUser(
  database: Database, userId: string, now: Date, limit: number, after: { at: string; id: string } | undefined,
): Promise<SessionRecord[]> {
  const sql = pg(database.db);
  const at = iso(now);
  // sessions_user_active_idx finds the user's active rows; the sort is over those alone.
  const rows = await sql<Row[]>`select ${sql.unsafe(COLUMNS)} from sessions
    where user_id = ${userId} and status = 'active' and expires_at > ${at} and idle_expires_at > ${at}
      ${after ? sql`and (coalesce(last_refreshed_at, created_at), id) < (${after.at}::timestamptz, ${after.id})` : sql``}
    order by coalesce(last_refreshed_at, created_at) desc, id desc limit ${limit}`;
  return rows.map(record);
}

export async function sessionRecord(database: Database, sessionId: string): Promise<SessionRecord | undefined> {
  const sql = pg(database.db);
  const [row] = await sql<Row[]>`select ${sql.unsafe(COLUMNS)} from sessions where id = ${sessionId}`;
  return row && record(row);
}
