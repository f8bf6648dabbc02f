// Groups renamed, described and deleted (refused while something uses them, saying what), the
// secret search of the variable editor's picker, and secret summaries.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memberOf, startHarness, type Harness, type Reply } from './test-support.js';

let h: Harness;
const PROJECT = randomUUID();
const APP = randomUUID();
const owner = memberOf('org-1', 'owner');

const errorOf = async (p: Promise<unknown>) => p.then(() => undefined, (e: { code?: string; status?: number; message?: string; issues?: unknown[] }) => e);
const sql = () => h.service.deps.database!.sql;
const group = async (name: string, secrets: Record<string, string> = {}) => {
  const { group: g } = await h.call('secrets.CreateSecretGroup', { name, description: 'first' });
  if (Object.keys(secrets).length) await h.call('secrets.ImportSecrets', { groupId: g.groupId, format: 'json', content: JSON.stringify(secrets) });
  return g as Reply;
};

beforeAll(async () => {
  h = await startHarness();
  await h.project(PROJECT, { environments: ['staging', 'production'] });
  await h.application(APP, PROJECT, 'production');
}, 60_000);
afterAll(async () => {
  await h?.close();
});

describe('updating a group', () => {
  it('changes the description, renames an unused group, and says when', async () => {
    const g = await group('to-rename');
    const described = await h.call('secrets.UpdateSecretGroup', { groupId: g.groupId, updateMask: ['description'], description: 'second', name: 'ignored' });
    expect(described.group).toMatchObject({ groupId: g.groupId, name: 'to-rename', description: 'second', createdAt: g.createdAt });
    expect(Date.parse(described.group.updatedAt)).toBeGreaterThanOrEqual(Date.parse(g.updatedAt));
    const renamed = await h.call('secrets.UpdateSecretGroup', { groupId: g.groupId, updateMask: ['name'], name: 'renamed' });
    expect(renamed.group).toMatchObject({ name: 'renamed', description: 'second' });
    const [event] = await sql()`select data from events where type = 'SecretGroupUpdated' and stream_id = ${`secret_group-${g.groupId}`} order by global_position desc limit 1`;
    expect(event!['data']).toMatchObject({ name: 'renamed', previousName: 'to-rename' });
  });

  it('refuses a rename while variables name the group, listing them; a taken name; a bad mask', async () => {
    const g = await group('named', { K: 'v' });
    await h.callAs(owner, 'secrets.SetEnvVar', { scope: 'application', applicationId: APP, key: 'ALL', value: '@group:named' });
    const refused = await errorOf(h.call('secrets.UpdateSecretGroup', { groupId: g.groupId, updateMask: ['name'], name: 'other-name' }));
    expect(refused).toMatchObject({ code: 'ERR_CONFLICT', status: 409, issues: [{ path: `env-vars/application/${APP}/ALL`, message: `variable ALL of application ${APP} uses @group:named` }] });
    expect(refused?.message).toContain('cannot be renamed while variables reference it by name: 1 variable');
    expect((await h.call('secrets.UpdateSecretGroup', { groupId: g.groupId, updateMask: ['description'], description: 'still fine' })).group.description).toBe('still fine');
    await group('taken');
    await h.callAs(owner, 'secrets.DeleteEnvVar', { scope: 'application', applicationId: APP, key: 'ALL' });
    expect(await errorOf(h.call('secrets.UpdateSecretGroup', { groupId: g.groupId, updateMask: ['name'], name: 'taken' }))).toMatchObject({ code: 'ERR_CONFLICT' });
    for (const mask of [[], ['secrets']]) {
      expect(await errorOf(h.call('secrets.UpdateSecretGroup', { groupId: g.groupId, updateMask: mask, name: 'x' }))).toMatchObject({ code: 'ERR_VALIDATION' });
    }
    expect(await errorOf(h.call('secrets.UpdateSecretGroup', { groupId: randomUUID(), updateMask: ['description'] }))).toMatchObject({ code: 'ERR_NOT_FOUND' });
  });
});

describe('deleting a group', () => {
  it('is refused while variables at any scope or a provider use it, naming each; then deletes it with its secrets', async () => {
    const g = await group('in-use', { DB_URL: 'postgres://in-use', API_KEY: 'k-in-use' });
    const secrets = (await h.call('secrets.ListSecrets', { groupId: g.groupId })).secrets as Reply[];
    const dbUrl = secrets.find((s) => s['name'] === 'DB_URL')!['secretId'];
    await h.call('secrets.SetEnvVar', { scope: 'global', key: 'EVERYTHING', value: '@group:in-use' });
    await h.callAs(owner, 'secrets.SetEnvVar', { scope: 'environment', projectId: PROJECT, environment: 'staging', key: 'DB', value: `@secret:${dbUrl}` });
    const { providerId } = await h.call('secrets.ConfigureProvider', { name: 'in-use sync', providerType: 'infisical', groupId: g.groupId, enabled: true,
      settingsJson: JSON.stringify({ siteUrl: 'http://127.0.0.1:9', clientId: 'c', clientSecret: 's', projectId: 'p', environment: 'prod' }) });
    const refused = await errorOf(h.call('secrets.DeleteSecretGroup', { groupId: g.groupId }));
    expect(refused).toMatchObject({ code: 'ERR_CONFLICT', status: 409 });
    expect(refused?.message).toContain('group "in-use" is still in use: 2 variables and 1 provider');
    expect(refused?.issues).toEqual([
      { path: `env-vars/environment/${PROJECT}/staging/DB`, message: `variable DB of project ${PROJECT} environment staging uses @secret:${dbUrl}` },
      { path: 'env-vars/global/EVERYTHING', message: 'global variable EVERYTHING uses @group:in-use' },
      { path: `providers/${providerId}`, message: 'provider in-use sync syncs into the group' },
    ]);
    expect((await h.call('secrets.ListSecrets', { groupId: g.groupId })).secrets).toHaveLength(2);

    await h.call('secrets.DeleteEnvVar', { scope: 'global', key: 'EVERYTHING' });
    await h.callAs(owner, 'secrets.DeleteEnvVar', { scope: 'environment', projectId: PROJECT, environment: 'staging', key: 'DB' });
    await h.call('secrets.DeleteProvider', { providerId });
    expect(await h.call('secrets.DeleteSecretGroup', { groupId: g.groupId })).toEqual({ deletedSecretCount: 2 });
    expect((await h.call('secrets.ListSecretGroups', {})).groups.map((x: Reply) => x['name'])).not.toContain('in-use');
    expect(await errorOf(h.call('secrets.ListSecrets', { groupId: g.groupId }))).toMatchObject({ code: 'ERR_NOT_FOUND' });
    const deleted = await sql()`select data from events where type = 'SecretDeleted' and data->>'groupId' = ${g.groupId} order by global_position`;
    expect(deleted.map((r) => [r['data']['name'], r['data']['reason']])).toEqual([['API_KEY', 'group_deleted'], ['DB_URL', 'group_deleted']]);
    const [groupDeleted] = await sql()`select data from events where type = 'SecretGroupDeleted' and stream_id = ${`secret_group-${g.groupId}`}`;
    expect(groupDeleted!['data']).toMatchObject({ name: 'in-use', deletedSecretCount: 2 });
    // The values went with the secrets; history keeps fingerprints only.
    const left = await sql()`select count(*)::int as n from material where aad like ${`secret:${dbUrl}:%`}`;
    expect(left[0]!['n']).toBe(0);
    expect(await errorOf(h.call('secrets.DeleteSecretGroup', { groupId: g.groupId }))).toMatchObject({ code: 'ERR_NOT_FOUND' });
  });

  it('racing a variable that references it: exactly one of them wins, and no variable is left pointing at nothing', async () => {
    for (let i = 0; i < 8; i++) {
      const name = `race-${i}`;
      const g = await group(name, { ONE: '1' });
      const [set, deleted] = await Promise.allSettled([
        h.callAs(owner, 'secrets.SetEnvVar', { scope: 'project', projectId: PROJECT, key: `RACE_${i}`, value: `@group:${name}` }),
        h.call('secrets.DeleteSecretGroup', { groupId: g.groupId }),
      ]);
      expect([set.status, deleted.status].sort(), `round ${i}`).toEqual(['fulfilled', 'rejected']);
      const dangling = await sql()`select key from env_vars where kind = 'group_ref' and reference = ${name}
        and not exists (select 1 from secret_groups where name = ${name})`;
      expect(dangling).toEqual([]);
    }
  });
});

describe('searching secrets', () => {
  let found: Reply[];
  beforeAll(async () => {
    await group('srch-a', { SRCH_DATABASE_URL: 'a1', SRCH_database_password: 'a2', SRCH_A_B: 'a3' });
    await group('srch-b', { SRCH_DATABASE_URL: 'b1', SRCH_AXB: 'b2', SRCH_CACHE: 'b3' });
    found = (await h.call('secrets.SearchSecrets', { query: 'srch_', pageSize: 100 })).secrets;
  });

  it('finds names containing the query, whatever the case, across groups, with their group, timestamps and whether a value is stored', async () => {
    const names = async (query: string) => ((await h.call('secrets.SearchSecrets', { query, pageSize: 100 })).secrets as Reply[]).map((s) => `${s['groupName']}/${s['name']}`);
    const database = await names('database');
    expect(database[0]).toBe('srch-a/SRCH_database_password');
    expect(new Set(database)).toEqual(new Set(['srch-a/SRCH_database_password', 'srch-a/SRCH_DATABASE_URL', 'srch-b/SRCH_DATABASE_URL']));
    expect(new Set(await names('DaTaBaSe'))).toEqual(new Set(['srch-a/SRCH_database_password', 'srch-a/SRCH_DATABASE_URL', 'srch-b/SRCH_DATABASE_URL']));
    expect(await names('srch_cache')).toEqual(['srch-b/SRCH_CACHE']);
    expect(await names('no-such-secret-anywhere')).toEqual([]);
    const one = found.find((s) => s['name'] === 'SRCH_CACHE')!;
    expect(one).toMatchObject({ groupName: 'srch-b', hasValue: true, version: 1, preview: expect.any(String), createdAt: expect.any(String), updatedAt: expect.any(String) });
  });

  it('matches % and _ as themselves', async () => {
    const names = async (query: string) => ((await h.call('secrets.SearchSecrets', { query, pageSize: 100 })).secrets as Reply[]).map((s) => s['name']);
    expect(await names('srch_a_b')).toEqual(['SRCH_A_B']);
    expect(await names('srch%')).toEqual([]);
  });

  it('pages by (lower(name), id): every match once, in order, following the token', async () => {
    const all = found.map((s) => s['secretId']);
    expect(all).toHaveLength(6);
    const seen: string[] = [];
    let token = '';
    let pages = 0;
    do {
      const page = await h.call('secrets.SearchSecrets', { query: 'SRCH', pageSize: 4, pageToken: token });
      seen.push(...(page.secrets as Reply[]).map((s) => s['secretId']));
      token = page.nextPageToken;
      pages++;
    } while (token);
    expect(pages).toBe(2);
    expect(seen).toEqual(all);
    const ordered = await sql()`select id from secrets where lower(name) like 'srch\\_%' order by lower(name), id`;
    expect(all).toEqual(ordered.map((r) => r['id']));
  });

  it('refuses a token it did not give, a page size out of range and an overlong query', async () => {
    for (const request of [{ query: 'x', pageToken: 'garbage' }, { query: 'x', pageSize: 101 }, { query: 'x'.repeat(129) }]) {
      expect(await errorOf(h.call('secrets.SearchSecrets', request))).toMatchObject({ code: 'ERR_VALIDATION', status: 400 });
    }
  });

  it('is answered from the trigram index', async () => {
    const plan = await sql().begin(async (tx) => {
      await tx`set local enable_seqscan = off`;
      return tx.unsafe(`explain select id from secrets where lower(name) like '%database%'`);
    });
    expect(plan.map((r) => r['QUERY PLAN']).join('\n')).toContain('secrets_name_trgm_idx');
  });
});
