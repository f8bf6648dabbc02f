// Providers as the console lists them (last sync time, status, error class and message, never
// their settings), and deleting one, against the Infisical simulator.
import { randomBytes, randomUUID } from 'node:crypto';
import { startInfisicalSimulator, type InfisicalSimulator } from '@keywarden/simulators';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './test-support.js';

let h: Harness;
let infisical: InfisicalSimulator;
const CANARY_CREDENTIAL = `canary-cred-${randomBytes(12).toString('hex')}`;

beforeAll(async () => {
  [h, infisical] = await Promise.all([startHarness(), startInfisicalSimulator()]);
  infisical.addIdentity({ clientId: 'machine-1', clientSecret: CANARY_CREDENTIAL });
}, 60_000);
afterAll(async () => {
  await infisical?.close();
  await h?.close();
});

const errorOf = async (p: Promise<unknown>) => p.then(() => undefined, (e: { code?: string; message?: string }) => e);
const sql = () => h.service.deps.database!.sql;

async function groupWithProvider(name: string, settings: unknown, extra: Record<string, unknown> = {}) {
  const { group } = await h.call('secrets.CreateSecretGroup', { name });
  const { providerId } = await h.call('secrets.ConfigureProvider', { name: `${name} provider`, providerType: 'infisical', groupId: group.groupId,
    settingsJson: JSON.stringify(settings), enabled: true, ...extra });
  return { groupId: group.groupId as string, providerId: providerId as string };
}

describe('listing, reading and deleting providers', () => {
  const settings = (projectId: string) => JSON.stringify({ siteUrl: infisical.url, clientId: 'machine-1', clientSecret: CANARY_CREDENTIAL, projectId, environment: 'prod' });
  const provider = async (providerId: string) => (await h.call('secrets.GetProvider', { providerId }, ['secrets:read'])).provider as Record<string, unknown>;

  it("shows each provider's last sync: time, status, error class and message, never its settings", async () => {
    infisical.setSecret('proj-list', 'prod', '/', 'LISTED', 'yes');
    const { groupId, providerId } = await groupWithProvider('listed', JSON.parse(settings('proj-list')), { schedule: '0 0 3 * * *' });
    expect(await provider(providerId)).toMatchObject({ providerId, name: 'listed provider', providerType: 'infisical', groupId, groupName: 'listed', enabled: true,
      schedule: '0 0 3 * * *', lastSyncStatus: '', lastSyncErrorClass: '', lastSyncError: '' });
    expect((await provider(providerId))['lastSyncAt']).toBeUndefined();
    await h.call('secrets.SyncProvider', { providerId });
    const synced = await provider(providerId);
    expect(synced).toMatchObject({ lastSyncStatus: 'completed', lastSyncErrorClass: '', lastSyncError: '' });
    infisical.failNext(1, 503);
    expect(await errorOf(h.call('secrets.SyncProvider', { providerId }))).toMatchObject({ code: 'ERR_PROVIDER_FAILED' });
    const failed = await provider(providerId);
    expect(failed).toMatchObject({ lastSyncStatus: 'failed', lastSyncErrorClass: 'unavailable', lastSyncError: 'infisical login: the provider answered HTTP 503' });
    expect(Date.parse(String(failed['lastSyncAt']))).toBeGreaterThanOrEqual(Date.parse(String(synced['lastSyncAt'])));
    const listed = (await h.call('secrets.ListProviders', {}, ['secrets:read'])).providers as Array<Record<string, unknown>>;
    expect(listed.find((p) => p['providerId'] === providerId)).toEqual(failed);
    expect(listed.map((p) => p['name'])).toEqual([...listed.map((p) => String(p['name']))].sort());
    expect(JSON.stringify(listed)).not.toContain(CANARY_CREDENTIAL);
    await h.call('secrets.SyncProvider', { providerId });
    expect(await provider(providerId)).toMatchObject({ lastSyncStatus: 'completed', lastSyncErrorClass: '', lastSyncError: '' });
    expect(await errorOf(h.call('secrets.GetProvider', { providerId: randomUUID() }))).toMatchObject({ code: 'ERR_NOT_FOUND' });
  });

  it('deletes a provider (administrators): its settings go, its group is unlinked, the secrets it synced stay; refused while it syncs', async () => {
    infisical.setSecret('proj-del', 'prod', '/', 'KEPT', 'kept-value');
    const { groupId, providerId } = await groupWithProvider('deleted-provider', JSON.parse(settings('proj-del')));
    await h.call('secrets.SyncProvider', { providerId });
    expect(await errorOf(h.call('secrets.DeleteProvider', { providerId }, ['secrets:read', 'secrets:write']))).toMatchObject({ code: 'ERR_FORBIDDEN' });
    // A sync holding the provider (its advisory lock, as a running sync does) keeps it from being deleted.
    const held = await sql().reserve();
    try {
      await held`select pg_advisory_lock(hashtext(${`sync:${providerId}`}))`;
      expect(await errorOf(h.call('secrets.DeleteProvider', { providerId }))).toMatchObject({ code: 'ERR_CONFLICT', message: expect.stringContaining('sync of this provider is running') });
      await held`select pg_advisory_unlock(hashtext(${`sync:${providerId}`}))`;
    } finally {
      held.release();
    }
    expect(await h.call('secrets.DeleteProvider', { providerId })).toEqual({});
    expect(await errorOf(h.call('secrets.GetProvider', { providerId }))).toMatchObject({ code: 'ERR_NOT_FOUND' });
    expect(await errorOf(h.call('secrets.SyncProvider', { providerId }))).toMatchObject({ code: 'ERR_NOT_FOUND' });
    expect(await errorOf(h.call('secrets.DeleteProvider', { providerId }))).toMatchObject({ code: 'ERR_NOT_FOUND' });
    expect((await h.call('secrets.ListSecretGroups', {})).groups.find((g: { groupId: string }) => g.groupId === groupId)).toMatchObject({ providerId: '', autoSync: false, secretCount: 1 });
    expect(await sql()`select aad from material where aad = ${`provider:${providerId}`}`).toEqual([]);
    const [deleted] = await sql()`select data from events where type = 'ProviderDeleted' and stream_id = ${`provider-${providerId}`}`;
    expect(deleted!['data']).toEqual({ providerId, name: 'deleted-provider provider', groupId, actorUserId: 'user-1' });
    // The group is free for another provider.
    await h.call('secrets.ConfigureProvider', { name: 'successor', providerType: 'infisical', groupId, settingsJson: settings('proj-del'), enabled: true });
  });
});
