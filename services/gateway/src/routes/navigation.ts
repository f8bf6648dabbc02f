// Who is behind a top-level browser navigation. A browser navigating to the
// gateway carries no Authorization header, only its cookies; the refresh cookie
// (`kw_refresh`, HttpOnly, SameSite=Lax, Path=/api/v1) then says who it is, for
// the short list of GET navigations below and nothing else: every other API
// operation needs Bearer, so a cookie a cross-site page makes the browser send
// can never act on the API. The cookie is checked without rotating it
// (rpc.identity.VerifyRefreshToken), so it cannot race the console's own refresh.
import { scopes } from '@keywarden/contracts';
import { sha256Hex } from '@keywarden/crypto';
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Actor, GatewayEnv } from '../auth/actor.js';
import { authenticationOf } from '../auth/middleware.js';
import { rpcCaller, settingsOf, type GatewayDeps } from '../rpc.js';
import { REFRESH_COOKIE, clearRefreshCookie, clientInfo } from './identity/http.js';

/**
 * The navigations a refresh cookie authenticates (GET only): starting a connection, starting a
 * reconnect, and the provider's redirect back. Each needs the user's consent at the provider or a
 * binding cookie only the starting browser holds, so a cross-site link can do no more than start a
 * flow the user must approve for their own account.
 */
export const NAVIGATIONS: readonly RegExp[] = [
  /^\/api\/v1\/oauth\/provider-apps\/[^/]+\/authorize$/,
  /^\/api\/v1\/oauth\/accounts\/[^/]+\/reconnect$/,
  /^\/api\/v1\/oauth\/callback$/,
];

export const isNavigation = (c: Context): boolean => c.req.method === 'GET' && NAVIGATIONS.some((path) => path.test(c.req.path));

const ALL_SCOPES: readonly string[] = scopes;
const REFRESH_TOKEN = /^kwr_[A-Za-z0-9_-]{20,124}$/;

/**
 * The bearer actor if there is one; else, on a listed navigation, the user of the refresh cookie's live
 * session; else undefined (not signed in). A request the browser itself marks as not a navigation
 * (`Sec-Fetch-Mode` other than `navigate`: fetch, image, script) is never authenticated by the cookie.
 */
export async function navigationActor(c: Context<GatewayEnv>, deps: GatewayDeps): Promise<Actor | undefined> {
  const bearer = c.get('actor');
  if (bearer) return bearer;
  if (!isNavigation(c)) return undefined;
  const mode = c.req.header('sec-fetch-mode');
  if (mode !== undefined && mode !== 'navigate') return undefined;
  const token = getCookie(c, REFRESH_COOKIE);
  if (!token || !REFRESH_TOKEN.test(token)) return undefined;
  const settings = settingsOf(deps);
  const answer = await rpcCaller(deps)('identity.VerifyRefreshToken', { tokenHash: sha256Hex(token), client: clientInfo(c, settings) }, { timeoutMs: 5000 });
  if (!answer.valid) {
    // A dead refresh token is of no use to the browser any more (as on /auth/refresh).
    clearRefreshCookie(c, settings);
    return undefined;
  }
  // Identity answered from its own records; a revocation this replica already heard of counts too.
  if (authenticationOf(deps)?.revocations.sessionRevoked(answer.sessionId)) return undefined;
  return { userId: answer.userId, roles: answer.roles, credential: 'session', scopes: [...ALL_SCOPES], sessionId: answer.sessionId };
}
