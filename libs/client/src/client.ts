// The typed client: openapi-fetch over the paths generated from the gateway's
// OpenAPI document (generated/schema.ts, written by `npm run console:api`; the
// console imports the same file as @keywarden/client/schema). Auth is a personal access token, or a session whose
// access token is refreshed once on a 401 and the request retried once (as the
// console does), the new tokens handed to the session's store.
import createFetchClient, { type Client, type Middleware } from 'openapi-fetch';
import { KeywardenApiError, KeywardenConnectionError, problemOf } from './errors.js';
import type { components, paths } from './generated/schema.js';

export type Schemas = components['schemas'];
export type { paths, components };

export type SessionTokens = { accessToken: string; refreshToken: string };

/** Where a session's tokens live between runs (a file for the CLI); save gets each rotated pair. */
export interface SessionStore {
  load(): SessionTokens | undefined;
  save(tokens: SessionTokens): void | Promise<void>;
}

export type ClientOptions = {
  /** The gateway's origin, e.g. https://keywarden.example.com */
  baseUrl: string;
  /** A personal access token (kwp_...). */
  token?: string;
  /** A signed-in session instead of a PAT. */
  session?: SessionStore;
  fetch?: (request: Request) => Promise<Response>;
};

export type KeywardenClient = Client<paths> & {
  /** Unwraps an openapi-fetch result: the data, or a KeywardenApiError thrown. */
  call<T>(promise: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T>;
};

const AUTH_PATH = /^\/api\/v1\/auth\//;
/** The gateway answers refresh tokens in the body (not only the cookie) to this client name. */
const CLIENT_HEADER = 'x-keywarden-client';

export function createKeywardenClient(options: ClientOptions): KeywardenClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const send = options.fetch ?? ((request: Request) => globalThis.fetch(request));
  const guarded = async (request: Request) => {
    try {
      return await send(request);
    } catch (error) {
      throw new KeywardenConnectionError(baseUrl, error);
    }
  };
  const client = createFetchClient<paths>({ baseUrl, fetch: guarded });
  const retryable = new Map<string, Request>();
  let refreshing: Promise<string | undefined> | undefined;

  const currentToken = () => options.token ?? options.session?.load()?.accessToken;

  // One refresh at a time: concurrent 401s wait for the same rotation (a second would present a rotated token and end the session).
  const refresh = (): Promise<string | undefined> => {
    refreshing ??= (async () => {
      const stored = options.session?.load();
      if (!stored?.refreshToken) return undefined;
      const response = await guarded(new Request(`${baseUrl}/api/v1/auth/refresh`, {
        method: 'POST', headers: { 'content-type': 'application/json', [CLIENT_HEADER]: 'cli' }, body: JSON.stringify({ refreshToken: stored.refreshToken }),
      }));
      if (!response.ok) return undefined;
      const session = (await response.json()) as { accessToken: string; refreshToken?: string };
      await options.session!.save({ accessToken: session.accessToken, refreshToken: session.refreshToken ?? stored.refreshToken });
      return session.accessToken;
    })().finally(() => (refreshing = undefined));
    return refreshing;
  };

  const auth: Middleware = {
    onRequest({ request, schemaPath, id }) {
      const token = currentToken();
      if (token) request.headers.set('authorization', `Bearer ${token}`);
      if (AUTH_PATH.test(schemaPath)) request.headers.set(CLIENT_HEADER, 'cli');
      else if (options.session && !options.token) retryable.set(id, request.clone());
      return request;
    },
    async onResponse({ response, id }) {
      const original = retryable.get(id);
      retryable.delete(id);
      // Nothing returned: the response stays as it is.
      if (response.status !== 401 || !original) return undefined;
      const token = await refresh();
      if (!token) return undefined;
      original.headers.set('authorization', `Bearer ${token}`);
      const retried: Response = await guarded(original);
      // openapi-fetch checks instanceof the global Response, which a server library in the same process may have replaced.
      if (retried instanceof Response) return retried;
      const foreign = retried as Response;
      return new Response(foreign.body, { status: foreign.status, statusText: foreign.statusText, headers: foreign.headers });
    },
    onError({ id }) {
      retryable.delete(id);
    },
  };
  client.use(auth);

  return Object.assign(client, {
    async call<T>(promise: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
      const { data, error, response } = await promise;
      if (error !== undefined || !response.ok) throw new KeywardenApiError(problemOf(error, response));
      return data as T;
    },
  });
}
