import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitLabSimulator, type GitLabSimulator } from './gitlab.js';

let sim: GitLabSimulator;
const inAnHour = () => new Date(Date.now() + 3_600_000);

beforeAll(async () => {
  sim = await startGitLabSimulator();
  sim.addUser({ id: 1, username: 'dev' });
  sim.addUser({ id: 2, username: 'eve' });
  sim.seedGrant({ clientId: 'app', userId: 1, accessToken: 'api', refreshToken: 'r1', accessExpiresAt: inAnHour() });
  sim.seedGrant({ clientId: 'app', userId: 1, accessToken: 'read-only', refreshToken: 'r2', accessExpiresAt: inAnHour(), scope: 'read_repository' });
  sim.seedGrant({ clientId: 'app', userId: 2, accessToken: 'eve', refreshToken: 'r3', accessExpiresAt: inAnHour() });
  sim.seedGrant({ clientId: 'app', userId: 1, accessToken: 'stale', refreshToken: 'r4', accessExpiresAt: new Date(Date.now() - 1000) });
});
afterAll(async () => sim?.close());

const create = (token: string | undefined, body: Record<string, unknown>) =>
  fetch(`${sim.url}/api/v4/projects`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
const discover = (path: string, token: string) =>
  fetch(`${sim.url}/${path}.git/info/refs?service=git-upload-pack`, { headers: { authorization: `Basic ${Buffer.from(`oauth2:${token}`).toString('base64')}` } });

describe('GitLab simulator: creating a project (POST /api/v4/projects)', () => {
  it('creates it in the token user\'s namespace, private, with its default branch when initialized with a README; Git then serves it', async () => {
    const res = await create('api', { name: 'Web Shop', initialize_with_readme: true });
    expect(res.status).toBe(201);
    const project = (await res.json()) as Record<string, unknown>;
    expect(project).toMatchObject({
      name: 'Web Shop', path: 'web-shop', path_with_namespace: 'dev/web-shop', visibility: 'private', default_branch: 'main', empty_repo: false,
      http_url_to_repo: `${sim.url}/dev/web-shop.git`, namespace: { kind: 'user', full_path: 'dev' },
    });
    const refs = await discover('dev/web-shop', 'api');
    expect(refs.status).toBe(200);
    expect(await refs.text()).toMatch(/[0-9a-f]{40} refs\/heads\/main\n/);
    // Private: another user cannot see it.
    expect((await discover('dev/web-shop', 'eve')).status).toBe(404);
  });

  it('leaves the repository empty without a README (no refs advertised) and honours default_branch and visibility', async () => {
    expect(((await (await create('api', { path: 'empty' })).json()) as { default_branch: unknown }).default_branch).toBeNull();
    const empty = await (await discover('dev/empty', 'api')).text();
    expect(empty).toContain(`${'0'.repeat(40)} capabilities^{}\0`);
    expect(empty).not.toContain('refs/heads/');
    const internal = await create('api', { path: 'docs', initialize_with_readme: 'true', default_branch: 'trunk', visibility: 'internal' });
    expect(internal.status).toBe(201);
    expect(await (await discover('dev/docs', 'eve')).text()).toMatch(/ refs\/heads\/trunk\n/);
  });

  it('refuses no or dead tokens (401), a token without api (403), a missing name and path or a taken path (400), a group namespace (404)', async () => {
    for (const token of [undefined, 'nope', 'stale']) {
      const res = await create(token, { name: 'x' });
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ message: '401 Unauthorized' });
    }
    const scoped = await create('read-only', { name: 'x' });
    expect(scoped.status).toBe(403);
    expect(await scoped.json()).toMatchObject({ error: 'insufficient_scope', scope: 'api' });
    const nameless = await create('api', {});
    expect(nameless.status).toBe(400);
    expect(await nameless.json()).toEqual({ error: 'name, path are missing, at least one parameter must be provided' });
    const taken = await create('api', { path: 'web-shop' });
    expect(taken.status).toBe(400);
    expect(await taken.json()).toEqual({ message: { name: ['has already been taken'], path: ['has already been taken'] } });
    expect((await create('api', { path: '-bad.git' })).status).toBe(400);
    expect((await create('api', { path: 'grouped', namespace_id: 99 })).status).toBe(404);
    // Nothing was created by a refused call.
    expect((await discover('dev/x', 'api')).status).toBe(404);
    expect((await discover('dev/grouped', 'api')).status).toBe(404);
  });
});
