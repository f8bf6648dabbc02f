// The connect attempt bound to a browser (the hash of the gateway's HttpOnly
// cookie) and to the user who started it, its expiry, and reconnecting an
// existing account: same account id, a new grant generation, and only with the
// same person at the provider.
import { sha256Hex } from '@keywarden/crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { admin, connectGitLab, REDIRECT, startHarness, type Harness } from './test-support/harness.js';

let h: Harness;
let providerAppId = '';
let accountId = '';
const ann: { userId: string; roles: string[]; organizationId: string } = { userId: 'user-ann', roles: [], organizationId: '' };
const bob = { userId: 'user-bob', roles: [], organizationId: '' };
const binding = sha256Hex('binding-of-anns-browser');

beforeAll(async () => {
  h = await startHarness();
  ({ providerAppId, accountId } = await connectGitLab(h, ann.userId, { id: 7, username: 'ann' }));
  h.gitlab.addUser({ id: 8, username: 'bob' });
});
afterAll(async () => {
  await h?.stop();
});

/** The provider's redirect back (GitLab user `gitlabUser` clicks Authorize): state and code. */
async function authorize(authorizeUrl: string, gitlabUser = 7): Promise<{ state: string; code: string }> {
  h.gitlab.signIn(gitlabUser);
  const response = await fetch(authorizeUrl, { redirect: 'manual' });
  const back = new URL(response.headers.get('location') ?? 'http://missing/');
  return { state: back.searchParams.get('state') ?? '', code: back.searchParams.get('code') ?? '' };
}

const start = (actor = ann, extra: Record<string, string> = { bindingHash: binding }) =>
  h.rpc('oauth.StartConnect', { actor, providerAppId, redirectUri: REDIRECT, ...extra });

async function grantOf(id: string) {
  const [row] = await h.brokers[0]!.deps.database!.sql`select a.generation, g.access_token_ciphertext from accounts a join account_grants g on g.account_id = a.id where a.id = ${id}`;
  return row as { generation: number; access_token_ciphertext: string };
}

describe('connect attempts bound to a browser and a user', () => {
  it('completes a bound attempt only with the same binding, and a browser callback only for a bound attempt', async () => {
    const noCookie = await authorize((await start()).authorizeUrl);
    await expect(h.rpc('oauth.CompleteConnect', { actor: ann, ...noCookie })).rejects.toMatchObject({ code: 'ERR_CONNECT_NOT_BOUND', status: 403 });
    const otherBrowser = await authorize((await start()).authorizeUrl);
    await expect(h.rpc('oauth.CompleteConnect', { actor: ann, ...otherBrowser, bindingHash: sha256Hex('another browser'), browser: true }))
      .rejects.toMatchObject({ code: 'ERR_CONNECT_NOT_BOUND' });
    // The refused attempt is spent: presenting it again with the right binding is no use.
    await expect(h.rpc('oauth.CompleteConnect', { actor: ann, ...otherBrowser, bindingHash: binding, browser: true }))
      .rejects.toMatchObject({ code: 'ERR_CONNECT_STATE_INVALID' });
    const unbound = await authorize((await start(ann, {})).authorizeUrl);
    await expect(h.rpc('oauth.CompleteConnect', { actor: ann, ...unbound, bindingHash: binding, browser: true })).rejects.toMatchObject({ code: 'ERR_CONNECT_NOT_BOUND' });

    const done = await h.rpc('oauth.CompleteConnect', { actor: ann, ...(await authorize((await start()).authorizeUrl)), bindingHash: binding, browser: true });
    // The same GitLab user again: the account it already had, renewed.
    expect(done).toMatchObject({ account: { accountId, status: 'active' }, reconnected: false });
  });

  it("refuses another user's attempt (a forwarded link) and attaches nothing to anyone", async () => {
    const accountsBefore = await h.events('AccountConnected');
    const attackers = await authorize((await start(bob)).authorizeUrl, 7);
    await expect(h.rpc('oauth.CompleteConnect', { actor: ann, ...attackers, bindingHash: binding, browser: true }))
      .rejects.toMatchObject({ code: 'ERR_CONNECT_WRONG_USER', status: 403 });
    await expect(h.rpc('oauth.CompleteConnect', { actor: bob, ...attackers })).rejects.toMatchObject({ code: 'ERR_CONNECT_STATE_INVALID' });
    expect(await h.events('AccountConnected')).toHaveLength(accountsBefore.length);
    expect((await h.rpc('oauth.ListAccounts', { actor: bob, userId: '', all: false })).accounts).toEqual([]);
  });

  it('says an attempt expired when it did, and refuses a malformed binding', async () => {
    const late = await authorize((await start()).authorizeUrl);
    h.clock.advanceMinutes(11);
    await expect(h.rpc('oauth.CompleteConnect', { actor: ann, ...late, bindingHash: binding, browser: true })).rejects.toMatchObject({ code: 'ERR_CONNECT_STATE_EXPIRED', status: 400 });
    await expect(h.rpc('oauth.CompleteConnect', { actor: ann, state: 'never-issued', code: 'x', bindingHash: binding, browser: true }))
      .rejects.toMatchObject({ code: 'ERR_CONNECT_STATE_INVALID' });
    await expect(start(ann, { bindingHash: 'not-a-digest' })).rejects.toMatchObject({ code: 'ERR_VALIDATION' });
  });
});

describe('reconnect', () => {
  it('keeps the account id and records a new generation (AccountConnected)', async () => {
    const before = await grantOf(accountId);
    const started = await h.rpc('oauth.StartConnect', { actor: ann, providerAppId: '', redirectUri: REDIRECT, bindingHash: binding, accountId });
    const done = await h.rpc('oauth.CompleteConnect', { actor: ann, ...(await authorize(started.authorizeUrl)), bindingHash: binding, browser: true });
    expect(done).toMatchObject({ account: { accountId, status: 'active', generation: before.generation + 1 }, reconnected: true });
    const connected = (await h.events('AccountConnected')).filter((e) => e.stream_id === `account-${accountId}`).at(-1)!;
    expect(connected.data).toMatchObject({ accountId, userId: ann.userId, generation: before.generation + 1 });
    expect((await grantOf(accountId)).access_token_ciphertext).not.toBe(before.access_token_ciphertext);
  });

  it('changes nothing when the person at the provider is someone else', async () => {
    const before = await grantOf(accountId);
    const started = await h.rpc('oauth.StartConnect', { actor: ann, providerAppId: '', redirectUri: REDIRECT, bindingHash: binding, accountId });
    await expect(h.rpc('oauth.CompleteConnect', { actor: ann, ...(await authorize(started.authorizeUrl, 8)), bindingHash: binding, browser: true }))
      .rejects.toMatchObject({ code: 'ERR_CONNECT_WRONG_ACCOUNT', status: 409 });
    expect(await grantOf(accountId)).toEqual(before);
  });

  it("is for the account's owner: strangers learn nothing, administrators are refused, app grants have nothing to reconnect", async () => {
    const reconnect = (actor: typeof ann, id = accountId) => h.rpc('oauth.StartConnect', { actor, providerAppId: '', redirectUri: REDIRECT, accountId: id });
    await expect(reconnect(bob)).rejects.toMatchObject({ code: 'ERR_NOT_FOUND' });
    await expect(reconnect(admin)).rejects.toMatchObject({ code: 'ERR_FORBIDDEN' });
    await expect(reconnect(ann, '0b6f3c8e-6a59-4d1e-9c3e-4f7f9d2a1b11')).rejects.toMatchObject({ code: 'ERR_ACCOUNT_NOT_FOUND' });
    h.feishu.addApp({ appId: 'cli_rc', appSecret: 'feishu-secret-rc' });
    const feishu = await h.rpc('oauth.ConfigureProviderApp', { actor: admin, provider: 'feishu', name: 'Feishu', baseUrl: h.feishu.url, clientId: 'cli_rc', clientSecret: 'feishu-secret-rc' });
    const { account } = await h.rpc('oauth.ConnectAppGrant', { actor: admin, providerAppId: feishu.providerAppId, grantKind: 'tenant', installationId: '' });
    await expect(reconnect(admin, account!.accountId)).rejects.toMatchObject({ code: 'ERR_UNSUPPORTED' });
    await expect(h.rpc('oauth.StartConnect', { actor: ann, providerAppId: feishu.providerAppId, redirectUri: REDIRECT, accountId }))
      .rejects.toMatchObject({ code: 'ERR_VALIDATION' });
  });
});
