import { describe, expect, it } from 'vitest';
import { environmentsOrDefault, slugFromName, validEnvironment, validSlug } from './naming.js';
import { accountProvidersFor, parseRepository } from './repository.js';

describe('parseRepository', () => {
  it('keeps https URLs and rewrites scp-like and ssh URLs to https', () => {
    expect(parseRepository('https://gitlab.com/acme/web.git')).toEqual({ url: 'https://gitlab.com/acme/web.git', host: 'gitlab.com', path: 'acme/web.git', provider: 'gitlab' });
    expect(parseRepository('git@github.com:acme/tool.git').url).toBe('https://github.com/acme/tool.git');
    expect(parseRepository('ssh://git@GitLab.com/group/sub/repo').url).toBe('https://gitlab.com/group/sub/repo');
  });

  it('tells the provider by host, including configured self-hosted GitLab hosts', () => {
    expect(parseRepository('https://github.com/a/b').provider).toBe('github');
    expect(parseRepository('https://git.corp.example/a/b').provider).toBe('generic');
    expect(parseRepository('https://git.corp.example/a/b', ['git.corp.example']).provider).toBe('gitlab');
    expect(parseRepository('https://git.corp.example:8443/a/b', ['git.corp.example:8443']).provider).toBe('gitlab');
    expect(parseRepository('https://gitlab.com.evil.example/a/b').provider).toBe('generic');
  });

  it('refuses other schemes, credentials in the URL and paths without group and repository', () => {
    for (const bad of ['http://gitlab.com/a/b', 'ftp://x/a/b', 'https://user:pw@gitlab.com/a/b', 'https://glpat-s3cr3t@gitlab.com/a/b', 'https://x-access-token@github.com/a/b', 'https://gitlab.com/only', 'not a url', 'https://gitlab.com/a/../b']) {
      expect(() => parseRepository(bad), bad).toThrow(expect.objectContaining({ code: 'ERR_VALIDATION' }));
    }
    try {
      parseRepository('https://user:s3cr3t@gitlab.com/a/b');
    } catch (error) {
      expect(String((error as Error).message)).not.toContain('s3cr3t');
    }
  });

  it('maps a repository provider to the account providers that can authenticate to it', () => {
    expect(accountProvidersFor('gitlab')).toEqual(['gitlab']);
    expect(accountProvidersFor('github')).toEqual(['github', 'github_app']);
    expect(accountProvidersFor('generic')).toEqual([]);
  });
});

describe('naming', () => {
  it('derives and checks slugs so that project-<slug>-<env> stays a DNS label', () => {
    expect(slugFromName('  Web Shop (EU) ')).toBe('web-shop-eu');
    expect(validSlug('web-shop')).toBe('web-shop');
    for (const bad of ['-a', 'a-', 'A', 'a_b', 'x', 'a'.repeat(31)]) expect(() => validSlug(bad), bad).toThrow(expect.objectContaining({ code: 'ERR_VALIDATION' }));
    expect(`project-${'a'.repeat(30)}-${'b'.repeat(24)}`.length).toBeLessThanOrEqual(63);
  });

  it('defaults environments to development, staging, production and refuses duplicates', () => {
    expect(environmentsOrDefault([])).toEqual(['development', 'staging', 'production']);
    expect(() => environmentsOrDefault(['qa', 'qa'])).toThrow();
    expect(() => validEnvironment('Prod')).toThrow();
  });
});
