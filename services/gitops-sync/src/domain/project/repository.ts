// Repository URLs: Flux authenticates with HTTPS basic auth (username + token),
// so every accepted form is normalised to https://host/path. scp-like
// (git@host:group/repo.git) and ssh:// URLs are rewritten; the provider is
// told by the host: github.com is GitHub, gitlab.com and the configured
// self-hosted hosts (KW_GITOPS_GITLAB_HOSTS) are GitLab, anything else generic.
import { invalid } from '../errors.js';

export type GitProvider = 'gitlab' | 'github' | 'generic';
export type Repository = { url: string; host: string; path: string; provider: GitProvider };

const SCP = /^[\w.-]+@([\w.-]+(?::\d+)?):(?!\/\/)(.+)$/;

export function parseRepository(input: string, gitlabHosts: readonly string[] = []): Repository {
  const raw = input.trim();
  let host: string;
  let path: string;
  const scp = SCP.exec(raw);
  if (scp) {
    host = scp[1]!.toLowerCase();
    path = scp[2]!;
  } else {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw invalid('repository URL must be https://host/group/repo or git@host:group/repo', 'GITOPS-d0bd');
    }
    if (!['https:', 'ssh:'].includes(url.protocol)) throw invalid('repository URL must use https (or ssh, rewritten to https)', 'GITOPS-d308');
    // https://<token>@host/… carries a token as the user name (GitHub, GitLab accept it); ssh://git@host is only a login name.
    if (url.password || (url.protocol === 'https:' && url.username)) throw invalid('repository URL must not carry credentials', 'GITOPS-a0db');
    host = url.protocol === 'ssh:' ? url.hostname.toLowerCase() : url.host.toLowerCase();
    path = url.pathname;
  }
  path = path.replace(/^\/+|\/+$/g, '');
  const segments = path.split('/');
  if (segments.length < 2 || segments.some((s) => !/^[\w.-]+$/.test(s) || s === '.' || s === '..')) {
    throw invalid('repository URL must name a group (or owner) and a repository', 'GITOPS-2845');
  }
  return { url: `https://${host}/${path}`, host, path, provider: providerOf(host, gitlabHosts) };
}

export function providerOf(host: string, gitlabHosts: readonly string[]): GitProvider {
  const bare = host.replace(/:\d+$/, '');
  if (bare === 'github.com' || bare === 'www.github.com') return 'github';
  if (bare === 'gitlab.com' || gitlabHosts.some((h) => h.toLowerCase() === host || h.toLowerCase() === bare)) return 'gitlab';
  return 'generic';
}

/**
 * Which connected-account providers can authenticate to a repository:
 * GitLab repositories use a 'gitlab' account; GitHub ones a 'github' OAuth
 * account or a 'github_app' installation. Generic hosts have none.
 */
export function accountProvidersFor(provider: string): readonly string[] {
  if (provider === 'gitlab') return ['gitlab'];
  if (provider === 'github') return ['github', 'github_app'];
  return [];
}
