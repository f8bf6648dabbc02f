// Where the browser goes after signing in: `?returnTo=` (set by the gateway when
// a navigation such as a reconnect link needed a session) or the page the
// visitor was sent away from. Same-origin relative paths only, so the sign-in
// page is no open redirect; the rules mirror the gateway's safeReturnTo.

/** The path, when it is one this console may go to; undefined otherwise. */
export function safeReturnTo(path: string | null | undefined): string | undefined {
  if (!path || !path.startsWith('/') || path.startsWith('//') || path.startsWith('/\\')) return undefined;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f\\]/.test(path) || path.length > 2000) return undefined;
  return path;
}

/**
 * Whether the gateway answers this path (an authorize or reconnect start, the notifications'
 * reconnect link): the browser must load it, the client-side router cannot.
 */
export function isGatewayPath(path: string): boolean {
  return path.startsWith('/api/') || /^\/connections\/[^/?#]+\/reconnect(?:[?#]|$)/.test(path);
}
