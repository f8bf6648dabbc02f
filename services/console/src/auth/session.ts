// The browser session. The access token lives in this module's memory only:
// never localStorage/sessionStorage, never a URL, so a reload drops it and the
// HttpOnly `kw_refresh` cookie (Path=/api/v1, invisible to scripts) gets
// a new one through POST /api/v1/auth/refresh. That request carries the
// X-Keywarden-Client header the gateway requires with the cookie (a CSRF
// guard: a cross-site page cannot send it without a preflight the gateway
// never grants). The token is renewed a minute before it expires, and on a 401.
//
// Refresh tokens rotate, and presenting an already rotated one ends the whole
// session (reuse detection). Two tabs refreshing at once would do exactly
// that, so refreshes are serialized across tabs with the Web Locks API: the
// second tab waits and then presents the cookie the first one received.

export type SessionStatus = 'unknown' | 'signed-in' | 'signed-out' | 'unavailable';
export type SessionGrant = { accessToken: string; accessTokenExpiresAt?: string | undefined };

export const CLIENT_HEADER = 'x-keywarden-client';
/**
 * Whether this browser may hold a refresh cookie (set on sign-in and before an SSO
 * start, cleared on sign-out). The cookie itself is HttpOnly; the hint only spares a
 * visitor who never signed in a refresh request that can but fail. No secret.
 */
export const SESSION_HINT = 'kw.session';
export const CLIENT_NAME = 'web';
const REFRESH_URL = '/api/v1/auth/refresh';
/** Renew this long before the access token expires. */
const EARLY_MS = 60_000;

let accessToken: string | undefined;
let status: SessionStatus = 'unknown';
let timer: ReturnType<typeof setTimeout> | undefined;
let inflight: Promise<SessionStatus> | undefined;
const listeners = new Set<() => void>();

function setStatus(next: SessionStatus): void {
  if (next === status) return;
  status = next;
  for (const listener of listeners) listener();
}

export const sessionStatus = (): SessionStatus => status;
export const currentAccessToken = (): string | undefined => accessToken;

export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Holds a new access token (sign-in, refresh) and plans its renewal. */
export function adoptSession(grant: SessionGrant): void {
  accessToken = grant.accessToken;
  localStorage.setItem(SESSION_HINT, '1');
  clearTimeout(timer);
  const expiresAt = grant.accessTokenExpiresAt ? Date.parse(grant.accessTokenExpiresAt) : Date.now() + 15 * 60_000;
  const lifetime = Math.max(0, expiresAt - Date.now());
  // A minute early, or at three quarters of a shorter lifetime.
  const delay = Math.max(5_000, lifetime > 4 * EARLY_MS ? lifetime - EARLY_MS : lifetime * 0.75);
  timer = setTimeout(() => void refreshSession(), delay);
  setStatus('signed-in');
}

/** Drops the access token (sign-out, or the refresh cookie is no longer valid). */
export function forgetSession(): void {
  accessToken = undefined;
  localStorage.removeItem(SESSION_HINT);
  clearTimeout(timer);
  timer = undefined;
  setStatus('signed-out');
}

async function refreshOnce(): Promise<SessionStatus> {
  let response: Response;
  try {
    response = await fetch(REFRESH_URL, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { [CLIENT_HEADER]: CLIENT_NAME, 'content-type': 'application/json' },
      body: '{}',
    });
  } catch {
    setStatus(accessToken ? status : 'unavailable');
    return 'unavailable';
  }
  if (response.ok) {
    adoptSession((await response.json()) as SessionGrant);
    return 'signed-in';
  }
  if (response.status === 401 || response.status === 403) {
    forgetSession();
    return 'signed-out';
  }
  if (!accessToken) setStatus('unavailable');
  return 'unavailable';
}

/** On load: the cookie gets a new access token, unless this browser never signed in. */
export function resumeSession(): Promise<SessionStatus> {
  if (localStorage.getItem(SESSION_HINT)) return refreshSession();
  forgetSession();
  return Promise.resolve('signed-out');
}

/** Before a top-level navigation to an SSO provider, which comes back with the cookie set. */
export const expectSession = (): void => localStorage.setItem(SESSION_HINT, '1');

/** One refresh at a time in this tab, and across tabs where the browser has Web Locks. */
export function refreshSession(): Promise<SessionStatus> {
  inflight ??= (async () => {
    try {
      const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
      return locks ? await locks.request('keywarden-session-refresh', refreshOnce) : await refreshOnce();
    } finally {
      inflight = undefined;
    }
  })();
  return inflight;
}
