// /auth: sign-up, sign-in, refresh, sign-out and SSO. Sessions answer with the
// access JWT in the body and the refresh token in the HttpOnly cookie (and in
// the body for clients sending `X-Keywarden-Client: cli`).
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { unauthenticated } from '@keywarden/errors';
import type { GatewayEnv } from '../../auth/actor.js';
import { authenticationOf } from '../../auth/middleware.js';
import { bearerAuth } from '../../openapi.js';
import { rpcActor } from '../../auth/actor.js';
import { rpcCaller, settingsOf, type GatewayDeps } from '../../rpc.js';
import {
  clearRefreshCookie, clearSsoCookie, clientInfo, publicOrigin, publicRequestUrl, refreshTokenOf, setRefreshCookie, setSsoCookie, setSsoReturn, ssoBinding,
  takeSsoReturn, wantsRefreshTokenInBody,
} from './http.js';
import { idempotencyKeyOf, idempotentHeaders, markReplay, replayable } from '../idempotency.js';
import { safeReturnTo } from '../return-to.js';
import { ClientHeader, Session, User, body, json, optionalBody, problem, problems, toSession, toUser } from './schemas.js';

const tags = ['auth'];
const Credentials = z.object({ email: z.email().max(320), password: z.string().min(1).max(1024) });
/** Sign-in and sign-up when an administrator turned password sign-in off. */
const passwordOff = problem('Password sign-in and sign-up are turned off on this installation: sign in with SSO (ERR_PASSWORD_SIGN_IN_DISABLED), or the request was refused (ERR_FORBIDDEN)');
const RefreshBody = z.object({ refreshToken: z.string().min(1).max(512).optional().openapi({ description: 'Non-browser clients; browsers use the cookie.' }) });

const signUp = createRoute({
  method: 'post', path: '/auth/sign-up', tags, summary: 'Create a user with e-mail and password (the first user becomes an administrator)',
  description: 'With an Idempotency-Key, the key is scoped to the e-mail address: a retry with the same address, password and name answers the user created first.',
  request: { headers: idempotentHeaders, ...body(Credentials.extend({ displayName: z.string().max(200).default('') })) },
  responses: { 201: replayable(json(z.object({ user: User }), 'The user')), ...problems, 403: passwordOff },
});
const signIn = createRoute({
  method: 'post', path: '/auth/sign-in', tags, summary: 'Sign in with e-mail and password',
  description: 'Sets the refresh token as the HttpOnly cookie `kw_refresh` (Path=/api/v1, SameSite=Lax; it authenticates only refresh, sign-out and the OAuth connect navigations, never an ordinary API call); returns it in the body too with `X-Keywarden-Client: cli`.',
  request: { headers: ClientHeader, ...body(Credentials) },
  responses: { 200: json(Session, 'The new session'), ...problems, 403: passwordOff },
});
const refresh = createRoute({
  method: 'post', path: '/auth/refresh', tags, summary: 'Rotate the refresh token: a new access token and refresh token',
  description: 'The refresh token comes from the body (non-browser clients) or the `kw_refresh` cookie; with the cookie the `X-Keywarden-Client` header is required (CSRF guard). Presenting an already rotated token ends the whole session.',
  request: { headers: ClientHeader, ...optionalBody(RefreshBody) },
  responses: { 200: json(Session, 'The rotated session'), ...problems },
});
const signOut = createRoute({
  method: 'post', path: '/auth/sign-out', tags, summary: 'End a session (the refresh token’s, else the bearer access token’s)',
  description: 'Clears the refresh cookie. With the cookie, the `X-Keywarden-Client` header is required (CSRF guard).',
  request: { headers: ClientHeader, ...optionalBody(RefreshBody) },
  security: bearerAuth,
  responses: { 200: json(z.object({ revoked: z.boolean() }), 'Whether a session was ended'), ...problems },
});
const providers = createRoute({
  method: 'get', path: '/auth/sso/providers', tags, summary: 'The enabled SSO providers (id and name), and whether password sign-in is on',
  responses: {
    200: json(z.object({
      identityProviders: z.array(z.object({ identityProviderId: z.string(), name: z.string() })),
      passwordSignInEnabled: z.boolean().openapi({ description: 'False when an administrator turned password sign-in off: the sign-in page shows the SSO buttons only' }),
    }), 'The providers'),
    ...problems,
  },
});
const ssoStart = createRoute({
  method: 'get', path: '/auth/sso/{providerId}/start', tags, summary: 'Start SSO: redirect to the provider',
  description: 'Sets the `kw_sso` binding cookie (HttpOnly, SameSite=Lax, Path=/api/v1/auth/sso) and answers 302 to the provider. With `returnTo` (a same-origin relative path, e.g. the reconnect link that sent the browser to sign in), the callback goes there instead of the post-login location; anything else is ignored.',
  request: {
    params: z.object({ providerId: z.string().min(1).max(100) }),
    query: z.object({ returnTo: z.string().max(2000).optional().openapi({ description: 'Where to go after signing in: a path on this origin (`/connections/…`)' }) }),
  },
  responses: { 302: { description: 'To the identity provider' }, ...problems },
});
const ssoCallback = createRoute({
  method: 'get', path: '/auth/sso/callback', tags, summary: 'The provider sends the browser back here',
  description: 'Completes the sign-in (state, nonce, PKCE and the binding cookie are checked by identity), sets the refresh cookie, and redirects to the start\'s `returnTo` or the configured post-login location (KW_GATEWAY_POST_LOGIN_REDIRECT), or answers the session as JSON when neither is set.',
  request: { headers: ClientHeader, query: z.object({ code: z.string().optional(), state: z.string().optional(), iss: z.string().optional(), error: z.string().optional() }) },
  responses: { 200: json(Session, 'The new session'), 302: { description: 'To the post-login location' }, ...problems },
});

export function authRoutes(app: OpenAPIHono<GatewayEnv>, deps: GatewayDeps): void {
  const rpc = rpcCaller(deps);
  const settings = settingsOf(deps);

  app.openapi(signUp, async (c) => {
    const { email, password, displayName } = c.req.valid('json');
    const r = await rpc('identity.SignUp', { email, password, displayName, client: clientInfo(c, settings), idempotencyKey: idempotencyKeyOf(c) });
    markReplay(c, r);
    const { user } = r;
    return c.json({ user: toUser(user!) }, 201);
  });

  app.openapi(signIn, async (c) => {
    const { email, password } = c.req.valid('json');
    const { session } = await rpc('identity.SignIn', { email, password, client: clientInfo(c, settings) });
    setRefreshCookie(c, settings, session!.refreshToken ?? '', session!.refreshTokenExpiresAt);
    c.header('cache-control', 'no-store');
    return c.json(toSession(session!, wantsRefreshTokenInBody(c)), 200);
  });

  app.openapi(refresh, async (c) => {
    const fromBody = (c.req.valid('json') as z.infer<typeof RefreshBody> | undefined)?.refreshToken;
    const token = refreshTokenOf(c, fromBody);
    if (!token) throw unauthenticated('no refresh token: sign in', { errorId: 'GW-1917' });
    try {
      const { session } = await rpc('identity.RefreshSession', { refreshToken: token, client: clientInfo(c, settings) });
      setRefreshCookie(c, settings, session!.refreshToken ?? '', session!.refreshTokenExpiresAt);
      c.header('cache-control', 'no-store');
      return c.json(toSession(session!, Boolean(fromBody) || wantsRefreshTokenInBody(c)), 200);
    } catch (error) {
      // A dead refresh token in the cookie is of no use to the browser any more.
      if ((error as { status?: number }).status === 401 && !fromBody) clearRefreshCookie(c, settings);
      throw error;
    }
  });

  app.openapi(signOut, async (c) => {
    const fromBody = (c.req.valid('json') as z.infer<typeof RefreshBody> | undefined)?.refreshToken;
    const token = refreshTokenOf(c, fromBody);
    const actor = c.get('actor');
    if (!token && !actor?.sessionId) throw unauthenticated('no session to end: present the refresh token or the access token', { errorId: 'GW-b9a0' });
    const { revoked } = await rpc('identity.SignOut', {
      ...(actor ? { actor: rpcActor(actor) } : {}),
      refreshToken: token ?? '',
      sessionId: token ? '' : (actor?.sessionId ?? ''),
    });
    // The SessionRevoked event follows over the bus; this replica need not wait for it.
    if (!token && actor?.sessionId) authenticationOf(deps)?.revocations.revokeSession(actor.sessionId);
    clearRefreshCookie(c, settings);
    return c.json({ revoked }, 200);
  });

  app.openapi(providers, async (c) => {
    const { identityProviders, passwordSignInEnabled } = await rpc('identity.ListIdentityProviders', {});
    return c.json({
      identityProviders: identityProviders.map((p) => ({ identityProviderId: p.identityProviderId ?? '', name: p.name ?? '' })), passwordSignInEnabled,
    }, 200);
  });

  app.openapi(ssoStart, async (c) => {
    const { providerId } = c.req.valid('param');
    const redirectUri = `${publicOrigin(c, settings)}/api/v1/auth/sso/callback`;
    const { authorizationUrl, binding } = await rpc('identity.StartSso', { identityProviderId: providerId, redirectUri });
    setSsoCookie(c, settings, binding, 15 * 60);
    const returnTo = safeReturnTo(c.req.valid('query').returnTo ?? '');
    if (returnTo) setSsoReturn(c, settings, returnTo, 15 * 60);
    c.header('cache-control', 'no-store');
    return c.redirect(authorizationUrl, 302);
  });

  app.openapi(ssoCallback, async (c) => {
    const binding = ssoBinding(c);
    clearSsoCookie(c, settings);
    const returnTo = takeSsoReturn(c, settings);
    if (!binding) throw unauthenticated('this browser did not start the sign-in (no SSO binding cookie)', { errorId: 'GW-2be1' });
    const { session } = await rpc('identity.CompleteSso', { callbackUrl: publicRequestUrl(c, settings), binding, client: clientInfo(c, settings) });
    setRefreshCookie(c, settings, session!.refreshToken ?? '', session!.refreshTokenExpiresAt);
    c.header('cache-control', 'no-store');
    const next = returnTo ?? settings.postLoginRedirect;
    if (next) return c.redirect(next, 302);
    return c.json(toSession(session!, wantsRefreshTokenInBody(c)), 200);
  });
}
