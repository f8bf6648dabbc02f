import { generateKeyPairSync, createVerify, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { appendToStream } from '@keywarden/event-store';
import { loadConfig, startService, type RunningService } from '@keywarden/runtime';
import { createTestDatabase, eventually, type TestDatabase } from '@keywarden/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { admin, connectGitLab, connectUser, quiet, REDIRECT, startHarness, type Harness } from './test-support/harness.js';

let h: Harness;
let identity: RunningService;
let identityDb: TestDatabase;
let github: Server;
let githubUrl: string;
const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const minted: string[] = [];

beforeAll(async () => {
  h = await startHarness({ instances: 1 });
  // A stand-in for GitHub's installation token endpoint that checks the app JWT (RS256) like GitHub does.
  github = createServer((req, res) => {
    const [header, payload, signature] = String(req.headers['authorization'] ?? '').replace(/^Bearer /, '').split('.');
    const valid = createVerify('RSA-SHA256').update(`${header}.${payload}`).verify(publicKey, Buffer.from(signature ?? '', 'base64url'));
    const claims = valid ? (JSON.parse(Buffer.from(payload!, 'base64url').toString()) as { iss: string; exp: number; iat: number }) : undefined;
    if (req.method !== 'POST' || req.url !== '/app/installations/777/access_tokens' || claims?.iss !== '12345' || claims.exp - claims.iat > 600) {
      res.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ message: 'A JSON web token could not be decoded' }));
      return;
    }
    const token = `ghs_${randomUUID()}`;
    minted.push(token);
    res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ token, expires_at: new Date(h.clock.now().getTime() + 3_600_000).toISOString() }));
  });
  await new Promise<void>((resolve) => github.listen(0, '127.0.0.1', resolve));
  githubUrl = `http://127.0.0.1:${(github.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await identity?.stop();
  await identityDb?.drop();
  github?.close();
  await h?.stop();
});

describe('connect, status, disconnect', () => {
  it('starts the connect flow with state and PKCE S256, and refuses a replayed or foreign state', async () => {
    const { providerAppId } = await connectGitLab(h, 'user-1', { id: 7, username: 'ann' });
    const start = await h.rpc('oauth.StartConnect', { actor: { userId: 'user-1', roles: [], organizationId: '' }, providerAppId, redirectUri: REDIRECT });
    const url = new URL(start.authorizeUrl);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(url.searchParams.get('state')).toBe(start.state);
    await expect(h.rpc('oauth.CompleteConnect', { actor: { userId: 'user-2', roles: [], organizationId: '' }, state: start.state, code: 'x' }))
      .rejects.toMatchObject({ code: 'ERR_CONNECT_WRONG_USER' });
    await expect(h.rpc('oauth.CompleteConnect', { actor: { userId: 'user-1', roles: [], organizationId: '' }, state: start.state, code: 'x' }))
      .rejects.toMatchObject({ code: 'ERR_CONNECT_STATE_INVALID' });
    await expect(h.rpc('oauth.StartConnect', { actor: admin, providerAppId, redirectUri: 'javascript:alert(1)' })).rejects.toMatchObject({ code: 'ERR_VALIDATION' });
    await expect(h.rpc('oauth.ConfigureProviderApp', { actor: { userId: 'user-1', roles: [], organizationId: '' }, provider: 'gitlab', name: 'x', clientId: 'y', clientSecret: 'z' }))
      .rejects.toMatchObject({ code: 'ERR_FORBIDDEN' });
  });

  it('lists provider apps to any signed-in user, without secrets, and to no one else', async () => {
    const { providerAppId } = await connectGitLab(h, 'user-9', { id: 9, username: 'lia' });
    const { providerApps } = await h.rpc('oauth.ListProviderApps', { actor: { userId: 'user-9', roles: [], organizationId: '' } });
    const listed = providerApps.find((a) => a.providerAppId === providerAppId);
    expect(listed).toMatchObject({ provider: 'gitlab', status: 'active' });
    expect(listed?.clientSecretFingerprint).toMatch(/\S/);
    expect(JSON.stringify(providerApps)).not.toContain('gl-client-secret-1');
    await expect(h.rpc('oauth.ListProviderApps', {})).rejects.toMatchObject({ code: 'ERR_UNAUTHENTICATED' });
  });

  it('connects a generic OAuth2 app through RFC 8414 discovery', async () => {
    h.gitlab.addApp({ clientId: 'generic', clientSecret: 'generic-secret' });
    const { providerAppId } = await h.rpc('oauth.ConfigureProviderApp', {
      actor: admin, provider: 'oauth2', name: 'Generic', issuer: h.gitlab.url, clientId: 'generic', clientSecret: 'generic-secret', defaultExpiresInSeconds: 900,
    });
    const accountId = await connectUser(h, providerAppId, 'user-9', () => h.gitlab.signIn(7));
    const token = await h.rpc('oauth.GetAccessToken', { accountId, minValidMinutes: 5 });
    expect(token.accessToken).toMatch(/^glpat-sim-/);
    const before = h.gitlab.refreshCount();
    await h.rpc('oauth.RefreshAccount', { actor: { userId: 'user-9', roles: [], organizationId: '' }, accountId });
    expect(h.gitlab.refreshCount()).toBe(before + 1);
  });

  it('mints GitHub App installation tokens from the app private key (RS256 JWT)', async () => {
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const { providerAppId } = await h.rpc('oauth.ConfigureProviderApp', {
      actor: admin, provider: 'github_app', name: 'GitHub App', clientId: '12345', privateKeyPem: pem, apiUrl: githubUrl,
    });
    const { account } = await h.rpc('oauth.ConnectAppGrant', { actor: admin, providerAppId, grantKind: 'installation', installationId: '777' });
    expect(account).toMatchObject({ grantKind: 'installation', status: 'active' });
    const token = await h.rpc('oauth.GetAccessToken', { accountId: account!.accountId, minValidMinutes: 30 });
    expect(token).toMatchObject({ accessToken: minted[0], usernameHint: 'x-access-token' });
    h.clock.advanceMinutes(55);
    const renewed = await h.rpc('oauth.GetAccessToken', { accountId: account!.accountId, minValidMinutes: 30 });
    expect(renewed.accessToken).toBe(minted[1]);
    const sql = h.brokers[0]!.deps.database!.sql;
    const dump = JSON.stringify(await sql`select * from provider_app_credentials`);
    expect(dump).not.toContain('PRIVATE KEY');
  });

  it('disconnects with revocation at GitLab, and UserDisabled from identity disconnects the user\'s accounts', async () => {
    const { accountId } = await connectGitLab(h, 'user-5', { id: 55, username: 'eve' });
    const second = (await connectGitLab(h, 'user-5', { id: 56, username: 'eve2' })).accountId;
    const listed = await h.rpc('oauth.ListAccounts', { actor: { userId: 'user-5', roles: [], organizationId: '' } });
    expect(listed.accounts.map((a) => a.accountId).sort()).toEqual([accountId, second].sort());
    expect((await h.rpc('oauth.ListAccounts', { actor: { userId: 'user-6', roles: [], organizationId: '' }, userId: 'user-5' })).accounts).toEqual([]);

    const revokes = h.gitlab.hits.get('POST /oauth/revoke') ?? 0;
    const done = await h.rpc('oauth.DisconnectAccount', { actor: { userId: 'user-5', roles: [], organizationId: '' }, accountId });
    expect(done.revokedAtProvider).toBe(true);
    expect(h.gitlab.hits.get('POST /oauth/revoke')).toBe(revokes + 1);
    await expect(h.rpc('oauth.GetAccessToken', { accountId, minValidMinutes: 1 })).rejects.toMatchObject({ code: 'ERR_ACCOUNT_NOT_USABLE' });

    // A fake identity: its own database and stream; the broker's consumer attaches once the stream exists.
    identityDb = await createTestDatabase('oauth_identity');
    identity = await startService(
      { name: 'identity', context: 'identity', build: () => ({}) },
      loadConfig('identity', { KW_NATS_URL: h.natsUrl, KW_DATABASE_URL: identityDb.url, KW_BUS_NAMESPACE: h.namespace, KW_LOG_LEVEL: 'silent' }),
      { logDestination: quiet },
    );
    await identity.deps.database!.db.transaction((tx) =>
      appendToStream(tx, 'user-user-5', [{ type: 'UserDisabled', data: { userId: 'user-5', actorUserId: 'admin-1', reason: 'left the company' } }], { expectedVersion: 'no_stream' }),
    );
    const disconnected = await eventually(async () => {
      const events = (await h.events('AccountDisconnected')).filter((e) => e.data['reason'] === 'user_disabled');
      return events.length > 0 ? events : undefined;
    }, { timeoutMs: 20_000 });
    expect(disconnected.map((e) => e.data['accountId'])).toEqual([second]);
    expect(disconnected[0]!.data).toMatchObject({ userId: 'user-5', actorUserId: 'admin-1', revokedAtProvider: true });
    const [grant] = await h.brokers[0]!.deps.database!.sql`select count(*)::int as n from account_grants where account_id in (${accountId}, ${second})`;
    expect(grant!['n']).toBe(0);
  }, 40_000);
});
