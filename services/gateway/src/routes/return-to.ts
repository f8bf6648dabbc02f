// Where a browser goes after signing in: the console's sign-in page takes
// `?returnTo=`, the gateway sends it there from a navigation that needs a
// session, and SSO comes back to it. Same-origin relative paths only.

/**
 * A path the console may send the browser to after sign-in: same-origin and relative only
 * (`/x`, never `//host`, `/\host`, a scheme or control characters), so no open redirect.
 */
export function safeReturnTo(path: string): string | undefined {
  if (!path.startsWith('/') || path.startsWith('//') || path.startsWith('/\\')) return undefined;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f\\]/.test(path) || path.length > 2000) return undefined;
  return path;
}

/** The console's sign-in page, coming back to `returnTo` afterwards. */
export function signInLocation(returnTo: string): string {
  const safe = safeReturnTo(returnTo);
  return safe ? `/sign-in?returnTo=${encodeURIComponent(safe)}` : '/sign-in';
}
