// The auth command handlers: load, decide, append with the inline projections,
// in one transaction. Sessions start from their projection row (snapshot), so a
// month of refreshes is never replayed.
import type { Database } from '@keywarden/db';
import { commandHandler, type SnapshotLoader } from '@keywarden/event-store';
import { sessionDecider, type SessionState } from '../../domain/session/session.js';
import { userDecider } from '../../domain/user/user.js';
import { sessionsProjection } from '../../projections/sessions.js';
import { usersProjection } from '../../projections/users.js';
import { pg, toDate } from '../../adapters/outgoing/db/pg.js';

type SessionRow = {
  id: string; user_id: string; status: 'active' | 'revoked'; generation: number; current_token_id: string;
  expires_at: Date | string; idle_expires_at: Date | string; version: number;
};

export const sessionSnapshot: SnapshotLoader<SessionState> = async (tx, streamId) => {
  const [r] = await pg(tx)<SessionRow[]>`
    select id, user_id, status, generation, current_token_id, expires_at, idle_expires_at, version
    from sessions where id = ${streamId.slice('session-'.length)}`;
  if (!r) return undefined;
  return {
    version: r.version,
    state: {
      status: r.status, sessionId: r.id, userId: r.user_id, generation: r.generation, currentTokenId: r.current_token_id,
      expiresAt: toDate(r.expires_at).toISOString(), idleExpiresAt: toDate(r.idle_expires_at).toISOString(),
    },
  };
};

export function authCommands(database: Database) {
  return {
    user: commandHandler(database, userDecider, [usersProjection]),
    session: commandHandler(database, sessionDecider, [sessionsProjection], sessionSnapshot),
  };
}
export type AuthCommands = ReturnType<typeof authCommands>;
