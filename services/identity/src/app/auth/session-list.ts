// A person's sessions (seed 003): where and on what they are signed in, and
// "sign out this session". Read from the sessions projection. Last use is the
// last sign-in or refresh, which already write: recording every request made
// with an access token would be a write per request for little more (a browser
// refreshes every 15 minutes while it is open).
import type { Database } from '@keywarden/db';
import { notFound, validationError } from '@keywarden/errors';
import type { Clock } from '@keywarden/runtime';
import { isAdmin, requireActor, requireAdmin, type ActorInput } from '../actor.js';
import { parseDevice, type Device } from './device.js';
import { iso, pg, toDate } from '../../adapters/outgoing/db/pg.js';
import type { Sessions } from './sessions.js';

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 200;

export type SessionView = {
  sessionId: string; userId: string; method: string; identityProviderId: string; device: Device; userAgent: string;
  ipAddress: string; signInIpAddress: string; createdAt: Date; lastUsedAt: Date; expiresAt: Date; status: string; revokedAt: Date | undefined;
};

type Row = {
  id: string; user_id: string; method: string; identity_provider_id: string; user_agent: string; client_ip: string; last_client_ip: string;
  created_at: Date | string; last_used_at: Date | string; ends_at: Date | string; status: string; revoked_at: Date | string | null;
};

// The columns of a view; rows older than last_client_ip have '' there and fall back to the sign-in address.
const COLUMNS = `id, user_id, method, identity_provider_id, user_agent, client_ip, last_client_ip, created_at,
  coalesce(last_refreshed_at, created_at) as last_used_at, least(expires_at, idle_expires_at) as ends_at, status, revoked_at`;

const view = (r: Row): SessionView => ({
  sessionId: r.id, userId: r.user_id, method: r.method, identityProviderId: r.identity_provider_id, device: parseDevice(r.user_agent),
  userAgent: r.user_agent, ipAddress: r.last_client_ip || r.client_ip, signInIpAddress: r.client_ip, createdAt: toDate(r.created_at),
  lastUsedAt: toDate(r.last_used_at), expiresAt: toDate(r.ends_at), status: r.status, revokedAt: r.revoked_at ? toDate(r.revoked_at) : undefined,
});

export type SessionListDeps = { database: Database; clock: Clock; sessions: Pick<Sessions, 'revoke'> };

/** The user's sessions that still work, most recently used first; one's own, or anyone's for administrators. */
export async function listSessions(deps: SessionListDeps, actorInput: ActorInput, input: { userId: string; limit: number; after: string }) {
  const actor = requireActor(actorInput);
  const userId = input.userId || actor.userId;
  if (userId !== actor.userId) requireAdmin(actor);
  const limit = input.limit === 0 ? DEFAULT_LIMIT : input.limit;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw validationError('the page is not valid', { errorId: 'IDENT-sls1', issues: [{ path: 'limit', message: `must be between 1 and ${MAX_LIMIT}` }] });
  }
  const after = input.after ? decodeCursor(input.after) : undefined;
  const sql = pg(deps.database.db);
  const now = iso(deps.clock.now());
  // sessions_user_active_idx finds the user's active rows; the sort is over those alone.
  const rows = await sql<Row[]>`select ${sql.unsafe(COLUMNS)} from sessions
    where user_id = ${userId} and status = 'active' and expires_at > ${now} and idle_expires_at > ${now}
      ${after ? sql`and (coalesce(last_refreshed_at, created_at), id) < (${after.at}::timestamptz, ${after.id})` : sql``}
    order by coalesce(last_refreshed_at, created_at) desc, id desc limit ${limit + 1}`;
  const page = rows.slice(0, limit).map(view);
  const last = page.at(-1);
  return { sessions: page, next: rows.length > limit && last ? encodeCursor(last) : '' };
}

/**
 * Ends one session of a user: one's own ("sign out this session", reason sign_out) or, for administrators,
 * anyone's (reason admin). A session of anyone else is ERR_NOT_FOUND, as an unknown one.
 */
export async function revokeSession(deps: SessionListDeps, actorInput: ActorInput, input: { userId: string; sessionId: string }) {
  const actor = requireActor(actorInput);
  const userId = input.userId || actor.userId;
  if (userId !== actor.userId) requireAdmin(actor);
  const before = await getSession(deps.database, input.sessionId);
  if (!before || before.userId !== userId) throw notFound('no such session', { errorId: 'IDENT-sls2' });
  const own = userId === actor.userId;
  const revoked = await deps.sessions.revoke(before.sessionId, own || !isAdmin(actor) ? 'sign_out' : 'admin', actor.userId);
  return { revoked, session: (await getSession(deps.database, before.sessionId))! };
}

async function getSession(database: Database, sessionId: string): Promise<SessionView | undefined> {
  if (!sessionId || sessionId.length > 100) return undefined;
  const sql = pg(database.db);
  const [row] = await sql<Row[]>`select ${sql.unsafe(COLUMNS)} from sessions where id = ${sessionId}`;
  return row && view(row);
}

const encodeCursor = (s: SessionView) => Buffer.from(`${s.lastUsedAt.toISOString()} ${s.sessionId}`).toString('base64url');

function decodeCursor(cursor: string): { at: string; id: string } {
  const [at = '', id = ''] = Buffer.from(cursor, 'base64url').toString('utf8').split(' ');
  // Strict, so that nothing but what encodeCursor wrote reaches the query.
  const instant = new Date(at);
  if (cursor.length > 200 || Number.isNaN(instant.getTime()) || instant.toISOString() !== at || !/^[\w-]{1,100}$/.test(id)) {
    throw validationError('the page is not valid', { errorId: 'IDENT-sls3', issues: [{ path: 'after', message: 'not a cursor from this list' }] });
  }
  return { at, id };
}
