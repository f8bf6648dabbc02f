import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitLabSimulator, type GitLabSimulator } from './gitlab.js';

let sim: GitLabSimulator;
const form = (body: Record<string, string>) => ({ method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(body).toString() });
const client = { client_id: 'app', client_secret: 'secret' };

beforeAll(async () => {
  sim = await startGitLabSimulator({ latencyMs: 5 });
  sim.addApp({ clientId: 'app', clientSecret: 'secret' });
  sim.addUser({ id: 1, username: 'root' });
  sim.signIn(1);
});
afterAll(async () => sim?.close());

async function authorize(verifier: string) {
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const res = await fetch(`${sim.url}/oauth/authorize?client_id=app&redirect_uri=${encodeURIComponent('http://cb/x')}&response_type=code&state=s1&code_challenge=${challenge}&code_challenge_method=S256`, { redirect: 'manual' });
  return new URL(res.headers.get('location')!).searchParams.get('code')!;
}

describe('GitLab simulator', () => {
  it('exchanges a code once, checks PKCE, rotates refresh tokens and rejects a used one with invalid_grant', async () => {
    const code = await authorize('v'.repeat(43));
    const bad = await fetch(`${sim.url}/oauth/token`, form({ ...client, grant_type: 'authorization_code', code, redirect_uri: 'http://cb/x', code_verifier: 'w'.repeat(43) }));
    expect(bad.status).toBe(400);
    const code2 = await authorize('v'.repeat(43));
    const ok = await fetch(`${sim.url}/oauth/token`, form({ ...client, grant_type: 'authorization_code', code: code2, redirect_uri: 'http://cb/x', code_verifier: 'v'.repeat(43) }));
    const first = (await ok.json()) as { access_token: string; refresh_token: string; expires_in: number };
    expect(first.expires_in).toBe(7200);
    const user = await fetch(`${sim.url}/api/v4/user`, { headers: { authorization: `Bearer ${first.access_token}` } });
    expect(await user.json()).toEqual({ id: 1, username: 'root' });
    const rotated = (await (await fetch(`${sim.url}/oauth/token`, form({ ...client, grant_type: 'refresh_token', refresh_token: first.refresh_token }))).json()) as { refresh_token: string };
    expect(rotated.refresh_token).not.toBe(first.refresh_token);
    const reuse = await fetch(`${sim.url}/oauth/token`, form({ ...client, grant_type: 'refresh_token', refresh_token: first.refresh_token }));
    expect(reuse.status).toBe(400);
    expect(await reuse.json()).toMatchObject({ error: 'invalid_grant' });
    expect(sim.refreshCount()).toBe(1);
    const wrongSecret = await fetch(`${sim.url}/oauth/token`, form({ client_id: 'app', client_secret: 'nope', grant_type: 'refresh_token', refresh_token: rotated.refresh_token }));
    expect(wrongSecret.status).toBe(401);
  });

  it('expires access tokens on its own clock, and injects faults', async () => {
    const code = await authorize('x'.repeat(43));
    const tokens = (await (await fetch(`${sim.url}/oauth/token`, form({ ...client, grant_type: 'authorization_code', code, redirect_uri: 'http://cb/x', code_verifier: 'x'.repeat(43) }))).json()) as { access_token: string };
    const moved = await fetch(`${sim.url}/_sim/clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ advanceMs: 7200_000 }) });
    expect(moved.status).toBe(200);
    expect((await fetch(`${sim.url}/api/v4/user`, { headers: { authorization: `Bearer ${tokens.access_token}` } })).status).toBe(401);
    await fetch(`${sim.url}/_sim/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ path: '/oauth/token', times: 1, status: 503 }) });
    expect((await fetch(`${sim.url}/oauth/token`, form({ ...client, grant_type: 'refresh_token', refresh_token: 'x' }))).status).toBe(503);
    expect((await fetch(`${sim.url}/oauth/token`, form({ ...client, grant_type: 'refresh_token', refresh_token: 'x' }))).status).toBe(400);
  });

  it('sends the browser back with access_denied and the state when the user clicks Deny, issuing no code', async () => {
    sim.consent('deny');
    try {
      const res = await fetch(`${sim.url}/oauth/authorize?client_id=app&redirect_uri=${encodeURIComponent('http://cb/x?keep=1')}&response_type=code&state=s2`, { redirect: 'manual' });
      expect(res.status).toBe(302);
      const back = new URL(res.headers.get('location')!);
      expect(`${back.origin}${back.pathname}`).toBe('http://cb/x');
      expect(Object.fromEntries(back.searchParams)).toEqual({
        keep: '1', error: 'access_denied', error_description: 'The resource owner or authorization server denied the request.', state: 's2',
      });
    } finally {
      sim.consent('approve');
    }
  });
});

describe('GitLab simulator: Git smart HTTP', () => {
  let git: GitLabSimulator;
  beforeAll(async () => {
    git = await startGitLabSimulator();
    git.addRepository({ path: 'acme/web', branches: { main: 'a'.repeat(40), release: 'b'.repeat(40) } });
    git.addRepository({ path: 'acme/secret', members: [7] });
    const inAnHour = new Date(Date.now() + 3_600_000);
    git.seedGrant({ clientId: 'app', userId: 1, accessToken: 'live', refreshToken: 'r1', accessExpiresAt: inAnHour });
    git.seedGrant({ clientId: 'app', userId: 1, accessToken: 'profile-only', refreshToken: 'r2', accessExpiresAt: inAnHour, scope: 'read_user' });
    git.seedGrant({ clientId: 'app', userId: 1, accessToken: 'revoked', refreshToken: 'r3', accessExpiresAt: inAnHour });
    git.seedGrant({ clientId: 'app', userId: 1, accessToken: 'stale', refreshToken: 'r4', accessExpiresAt: new Date(Date.now() - 1000) });
    git.revokeToken('revoked');
  });
  afterAll(async () => git?.close());

  const discover = (path: string, token?: string) =>
    fetch(`${git.url}/${path}/info/refs?service=git-upload-pack`, token ? { headers: { authorization: `Basic ${Buffer.from(`oauth2:${token}`).toString('base64')}` } } : {});

  it('advertises HEAD and the branches to a live token, as pkt-lines', async () => {
    const res = await discover('acme/web.git', 'live');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/x-git-upload-pack-advertisement');
    const text = await res.text();
    expect(text.startsWith('001e# service=git-upload-pack\n0000')).toBe(true);
    expect(text).toContain(`${'a'.repeat(40)} HEAD\0`);
    expect(text).toContain('symref=HEAD:refs/heads/main');
    expect(text).toContain(`${'b'.repeat(40)} refs/heads/release\n`);
    expect(text.endsWith('0000')).toBe(true);
    // Without ".git" too (what a GitRepository's URL usually names); a push moves the branch.
    const moved = git.push('acme/web', 'main');
    expect(await (await discover('acme/web', 'live')).text()).toContain(`${moved} refs/heads/main\n`);
    expect(git.gitFetchCount()).toBe(2);
  });

  it('tells no, expired or revoked credentials (401), an unknown or hidden project (404) and a missing scope (403) apart', async () => {
    for (const token of [undefined, 'nope', 'stale', 'revoked']) {
      const res = await discover('acme/web', token);
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe('Basic realm="GitLab"');
      expect(await res.text()).toMatch(/^HTTP Basic: Access denied/);
    }
    expect((await discover('acme/nothing', 'live')).status).toBe(404);
    expect((await discover('acme/secret', 'live')).status).toBe(404);
    const forbidden = await discover('acme/web', 'profile-only');
    expect(forbidden.status).toBe(403);
    expect(await forbidden.text()).toBe('You are not allowed to download code from this project.');
  });
});
