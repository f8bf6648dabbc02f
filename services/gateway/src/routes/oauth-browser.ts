// Connecting an account in a browser: the gateway starts the authorization
// (state and PKCE at the broker, plus a binding cookie), the provider sends the
// browser back to the gateway's own callback, and the gateway finishes and
// sends the browser on to a console page. Every outcome is a redirect: the
// account page (`/connections/{id}?connected=1` or `?reconnected=1`) or
// `/connections/connect-failed?code=ERR_…` (a code from CONNECT_FAILURE_CODES,
// nothing else), never a JSON error. A request with an Authorization header is
// an API call instead and gets problem+json as everywhere else.
//
// The binding: a random value in `kw_oauth` (HttpOnly, SameSite=Lax, scoped to
// the callback path, at most 10 minutes), whose SHA-256 the broker keeps with the
// state and the user. Only the browser that started can finish, and only as the
// user who started: a forwarded authorize link or callback URL attaches nothing.
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { isRpcError } from '@keywarden/bus';
import type { OauthErrorCode } from '@keywarden/contracts';
import { generateToken, sha256Hex } from '@keywarden/crypto';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { requireActor, rpcActor, type Actor, type GatewayEnv } from '../auth/actor.js';
import { openApiRouter, refuseInvalid } from '../openapi.js';
import { rpcCaller, settingsOf, type GatewayDeps } from '../rpc.js';
import { isHttps, publicOrigin } from './identity/http.js';
import { problems, uuidParam } from './kit.js';
import { navigationActor } from './navigation.js';
import { signInLocation } from './return-to.js';

export const BINDING_COOKIE = 'kw_oauth';
export const CALLBACK_PATH = '/api/v1/oauth/callback';
const BINDING_MAX_AGE_SECONDS = 600;
const BINDING = /^[A-Za-z0-9_-]{43}$/;

/** What `/connections/connect-failed?code=` can say; the console words each one (English and Chinese). */
export const CONNECT_FAILURE_CODES = [
  'ERR_CONNECT_DENIED', // the user declined at the provider (error=access_denied)
  'ERR_CONNECT_PROVIDER_ERROR', // the provider sent another error back instead of a code
  'ERR_CONNECT_STATE_INVALID', // unknown or already used attempt (a link opened twice)
  'ERR_CONNECT_STATE_EXPIRED', // the attempt is older than 10 minutes
  'ERR_CONNECT_WRONG_USER', // another Keywarden user started it: nothing was connected
  'ERR_CONNECT_WRONG_ACCOUNT', // reconnect: signed in at the provider as someone else; nothing changed
  'ERR_CONNECT_NOT_BOUND', // not started in this browser (or another connect was started since)
  'ERR_UNAUTHENTICATED', // not signed in to Keywarden when the provider sent the browser back
  'ERR_PROVIDER_REJECTED', // the provider refused the code exchange
  'ERR_PROVIDER_UNAVAILABLE', // the provider could not be reached
  'ERR_PROVIDER_APP_INVALID', // the provider app needs an administrator
  'ERR_PROVIDER_APP_NOT_FOUND', // no such provider app
  'ERR_ACCOUNT_NOT_FOUND', // reconnect: no such account, or not yours
  'ERR_FORBIDDEN', // reconnect: only the account's owner can reconnect it
  'ERR_UNSUPPORTED', // reconnect: app-level grants renew themselves
  'ERR_VALIDATION', // a malformed link
  'ERR_UNAVAILABLE', // Keywarden could not finish right now: try again
  'ERR_CONNECT_FAILED', // anything else
] as const;
export type ConnectFailureCode = (typeof CONNECT_FAILURE_CODES)[number];

const KNOWN = new Set<string>(CONNECT_FAILURE_CODES);

/** What each of oauth-broker's codes (contracts' `oauth` union) shows: a code added there without a row here fails the typecheck. */
const FROM_BROKER: Readonly<Record<OauthErrorCode, ConnectFailureCode>> = {
  ERR_VALIDATION: 'ERR_VALIDATION', ERR_UNAUTHENTICATED: 'ERR_UNAUTHENTICATED', ERR_FORBIDDEN: 'ERR_FORBIDDEN',
  ERR_NOT_FOUND: 'ERR_ACCOUNT_NOT_FOUND', ERR_CONFLICT: 'ERR_CONNECT_FAILED', ERR_RATE_LIMITED: 'ERR_CONNECT_FAILED',
  ERR_INTERNAL: 'ERR_CONNECT_FAILED', ERR_UNAVAILABLE: 'ERR_UNAVAILABLE', ERR_TIMEOUT: 'ERR_CONNECT_FAILED',
  ERR_ACCOUNT_NOT_FOUND: 'ERR_ACCOUNT_NOT_FOUND', ERR_ACCOUNT_NOT_USABLE: 'ERR_CONNECT_FAILED',
  ERR_PROVIDER_APP_NOT_FOUND: 'ERR_PROVIDER_APP_NOT_FOUND', ERR_PROVIDER_APP_INVALID: 'ERR_PROVIDER_APP_INVALID',
  ERR_CONNECT_STATE_INVALID: 'ERR_CONNECT_STATE_INVALID', ERR_CONNECT_STATE_EXPIRED: 'ERR_CONNECT_STATE_EXPIRED',
  ERR_CONNECT_NOT_BOUND: 'ERR_CONNECT_NOT_BOUND', ERR_CONNECT_WRONG_USER: 'ERR_CONNECT_WRONG_USER',
  ERR_CONNECT_WRONG_ACCOUNT: 'ERR_CONNECT_WRONG_ACCOUNT', ERR_PROVIDER_REJECTED: 'ERR_PROVIDER_REJECTED',
  ERR_PROVIDER_UNAVAILABLE: 'ERR_PROVIDER_UNAVAILABLE', ERR_UNSUPPORTED: 'ERR_UNSUPPORTED',
};

/** The code a failure page may show: a known one, never an unexpected error's. */
export function failureCode(error: unknown): ConnectFailureCode {
  if (isRpcError(error, 'oauth')) return FROM_BROKER[error.code];
  const code = String((error as { code?: unknown } | undefined)?.code ?? '');
  if (code === 'ERR_NOT_FOUND') return 'ERR_ACCOUNT_NOT_FOUND';
  return (KNOWN.has(code) ? code : 'ERR_CONNECT_FAILED') as ConnectFailureCode;
}

export const failedLocation = (code: ConnectFailureCode) => `/connections/connect-failed?code=${code}`;

type CookieSettings = ReturnType<typeof settingsOf>;

// Ten minutes, the broker's default attempt lifetime; not derived from the broker's expiresAt, whose clock is not ours.
function setBinding(c: Context, settings: CookieSettings, value: string): void {
  setCookie(c, BINDING_COOKIE, value, { httpOnly: true, sameSite: 'Lax', path: CALLBACK_PATH, secure: isHttps(c, settings), maxAge: BINDING_MAX_AGE_SECONDS });
}

export function clearBinding(c: Context, settings: CookieSettings): void {
  deleteCookie(c, BINDING_COOKIE, { httpOnly: true, sameSite: 'Lax', path: CALLBACK_PATH, secure: isHttps(c, settings) });
}

/** The binding the browser came back with (its SHA-256 goes to the broker), or undefined. */
export function bindingOf(c: Context): string | undefined {
  const value = getCookie(c, BINDING_COOKIE);
  return value && BINDING.test(value) ? value : undefined;
}

/** A navigation's answer: a redirect nobody caches. */
export function navigate(c: Context, location: string): Response {
  c.header('Cache-Control', 'no-store');
  c.header('Referrer-Policy', 'no-referrer');
  return c.redirect(location, 302);
}

/**
 * Starts an authorization bound to this browser: a fresh binding in the cookie, its hash with the
 * state at the broker, the gateway's own callback as redirect URI. Answers what StartConnect answers.
 */
export async function startBound(c: Context<GatewayEnv>, deps: GatewayDeps, actor: Actor, target: { providerAppId?: string; accountId?: string }) {
  const settings = settingsOf(deps);
  const binding = generateToken('', 32);
  const started = await rpcCaller(deps)('oauth.StartConnect', {
    actor: rpcActor(actor), providerAppId: target.providerAppId ?? '', accountId: target.accountId ?? '',
    redirectUri: `${publicOrigin(c, settings)}${CALLBACK_PATH}`, bindingHash: sha256Hex(binding),
  });
  setBinding(c, settings, binding);
  c.header('Cache-Control', 'no-store');
  return started;
}

/** Either credential: the bearer token, or (top-level navigations only) the refresh cookie. */
export const navigationSecurity: Array<Record<string, string[]>> = [{ bearerAuth: [] }, { refreshCookie: [] }];
const failures = `Every failure without an Authorization header is a 302 to \`/connections/connect-failed?code=<code>\`, the code one of ${CONNECT_FAILURE_CODES.join(', ')}. With an Authorization header it is an API call: problem+json.`;
const redirects = {
  302: { description: 'To the provider (binding cookie `kw_oauth` set), to `/sign-in?returnTo=…` when not signed in, or to the failure page' },
  ...problems,
};

const authorize = createRoute({
  method: 'get', path: '/provider-apps/{id}/authorize', tags: ['oauth'], security: navigationSecurity,
  summary: 'Connect an account in a browser: a top-level navigation that redirects to the provider',
  description: `Authenticated by the bearer token or, as a top-level navigation, by the refresh cookie. Sets \`kw_oauth\` (HttpOnly, SameSite=Lax, Path=${CALLBACK_PATH}, ≤ 10 min), binds the attempt to it and to the user, and answers 302 to the provider, which sends the browser back to \`${CALLBACK_PATH}\`. Not signed in: 302 to \`/sign-in?returnTo=<this path>\`. ${failures}`,
  request: { params: uuidParam('id') },
  responses: redirects,
});

const reconnect = createRoute({
  method: 'get', path: '/accounts/{id}/reconnect', tags: ['oauth'], security: navigationSecurity,
  summary: 'Reconnect an account in a browser (same account id, a new grant generation)',
  description: `As \`/provider-apps/{id}/authorize\`, for an existing account of the signed-in user; on the way back the provider identity must be the account's. Not signed in: 302 to \`/sign-in?returnTo=/connections/{id}/reconnect\`. ${failures}`,
  request: { params: uuidParam('id') },
  responses: redirects,
});

/** The browser routes of /api/v1/oauth (the callback's browser half is `finishInBrowser`). */
export function browserConnectRoutes(app: OpenAPIHono<GatewayEnv>, deps: GatewayDeps): void {
  const settings = settingsOf(deps);
  // Invalid input: problem+json for API calls, the failure page for a browser.
  const hook = (result: Parameters<typeof refuseInvalid>[0], c: Context<GatewayEnv>) => {
    if (result.success) return undefined;
    if (c.req.header('authorization') !== undefined) return refuseInvalid(result);
    clearBinding(c, settings);
    return navigate(c, failedLocation('ERR_VALIDATION'));
  };

  const start = async (c: Context<GatewayEnv>, target: { providerAppId?: string; accountId?: string }, returnTo: string) => {
    const api = c.req.header('authorization') !== undefined;
    try {
      const actor = await navigationActor(c, deps);
      if (!actor) return navigate(c, signInLocation(returnTo));
      // A bearer credential is checked like any API call (a PAT needs oauth:write); a session holds every scope.
      const started = await startBound(c, deps, c.get('actor') ? requireActor(c, 'oauth:write') : actor, target);
      return navigate(c, started.authorizeUrl);
    } catch (error) {
      if (api) throw error;
      return navigate(c, failedLocation(failureCode(error)));
    }
  };

  app.openapi(authorize, async (c) => start(c, { providerAppId: c.req.valid('param').id }, c.req.path), hook);
  app.openapi(reconnect, async (c) => {
    const { id } = c.req.valid('param');
    return start(c, { accountId: id }, `/connections/${id}/reconnect`);
  }, hook);
}

/**
 * The provider's redirect back, as a browser navigation: the refresh cookie says who, the binding
 * cookie which browser; the broker checks both against the attempt. The binding is cleared whatever
 * happens.
 */
export async function finishInBrowser(c: Context<GatewayEnv>, deps: GatewayDeps, query: { state?: string; code?: string; error?: string }): Promise<Response> {
  const binding = bindingOf(c);
  clearBinding(c, settingsOf(deps));
  try {
    if (query.error) return navigate(c, failedLocation(query.error === 'access_denied' ? 'ERR_CONNECT_DENIED' : 'ERR_CONNECT_PROVIDER_ERROR'));
    if (!query.state || !query.code) return navigate(c, failedLocation('ERR_VALIDATION'));
    const actor = await navigationActor(c, deps);
    if (!actor) return navigate(c, failedLocation('ERR_UNAUTHENTICATED'));
    if (!binding) return navigate(c, failedLocation('ERR_CONNECT_NOT_BOUND'));
    const done = await rpcCaller(deps)('oauth.CompleteConnect', { actor: rpcActor(actor), state: query.state, code: query.code, bindingHash: sha256Hex(binding), browser: true });
    const accountId = done.account?.accountId ?? '';
    return navigate(c, `/connections/${encodeURIComponent(accountId)}?${done.reconnected ? 'reconnected' : 'connected'}=1`);
  } catch (error) {
    return navigate(c, failedLocation(failureCode(error)));
  }
}

const link = createRoute({
  method: 'get', path: '/connections/{id}/reconnect', tags: ['oauth'],
  summary: "The notifications' reconnect link: 302 to /api/v1/oauth/accounts/{id}/reconnect",
  description: 'Works without JavaScript: the gateway answers it before the console. A malformed id: 302 to `/connections/connect-failed?code=ERR_VALIDATION`.',
  request: { params: uuidParam('id') },
  responses: { 302: { description: 'To the reconnect start (which sends a signed-out browser to the sign-in page first)' } },
});

/** `/connections/{id}/reconnect`, served ahead of the console's client-side routes. */
export function connectionLinkRoutes(): OpenAPIHono<GatewayEnv> {
  const app = openApiRouter();
  app.openapi(link, (c) => navigate(c, `/api/v1/oauth/accounts/${c.req.valid('param').id}/reconnect`),
    (result, c) => (result.success ? undefined : navigate(c, failedLocation('ERR_VALIDATION'))));
  return app;
}
