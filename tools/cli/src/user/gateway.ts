// The gateway as the user commands see it: which gateway and which token (flags, then
// KW_GATEWAY_URL / KW_TOKEN, then the credentials `kw login` stored), a typed client
// (@keywarden/client), and an application found by name.
import { createKeywardenClient, KeywardenApiError, KeywardenConnectionError, type KeywardenClient, type Schemas } from '@keywarden/client';
import { CliError, usage, type Io } from '../io.js';
import { readCredentials } from './credentials.js';

export type UserOptions = { gateway?: string; json?: boolean };

export const DEFAULT_GATEWAY = 'http://127.0.0.1:8080';

export function gatewayUrl(options: UserOptions, io: Io): string {
  const url = options.gateway ?? io.env['KW_GATEWAY_URL'] ?? readCredentials(io)?.gateway ?? DEFAULT_GATEWAY;
  if (!/^https?:\/\/[^\s/]+/.test(url)) throw usage('--gateway must be a URL like https://keywarden.example.com');
  return url.replace(/\/+$/, '');
}

/** A client signed in with KW_TOKEN or the stored token; none: a usage error saying to log in. */
export function signedInClient(options: UserOptions, io: Io): KeywardenClient {
  const stored = readCredentials(io);
  const token = io.env['KW_TOKEN'] || stored?.token;
  if (!token) throw usage('not logged in: run kw login (or set KW_TOKEN to a personal access token)');
  return createKeywardenClient({ baseUrl: gatewayUrl(options, io), token });
}

/** The CLI's words for an API error: the problem's code and detail (never a token: the gateway puts none in a problem). */
export function cliErrorOf(error: unknown): CliError | undefined {
  if (error instanceof KeywardenApiError) {
    const hint = error.status === 401 ? ' (run kw login)' : '';
    return new CliError(`${error.code}: ${error.message}${hint}`);
  }
  if (error instanceof KeywardenConnectionError) return new CliError(error.message);
  return undefined;
}

export type AppQuery = { app: string; env?: string; project?: string; org?: string };

/** The application called `app` among the caller's organizations' (or --org's), narrowed by environment and project. */
export async function findApplication(client: KeywardenClient, query: AppQuery): Promise<Schemas['Application']> {
  const organizations = query.org
    ? [query.org]
    : (await client.call(client.GET('/api/v1/users/me'))).memberships.map((m) => m.organizationId);
  if (organizations.length === 0) throw new CliError('you are in no organization: pass --org <organizationId>');
  // One request per organization the user belongs to (a handful), all at once.
  const lists = await Promise.all(organizations.map((organizationId) =>
    client.call(client.GET('/api/v1/applications', { params: { query: { organizationId } } }))));
  const matches = lists.flatMap((l) => l.applications).filter((a) => a.name === query.app && a.status !== 'deleted'
    && (!query.env || a.environment === query.env)
    && (!query.project || a.projectId === query.project));
  if (matches.length === 0) throw new CliError(`no application ${JSON.stringify(query.app)}${query.env ? ` in ${query.env}` : ''} that you can see`);
  if (matches.length > 1) {
    const which = matches.map((a) => `${a.environment} (project ${a.projectId})`).join(', ');
    throw usage(`${matches.length} applications are called ${JSON.stringify(query.app)}: ${which}; pick one with --env or --project`);
  }
  return matches[0]!;
}
