// /users/me/sessions and /users/{id}/sessions: where one is signed in (device,
// address, last use) and "sign out this session"; administrators see and end
// anyone's. Ending a session refuses its access tokens on this replica at once
// and on the others as the SessionRevoked event reaches their revocation feed.
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { forbidden } from '@keywarden/errors';
import type { Context } from 'hono';
import { requireActor, rpcActor, type Actor, type GatewayEnv } from '../../auth/actor.js';
import { authenticationOf } from '../../auth/middleware.js';
import { bearerAuth } from '../../openapi.js';
import { rpcCaller, type GatewayDeps } from '../../rpc.js';
import { SessionInfo, json, problems, toSessionInfo } from './schemas.js';

const tags = ['sessions'];
const security = bearerAuth;
const id = z.string().min(1).max(100);
const Page = z.object({
  limit: z.coerce.number().int().min(1).max(200).optional().openapi({ description: '1–200, default 50' }),
  after: z.string().max(200).optional().openapi({ description: 'The `next` of the previous page' }),
});
const SessionList = z.object({ sessions: z.array(SessionInfo), next: z.string().openapi({ description: 'Pass as `after` for the next page; empty on the last page' }) });
const Revoked = z.object({
  revoked: z.boolean().openapi({ description: 'False when the session had already ended' }),
  session: SessionInfo,
});

const listMine = createRoute({
  method: 'get', path: '/users/me/sessions', tags, security, summary: 'Your sessions that still work, most recently used first (session only)',
  description: 'One per sign-in (a refresh-token family): the device from the User-Agent, the addresses, when it was created and last used (last refresh or sign-in), and which one is making this request (`current`).',
  request: { query: Page },
  responses: { 200: json(SessionList, 'One page'), ...problems },
});
const revokeMine = createRoute({
  method: 'delete', path: '/users/me/sessions/{sessionId}', tags, security, summary: 'Sign out one of your sessions (session only)',
  description: 'Revokes its refresh-token family; its access tokens are refused from then on (this gateway at once, the others within a second). A session of someone else is 404.',
  request: { params: z.object({ sessionId: id }) },
  responses: { 200: json(Revoked, 'The session after the change'), ...problems },
});
const listUsers = createRoute({
  method: 'get', path: '/users/{id}/sessions', tags, security, summary: 'A user’s sessions that still work (administrators, or the user; scope identity:read)',
  request: { params: z.object({ id }), query: Page },
  responses: { 200: json(SessionList, 'One page'), ...problems },
});
const revokeUsers = createRoute({
  method: 'delete', path: '/users/{id}/sessions/{sessionId}', tags, security, summary: 'End one of a user’s sessions (administrators, or the user; scope identity:write)',
  request: { params: z.object({ id, sessionId: id }) },
  responses: { 200: json(Revoked, 'The session after the change'), ...problems },
});

/**
 * The actor of a session (not a PAT): a leaked personal access token must not be able to list where its owner
 * is signed in, nor sign them out again and again.
 */
function requireSession(c: Context<GatewayEnv>): Actor {
  const actor = requireActor(c, 'identity:read');
  if (actor.credential !== 'session') throw forbidden('your own sessions are managed from a signed-in session, not with a personal access token', { errorId: 'GW-e3a9' });
  return actor;
}

export function sessionRoutes(app: OpenAPIHono<GatewayEnv>, deps: GatewayDeps): void {
  const rpc = rpcCaller(deps);
  const list = async (actor: Actor, userId: string, page: z.infer<typeof Page>) => {
    const r = await rpc('identity.ListSessions', { actor: rpcActor(actor), userId, limit: page.limit ?? 0, after: page.after ?? '' });
    return { sessions: r.sessions.map((s) => toSessionInfo(s, actor.sessionId)), next: r.next };
  };
  const revoke = async (actor: Actor, userId: string, sessionId: string) => {
    const r = await rpc('identity.RevokeSession', { actor: rpcActor(actor), userId, sessionId });
    const session = toSessionInfo(r.session!, actor.sessionId);
    // The SessionRevoked event follows over the bus; this replica need not wait for it.
    authenticationOf(deps)?.revocations.revokeSession(session.sessionId);
    return { revoked: r.revoked, session };
  };

  // '/users/me/…' before '/users/{id}/…': both match 'me', and the first registered answers.
  app.openapi(listMine, async (c) => c.json(await list(requireSession(c), '', c.req.valid('query')), 200));
  app.openapi(revokeMine, async (c) => c.json(await revoke(requireSession(c), '', c.req.valid('param').sessionId), 200));
  app.openapi(listUsers, async (c) => c.json(await list(requireActor(c, 'identity:read'), c.req.valid('param').id, c.req.valid('query')), 200));
  app.openapi(revokeUsers, async (c) => {
    const { id: userId, sessionId } = c.req.valid('param');
    return c.json(await revoke(requireActor(c, 'identity:write'), userId, sessionId), 200);
  });
}
