// Cookies, client information and the CSRF guard of the identity routes.
//
// The refresh token lives in `kw_refresh` (HttpOnly, SameSite=Lax, Path=/api/v1,
// Secure under HTTPS). SameSite=Lax still lets a top-level cross-site navigation carry
// it, and refresh and sign-out act on it, so when the cookie is what authenticates a
// POST the request must carry the `X-Keywarden-Client` header: a custom header cannot
// be sent cross-site without a CORS preflight, which the gateway never grants. Beyond
// those two, the cookie authenticates only the few top-level GET navigations in
// auth/navigation.ts (OAuth connect, reconnect, callback); the path is /api/v1 for
// them, and never an ordinary API call (those need Bearer).
import { forbidden } from '@keywarden/errors';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { GatewayEnv } from '../../auth/actor.js';
import type { GatewaySettings } from '../../config.js';
import { safeReturnTo } from '../return-to.js';

export const REFRESH_COOKIE = 'kw_refresh';
export const REFRESH_PATH = '/api/v1';
/** Where the cookie lived before the navigations needed it: cleared whenever it is set or cleared, so old sessions move over at their next refresh. */
export const LEGACY_REFRESH_PATH = '/api/v1/auth';
export const SSO_COOKIE = 'kw_sso';
export const SSO_PATH = '/api/v1/auth/sso';
export const CLIENT_HEADER = 'x-keywarden-client';

/**
 * Whether the browser talks HTTPS to us: the configured public URL says so, or the request
 * URL, or X-Forwarded-Proto, but that header only from a trusted proxy (anyone can send it).
 */
export function isHttps(c: Context, settings: Pick<GatewaySettings, 'trustProxy' | 'publicUrl'>): boolean {
  if (settings.publicUrl?.startsWith('https://') || new URL(c.req.url).protocol === 'https:') return true;
  return settings.trustProxy && c.req.header('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase() === 'https';
}

type CookieSettings = Pick<GatewaySettings, 'trustProxy' | 'publicUrl'>;

/** Whether the client asked for the refresh token in the body (non-browser clients). */
export const wantsRefreshTokenInBody = (c: Context) => c.req.header(CLIENT_HEADER) === 'cli';

export function setRefreshCookie(c: Context, settings: CookieSettings, token: string, expiresAt: string | undefined): void {
  const maxAge = expiresAt ? Math.max(0, Math.floor((Date.parse(expiresAt) - Date.now()) / 1000)) : undefined;
  setCookie(c, REFRESH_COOKIE, token, { httpOnly: true, sameSite: 'Lax', path: REFRESH_PATH, secure: isHttps(c, settings), ...(maxAge !== undefined ? { maxAge } : {}) });
  // Another path makes another cookie: the two Set-Cookie lines do not interfere.
  deleteCookie(c, REFRESH_COOKIE, { path: LEGACY_REFRESH_PATH, httpOnly: true, sameSite: 'Lax', secure: isHttps(c, settings) });
}

export function clearRefreshCookie(c: Context, settings: CookieSettings): void {
  for (const path of [LEGACY_REFRESH_PATH, REFRESH_PATH]) deleteCookie(c, REFRESH_COOKIE, { path, httpOnly: true, sameSite: 'Lax', secure: isHttps(c, settings) });
}

export function setSsoCookie(c: Context, settings: CookieSettings, binding: string, maxAgeSeconds: number): void {
  setCookie(c, SSO_COOKIE, binding, { httpOnly: true, sameSite: 'Lax', path: SSO_PATH, secure: isHttps(c, settings), maxAge: maxAgeSeconds });
}

export function clearSsoCookie(c: Context, settings: CookieSettings): void {
  deleteCookie(c, SSO_COOKIE, { path: SSO_PATH, httpOnly: true, sameSite: 'Lax', secure: isHttps(c, settings) });
}

export const ssoBinding = (c: Context) => getCookie(c, SSO_COOKIE) ?? '';

/** Where the browser goes after an SSO sign-in that started with `?returnTo=` (a checked relative path). */
export const SSO_RETURN_COOKIE = 'kw_sso_return';

export function setSsoReturn(c: Context, settings: CookieSettings, returnTo: string, maxAgeSeconds: number): void {
  setCookie(c, SSO_RETURN_COOKIE, returnTo, { httpOnly: true, sameSite: 'Lax', path: SSO_PATH, secure: isHttps(c, settings), maxAge: maxAgeSeconds });
}

/** The return path the SSO start kept, checked again (a cookie is input too); cleared. */
export function takeSsoReturn(c: Context, settings: CookieSettings): string | undefined {
  const value = getCookie(c, SSO_RETURN_COOKIE);
  if (value === undefined) return undefined;
  deleteCookie(c, SSO_RETURN_COOKIE, { path: SSO_PATH, httpOnly: true, sameSite: 'Lax', secure: isHttps(c, settings) });
  return safeReturnTo(value);
}

/**
 * The refresh token of the request: the body's (non-browser clients, no CSRF
 * exposure), else the cookie's, which needs the custom header.
 */
export function refreshTokenOf(c: Context, fromBody: string | undefined): string | undefined {
  if (fromBody) return fromBody;
  const cookie = getCookie(c, REFRESH_COOKIE);
  if (!cookie) return undefined;
  if (!c.req.header(CLIENT_HEADER)) throw forbidden(`send the ${CLIENT_HEADER} header with requests that use the refresh cookie`, { errorId: 'GW-31ab' });
  return cookie;
}

/** Who is asking, for identity's rate limits and audit: the socket's address unless a trusted proxy says otherwise. */
export function clientInfo(c: Context<GatewayEnv>, settings: GatewaySettings): { ip: string; userAgent: string } {
  let ip = '';
  // The last hop is the one the trusted proxy appended; anything before it the client may have written itself
  // (a proxy that appends keeps what it received), so taking the first would let a caller pick its address.
  if (settings.trustProxy) ip = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim() ?? '';
  if (!ip) ip = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket?.remoteAddress ?? '';
  return { ip: ip.slice(0, 64), userAgent: (c.req.header('user-agent') ?? '').slice(0, 512) };
}

/** The public origin of the gateway: configured, else the request's. */
export function publicOrigin(c: Context, settings: GatewaySettings): string {
  return settings.publicUrl ?? new URL(c.req.url).origin;
}

/** The URL as the browser hit it (behind a proxy: the configured public origin with the request's path and query). */
export function publicRequestUrl(c: Context, settings: GatewaySettings): string {
  const url = new URL(c.req.url);
  return settings.publicUrl ? `${settings.publicUrl}${url.pathname}${url.search}` : url.toString();
}
