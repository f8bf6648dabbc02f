// /users: the signed-in user, password change, administration of users, and
// personal access tokens. PAT management and password changes need a session:
// a personal access token can neither mint, list or revoke PATs nor change the
// password, so a leaked token cannot entrench itself. The one thing a PAT may do
// to PATs is give itself up (DELETE /users/me/tokens/self, as GitLab's
// /personal_access_tokens/self): `kw logout` leaves no live credential behind.
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { isScope, scopes } from '@keywarden/contracts';
import { forbidden, unauthenticated, validationError } from '@keywarden/errors';
import type { Context } from 'hono';
import { requireActor, rpcActor, type Actor, type GatewayEnv } from '../../auth/actor.js';
import { authenticationOf } from '../../auth/middleware.js';
import { bearerAuth } from '../../openapi.js';
import { rpcCaller, type GatewayDeps } from '../../rpc.js';
import { Withheld, idempotencyKeyOf, idempotentHeaders, markReplay, replayable, withheldOnReplay } from '../idempotency.js';
import { Membership, PersonalAccessToken, User, body, json, optionalBody, problem, problems, toMembership, toPat, toUser } from './schemas.js';

const security = bearerAuth;
const UserId = z.object({ id: z.string().min(1).max(100) });

const me = createRoute({
  method: 'get', path: '/users/me', tags: ['users'], security, summary: 'The signed-in user and their organizations (scope identity:read)',
  responses: { 200: json(z.object({ user: User, memberships: z.array(Membership) }), 'The user'), ...problems },
});
const changePassword = createRoute({
  method: 'post', path: '/users/me/password', tags: ['users'], security, summary: 'Change the password; every session and PAT of the user ends (session only)',
  request: body(z.object({ currentPassword: z.string().min(1).max(1024), newPassword: z.string().min(1).max(1024) })),
  responses: { 200: json(z.object({ revokedSessions: z.number(), revokedPersonalAccessTokens: z.number() }), 'What ended'), ...problems },
});
const listUsers = createRoute({
  method: 'get', path: '/users', tags: ['users'], security, summary: 'Users, a page at a time (administrators; scope identity:read)',
  request: { query: z.object({ emailPrefix: z.string().max(320).optional(), limit: z.coerce.number().int().min(1).max(500).optional(), after: z.string().max(100).optional() }) },
  responses: { 200: json(z.object({ users: z.array(User), next: z.string() }), 'One page'), ...problems },
});
const disableUser = createRoute({
  method: 'post', path: '/users/{id}/disable', tags: ['users'], security, summary: 'Disable a user; every session and PAT ends (administrators; identity:write)',
  request: { params: UserId, ...optionalBody(z.object({ reason: z.string().max(500).optional() })) },
  responses: { 200: json(z.object({ user: User }), 'The user'), ...problems },
});
const enableUser = createRoute({
  method: 'post', path: '/users/{id}/enable', tags: ['users'], security, summary: 'Enable a disabled user (administrators; identity:write)',
  request: { params: UserId },
  responses: { 200: json(z.object({ user: User }), 'The user'), ...problems },
});
const listTokens = createRoute({
  method: 'get', path: '/users/me/tokens', tags: ['personal access tokens'], security, summary: 'Your personal access tokens, never the tokens themselves (session only)',
  responses: { 200: json(z.object({ personalAccessTokens: z.array(PersonalAccessToken) }), 'The tokens'), ...problems },
});
const createToken = createRoute({
  method: 'post', path: '/users/me/tokens', tags: ['personal access tokens'], security, summary: 'Create a personal access token; it is shown in this answer only (session only)',
  request: { headers: idempotentHeaders, ...body(z.object({
    name: z.string().min(1).max(100),
    description: z.string().max(500).default(''),
    scopes: z.array(z.string()).min(1).max(scopes.length).openapi({ description: `Any of: ${scopes.join(', ')}` }),
    expiresAt: z.iso.datetime({ offset: true }).optional(),
  })) },
  responses: {
    201: replayable(json(z.object({
      token: z.string().optional().openapi({ description: 'kwp_…: store it now, it is never shown again (left out of a replay: see withheld)' }),
      personalAccessToken: PersonalAccessToken,
      withheld: Withheld,
    }), 'The token')),
    ...problems,
  },
});
const revokeSelf = createRoute({
  method: 'delete', path: '/users/me/tokens/self', tags: ['personal access tokens'], security,
  summary: 'Revoke the personal access token this request presents, and nothing else (PAT only, any scope)',
  description: 'The token in the Authorization header revokes itself (GitLab\'s DELETE /personal_access_tokens/self) and is refused from then on; '
    + 'the PersonalAccessTokenRevoked event names its user as the actor and the reason "self". `kw logout` calls it.',
  responses: {
    204: { description: 'Revoked: the token is refused from now on' },
    ...problems,
    403: problem('Not a personal access token: a session signs out (POST /auth/sign-out) or revokes a token by its id (ERR_FORBIDDEN, errorId GW-5e1f)'),
  },
});
const revokeToken = createRoute({
  method: 'delete', path: '/users/me/tokens/{id}', tags: ['personal access tokens'], security, summary: 'Revoke one of your personal access tokens (session only)',
  request: { params: UserId },
  responses: { 200: json(z.object({ personalAccessToken: PersonalAccessToken }), 'The revoked token'), ...problems },
});

/** The actor of a personal access token (not a session); no scope needed: a token may always give itself up. */
function requirePat(c: Context<GatewayEnv>): Actor & { tokenId: string } {
  const actor = c.get('actor');
  if (!actor) throw unauthenticated('present the personal access token to revoke in the Authorization header', { errorId: 'GW-5e1e' });
  if (actor.credential !== 'pat' || !actor.tokenId) {
    throw forbidden('only a personal access token can revoke itself; a session signs out, or revokes a token by its id', { errorId: 'GW-5e1f' });
  }
  return { ...actor, tokenId: actor.tokenId };
}

/** The actor of a session (not a PAT). */
function requireSession(c: Context<GatewayEnv>, what: string): Actor {
  const actor = requireActor(c, 'identity:write');
  if (actor.credential !== 'session') throw forbidden(`${what} needs a signed-in session, not a personal access token`, { errorId: 'GW-2ff0' });
  return actor;
}

export function userRoutes(app: OpenAPIHono<GatewayEnv>, deps: GatewayDeps): void {
  const rpc = rpcCaller(deps);

  app.openapi(me, async (c) => {
    const actor = requireActor(c, 'identity:read');
    const { user, memberships } = await rpc('identity.GetMe', { actor: rpcActor(actor) });
    return c.json({ user: toUser(user!), memberships: memberships.map(toMembership) }, 200);
  });

  app.openapi(changePassword, async (c) => {
    const actor = requireSession(c, 'changing the password');
    const { currentPassword, newPassword } = c.req.valid('json');
    const r = await rpc('identity.ChangePassword', { actor: rpcActor(actor), currentPassword, newPassword });
    return c.json({ revokedSessions: r.revokedSessions, revokedPersonalAccessTokens: r.revokedPersonalAccessTokens }, 200);
  });

  app.openapi(listUsers, async (c) => {
    const actor = requireActor(c, 'identity:read');
    const q = c.req.valid('query');
    const r = await rpc('identity.ListUsers', { actor: rpcActor(actor), emailPrefix: q.emailPrefix ?? '', limit: q.limit ?? 100, after: q.after ?? '' });
    return c.json({ users: r.users.map(toUser), next: r.next }, 200);
  });

  app.openapi(disableUser, async (c) => {
    const actor = requireActor(c, 'identity:write');
    const reason = (c.req.valid('json') as { reason?: string } | undefined)?.reason ?? '';
    const { user } = await rpc('identity.DisableUser', { actor: rpcActor(actor), userId: c.req.valid('param').id, reason });
    return c.json({ user: toUser(user!) }, 200);
  });

  app.openapi(enableUser, async (c) => {
    const actor = requireActor(c, 'identity:write');
    const { user } = await rpc('identity.EnableUser', { actor: rpcActor(actor), userId: c.req.valid('param').id });
    return c.json({ user: toUser(user!) }, 200);
  });

  app.openapi(listTokens, async (c) => {
    const actor = requireSession(c, 'managing personal access tokens');
    const r = await rpc('identity.ListPersonalAccessTokens', { actor: rpcActor(actor) });
    return c.json({ personalAccessTokens: r.personalAccessTokens.map(toPat) }, 200);
  });

  app.openapi(createToken, async (c) => {
    const actor = requireSession(c, 'managing personal access tokens');
    const input = c.req.valid('json');
    const issues = input.scopes.flatMap((s, i) => (isScope(s) ? [] : [{ path: `scopes.${i}`, message: `unknown scope ${JSON.stringify(s.slice(0, 40))}` }]));
    if (issues.length > 0) throw validationError('unknown scopes', { errorId: 'GW-37d1', issues });
    const r = await rpc('identity.CreatePersonalAccessToken', {
      actor: rpcActor(actor), name: input.name, description: input.description, scopes: input.scopes, ...(input.expiresAt ? { expiresAt: new Date(input.expiresAt).toISOString() } : {}),
      idempotencyKey: idempotencyKeyOf(c),
    });
    c.header('cache-control', 'no-store');
    markReplay(c, r);
    // A replay has no token to show: it was shown once, in the first answer.
    return c.json({ ...(r.replayed ? {} : { token: r.token }), personalAccessToken: toPat(r.personalAccessToken!), ...withheldOnReplay(r, ['token']) }, 201);
  });

  // Before '/users/me/tokens/{id}', which matches 'self' too: the first registered answers.
  app.openapi(revokeSelf, async (c) => {
    const actor = requirePat(c);
    await rpc('identity.RevokePersonalAccessToken', { actor: rpcActor(actor), tokenId: actor.tokenId });
    // PersonalAccessTokenRevoked follows over the bus; this replica need not wait for it.
    authenticationOf(deps)?.revocations.revokePat(actor.tokenId);
    return c.body(null, 204);
  });

  app.openapi(revokeToken, async (c) => {
    const actor = requireSession(c, 'managing personal access tokens');
    const r = await rpc('identity.RevokePersonalAccessToken', { actor: rpcActor(actor), tokenId: c.req.valid('param').id });
    return c.json({ personalAccessToken: toPat(r.personalAccessToken!) }, 200);
  });
}
