// The typed API client: openapi-fetch over the paths generated from the
// gateway's OpenAPI document (@keywarden/client's generated/schema.ts, `npm run console:api`), and
// openapi-react-query on top for TanStack Query hooks keyed by method, path and
// parameters. Every request carries the in-memory access token; a 401 gets one
// refresh through the cookie and one retry. On the first load, the GETs the
// entry chunk already sent (early.ts) are answered by those responses.
import createFetchClient, { type Middleware } from 'openapi-fetch';
import createQueryHooks from 'openapi-react-query';
import { CLIENT_HEADER, CLIENT_NAME, currentAccessToken, refreshSession } from '../auth/session';
import { takeEarly } from '../early';
import type { components, paths } from '@keywarden/client/schema';

export type Schemas = components['schemas'];
export type Problem = Schemas['ProblemDetails'];

const retryable = new Map<string, Request>();
const AUTH_PATH = /^\/api\/v1\/auth\//;

const authMiddleware: Middleware = {
  onRequest({ request, schemaPath, id }) {
    const token = currentAccessToken();
    if (token) request.headers.set('authorization', `Bearer ${token}`);
    if (AUTH_PATH.test(schemaPath)) request.headers.set(CLIENT_HEADER, CLIENT_NAME);
    else retryable.set(id, request.clone());
    return request;
  },
  async onResponse({ response, id }) {
    const original = retryable.get(id);
    retryable.delete(id);
    if (response.status !== 401 || !original) return response;
    if ((await refreshSession()) !== 'signed-in') return response;
    original.headers.set('authorization', `Bearer ${currentAccessToken() ?? ''}`);
    return fetch(original);
  },
  onError({ id }) {
    retryable.delete(id);
  },
};

// A GET the entry chunk already sent on the first load (early.ts) is answered by that response.
export const api = createFetchClient<paths>({ baseUrl: globalThis.location?.origin ?? '', fetch: (request) => takeEarly(request) ?? globalThis.fetch(request) });
api.use(authMiddleware);

/** `$api.useQuery('get', '/api/v1/…', { params })` and `$api.useMutation(…)`, typed from the document. */
export const $api = createQueryHooks(api);

/** What an error from the API says, in the words of its problem+json detail. */
export function problemText(error: unknown, fallback: string): string {
  if (error && typeof error === 'object') {
    const problem = error as Partial<Problem>;
    const issues = (problem.errors ?? []).map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message));
    const text = (typeof problem.detail === 'string' && problem.detail) || (typeof problem.title === 'string' && problem.title) || '';
    if (text) return issues.length ? `${text} (${issues.join('; ')})` : text;
  }
  return fallback;
}

/** Unwraps an openapi-fetch result: the data, or the problem thrown. */
export async function call<T>(promise: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await promise;
  if (error !== undefined || !response.ok) throw error ?? { title: response.statusText, status: response.status };
  return data as T;
}
