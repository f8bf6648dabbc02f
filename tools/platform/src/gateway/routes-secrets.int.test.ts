// /api/v1/secrets against the real secrets-vault (in-process, real nats-server
// and PostgreSQL) and the HashiCorp Vault simulator.
import { Writable } from 'node:stream';
import { randomUUID } from 'node:crypto';
import { closeBus, connectBus, ensureEventStream, eventPublisher } from '@keywarden/bus';
import { generateMasterKey } from '@keywarden/crypto';
import { pat, routeTestApp, send, session, secretsRoutes, type RouteTestApp } from '@keywarden/gateway/testing';
import { loadConfig, startService, type RunningService } from '@keywarden/runtime';
import { extraConfig, secretsVaultService } from '@keywarden/secrets-vault';
import { startVaultSimulator, type VaultSimulator } from '@keywarden/simulators';
import { createTestDatabase, eventually, testBus, type TestDatabase } from '@keywarden/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CANARY = 'postgres://app:canary-Zq81-value@db.internal/app';
const admin = session('admin-1', ['admin']);
const dev = session('dev-1');

let db: TestDatabase;
let nc: Awaited<ReturnType<typeof connectBus>>;
let vaultService: RunningService;
let simulator: VaultSimulator;
let app: RouteTestApp;
let groupId = '';
let secretId = '';
let syncedProviderId = '';

beforeAll(async () => {
  db = await createTestDatabase('gw_secrets');
  const { natsUrl, namespace } = testBus();
  simulator = await startVaultSimulator();
  nc = await connectBus({ servers: natsUrl, name: 'gateway-secrets-test' });
  await ensureEventStream(nc, 'gitops', { namespace });
  await ensureEventStream(nc, 'deploy', { namespace });
  const env = {
    KW_NATS_URL: natsUrl, KW_DATABASE_URL: db.url, KW_BUS_NAMESPACE: namespace, KW_LOG_LEVEL: 'silent',
    KW_MASTER_KEYS: `1:${generateMasterKey()}`, KW_SECRETS_REWRAP_ON_START: 'false',
  };
  vaultService = await startService(secretsVaultService(), loadConfig('secrets-vault', env, extraConfig), { logDestination: new Writable({ write: (_c, _e, cb) => cb() }) });
  app = routeTestApp('/api/v1/secrets', secretsRoutes, { nc: vaultService.deps.nc, namespace });
  // Project variables need a project the vault heard of from gitops-sync.
  const [published] = await eventPublisher(nc, { source: 'gitops-sync', namespace })([{
    eventId: randomUUID(), type: 'ProjectCreated', streamId: 'project-shop', streamVersion: 1, recordedAt: new Date(), metadata: {},
    data: { projectId: 'shop', organizationId: randomUUID(), name: 'Shop', slug: 'shop', repositoryUrl: 'https://gitlab.com/acme/shop', provider: 'gitlab', branch: 'main',
      environments: ['staging'], actorUserId: 'admin-1' },
  }]);
  expect(published?.status).toBe('acked');
  app.as(admin);
  await eventually(async () => (await app.request('/api/v1/secrets/projects/shop/env-vars')).status === 200, { timeoutMs: 15_000, message: 'the vault knows the project' });
});

afterAll(async () => {
  await vaultService?.stop();
  if (nc) await closeBus(nc);
  await simulator?.close();
  await db?.drop();
});

const read = async <T = Record<string, unknown>>(response: Response | Promise<Response>, status = 200): Promise<T> => {
  const r = await response;
  const text = await r.text();
  expect(r.status, text).toBe(status);
  return (text ? JSON.parse(text) : {}) as T;
};

describe('/api/v1/secrets', () => {
  it('keeps versioned secrets: put, list, history, rollback, reveal and export (no-store), delete', async () => {
    app.as(dev);
    groupId = (await read<{ group: { groupId: string } }>(app.request('/api/v1/secrets/groups', send('POST', { name: 'payments', description: 'prod' })), 201)).group.groupId;
    const put = await read<{ secret: { secretId: string; version: number; preview: string }; changed: boolean }>(
      app.request(`/api/v1/secrets/groups/${groupId}/secrets`, send('POST', { name: 'DATABASE_URL', value: CANARY })));
    secretId = put.secret.secretId;
    expect(put).toMatchObject({ changed: true, secret: { version: 1, preview: expect.stringContaining('****') } });
    await read(app.request(`/api/v1/secrets/groups/${groupId}/secrets`, send('POST', { name: 'DATABASE_URL', value: 'postgres://v2', replace: true })));

    const list = await app.request(`/api/v1/secrets/groups/${groupId}/secrets`);
    const listed = await list.text();
    expect(listed).not.toContain('canary-Zq81');
    expect(JSON.parse(listed)).toMatchObject({ secrets: [{ secretId, name: 'DATABASE_URL', version: 2 }] });
    expect((await read<{ groups: unknown[] }>(app.request('/api/v1/secrets/groups'))).groups).toEqual([expect.objectContaining({ groupId, secretCount: 1 })]);

    const versions = await read<{ versions: Array<{ version: number }> }>(app.request(`/api/v1/secrets/${secretId}/versions`));
    expect(versions.versions.map((v) => v.version)).toEqual([2, 1]);
    expect(await read(app.request(`/api/v1/secrets/${secretId}/rollback`, send('POST', { toVersion: 1 })))).toMatchObject({ secret: { version: 3 } });

    // Reveal and export need the reveal permission, which only administrators hold.
    app.as(admin);
    const revealed = await app.request(`/api/v1/secrets/${secretId}/reveal`, send('POST', { reason: 'incident 42' }));
    expect(revealed.headers.get('cache-control')).toBe('no-store');
    expect(await read(revealed)).toEqual({ value: CANARY, version: 3 });
    const exported = await app.request(`/api/v1/secrets/groups/${groupId}/export`, send('POST', { reason: 'migration' }));
    expect(exported.headers.get('cache-control')).toBe('no-store');
    expect(await read(exported)).toMatchObject({ count: 1, content: expect.stringContaining('canary-Zq81') });

    const imported = await read(app.request(`/api/v1/secrets/groups/${groupId}/import`, send('POST', { format: 'dotenv', content: 'API_KEY=abc123\nDATABASE_URL=x\n' })));
    expect(imported).toMatchObject({ created: ['API_KEY'], skipped: ['DATABASE_URL'] });
    const apiKey = (await read<{ secrets: Array<{ secretId: string; name: string }> }>(app.request(`/api/v1/secrets/groups/${groupId}/secrets`))).secrets.find((x) => x.name === 'API_KEY');
    expect((await app.request(`/api/v1/secrets/${apiKey!.secretId}`, { method: 'DELETE' })).status).toBe(204);
  });

  it('sets, lists and deletes global and project variables, and imports a group into a project', async () => {
    // Global variables reach every organization: only platform administrators change them.
    app.as(dev);
    expect((await app.request('/api/v1/secrets/env-vars/LOG_LEVEL', send('PUT', { value: 'debug' }))).status).toBe(403);
    app.as(admin);
    expect(await read(app.request('/api/v1/secrets/env-vars/LOG_LEVEL', send('PUT', { value: 'debug' })))).toMatchObject({ envVar: { scope: 'global', key: 'LOG_LEVEL', kind: 'plain' } });
    await read(app.request('/api/v1/secrets/projects/shop/env-vars/DB', send('PUT', { value: `@secret:${secretId}` })));
    expect((await read<{ envVars: Array<{ key: string }> }>(app.request('/api/v1/secrets/env-vars'))).envVars.map((v) => v.key)).toEqual(['LOG_LEVEL']);
    expect(await read(app.request('/api/v1/secrets/projects/shop/env-vars/import-group', send('POST', { groupId })))).toEqual({ imported: ['DATABASE_URL'], skipped: [] });
    const vars = await read<{ envVars: Array<{ key: string; kind: string }> }>(app.request('/api/v1/secrets/projects/shop/env-vars'));
    expect(vars.envVars.map((v) => [v.key, v.kind])).toEqual([['DATABASE_URL', 'secret_ref'], ['DB', 'secret_ref']]);
    expect((await app.request('/api/v1/secrets/projects/shop/env-vars/DB', { method: 'DELETE' })).status).toBe(204);
    expect((await app.request('/api/v1/secrets/env-vars/LOG_LEVEL', { method: 'DELETE' })).status).toBe(204);
  });

  it('configures and syncs a provider, and rotates the master key (administrators)', async () => {
    app.as(admin);
    simulator.addToken('root-token');
    simulator.put('secret', 'apps/web/mail', { SMTP_PASSWORD: 'smtp-pw-1' });
    const target = (await read<{ group: { groupId: string } }>(app.request('/api/v1/secrets/groups', send('POST', { name: 'synced' })), 201)).group.groupId;
    const { providerId } = await read<{ providerId: string }>(app.request('/api/v1/secrets/providers', send('POST', {
      name: 'vault', providerType: 'hashicorp-vault', groupId: target, settings: { address: simulator.url, mount: 'secret', path: 'apps/web', auth: { method: 'token', token: 'root-token' } },
    })), 201);
    syncedProviderId = providerId;
    expect(await read(app.request(`/api/v1/secrets/providers/${providerId}/sync`, { method: 'POST' }))).toMatchObject({ createdCount: 1 });
    expect(await read(app.request(`/api/v1/secrets/providers/${providerId}/sync`, { method: 'POST' }))).toMatchObject({ createdCount: 0, unchangedCount: 1 });
    expect(await read(app.request('/api/v1/secrets/master-key/rotate', { method: 'POST' }))).toMatchObject({ activeVersion: 1 });
  });

  it('refuses a personal access token without the scope before calling the vault', async () => {
    app.as(pat('admin-1', ['secrets:read', 'secrets:write'], ['admin']));
    expect((await app.request(`/api/v1/secrets/groups/${groupId}/secrets`)).status).toBe(200);
    const calls = app.calls.length;
    const refused = await app.request(`/api/v1/secrets/${secretId}/reveal`, send('POST', { reason: 'just looking' }));
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ code: 'ERR_FORBIDDEN', detail: expect.stringContaining('secrets:reveal') });
    expect((await app.request('/api/v1/secrets/master-key/rotate', { method: 'POST' })).status).toBe(403);
    expect(app.calls.length).toBe(calls);
  });

  it('refuses bad input before calling the vault', async () => {
    app.as(admin);
    const calls = app.calls.length;
    const bad = await app.request(`/api/v1/secrets/groups/${groupId}/secrets`, send('POST', { name: '', value: 42 }));
    expect(bad.status).toBe(400);
    const problem = (await bad.json()) as { code: string; errors: Array<{ path: string }> };
    expect(problem.code).toBe('ERR_VALIDATION');
    expect(problem.errors.map((e) => e.path).sort()).toEqual(['name', 'value']);
    expect((await app.request('/api/v1/secrets/groups/not-a-uuid/secrets')).status).toBe(400);
    expect((await app.request(`/api/v1/secrets/${secretId}/reveal`, send('POST', { reason: '' }))).status).toBe(400);
    expect((await app.request('/api/v1/secrets/env-vars/1-BAD', send('PUT', { value: 'x' }))).status).toBe(400);
    expect((await app.request('/api/v1/secrets/providers', send('POST', { name: 'x', providerType: 'dropbox', groupId, settings: {} }))).status).toBe(400);
    expect(app.calls.length).toBe(calls);
  });

  it("maps the vault's errors to problem+json with their code", async () => {
    app.as(dev);
    const missing = await app.request(`/api/v1/secrets/${randomUUID()}/versions`);
    expect(missing.headers.get('content-type')).toBe('application/problem+json');
    expect(await missing.json()).toMatchObject({ status: 404, code: 'ERR_NOT_FOUND' });
    const duplicate = await app.request('/api/v1/secrets/groups', send('POST', { name: 'payments' }));
    expect(duplicate.status).toBe(409);
    // A signed-in user who is not an administrator: the vault refuses the reveal.
    const reveal = await app.request(`/api/v1/secrets/${secretId}/reveal`, send('POST', { reason: 'curious' }));
    expect(await reveal.json()).toMatchObject({ status: 403, code: 'ERR_FORBIDDEN' });
  });
});

describe('/api/v1/secrets groups, search and providers', () => {
  it('renames and describes a group; deleting one in use is 409 listing each user, then it goes with its secrets', async () => {
    app.as(admin);
    const { group } = await read<{ group: { groupId: string } }>(app.request('/api/v1/secrets/groups', send('POST', { name: 'gw-group' })), 201);
    await read(app.request(`/api/v1/secrets/groups/${group.groupId}/secrets`, send('POST', { name: 'GW_KEY', value: 'gw-value' })));
    expect(await read(app.request(`/api/v1/secrets/groups/${group.groupId}`, send('PATCH', { description: 'for the gateway test' }))))
      .toMatchObject({ group: { name: 'gw-group', description: 'for the gateway test', secretCount: 1, createdAt: expect.any(String) } });
    await read(app.request('/api/v1/secrets/projects/shop/env-vars/ALL', send('PUT', { value: '@group:gw-group' })));
    for (const init of [send('PATCH', { name: 'gw-renamed' }), { method: 'DELETE' }]) {
      const refused = await app.request(`/api/v1/secrets/groups/${group.groupId}`, init);
      expect(refused.status).toBe(409);
      expect(refused.headers.get('content-type')).toBe('application/problem+json');
      expect(await refused.json()).toMatchObject({ code: 'ERR_CONFLICT', errors: [{ path: 'env-vars/project/shop/ALL', message: 'variable ALL of project shop uses @group:gw-group' }] });
    }
    expect((await app.request('/api/v1/secrets/projects/shop/env-vars/ALL', { method: 'DELETE' })).status).toBe(204);
    expect(await read(app.request(`/api/v1/secrets/groups/${group.groupId}`, send('PATCH', { name: 'gw-renamed' })))).toMatchObject({ group: { name: 'gw-renamed' } });
    expect(await read(app.request(`/api/v1/secrets/groups/${group.groupId}`, { method: 'DELETE' }))).toEqual({ deletedSecretCount: 1 });
    const calls = app.calls.length;
    expect((await app.request(`/api/v1/secrets/groups/${group.groupId}`, send('PATCH', {}))).status).toBe(400);
    expect(app.calls.length).toBe(calls);
    expect((await app.request(`/api/v1/secrets/groups/${group.groupId}`, { method: 'DELETE' })).status).toBe(404);
  });

  it('searches secrets by name across groups, page by page, with their group, whether a value is stored and when', async () => {
    app.as(dev);
    const { group } = await read<{ group: { groupId: string } }>(app.request('/api/v1/secrets/groups', send('POST', { name: 'gw-search' })), 201);
    for (const name of ['GWS_ONE', 'gws_two', 'GWS_THREE']) await read(app.request(`/api/v1/secrets/groups/${group.groupId}/secrets`, send('POST', { name, value: `v-${name}` })));
    type Page = { secrets: Array<{ name: string; groupName: string; hasValue: boolean; createdAt: string }>; nextPageToken: string };
    const first = await read<Page>(app.request('/api/v1/secrets/search?q=gws_&pageSize=2'));
    expect(first.secrets.map((x) => x.name)).toEqual(['GWS_ONE', 'GWS_THREE']);
    expect(first.secrets[0]).toMatchObject({ groupName: 'gw-search', hasValue: true, createdAt: expect.any(String) });
    const second = await read<Page>(app.request(`/api/v1/secrets/search?q=GWS_&pageSize=2&pageToken=${first.nextPageToken}`));
    expect(second).toMatchObject({ secrets: [{ name: 'gws_two' }], nextPageToken: '' });
    expect(JSON.stringify([first, second])).not.toContain('v-GWS');
    const calls = app.calls.length;
    expect((await app.request('/api/v1/secrets/search?pageSize=500')).status).toBe(400);
    expect(app.calls.length).toBe(calls);
    expect(await (await app.request('/api/v1/secrets/search?q=x&pageToken=forged')).json()).toMatchObject({ status: 400, code: 'ERR_VALIDATION' });
  });

  it('lists and reads providers with their last sync, and deletes one (administrators)', async () => {
    app.as(dev);
    const { providers } = await read<{ providers: Array<{ providerId: string; lastSyncStatus: string; groupName: string }> }>(app.request('/api/v1/secrets/providers'));
    expect(providers.find((p) => p.providerId === syncedProviderId)).toMatchObject({ name: 'vault', providerType: 'hashicorp-vault', groupName: 'synced', lastSyncStatus: 'completed',
      lastSyncErrorClass: '', lastSyncError: '', lastSyncAt: expect.any(String) });
    expect(JSON.stringify(providers)).not.toContain('root-token');
    expect(await read(app.request(`/api/v1/secrets/providers/${syncedProviderId}`))).toMatchObject({ provider: { providerId: syncedProviderId, schedule: '' } });
    expect(await (await app.request(`/api/v1/secrets/providers/${syncedProviderId}`, { method: 'DELETE' })).json()).toMatchObject({ status: 403, code: 'ERR_FORBIDDEN' });
    app.as(admin);
    expect((await app.request(`/api/v1/secrets/providers/${syncedProviderId}`, { method: 'DELETE' })).status).toBe(204);
    expect(await (await app.request(`/api/v1/secrets/providers/${syncedProviderId}`)).json()).toMatchObject({ status: 404, code: 'ERR_NOT_FOUND' });
  });
});
