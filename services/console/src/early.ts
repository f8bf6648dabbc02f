// The first load's data, asked for by the small entry chunk as soon as the
// session is resumed, while the browser is still fetching and evaluating React
// and the page's chunk. The API client (api/client.ts) takes each response
// once instead of asking again, so the queries that mount later find their
// answer already on the wire. Only GETs, only for a few seconds after load, and
// nothing is kept but the in-flight response (no storage).
import { currentAccessToken } from './auth/session';

const FRESH_MS = 10_000;
const early = new Map<string, { response: Promise<Response>; at: number }>();

/** What the frame and the page of this address need first. */
export function firstLoadPaths(pathname: string, organizationId: string | null): string[] {
  const paths = ['/api/v1/users/me'];
  if (pathname !== '/') return paths;
  paths.push('/api/v1/oauth/accounts', '/api/v1/secrets/providers');
  if (organizationId) {
    const query = `?organizationId=${encodeURIComponent(organizationId)}`;
    paths.push(`/api/v1/projects${query}`, `/api/v1/applications${query}`);
  }
  return paths;
}

export function fetchEarly(paths: string[]): void {
  const token = currentAccessToken();
  if (!token) return;
  for (const path of paths) {
    const response = fetch(path, { headers: { authorization: `Bearer ${token}` }, credentials: 'same-origin' });
    response.catch(() => undefined); // a failure is the later query's to report, when it asks again
    early.set(path, { response, at: Date.now() });
  }
}

/** The early response for this request, once; undefined when there is none (or it is stale). */
export function takeEarly(request: Request): Promise<Response> | undefined {
  if (request.method !== 'GET' || early.size === 0) return undefined;
  const url = new URL(request.url);
  if (url.origin !== location.origin) return undefined;
  const key = url.pathname + url.search;
  const entry = early.get(key);
  if (!entry) return undefined;
  early.delete(key);
  if (Date.now() - entry.at > FRESH_MS) return undefined;
  // A network failure falls back to asking again.
  return entry.response.catch(() => fetch(request));
}
