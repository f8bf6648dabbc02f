// kw against a running gateway (the in-process multi-service platform: real identity, vault,
// deployer, audit on real nats-server and PostgreSQL, the gateway served over HTTP): a PAT
// login without a browser, `kw run` giving the child the application's environment with the
// secret in no output and no file, exit codes and signals passed through, `kw env` masked,
// `kw logout` revoking the token (and saying so when it cannot), and @keywarden/client's session refresh.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import { ensureEventStream, eventPublisher, replayStream } from '@keywarden/bus';
import { createKeywardenClient, KeywardenApiError, type SessionTokens } from '@keywarden/client';
import { launchConsoleBrowser } from '@keywarden/platform/browser';
import { ensureConsoleBuilt, startTestPlatform, type TestPlatform } from '@keywarden/platform/test-platform';
import { eventually } from '@keywarden/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const main = fileURLToPath(new URL('../main.ts', import.meta.url));
// tsx by its file URL: kw runs in a temporary directory, where no node_modules resolves it.
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const PASSWORD = 'correct horse battery staple';
const SECRET = `db-pass-${randomUUID()}`;

let platform: TestPlatform;
let server: ServerType;
let gatewayUrl: string;
let pat: string;
let accessToken: string;
let refreshToken: string;
let secretId: string;

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

async function call(method: string, path: string, body?: unknown, token = accessToken, expected = [200, 201]): Promise<Json> {
  const response = await platform.gateway.request(path, {
    method, headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), 'x-keywarden-client': 'cli' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  expect(expected, `${method} ${path}: ${text}`).toContain(response.status);
  return (text ? JSON.parse(text) : {}) as Json;
}

/** `kw <args>` as a process (the package's bin, run from source), in its own config dir and cwd. */
function kw(args: string[], options: { config: string; cwd: string; env?: Record<string, string>; stdin?: string;
  onOut?: (out: string, kill: (s: NodeJS.Signals) => void) => void; onErr?: (err: string) => void }) {
  const child = spawn(process.execPath, ['--conditions=source', '--import', tsx, main, ...args], {
    cwd: options.cwd, env: { PATH: process.env['PATH'] ?? '', HOME: options.config, XDG_CONFIG_HOME: options.config, ...options.env },
  });
  child.stdin.end(options.stdin ?? '');
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => {
    out += String(chunk);
    options.onOut?.(out, (s) => child.kill(s));
  });
  child.stderr.on('data', (chunk: Buffer) => {
    err += String(chunk);
    options.onErr?.(err);
  });
  return new Promise<{ code: number | null; out: string; err: string }>((resolve) => child.on('close', (code) => resolve({ code, out, err })));
}

/** Every file under dir (recursively), as text. */
function filesUnder(dir: string): Array<{ path: string; text: string }> {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())
    .map((e) => ({ path: join(e.parentPath, e.name), text: readFileSync(join(e.parentPath, e.name), 'utf8') }));
}

const dirs = () => ({ config: mkdtempSync(join(tmpdir(), 'kw-home-')), cwd: mkdtempSync(join(tmpdir(), 'kw-cwd-')) });

beforeAll(async () => {
  // The browser login needs the console the gateway serves at / (built once, when its sources changed).
  await ensureConsoleBuilt(fileURLToPath(new URL('../../../..', import.meta.url)), () => undefined);
  platform = await startTestPlatform();
  // The gateway over real HTTP: kw is another process.
  server = serve({ fetch: async (request) => {
    const url = new URL(request.url);
    const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.arrayBuffer();
    return platform.gateway.request(url.pathname + url.search, { method: request.method, headers: request.headers, ...(body ? { body } : {}) });
  }, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  gatewayUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  await call('POST', '/api/v1/auth/sign-up', { email: 'dev@keywarden.test', password: PASSWORD, displayName: 'Dev' }, '');
  const session = await call('POST', '/api/v1/auth/sign-in', { email: 'dev@keywarden.test', password: PASSWORD }, '');
  accessToken = session['accessToken'] as string;
  refreshToken = session['refreshToken'] as string;
  const { organization } = await call('POST', '/api/v1/organizations', { name: 'Acme', slug: `acme-${randomUUID().slice(0, 8)}` });
  const created = await call('POST', '/api/v1/users/me/tokens', { name: 'laptop', scopes: ['identity:read', 'secrets:read', 'secrets:write', 'secrets:reveal', 'deploy:read', 'deploy:write', 'oauth:read'] });
  pat = created['token'] as string;

  // gitops-sync announces the project (as when it is registered with a repository); the deployer and the vault follow it.
  const { nc, namespace } = platform.gateway.deps;
  await ensureEventStream(nc, 'gitops', { namespace });
  const projectId = randomUUID();
  await eventPublisher(nc, { source: 'gitops-sync', namespace })([{
    eventId: randomUUID(), type: 'ProjectCreated', streamId: `project-${projectId}`, streamVersion: 1, recordedAt: new Date(), metadata: {},
    data: { projectId, organizationId: organization.organizationId, name: 'Shop', slug: 'shop', repositoryUrl: 'https://gitlab.com/acme/shop', provider: 'gitlab', branch: 'main',
      environments: ['production'], actorUserId: session['user'].userId },
  }]);
  const q = `?organizationId=${organization.organizationId}`;
  const app = await eventually(async () => {
    const r = await platform.gateway.request('/api/v1/applications', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
      body: JSON.stringify({ organizationId: organization.organizationId, projectId, name: 'web-shop', environment: 'production', image: 'registry.acme.test/web-shop' }) });
    return r.status === 201 ? ((await r.json()) as Json)['application'] : undefined;
  }, { timeoutMs: 30_000, message: 'the deployer knows the project' });
  await eventually(async () => (await platform.gateway.request(`/api/v1/secrets/applications/${app.applicationId}/env-vars${q}`, { headers: { authorization: `Bearer ${accessToken}` } })).status === 200,
    { timeoutMs: 30_000, message: 'the vault knows web-shop' });
  const { group } = await call('POST', '/api/v1/secrets/groups', { name: 'shop' });
  const { secret } = await call('POST', `/api/v1/secrets/groups/${group.groupId}/secrets`, { name: 'SHOP_DB', value: SECRET });
  secretId = secret.secretId as string;
  await call('PUT', `/api/v1/secrets/applications/${app.applicationId}/env-vars/DATABASE_PASSWORD${q}`, { value: `@secret:${secret.secretId}` });
  await call('PUT', `/api/v1/secrets/applications/${app.applicationId}/env-vars/LOG_LEVEL${q}`, { value: 'debug' });
}, 400_000);

afterAll(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  await platform?.stop();
});

describe('kw against the gateway', () => {
  it('logs in with a PAT and no browser: the token stored 0600 in a 0700 directory; whoami names the user; logout revokes the token', async () => {
    const { config, cwd } = dirs();
    // Its own token: logout revokes it, and the other tests use `pat`.
    const created = await call('POST', '/api/v1/users/me/tokens', { name: 'logout-laptop', scopes: ['identity:read'] });
    const own = created['token'] as string;
    const login = await kw(['--gateway', gatewayUrl, 'login', '--token', own], { config, cwd });
    expect(login.code, login.err).toBe(0);
    expect(login.out).toContain('logged in to');
    expect(login.out).toContain('dev@keywarden.test');
    expect(login.out + login.err).not.toContain(own);
    const file = join(config, 'keywarden', 'credentials.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(join(config, 'keywarden')).mode & 0o777).toBe(0o700);
    const whoami = await kw(['--json', 'whoami'], { config, cwd });
    expect(whoami.code, whoami.err).toBe(0);
    expect(JSON.parse(whoami.out).user.email).toBe('dev@keywarden.test');
    const stored = readFileSync(file, 'utf8');
    const logout = await kw(['--json', 'logout'], { config, cwd });
    expect(logout.code, logout.err).toBe(0);
    expect(JSON.parse(logout.out)).toEqual({ gateway: gatewayUrl, deleted: true, revoked: true });
    expect(logout.err).toContain('the personal access token is revoked');
    expect(logout.out + logout.err).not.toContain(own);
    expect(readdirSync(join(config, 'keywarden'))).toEqual([]);
    expect((await kw(['whoami'], { config, cwd })).code).toBe(2);
    // Revoked at the gateway: the token is refused; the user's other token still works.
    await call('GET', '/api/v1/users/me', undefined, own, [401]);
    await call('GET', '/api/v1/users/me', undefined, pat, [200]);
    // The audit trail: the token's user revoked it.
    const tokenId = created['personalAccessToken'].tokenId as string;
    const { user } = await call('GET', '/api/v1/users/me');
    const trail = await eventually(async () => {
      const page = await call('GET', `/api/v1/audit?action=PersonalAccessTokenRevoked&resourceId=${tokenId}`);
      return (page['entries'] as unknown[]).length > 0 ? page['entries'] as Json[] : undefined;
    }, { timeoutMs: 30_000, message: 'the audit trail has the revocation' });
    expect(trail).toEqual([expect.objectContaining({ actorKind: 'user', actorId: user.userId, resourceId: tokenId, outcome: 'success' })]);
    // A token the gateway refuses already: logged out all the same, nothing said to be live.
    writeFileSync(file, stored, { mode: 0o600 });
    const again = await kw(['logout'], { config, cwd });
    expect(again.code, again.err).toBe(0);
    expect(again.err).toContain('the gateway no longer accepts the token');
    expect(readdirSync(join(config, 'keywarden'))).toEqual([]);
  }, 60_000);

  it('logout without the gateway still deletes the token file, and says the token may be live and where to revoke it', async () => {
    const { config, cwd } = dirs();
    const own = (await call('POST', '/api/v1/users/me/tokens', { name: 'logout-offline', scopes: ['identity:read'] }))['token'] as string;
    expect((await kw(['--gateway', gatewayUrl, 'login', '--token', own], { config, cwd })).code).toBe(0);
    const file = join(config, 'keywarden', 'credentials.json');
    // A gateway that is not there: a port that was free a moment ago.
    const closed = serve({ fetch: () => new Response(null), port: 0, hostname: '127.0.0.1' });
    await new Promise((resolve) => closed.once('listening', resolve));
    const gone = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
    await new Promise((resolve) => closed.close(resolve));
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), gateway: gone }), { mode: 0o600 });
    const logout = await kw(['logout'], { config, cwd });
    expect(logout.code).toBe(1);
    expect(logout.err).toContain(`logged out of ${gone}`);
    expect(logout.err).toContain('the personal access token may still be valid');
    expect(logout.err).toContain(`${gone}/admin/tokens`);
    expect(logout.err).not.toContain(own);
    expect(readdirSync(join(config, 'keywarden'))).toEqual([]);
    // Not revoked: it still works where it was issued.
    await call('GET', '/api/v1/users/me', undefined, own, [200]);
  }, 60_000);

  it('takes the token from stdin with --token - (out of ps and the shell history)', async () => {
    const { config, cwd } = dirs();
    const login = await kw(['--gateway', gatewayUrl, 'login', '--token', '-'], { config, cwd, stdin: `${pat}\n` });
    expect(login.code, login.err).toBe(0);
    expect(JSON.parse(readFileSync(join(config, 'keywarden', 'credentials.json'), 'utf8')).token).toBe(pat);
    expect((await kw(['--gateway', gatewayUrl, 'login', '--token', '-'], { config: dirs().config, cwd, stdin: '' })).code).toBe(2);
  }, 60_000);

  it('refuses a token the gateway does not know, storing nothing', async () => {
    const { config, cwd } = dirs();
    const login = await kw(['--gateway', gatewayUrl, 'login', '--token', 'kwp_notarealtoken'], { config, cwd });
    expect(login.code).toBe(1);
    expect(login.err).toContain('ERR_UNAUTHENTICATED');
    expect(readdirSync(config)).toEqual([]);
  }, 60_000);

  it('kw run gives the command the environment: `true`, and the secret in no output and no file', async () => {
    const { config, cwd } = dirs();
    expect((await kw(['--gateway', gatewayUrl, 'login', '--token', pat], { config, cwd })).code).toBe(0);
    const result = await kw(['run', '--app', 'web-shop', '--', 'node', '-e', `console.log(process.env.DATABASE_PASSWORD === '${SECRET}', process.env.LOG_LEVEL)`], { config, cwd });
    expect(result.code, result.err).toBe(0);
    expect(result.out).toBe('true debug\n');
    expect(result.err).toContain('with 2 variables of web-shop (production)');
    // The argv above carries the value to compare with, as the example does; kw's own output must not.
    expect(result.err).not.toContain(SECRET);
    for (const { path, text } of [...filesUnder(config), ...filesUnder(cwd)]) expect(text, path).not.toContain(SECRET);
  }, 60_000);

  it("passes the child's exit code through, 128 + the signal when a signal ended it, and forwards SIGTERM", async () => {
    const { config, cwd } = dirs();
    const env = { KW_TOKEN: pat, KW_GATEWAY_URL: gatewayUrl };
    const seven = await kw(['run', '--app', 'web-shop', '--', 'node', '-e', 'process.exit(7)'], { config, cwd, env });
    expect(seven.code).toBe(7);
    const killed = await kw(['run', '--app', 'web-shop', '--', 'node', '-e', "process.kill(process.pid, 'SIGKILL')"], { config, cwd, env });
    expect(killed.code).toBe(137);
    let sent = false;
    const forwarded = await kw(['run', '--app', 'web-shop', '--', 'node', '-e',
      "process.on('SIGTERM', () => { console.log('child got SIGTERM'); process.exit(3); }); console.log('ready'); setInterval(() => {}, 1000);"], {
      config, cwd, env, onOut: (out, kill) => {
        if (!sent && out.includes('ready')) {
          sent = true;
          kill('SIGTERM');
        }
      },
    });
    expect(forwarded.out).toBe('ready\nchild got SIGTERM\n');
    expect(forwarded.code).toBe(3);
    const missing = await kw(['run', '--app', 'web-shop', '--', 'no-such-command-kw'], { config, cwd, env });
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('no-such-command-kw: command not found');
  }, 90_000);

  it('kw env lists the variables with scope and masked values; --reveal needs a reason and shows them', async () => {
    const { config, cwd } = dirs();
    const env = { KW_TOKEN: pat, KW_GATEWAY_URL: gatewayUrl };
    const masked = await kw(['env', '--app', 'web-shop'], { config, cwd, env });
    expect(masked.code, masked.err).toBe(0);
    expect(masked.out).toMatch(/DATABASE_PASSWORD\s+application\s+SHOP_DB@1\s+••••••/);
    expect(masked.out).not.toContain(SECRET);
    const revealed = await kw(['--json', 'env', '--app', 'web-shop', '--reveal', '--reason', 'debugging the checkout'], { config, cwd, env });
    expect(revealed.code, revealed.err).toBe(0);
    const variables = JSON.parse(revealed.out).variables as Array<{ key: string; value: string }>;
    expect(variables.find((v) => v.key === 'DATABASE_PASSWORD')?.value).toBe(SECRET);
    const unknown = await kw(['env', '--app', 'no-such-app'], { config, cwd, env });
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('no application "no-such-app"');
  }, 60_000);

  it('@keywarden/client refreshes a session once on a 401 and retries, saving the rotated tokens; errors carry the problem code', async () => {
    let stored: SessionTokens = { accessToken: 'not-a-valid-access-token', refreshToken };
    const saved: SessionTokens[] = [];
    const client = createKeywardenClient({ baseUrl: gatewayUrl, session: { load: () => stored, save: (t) => void saved.push(stored = t) } });
    const me = await client.call(client.GET('/api/v1/users/me'));
    expect(me.user.email).toBe('dev@keywarden.test');
    expect(saved).toHaveLength(1);
    expect(saved[0]!.refreshToken).not.toBe(refreshToken);
    const error = await client.call(client.GET('/api/v1/applications/{applicationId}', { params: { path: { applicationId: 'not-a-uuid' }, query: { organizationId: randomUUID() } } }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KeywardenApiError);
    expect((error as KeywardenApiError).code).toMatch(/^ERR_/);
    expect((error as KeywardenApiError).status).toBeGreaterThanOrEqual(400);
    const withPat = createKeywardenClient({ baseUrl: gatewayUrl, token: 'kwp_wrong' });
    const refused = await withPat.call(withPat.GET('/api/v1/users/me')).catch((e: unknown) => e);
    expect((refused as KeywardenApiError).code).toBe('ERR_UNAUTHENTICATED');
  }, 60_000);

  it('records each reveal of kw run with the reason "kw run": the SecretRevealed event and the audit trail', async () => {
    const { nc, namespace } = platform.gateway.deps;
    const reasons: string[] = [];
    await replayStream(nc, { context: 'secrets', namespace, handleBatch: async (events) => {
      for (const e of events) if (e.type === 'SecretRevealed' && (e.data as { secretId: string }).secretId === secretId) reasons.push((e.data as { reason: string }).reason);
    } });
    expect(reasons).toContain('kw run');
    const trail = await eventually(async () => {
      const page = await call('GET', `/api/v1/audit?action=SecretRevealed&resourceId=${secretId}`);
      return (page['entries'] as unknown[]).length > 0 ? page['entries'] as Json[] : undefined;
    }, { timeoutMs: 30_000, message: 'the audit trail has the reveal' });
    expect(trail[0]!['resourceId']).toBe(secretId);
  }, 60_000);

  it('POST /api/v1/secrets/reveal refuses a request it cannot serve whole with a problem, revealing nothing', async () => {
    const problem = async (body: unknown) => {
      const response = await platform.gateway.request('/api/v1/secrets/reveal', {
        method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` }, body: JSON.stringify(body),
      });
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      return { status: response.status, code: ((await response.json()) as Json)['code'] };
    };
    const one = { secretId, version: 1 };
    expect(await problem({ reason: 'kw run', secrets: Array.from({ length: 257 }, () => one) })).toEqual({ status: 400, code: 'ERR_VALIDATION' });
    expect(await problem({ reason: 'kw run', secrets: [] })).toEqual({ status: 400, code: 'ERR_VALIDATION' });
    expect(await problem({ secrets: [one] })).toEqual({ status: 400, code: 'ERR_VALIDATION' });
    expect(await problem({ reason: 'kw run', secrets: [{ secretId: 'not-an-id' }] })).toEqual({ status: 400, code: 'ERR_VALIDATION' });
    expect(await problem({ reason: 'kw run', secrets: [one, { secretId: randomUUID() }] })).toEqual({ status: 404, code: 'ERR_NOT_FOUND' });
  }, 60_000);

  it('kw secrets set takes the value on stdin (never argv), list shows no value, get reveals it', async () => {
    const { config, cwd } = dirs();
    const env = { KW_TOKEN: pat, KW_GATEWAY_URL: gatewayUrl };
    const value = `api-key-${randomUUID()}`;
    const set = await kw(['secrets', 'set', 'shop', 'API_KEY'], { config, cwd, env, stdin: `${value}\n` });
    expect(set.code, set.err).toBe(0);
    expect(set.out).toMatch(/^shop\/API_KEY is at version 1 /);
    const list = await kw(['secrets', 'list', 'shop'], { config, cwd, env });
    expect(list.code, list.err).toBe(0);
    expect(list.out).toMatch(/shop\s+API_KEY\s+1/);
    expect(list.out).not.toContain(value);
    const get = await kw(['secrets', 'get', 'shop', 'API_KEY', '--reason', 'rotating the key'], { config, cwd, env });
    expect(get.out).toBe(`${value}\n`);
    const empty = await kw(['secrets', 'set', 'shop', 'EMPTY'], { config, cwd, env });
    expect(empty.code).toBe(2);
  }, 60_000);

  it('kw deploy --wait follows the deployment until it succeeded; kw connections lists none yet', async () => {
    const { config, cwd } = dirs();
    const env = { KW_TOKEN: pat, KW_GATEWAY_URL: gatewayUrl };
    const deploy = await kw(['deploy', 'web-shop', '1.0.0', '--wait'], { config, cwd, env });
    expect(deploy.code, deploy.err).toBe(0);
    expect(deploy.out).toBe('web-shop 1.0.0: succeeded\n');
    expect(deploy.err).toMatch(/^deployment \S+ of web-shop 1\.0\.0: (pending|in_progress|succeeded)/);
    const connections = await kw(['--json', 'connections'], { config, cwd, env });
    expect(connections.code, connections.err).toBe(0);
    expect(JSON.parse(connections.out)).toEqual({ accounts: [] });
  }, 90_000);

  it('kw login through the browser: the signed-in user approves on /cli/authorize, kw stores a PAT named for the machine; the code works once; Deny fails the login', async () => {
    const { config, cwd } = dirs();
    const browser = await launchConsoleBrowser();
    try {
      const approveIn = async (url: string, button: 'Approve' | 'Deny') => {
        await browser.page.goto(url);
        const ask = browser.page.getByText(/kw on .+ asks for access to your account/);
        const email = browser.page.getByLabel('E-mail');
        try {
          await ask.or(email).first().waitFor();
          // Not signed in yet: the console asks first, then comes back to the request.
          if (await email.isVisible()) {
            await email.fill('dev@keywarden.test');
            await browser.page.getByLabel('Password').fill(PASSWORD);
            await browser.page.getByRole('button', { name: 'Sign in' }).click();
          }
          await ask.waitFor();
        } catch (error) {
          throw new Error(`${browser.page.url()}: ${(await browser.page.locator('body').innerText()).slice(0, 300)}`, { cause: error });
        }
        await browser.page.getByRole('button', { name: button }).click();
        await browser.page.waitForURL(/^http:\/\/127\.0\.0\.1:\d+\/callback\?/);
        return browser.page.url();
      };
      let callbackUrl = '';
      let browsing: Promise<void> | undefined;
      const login = await kw(['--gateway', gatewayUrl, 'login'], { config, cwd, env: { KW_BROWSER: 'none' }, onErr: (err) => {
        const url = /https?:\/\/\S+\/cli\/authorize\?\S+/.exec(err)?.[0];
        if (url && !browsing) browsing = approveIn(url, 'Approve').then((u) => void (callbackUrl = u));
      } });
      await browsing;
      expect(login.code, login.err).toBe(0);
      expect(login.out).toContain('as dev@keywarden.test');
      // Only the one-time code crossed a URL, never a token.
      expect(callbackUrl).toMatch(/[?&]code=kwc_/);
      expect(callbackUrl).not.toContain('kwp_');
      const stored = JSON.parse(readFileSync(join(config, 'keywarden', 'credentials.json'), 'utf8')) as { token: string; tokenId: string };
      expect(stored.token).toMatch(/^kwp_/);
      expect(statSync(join(config, 'keywarden', 'credentials.json')).mode & 0o777).toBe(0o600);
      const { personalAccessTokens } = await call('GET', '/api/v1/users/me/tokens');
      const made = (personalAccessTokens as Json[]).find((t) => t['tokenId'] === stored.tokenId)!;
      expect(made['name']).toMatch(/^kw on /);
      expect(made['scopes']).toContain('secrets:reveal');
      const whoami = await kw(['--json', 'whoami'], { config, cwd });
      expect(JSON.parse(whoami.out).user.email).toBe('dev@keywarden.test');
      // The code is spent: again (even with a verifier) it is refused.
      const code = new URL(callbackUrl).searchParams.get('code');
      await call('POST', '/api/v1/auth/cli/token', { code, codeVerifier: 'x'.repeat(43), redirectUri: callbackUrl.split('?')[0] }, '', [401]);

      let denying: Promise<void> | undefined;
      const denied = await kw(['--gateway', gatewayUrl, 'login'], { ...dirs(), env: { KW_BROWSER: 'none' }, onErr: (err) => {
        const url = /https?:\/\/\S+\/cli\/authorize\?\S+/.exec(err)?.[0];
        if (url && !denying) denying = approveIn(url, 'Deny').then(() => undefined);
      } });
      await denying;
      expect(denied.code).toBe(1);
      expect(denied.err).toContain('the login was not approved (access_denied)');
      expect(browser.problems).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 180_000);
});
