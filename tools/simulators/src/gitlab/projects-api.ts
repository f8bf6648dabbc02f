// GitLab's "Create project" (POST /api/v4/projects), so a client can make a
// repository the Git endpoint then serves, the way a developer or a script
// does on GitLab: with an access token of scope `api`, in the token user's
// personal namespace. What it answers follows GitLab's REST API: 201 with the
// project; 401 for no, expired or revoked token; 403 insufficient_scope for a
// token without `api`; 400 when neither name nor path is given or the path is
// taken. `initialize_with_readme` makes the default branch (`default_branch`,
// else main) with one commit; without it the repository is empty, as on
// GitLab. Visibility is private unless asked (members: only its creator).
// Group namespaces (namespace_id) are not simulated: asking for one is 404.
import type { SimReply, SimRequest } from '../oauth-kit/server.js';
import { defaultCommit, type GitGrant, type GitLabRepository } from './git-http.js';

const INSUFFICIENT_SCOPE = {
  error: 'insufficient_scope',
  error_description: 'The request requires higher privileges than provided by the access token.',
  scope: 'api',
};

/** GitLab's `parameterize` of a name into a path: lower case, runs of other characters become one dash. */
const pathOf = (name: string) => name.trim().toLowerCase().replace(/[^a-z0-9_.]+/g, '-').replace(/^-+|-+$/g, '');

export function projectsRoute(
  repositories: Map<string, GitLabRepository>,
  grantOf: (token: string) => GitGrant | undefined,
  userOf: (userId: number) => { username: string },
  baseUrl: () => string,
  now: () => Date,
) {
  let nextId = 1;
  return (req: SimRequest): SimReply | undefined => {
    if (req.method !== 'POST' || req.path !== '/api/v4/projects') return undefined;
    const token = String(req.headers['authorization'] ?? '').replace(/^Bearer /, '');
    const grant = token ? grantOf(token) : undefined;
    if (!grant?.usable) return { status: 401, body: { message: '401 Unauthorized' } };
    if (!grant.scope.split(/[ ,]+/).includes('api')) return { status: 403, body: INSUFFICIENT_SCOPE };
    const user = userOf(grant.userId);
    const name = req.form['name']?.trim() || undefined;
    const path = req.form['path']?.trim() || (name ? pathOf(name) : undefined);
    if (!path) return { status: 400, body: { error: 'name, path are missing, at least one parameter must be provided' } };
    if (!/^[a-zA-Z0-9_][a-zA-Z0-9_.-]*$/.test(path) || path.endsWith('.git')) {
      return { status: 400, body: { message: { path: ['can contain only letters, digits, \'_\', \'-\' and \'.\'. Cannot start with \'-\', end in \'.git\' or end in \'.atom\''] } } };
    }
    if (req.form['namespace_id'] && req.form['namespace_id'] !== String(grant.userId) && req.form['namespace_id'] !== user.username) {
      return { status: 404, body: { message: '404 Namespace Not Found' } };
    }
    const fullPath = `${user.username}/${path}`;
    if (repositories.has(fullPath)) {
      return { status: 400, body: { message: { name: ['has already been taken'], path: ['has already been taken'] } } };
    }
    const visibility = ['public', 'internal'].includes(req.form['visibility'] ?? '') ? req.form['visibility']! : 'private';
    const initialized = req.form['initialize_with_readme'] === 'true';
    const branch = req.form['default_branch']?.trim() || 'main';
    repositories.set(fullPath, {
      path: fullPath,
      branches: initialized ? { [branch]: defaultCommit(fullPath, branch) } : {},
      members: visibility === 'private' ? [grant.userId] : undefined,
    });
    const id = nextId++;
    const web = `${baseUrl()}/${fullPath}`;
    return {
      status: 201,
      body: {
        id, name: name ?? path, path, path_with_namespace: fullPath, name_with_namespace: `${user.username} / ${name ?? path}`,
        visibility, default_branch: initialized ? branch : null, empty_repo: !initialized,
        web_url: web, http_url_to_repo: `${web}.git`, ssh_url_to_repo: `git@${new URL(baseUrl()).host}:${fullPath}.git`,
        namespace: { id: grant.userId, name: user.username, path: user.username, kind: 'user', full_path: user.username },
        created_at: now().toISOString(),
      },
    };
  };
}
