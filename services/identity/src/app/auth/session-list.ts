// A person's sessions (seed 003): where and on what they are signed in, and
// "sign out this session". Read from the sessions projection. Last use is the
// last sign-in or refresh, which already write: recording every request made
// with an access token would be a write per request for little more (a browser
// refreshes every 15 minutes while it is open).
import type { Database } from '@keywarden/db';
import { notFound, validationError } from '@keywarden/errors';
import type { Clock } from '@keywarden/runtime';
import { isAdmin, requireActor, requireAdmin, type ActorInput } from '../actor.js';
import { activeSessionsOfUser, sessionRecord, type SessionRecord } from '../../projections/session-views.js';
import { parseDevice, type Device } from './device.js';
import type { Sessions } from './sessions.js';

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 200;

export type SessionView = {
  sessionId: string; userId: string; method: string; identityProviderId: string; device: Device; userAgent: string;
  ipAddress: string; signInIpAddress: string; createdAt: Date; lastUsedAt: Date; expiresAt: Date; status: string; revokedAt: Date | undefined;
};

const view = (r: SessionRecord): SessionView => ({ ...r, device: parseDevice(r.userAgent) });

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
  const rows = await activeSessionsOfUser(deps.database, userId, deps.clock.now(), limit + 1, after);
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
  const found = await sessionRecord(database, sessionId);
  return found && view(found);
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
