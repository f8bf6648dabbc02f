import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { manifestsTarget } from './manifests.js';
import { secretObject } from '../../../app/cluster.js';

describe('manifests target', () => {
  let dir = '';
  afterEach(async () => rm(dir, { recursive: true, force: true }));

  it('a Secret file already there with a wider mode is rewritten 0600, with no temporary file left', async () => {
    dir = await mkdtemp(join(tmpdir(), 'kw-manifests-'));
    const folder = join(dir, 'project-docs-prod');
    await mkdir(folder, { recursive: true });
    const file = join(folder, 'secret-docs-git-auth.yaml');
    await writeFile(file, 'old: true\n', { mode: 0o644 });
    const target = { projectId: 'p1', environment: 'prod', namespace: 'project-docs-prod', slug: 'docs', repositoryUrl: 'https://gitlab.com/a/docs', branch: 'main', interval: '1m' };
    await manifestsTarget(dir).apply(secretObject(target, { username: 'oauth2', password: 'tok-1', generation: 2, fingerprint: 'f', accountId: 'a' }), { force: false });
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await readFile(file, 'utf8')).toContain('token-generation');
    expect(await readdir(folder)).toEqual(['secret-docs-git-auth.yaml']);
  });
});
