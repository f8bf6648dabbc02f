// Two (and for the timer, three) secrets-vault instances on one database: schedules changed on one
// reach the others by their reload, and a due time fired on every replica syncs once.
import { eventually } from '@keywarden/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProviderFactory } from './adapters/outgoing/providers/index.js';
import type { VaultHandles } from './service.js';
import { KEY1, startHarness, type Harness } from './test-support.js';

// Yearly schedules: their crons never fire during the test, which drives `fire` with chosen times.
const S1 = '0 0 3 1 1 *';
const S2 = '0 30 4 1 1 *';
const S3 = '0 45 5 1 1 *';

let h: Harness;
let a: VaultHandles;
let b: VaultHandles;
let fetches = 0;
const factory: ProviderFactory = () => ({
  fetchAll: async () => {
    fetches++;
    return [{ name: 'TOKEN', value: 'the-token', reference: '/TOKEN' }];
  },
});

beforeAll(async () => {
  h = await startHarness(KEY1, { providerFactory: factory, onBuilt: (handles) => (a = handles) });
  // B reloads only when the test says so.
  await h.replica({ KW_SECRETS_SCHEDULE_RELOAD_MS: '3600000' }, { providerFactory: factory, onBuilt: (handles) => (b = handles) });
}, 60_000);
afterAll(async () => h?.close());

const sql = () => h.service.deps.database!.sql;
const settingsJson = JSON.stringify({ siteUrl: 'http://127.0.0.1:9', clientId: 'machine', clientSecret: 'not-used', projectId: 'p', environment: 'prod' });

/** Configures the provider through instance A's app, as A's RPC handler does. */
async function configureOnA(groupId: string, providerId: string | undefined, change: { enabled?: boolean; autoSync?: boolean; schedule?: string }) {
  const { providerId: configured } = await a.providers.configure({ actor: 'user-1', providerId, name: `provider-${groupId}`, providerType: 'infisical', groupId, settingsJson,
    enabled: change.enabled ?? true, autoSync: change.autoSync ?? true, schedule: change.schedule ?? S1, deleteMissing: false });
  return configured;
}

async function newGroup(name: string): Promise<string> {
  return (await h.call('secrets.CreateSecretGroup', { name })).group.groupId as string;
}

const completed = async (providerId: string) =>
  (await sql()`select data->>'trigger' as trigger from events where type = 'ProviderSyncCompleted' and stream_id = ${`provider-${providerId}`}
               order by global_position`).map((r) => r['trigger'] as string);

describe('schedules across replicas', () => {
  it('a schedule changed on A reaches B with its next reload, and only a changed schedule replaces the job', async () => {
    const groupId = await newGroup('replicated-schedule');
    const providerId = await configureOnA(groupId, undefined, { schedule: S1 });
    expect(a.scheduler.scheduled().get(providerId)).toBe(S1);
    expect(b.scheduler.scheduled().has(providerId)).toBe(false);
    await b.scheduler.reload();
    expect(b.scheduler.scheduled().get(providerId)).toBe(S1);

    await configureOnA(groupId, providerId, { schedule: S2 });
    expect(a.scheduler.scheduled().get(providerId)).toBe(S2);
    expect(b.scheduler.scheduled().get(providerId)).toBe(S1);
    await b.scheduler.reload();
    expect(b.scheduler.scheduled().get(providerId)).toBe(S2);

    const placed = () => h.logs.filter((line) => line.includes('provider sync scheduled') && line.includes(providerId)).length;
    const before = placed();
    await b.scheduler.reload();
    expect(placed()).toBe(before);
  });

  it('a provider disabled, no longer auto-synced or deleted on A loses its job on B with the next reload', async () => {
    const groupId = await newGroup('replicated-disable');
    const providerId = await configureOnA(groupId, undefined, { schedule: S1 });
    await b.scheduler.reload();
    expect(b.scheduler.scheduled().get(providerId)).toBe(S1);

    await configureOnA(groupId, providerId, { enabled: false });
    expect(a.scheduler.scheduled().has(providerId)).toBe(false);
    expect(b.scheduler.scheduled().has(providerId)).toBe(true);
    await b.scheduler.reload();
    expect(b.scheduler.scheduled().has(providerId)).toBe(false);

    await configureOnA(groupId, providerId, { enabled: true });
    await b.scheduler.reload();
    expect(b.scheduler.scheduled().get(providerId)).toBe(S1);
    await configureOnA(groupId, providerId, { autoSync: false });
    await b.scheduler.reload();
    expect(b.scheduler.scheduled().has(providerId)).toBe(false);

    // No RPC deletes a provider yet; a row removed by hand stands for it.
    await configureOnA(groupId, providerId, { schedule: S1 });
    await b.scheduler.reload();
    expect(b.scheduler.scheduled().get(providerId)).toBe(S1);
    await sql()`delete from providers where id = ${providerId}`;
    await b.scheduler.reload();
    expect(b.scheduler.scheduled().has(providerId)).toBe(false);
  });

  it('a job that is stale on B when it fires does not sync: B takes the stored schedule instead', async () => {
    const groupId = await newGroup('replicated-stale');
    const providerId = await configureOnA(groupId, undefined, { schedule: S1 });
    await b.scheduler.reload();
    await configureOnA(groupId, providerId, { schedule: S2 });
    expect(await b.scheduler.fire(providerId, new Date('2031-01-01T03:00:00.100Z'))).toBeUndefined();
    expect(b.scheduler.scheduled().get(providerId)).toBe(S2);
    expect(await completed(providerId)).toEqual([]);
  });

  it('the periodic reload runs on its own (KW_SECRETS_SCHEDULE_RELOAD_MS)', async () => {
    let c: VaultHandles | undefined;
    const replica = await h.replica({ KW_SECRETS_SCHEDULE_RELOAD_MS: '100' }, { providerFactory: factory, onBuilt: (handles) => (c = handles) });
    const groupId = await newGroup('replicated-timer');
    const providerId = await configureOnA(groupId, undefined, { schedule: S3 });
    await eventually(() => c!.scheduler.scheduled().get(providerId) === S3, { timeoutMs: 15_000, message: 'C took the new schedule' });
    await configureOnA(groupId, providerId, { enabled: false });
    await eventually(() => !c!.scheduler.scheduled().has(providerId), { timeoutMs: 15_000, message: 'C dropped the job' });
    await replica.stop();
  }, 30_000);
});

describe('one sync per scheduled time across replicas', () => {
  it('the same due time fired on both replicas syncs once, the next due time again; a manual sync is never held back', async () => {
    const groupId = await newGroup('claimed-slots');
    const providerId = await configureOnA(groupId, undefined, { schedule: S1 });
    await b.scheduler.reload();
    const due = new Date('2031-01-01T03:00:00.000Z');
    const late = (ms: number) => new Date(due.getTime() + ms);
    const fetchesBefore = fetches;

    const together = await Promise.all([a.scheduler.fire(providerId, late(4)), b.scheduler.fire(providerId, late(350))]);
    expect(together.filter(Boolean)).toHaveLength(1);
    expect(together.find(Boolean)).toMatchObject({ createdCount: 1 });
    // The other replica's cron firing after that sync finished: the advisory lock alone would let it sync again.
    expect(await b.scheduler.fire(providerId, late(900))).toBeUndefined();
    expect(await a.scheduler.fire(providerId, late(990))).toBeUndefined();
    expect(await completed(providerId)).toEqual(['schedule']);
    expect(fetches - fetchesBefore).toBe(1);

    const nextYear = new Date('2032-01-01T03:00:00.200Z');
    expect(await b.scheduler.fire(providerId, nextYear)).toMatchObject({ unchangedCount: 1 });
    expect(await a.scheduler.fire(providerId, nextYear)).toBeUndefined();
    expect(await completed(providerId)).toEqual(['schedule', 'schedule']);

    expect(await h.call('secrets.SyncProvider', { providerId })).toMatchObject({ unchangedCount: 1 });
    expect(await h.call('secrets.SyncProvider', { providerId })).toMatchObject({ unchangedCount: 1 });
    expect(await completed(providerId)).toEqual(['schedule', 'schedule', 'manual', 'manual']);
    expect(fetches - fetchesBefore).toBe(4);
    const claims = await sql()`select slot from schedule_claims where name = ${`provider-sync:${providerId}`} order by slot`;
    expect(claims.map((r) => new Date(r['slot'] as string).toISOString())).toEqual(['2031-01-01T03:00:00.000Z', '2032-01-01T03:00:00.000Z']);
  });

  it('a reload prunes claims older than three days and keeps the recent ones', async () => {
    await sql()`insert into schedule_claims (name, slot) values ('provider-sync:old', now() - interval '4 days'), ('provider-sync:recent', now() - interval '1 day')`;
    await b.scheduler.reload();
    const names = (await sql()`select name from schedule_claims where name in ('provider-sync:old', 'provider-sync:recent')`).map((r) => r['name']);
    expect(names).toEqual(['provider-sync:recent']);
  });
});
