// The Git smart HTTP reference discovery of a GitLab project, as a Git client
// (Flux's source-controller, git clone) starts a fetch: GET
// /<namespace>/<project>[.git]/info/refs?service=git-upload-pack with HTTP Basic
// credentials (GitLab takes an OAuth access token as the password, any user
// name, usually "oauth2"). Answers as GitLab does: 401 for no, wrong, expired or
// revoked credentials; 404 for a project that does not exist or that the user
// may not see; 403 for a token without a scope that allows reading code
// (read_repository or api); else the pkt-line advertisement of HEAD and the
// branches. Only what a clone needs first: no upload-pack negotiation.
import { createHash } from 'node:crypto';
import type { SimReply, SimRequest } from '../oauth-kit/server.js';

export type GitLabRepository = {
  /** "group/project" (subgroups allowed), without ".git". */
  path: string;
  /** Branch → commit SHA-1 (hex); default { main: a SHA derived from the path }. The first is HEAD. */
  branches?: Record<string, string>;
  /** Users who may read it (GitLab members); undefined: every signed-in user (an internal project). */
  members?: number[];
};

/** What the git endpoint needs of a presented token. */
export type GitGrant = { userId: number; scope: string; usable: boolean };

const READ_SCOPES = ['api', 'read_repository', 'write_repository'];
const DENIED =
  'HTTP Basic: Access denied. If a password was provided for Git authentication, the password was incorrect or you\'re required to use a token instead of a password. If a token was provided, it was either incorrect, expired, or improperly scoped.';
const NOT_FOUND = "The project you were looking for could not be found or you don't have permission to view it.";
const FORBIDDEN = 'You are not allowed to download code from this project.';

/** One pkt-line: four hex digits of length (themselves included), then the data. */
const pkt = (data: string) => `${(Buffer.byteLength(data) + 4).toString(16).padStart(4, '0')}${data}`;

export const defaultCommit = (path: string, branch: string) => createHash('sha1').update(`${path}\n${branch}`).digest('hex');

export function gitRoute(repositories: Map<string, GitLabRepository>, grantOf: (token: string) => GitGrant | undefined) {
  let fetches = 0;
  const route = (req: SimRequest): SimReply | undefined => {
    const match = /^\/(.+?)(?:\.git)?\/info\/refs$/.exec(req.path);
    if (req.method !== 'GET' || !match) return undefined;
    if (req.query.get('service') !== 'git-upload-pack') return { status: 403, raw: 'Only git-upload-pack is served here.\n' };
    fetches += 1;
    const denied: SimReply = { status: 401, raw: DENIED, headers: { 'www-authenticate': 'Basic realm="GitLab"' } };
    const auth = String(req.headers['authorization'] ?? '');
    if (!auth.startsWith('Basic ')) return denied;
    const decoded = Buffer.from(auth.slice('Basic '.length), 'base64').toString('utf8');
    const grant = grantOf(decoded.slice(decoded.indexOf(':') + 1));
    if (!grant?.usable) return denied;
    const repository = repositories.get(match[1]!);
    if (!repository || (repository.members && !repository.members.includes(grant.userId))) return { status: 404, raw: NOT_FOUND };
    if (!grant.scope.split(/[ ,]+/).some((s) => READ_SCOPES.includes(s))) return { status: 403, raw: FORBIDDEN };
    const branches = Object.entries(repository.branches ?? { main: defaultCommit(repository.path, 'main') });
    const [head] = branches;
    const capabilities = `multi_ack thin-pack side-band side-band-64k ofs-delta shallow no-progress include-tag${head ? ` symref=HEAD:refs/heads/${head[0]}` : ''} agent=git/2.45.2`;
    // An empty repository (created without a README) advertises no refs: git's capabilities^{} placeholder line.
    const refs = head
      ? [pkt(`${head[1]} HEAD\0${capabilities}\n`), ...branches.map(([name, sha]) => pkt(`${sha} refs/heads/${name}\n`))]
      : [pkt(`${'0'.repeat(40)} capabilities^{}\0${capabilities}\n`)];
    const lines = [pkt('# service=git-upload-pack\n'), '0000', ...refs, '0000'];
    return { status: 200, raw: lines.join(''), headers: { 'content-type': 'application/x-git-upload-pack-advertisement', 'cache-control': 'no-cache' } };
  };
  return { route, fetches: () => fetches };
}
