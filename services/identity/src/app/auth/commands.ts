// The auth command handlers: load, decide, append with the inline projections,
// in one transaction. Sessions start from their projection row (snapshot), so a
// month of refreshes is never replayed.
import type { Database } from '@keywarden/db';
import { commandHandler } from '@keywarden/event-store';
import { sessionDecider } from '../../domain/session/session.js';
import { userDecider } from '../../domain/user/user.js';
import { sessionSnapshot, sessionsProjection } from '../../projections/sessions.js';
import { usersProjection } from '../../projections/users.js';

export function authCommands(database: Database) {
  return {
    user: commandHandler(database, userDecider, [usersProjection]),
    session: commandHandler(database, sessionDecider, [sessionsProjection], sessionSnapshot),
  };
}
export type AuthCommands = ReturnType<typeof authCommands>;
