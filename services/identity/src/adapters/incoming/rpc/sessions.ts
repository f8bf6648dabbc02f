// The session list endpoints (rpc.identity.ListSessions, RevokeSession): a
// person's own sessions, or any user's for administrators. Never a token.
import { endpoint, type AnyRpcEndpoint } from '@keywarden/bus';
import { listSessions, revokeSession, type SessionListDeps, type SessionView } from '../../../app/auth/session-list.js';

const sessionMessage = (s: SessionView) => ({
  ...s, createdAt: s.createdAt.toISOString(), lastUsedAt: s.lastUsedAt.toISOString(), expiresAt: s.expiresAt.toISOString(),
  revokedAt: s.revokedAt?.toISOString(),
});

export function sessionListEndpoints(deps: SessionListDeps): AnyRpcEndpoint[] {
  return [
    endpoint('identity.ListSessions', async (req) => {
      const page = await listSessions(deps, req.actor, { userId: req.userId, limit: req.limit, after: req.after });
      return { sessions: page.sessions.map(sessionMessage), next: page.next };
    }),
    endpoint('identity.RevokeSession', async (req) => {
      const { revoked, session } = await revokeSession(deps, req.actor, { userId: req.userId, sessionId: req.sessionId });
      return { revoked, session: sessionMessage(session) };
    }),
  ];
}
