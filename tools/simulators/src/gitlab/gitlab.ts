// A GitLab OAuth provider as the broker sees it: /oauth/authorize, /oauth/token
// (authorization_code and refresh_token, refresh tokens rotating on every use),
// /oauth/revoke, /api/v4/user and creating a project (projects-api.ts).
// Errors are GitLab's (Doorkeeper) RFC 6749 bodies.
// Its projects answer Git's smart HTTP reference discovery with the access
// tokens it issued (git-http.ts), so a Git client (the Kubernetes test
// server's Flux) can tell a live token from an expired, revoked or
// under-scoped one.
import { opaque, startSimServer, type SimClock, type SimReply, type SimRequest, type SimServer } from '../oauth-kit/server.js';
import { pkceMatches } from '../oauth-kit/pkce.js';
import { defaultCommit, gitRoute, type GitLabRepository } from './git-http.js';
import { projectsRoute } from './projects-api.js';

export type GitLabApp = { clientId: string; clientSecret: string };
export type GitLabUser = { id: number; username: string };

type Code = { clientId: string; userId: number; redirectUri: string; challenge?: string; method?: string; expiresAt: number; scope: string };
type Grant = { clientId: string; userId: number; scope: string; accessToken: string; accessExpiresAt: number; refreshToken: string; revoked: boolean; revokedByUser?: boolean };

export type GitLabSimulatorOptions = {
  port?: number;
  /** Listen address; 127.0.0.1 by default (0.0.0.0 in docker-compose: gitlab/main.ts). */
  host?: string;
  latencyMs?: number;
  clock?: SimClock;
  /** Access token lifetime; GitLab's default is two hours. */
  accessTtlSeconds?: number;
  /** Leave expires_in out of token responses (older GitLab versions did). */
  omitExpiresIn?: boolean;
};

export type GitLabSimulator = SimServer & {
  addApp(app: GitLabApp): void;
  addUser(user: GitLabUser): void;
  /** Who "clicks Authorize" on the next /oauth/authorize visit. */
  signIn(userId: number): void;
  /** What the signed-in user clicks on the consent page from now on: Authorize (default) or Deny. */
  consent(decision: 'approve' | 'deny'): void;
  /** Successful refresh_token grants so far. */
  refreshCount(): number;
  /** Replace an app's secret, as an admin resetting it in GitLab would. */
  rotateSecret(clientId: string, secret: string): void;
  /** Revoke every grant of a user (e.g. the user revoked the app in GitLab). */
  revokeUser(userId: number): void;
  /** Installs a grant as if its code had been exchanged (benchmarks seed many at once); scope "api" unless told. */
  seedGrant(grant: { clientId: string; userId: number; accessToken: string; refreshToken: string; accessExpiresAt: Date; scope?: string }): void;
  /** A project its Git endpoint serves (GET /<path>[.git]/info/refs?service=git-upload-pack). */
  addRepository(repository: GitLabRepository): void;
  /** Moves a branch to a new commit (a push); returns the commit. */
  push(path: string, branch?: string, commit?: string): string;
  /** Git reference discoveries asked so far (each clone or fetch starts with one). */
  gitFetchCount(): number;
  /** Revokes one access token (and its grant), as GitLab's token revocation or a leaked-token reset would. */
  revokeToken(accessToken: string): void;
  /** Refresh tokens presented again after they were rotated: each is a double refresh. */
  reusedRefreshCount(): number;
  /** Refreshes that came after the access token they replace had expired. */
  lateRefreshCount(): number;
};

const INVALID_GRANT = {
  error: 'invalid_grant',
  error_description:
    'The provided authorization grant is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client.',
};
const INVALID_CLIENT = {
  error: 'invalid_client',
  error_description: 'Client authentication failed due to unknown client, no client authentication included, or unsupported authentication method.',
};

export async function startGitLabSimulator(options: GitLabSimulatorOptions = {}): Promise<GitLabSimulator> {
  const apps = new Map<string, GitLabApp>();
  const users = new Map<number, GitLabUser>();
  const codes = new Map<string, Code>();
  const byRefresh = new Map<string, Grant>();
  const byAccess = new Map<string, Grant>();
  const ttl = options.accessTtlSeconds ?? 7200;
  let signedIn: number | undefined;
  let decision: 'approve' | 'deny' = 'approve';
  let refreshes = 0;
  let reused = 0;
  let late = 0;
  const now = () => sim.clock.now().getTime();
  const repositories = new Map<string, GitLabRepository>();
  const grantOf = (token: string) => {
    const grant = byAccess.get(token);
    return grant && { userId: grant.userId, scope: grant.scope, usable: !grant.revoked && grant.accessExpiresAt > now() };
  };
  const git = gitRoute(repositories, grantOf);
  const projects = projectsRoute(repositories, grantOf, (id) => users.get(id) ?? { username: `user${id}` }, () => sim.url, () => sim.clock.now());

  const issue = (clientId: string, userId: number, scope: string): SimReply => {
    const grant: Grant = {
      clientId, userId, scope,
      accessToken: opaque('glpat-sim-'),
      accessExpiresAt: now() + ttl * 1000,
      refreshToken: opaque('glrt-sim-'),
      revoked: false,
    };
    byRefresh.set(grant.refreshToken, grant);
    byAccess.set(grant.accessToken, grant);
    const body: Record<string, unknown> = {
      access_token: grant.accessToken,
      token_type: 'Bearer',
      refresh_token: grant.refreshToken,
      scope,
      created_at: Math.floor(now() / 1000),
    };
    if (!options.omitExpiresIn) body['expires_in'] = ttl;
    return { status: 200, body };
  };

  const client = (req: SimRequest): GitLabApp | undefined => {
    const app = apps.get(req.form['client_id'] ?? '');
    return app && app.clientSecret === req.form['client_secret'] ? app : undefined;
  };

  const route = (req: SimRequest): SimReply | undefined => {
    if (req.method === 'GET' && (req.path === '/.well-known/oauth-authorization-server' || req.path === '/.well-known/openid-configuration')) {
      // GitLab publishes its authorization server metadata (RFC 8414 / OpenID discovery).
      return {
        status: 200,
        body: {
          issuer: sim.url, authorization_endpoint: `${sim.url}/oauth/authorize`, token_endpoint: `${sim.url}/oauth/token`,
          revocation_endpoint: `${sim.url}/oauth/revoke`, userinfo_endpoint: `${sim.url}/oauth/userinfo`,
          response_types_supported: ['code'], grant_types_supported: ['authorization_code', 'refresh_token'],
          code_challenge_methods_supported: ['plain', 'S256'],
        },
      };
    }
    if (req.method === 'GET' && req.path === '/oauth/authorize') {
      const clientId = req.query.get('client_id') ?? '';
      const redirectUri = req.query.get('redirect_uri') ?? '';
      if (!apps.has(clientId) || req.query.get('response_type') !== 'code') return { status: 400, body: { error: 'invalid_request' } };
      if (signedIn === undefined) return { status: 401, body: { message: '401 Unauthorized' } };
      const state = req.query.get('state');
      if (decision === 'deny') {
        // Doorkeeper's answer when the resource owner clicks Deny (RFC 6749 4.1.2.1).
        const denied = new URL(redirectUri);
        denied.searchParams.set('error', 'access_denied');
        denied.searchParams.set('error_description', 'The resource owner or authorization server denied the request.');
        if (state) denied.searchParams.set('state', state);
        return { status: 302, redirect: denied.toString() };
      }
      const code = opaque('', 32);
      codes.set(code, {
        clientId, userId: signedIn, redirectUri, scope: req.query.get('scope') ?? 'api',
        challenge: req.query.get('code_challenge') ?? undefined, method: req.query.get('code_challenge_method') ?? undefined,
        expiresAt: now() + 600_000,
      });
      const target = new URL(redirectUri);
      target.searchParams.set('code', code);
      if (state) target.searchParams.set('state', state);
      return { status: 302, redirect: target.toString() };
    }
    if (req.method === 'POST' && req.path === '/oauth/token') {
      const app = client(req);
      if (!app) return { status: 401, body: INVALID_CLIENT };
      if (req.form['grant_type'] === 'authorization_code') {
        const code = codes.get(req.form['code'] ?? '');
        codes.delete(req.form['code'] ?? '');
        if (!code || code.clientId !== app.clientId || code.expiresAt < now() || code.redirectUri !== req.form['redirect_uri']) {
          return { status: 400, body: INVALID_GRANT };
        }
        if (!pkceMatches(req.form['code_verifier'], code.challenge, code.method)) return { status: 400, body: INVALID_GRANT };
        return issue(app.clientId, code.userId, code.scope);
      }
      if (req.form['grant_type'] === 'refresh_token') {
        const grant = byRefresh.get(req.form['refresh_token'] ?? '');
        if (grant?.revoked && !grant.revokedByUser) reused += 1;
        if (!grant || grant.revoked || grant.clientId !== app.clientId) return { status: 400, body: INVALID_GRANT };
        // Rotation: the used refresh token and its access token stop working.
        grant.revoked = true;
        refreshes += 1;
        if (grant.accessExpiresAt < now()) late += 1;
        return issue(app.clientId, grant.userId, grant.scope);
      }
      return { status: 400, body: { error: 'unsupported_grant_type' } };
    }
    if (req.method === 'POST' && req.path === '/oauth/revoke') {
      if (!client(req)) return { status: 403, body: INVALID_CLIENT };
      const token = req.form['token'] ?? '';
      const grant = byRefresh.get(token) ?? byAccess.get(token);
      if (grant) grant.revoked = true;
      return { status: 200, body: {} };
    }
    if (req.method === 'GET' && req.path === '/api/v4/user') {
      const token = String(req.headers['authorization'] ?? '').replace(/^Bearer /, '');
      const grant = byAccess.get(token);
      if (!grant || grant.revoked || grant.accessExpiresAt <= now()) return { status: 401, body: { message: '401 Unauthorized' } };
      const user = users.get(grant.userId);
      return { status: 200, body: { id: grant.userId, username: user?.username ?? `user${grant.userId}` } };
    }
    return projects(req) ?? git.route(req);
  };

  const sim = await startSimServer(route, options);
  return Object.assign(sim, {
    addApp: (app: GitLabApp) => void apps.set(app.clientId, { ...app }),
    addUser: (user: GitLabUser) => void users.set(user.id, { ...user }),
    signIn: (userId: number) => {
      signedIn = userId;
    },
    consent: (next: 'approve' | 'deny') => {
      decision = next;
    },
    refreshCount: () => refreshes,
    rotateSecret: (clientId: string, secret: string) => {
      const app = apps.get(clientId);
      if (app) app.clientSecret = secret;
    },
    revokeUser: (userId: number) => {
      for (const grant of byRefresh.values()) {
        if (grant.userId === userId && !grant.revoked) Object.assign(grant, { revoked: true, revokedByUser: true });
      }
    },
    seedGrant: (g: { clientId: string; userId: number; accessToken: string; refreshToken: string; accessExpiresAt: Date; scope?: string }) => {
      const grant: Grant = {
        clientId: g.clientId, userId: g.userId, scope: g.scope ?? 'api', accessToken: g.accessToken, refreshToken: g.refreshToken,
        accessExpiresAt: g.accessExpiresAt.getTime(), revoked: false,
      };
      byRefresh.set(grant.refreshToken, grant);
      byAccess.set(grant.accessToken, grant);
    },
    addRepository: (repository: GitLabRepository) => void repositories.set(repository.path, { ...repository, branches: { ...(repository.branches ?? { main: defaultCommit(repository.path, 'main') }) } }),
    push: (path: string, branch = 'main', commit?: string) => {
      const repository = repositories.get(path);
      if (!repository) throw new Error(`no repository ${path}`);
      const sha = commit ?? defaultCommit(`${path}@${Date.now()}-${Math.random()}`, branch);
      repository.branches = { ...repository.branches, [branch]: sha };
      return sha;
    },
    gitFetchCount: () => git.fetches(),
    revokeToken: (accessToken: string) => {
      const grant = byAccess.get(accessToken);
      if (grant) Object.assign(grant, { revoked: true, revokedByUser: true });
    },
    reusedRefreshCount: () => reused,
    lateRefreshCount: () => late,
  });
}
