import { randomUUID } from 'node:crypto';
import { callRpc } from '@keywarden/bus';
import { Keyring } from '@keywarden/crypto';
import { withinTransaction, type Database, type Db } from '@keywarden/db';
import { drizzle } from 'drizzle-orm/postgres-js';
import { EnvironmentApp } from './app/environment.js';
import { commands } from './app/commands.js';
import { ResolutionApp } from './app/resolution.js';
import { MaterialStore } from './adapters/outgoing/db/material.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEY1, KEY2, startHarness, type Harness, type Reply } from './test-support.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness(KEY1);
  // Project variables need a project the vault heard of from gitops-sync.
  await Promise.all(['p1', 'p-missing', 'p3', 'p-odd', 'p-odd-group', 'rot', 'small', 'large'].map((id) => h.project(id)));
}, 60_000);
afterAll(async () => {
  await h?.close();
});

const errorOf = async (p: Promise<unknown>) => p.then(() => undefined, (e: { code?: string; status?: number; message?: string }) => e);
const env = (r: Reply) => Object.fromEntries((r['variables'] as Array<{ key: string; value: string }>).map((v) => [v.key, v.value]));

describe('secret groups, secrets and BuildEnvironment', () => {
  it('resolves global first, project overrides, @secret and @group references', async () => {
    const { group } = await h.call('secrets.CreateSecretGroup', { name: 'prod-db', description: 'production database' });
    expect((await errorOf(h.call('secrets.CreateSecretGroup', { name: 'prod-db' })))?.code).toBe('ERR_CONFLICT');
    const db = (await h.call('secrets.PutSecret', { groupId: group.groupId, name: 'DATABASE_URL', value: 'postgres://app:pw@db:5432/app' })).secret;
    await h.call('secrets.PutSecret', { groupId: group.groupId, name: 'REDIS_URL', value: 'redis://cache:6379' });
    expect(db.preview).toBe('postgres://****@****');
    expect((await errorOf(h.call('secrets.PutSecret', { groupId: group.groupId, name: 'DATABASE_URL', value: 'x' })))?.code).toBe('ERR_CONFLICT');

    await h.call('secrets.SetEnvVar', { scope: 'global', key: 'NODE_ENV', value: 'production' });
    await h.call('secrets.SetEnvVar', { scope: 'global', key: 'LOG_LEVEL', value: 'info' });
    await h.call('secrets.SetEnvVar', { scope: 'global', key: 'DB', value: '@group:prod-db' });
    await h.call('secrets.SetEnvVar', { scope: 'project', projectId: 'p1', key: 'NODE_ENV', value: 'staging' });
    await h.call('secrets.SetEnvVar', { scope: 'project', projectId: 'p1', key: 'PRIMARY_DB', value: `@secret:${db.secretId}` });
    await h.call('secrets.SetEnvVar', { scope: 'project', projectId: 'p1', key: 'REDIS_URL', value: 'redis://project-override' });

    expect(env(await h.call('secrets.BuildEnvironment', { projectId: 'p1' }))).toEqual({
      DATABASE_URL: 'postgres://app:pw@db:5432/app', LOG_LEVEL: 'info', NODE_ENV: 'staging', PRIMARY_DB: 'postgres://app:pw@db:5432/app', REDIS_URL: 'redis://project-override',
    });
    // Another project sees the global values only.
    expect(env(await h.call('secrets.BuildEnvironment', { projectId: 'p2' }))).toMatchObject({ NODE_ENV: 'production', REDIS_URL: 'redis://cache:6379' });

    // A new version is picked up; rollback restores the old value as a new version.
    await h.call('secrets.PutSecret', { groupId: group.groupId, name: 'DATABASE_URL', value: 'postgres://app:pw2@db:5432/app', replace: true });
    expect(env(await h.call('secrets.BuildEnvironment', { projectId: 'p1' }))['PRIMARY_DB']).toBe('postgres://app:pw2@db:5432/app');
    const rolled = await h.call('secrets.RollbackSecret', { secretId: db.secretId, toVersion: 1 });
    expect(rolled.secret.version).toBe(3);
    expect(env(await h.call('secrets.BuildEnvironment', { projectId: 'p1' }))['PRIMARY_DB']).toBe('postgres://app:pw@db:5432/app');
    const history = await h.call('secrets.GetSecretHistory', { secretId: db.secretId });
    expect(history.versions.map((v: { version: number; restoredVersion: number }) => [v.version, v.restoredVersion])).toEqual([[3, 1], [2, 0], [1, 0]]);
  });

  it('names the variable and the missing reference', async () => {
    const { group } = await h.call('secrets.CreateSecretGroup', { name: 'temp' });
    const s = (await h.call('secrets.PutSecret', { groupId: group.groupId, name: 'API_KEY', value: 'k-123456789' })).secret;
    await h.call('secrets.SetEnvVar', { scope: 'project', projectId: 'p-missing', key: 'THE_KEY', value: `@secret:${s.secretId}` });
    await h.call('secrets.DeleteSecret', { secretId: s.secretId });
    const error = await errorOf(h.call('secrets.BuildEnvironment', { projectId: 'p-missing' }));
    expect(error).toMatchObject({ code: 'ERR_REFERENCE_MISSING' });
    expect(error?.message).toContain(`THE_KEY references @secret:${s.secretId}`);
    expect((await errorOf(h.call('secrets.SetEnvVar', { scope: 'project', projectId: 'p-missing', key: 'G', value: '@group:nope' })))?.code).toBe('ERR_NOT_FOUND');
  });

  it('imports a group into a project, skipping existing keys', async () => {
    const { group } = await h.call('secrets.CreateSecretGroup', { name: 'payments' });
    await h.call('secrets.ImportSecrets', { groupId: group.groupId, format: 'dotenv', content: 'STRIPE_KEY=sk_test_abcdefghijkl\n# comment\nWEBHOOK_SECRET="a b"\n' });
    await h.call('secrets.SetEnvVar', { scope: 'project', projectId: 'p3', key: 'STRIPE_KEY', value: 'keep-me' });
    const result = await h.call('secrets.ImportGroupToProject', { groupId: group.groupId, projectId: 'p3' });
    expect(result).toEqual({ imported: ['WEBHOOK_SECRET'], skipped: ['STRIPE_KEY'] });
    expect(env(await h.call('secrets.BuildEnvironment', { projectId: 'p3' }))).toMatchObject({ STRIPE_KEY: 'keep-me', WEBHOOK_SECRET: 'a b' });
  });

  it('skips secret names that are not valid variable names, on import and in @group expansion', async () => {
    const { group } = await h.call('secrets.CreateSecretGroup', { name: 'odd-names' });
    await h.call('secrets.ImportSecrets', { groupId: group.groupId, format: 'json', content: '{"A_OK":"1","db.password":"2","api-key":"3","Z_OK":"4"}' });
    const result = await h.call('secrets.ImportGroupToProject', { groupId: group.groupId, projectId: 'p-odd' });
    expect(result).toEqual({ imported: ['A_OK', 'Z_OK'], skipped: ['api-key', 'db.password'] });
    expect(h.logs.join('')).toContain('were not imported');
    expect((await h.call('secrets.ListEnvVars', { scope: 'project', projectId: 'p-odd' })).envVars.map((v: { key: string }) => v.key)).toEqual(['A_OK', 'Z_OK']);
    await h.call('secrets.SetEnvVar', { scope: 'project', projectId: 'p-odd-group', key: 'ALL', value: '@group:odd-names' });
    const built = env(await h.call('secrets.BuildEnvironment', { projectId: 'p-odd-group' }));
    expect(built).toMatchObject({ A_OK: '1', Z_OK: '4' });
    expect(Object.keys(built)).not.toEqual(expect.arrayContaining(['api-key']));
    expect(Object.keys(built)).not.toEqual(expect.arrayContaining(['db.password']));
    expect(h.logs.join('')).toMatch(/"skipped":\["odd-names\/api-key","odd-names\/db.password"\]/);
  });

  it('imports a group with one read of the project\'s variables, however large the group', async () => {
    const { group } = await h.call('secrets.CreateSecretGroup', { name: 'import-scale' });
    await h.call('secrets.ImportSecrets', { groupId: group.groupId, format: 'json',
      content: JSON.stringify(Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`K_${i}`, `v${i}`]))) });
    const sql = h.service.deps.database!.sql;
    let envVarReads = 0;
    const db = drizzle(sql, { logger: { logQuery: (q) => void (/^select .* from "env_vars"/is.test(q) && envVarReads++) } }) as unknown as Db;
    const counted: Database = { ...h.service.deps.database!, db, close: async () => {} };
    const app = new EnvironmentApp(counted, commands(counted), await MaterialStore.open(counted, Keyring.fromConfig(KEY1)), (tx) => withinTransaction(counted, tx));
    expect((await app.importGroup('user-1', group.groupId, 'p-scale')).imported).toHaveLength(30);
    expect(envVarReads).toBe(1);
  });

  it('imports JSON, reports created/updated/unchanged/skipped', async () => {
    const { group } = await h.call('secrets.CreateSecretGroup', { name: 'bulk' });
    expect(await h.call('secrets.ImportSecrets', { groupId: group.groupId, format: 'json', content: '{"A":"1","B":"2"}' }))
      .toEqual({ created: ['A', 'B'], updated: [], unchanged: [], skipped: [] });
    expect(await h.call('secrets.ImportSecrets', { groupId: group.groupId, format: 'json', content: '{"A":"1","B":"3","C":"4"}' }))
      .toEqual({ created: ['C'], updated: [], unchanged: [], skipped: ['A', 'B'] });
    expect(await h.call('secrets.ImportSecrets', { groupId: group.groupId, format: 'json', content: '{"A":"1","B":"3"}', overwrite: true }))
      .toEqual({ created: [], updated: ['B'], unchanged: ['A'], skipped: [] });
    expect((await errorOf(h.call('secrets.ImportSecrets', { groupId: group.groupId, format: 'json', content: '[1]' })))?.code).toBe('ERR_VALIDATION');
  });
  it('loads an environment in a fixed number of queries however many references it has at however many scopes (no N+1)', async () => {
    const { group } = await h.call('secrets.CreateSecretGroup', { name: 'n-plus-one' });
    const ids: string[] = [];
    for (let i = 0; i < 40; i++) ids.push((await h.call('secrets.PutSecret', { groupId: group.groupId, name: `S_${i}`, value: `v-${i}` })).secret.secretId);
    const sql = h.service.deps.database!.sql;
    let queries = 0;
    const db = drizzle(sql, { logger: { logQuery: () => void queries++ } }) as unknown as Db;
    const counted: Database = { ...h.service.deps.database!, db, close: async () => {} };
    const app = new ResolutionApp(counted, await MaterialStore.open(counted, Keyring.fromConfig(KEY1)));
    const countFor = async (projectId: string, applicationId: string) => {
      queries = 0;
      const resolved = await app.build({ projectId, environment: 'staging', applicationId });
      return { queries, variables: resolved.length };
    };
    const smallApp = randomUUID();
    const largeApp = randomUUID();
    await h.application(smallApp, 'small', 'staging');
    await h.application(largeApp, 'large', 'staging');
    await h.call('secrets.SetEnvVar', { scope: 'project', projectId: 'small', key: 'ONE', value: `@secret:${ids[0]}` });
    await h.call('secrets.SetEnvVar', { scope: 'project', projectId: 'small', key: 'P', value: 'plain' });
    const tiny = (await h.call('secrets.CreateSecretGroup', { name: 'n-plus-one-tiny' })).group;
    await h.call('secrets.PutSecret', { groupId: tiny.groupId, name: 'TINY', value: 't' });
    await h.call('secrets.SetEnvVar', { scope: 'project', projectId: 'small', key: 'G', value: '@group:n-plus-one-tiny' });
    const scopes = [['project', { projectId: 'large' }], ['environment', { projectId: 'large', environment: 'staging' }], ['application', { applicationId: largeApp }]] as const;
    for (let i = 0; i < 40; i++) {
      const [scope, target] = scopes[i % 3]!;
      await h.call('secrets.SetEnvVar', { scope, ...target, key: `R_${i}`, value: `@secret:${ids[i]}` });
    }
    for (let i = 0; i < 20; i++) {
      const [scope, target] = scopes[i % 3]!;
      await h.call('secrets.SetEnvVar', { scope, ...target, key: `P_${i}`, value: `plain-${i}` });
    }
    await h.call('secrets.SetEnvVar', { scope: 'application', applicationId: largeApp, key: 'G', value: '@group:n-plus-one' });
    const small = await countFor('small', smallApp);
    const large = await countFor('large', largeApp);
    expect(large.variables - small.variables).toBeGreaterThanOrEqual(60);
    expect(large.queries).toBe(small.queries);
    expect(large.queries).toBe(4); // variables of every scope, referenced secrets and groups' secrets, which groups exist, every value
  });
});

describe('malformed ids', () => {
  it('are refused at the RPC boundary with ERR_VALIDATION (400), not ERR_INTERNAL', async () => {
    const bad = 'not-a-uuid';
    const calls: Array<[Parameters<Harness['call']>[0], Record<string, unknown>]> = [
      ['secrets.PutSecret', { groupId: bad, name: 'X', value: 'v' }], ['secrets.ListSecrets', { groupId: bad }],
      ['secrets.GetSecretHistory', { secretId: bad }], ['secrets.RollbackSecret', { secretId: bad, toVersion: 1 }],
      ['secrets.RevealSecret', { secretId: bad, reason: 'checking ids' }], ['secrets.DeleteSecret', { secretId: bad }],
      ['secrets.ImportSecrets', { groupId: bad, format: 'json', content: '{}' }], ['secrets.ExportGroup', { groupId: bad, reason: 'checking ids' }],
      ['secrets.ImportGroupToProject', { groupId: bad, projectId: 'p' }], ['secrets.SyncProvider', { providerId: bad }],
      ['secrets.ConfigureProvider', { groupId: bad, name: 'n', providerType: 'infisical', enabled: true,
        settingsJson: JSON.stringify({ siteUrl: 'http://127.0.0.1:9', clientId: 'c', clientSecret: 's', projectId: 'p', environment: 'prod' }) }],
      ['secrets.SetEnvVar', { scope: 'project', projectId: 'p', key: 'K', value: `@secret:${'-'.repeat(36)}` }],
    ];
    for (const [method, request] of calls) {
      expect({ method, error: await errorOf(h.call(method, request)) }).toMatchObject({ method, error: { code: 'ERR_VALIDATION', status: 400 } });
    }
  });
});

describe('reveal and export', () => {
  it('needs the reveal permission and a reason, and is audited without the value', async () => {
    const { group } = await h.call('secrets.CreateSecretGroup', { name: 'reveal-me' });
    const s = (await h.call('secrets.PutSecret', { groupId: group.groupId, name: 'TOKEN', value: 'tok-abcdef-123456' })).secret;
    const noPerm = await errorOf(h.call('secrets.RevealSecret', { secretId: s.secretId, reason: 'debugging' }, ['secrets:read', 'secrets:write']));
    expect(noPerm).toMatchObject({ code: 'ERR_FORBIDDEN', status: 403 });
    expect((await errorOf(h.call('secrets.RevealSecret', { secretId: s.secretId, reason: '' })))?.code).toBe('ERR_VALIDATION');
    expect((await errorOf(callRpc(h.service.deps.nc, 'secrets.RevealSecret', { secretId: s.secretId, reason: 'x y z' }, { namespace: h.namespace })))?.code).toBe('ERR_FORBIDDEN');
    expect(await h.call('secrets.RevealSecret', { secretId: s.secretId, reason: 'incident 42', version: 0 }, ['secrets:reveal'])).toEqual({ value: 'tok-abcdef-123456', version: 1 });
    const audit = await h.db && await h.service.deps.database!.sql`select data from events where type = 'SecretRevealed' and stream_id = ${`secret-${s.secretId}`}`;
    expect(audit.map((r) => r['data'])).toEqual([{ secretId: s.secretId, groupId: group.groupId, version: 1, actorUserId: 'user-1', reason: 'incident 42', purpose: 'reveal' }]);
    expect((await errorOf(h.call('secrets.ExportGroup', { groupId: group.groupId, reason: 'migrate' }, ['secrets:read'])))?.code).toBe('ERR_FORBIDDEN');
    expect(await h.call('secrets.ExportGroup', { groupId: group.groupId, reason: 'migrate to new cluster' }, ['secrets:reveal'])).toEqual({ content: 'TOKEN=tok-abcdef-123456\n', count: 1 });
  });
});

describe('reveal of several secrets (RevealSecrets)', () => {
  it('answers in the order asked, each at its version, one SecretRevealed per secret and version', async () => {
    const { group } = await h.call('secrets.CreateSecretGroup', { name: 'reveal-many' });
    const put = async (name: string, value: string) => (await h.call('secrets.PutSecret', { groupId: group.groupId, name, value, replace: true })).secret;
    const a = await put('A', 'value-a-1');
    await put('A', 'value-a-2');
    const b = await put('B', 'value-b-1');
    const asked = [{ secretId: b.secretId, version: 0 }, { secretId: a.secretId, version: 1 }, { secretId: a.secretId, version: 0 }, { secretId: b.secretId, version: 0 }];
    expect(await h.call('secrets.RevealSecrets', { reason: 'kw run api', secrets: asked }, ['secrets:reveal'])).toEqual({ secrets: [
      { secretId: b.secretId, value: 'value-b-1', version: 1 }, { secretId: a.secretId, value: 'value-a-1', version: 1 },
      { secretId: a.secretId, value: 'value-a-2', version: 2 }, { secretId: b.secretId, value: 'value-b-1', version: 1 },
    ] });
    const audit = await h.service.deps.database!.sql`
      select stream_id, data->>'version' as version, data->>'reason' as reason from events
      where type = 'SecretRevealed' and stream_id in (${`secret-${a.secretId}`}, ${`secret-${b.secretId}`}) order by stream_id, version`;
    // B asked twice at the same version: revealed, and recorded, once.
    expect(audit.map((r) => `${r['stream_id']}@${r['version']} ${r['reason']}`).sort()).toEqual(
      [`secret-${a.secretId}@1 kw run api`, `secret-${a.secretId}@2 kw run api`, `secret-${b.secretId}@1 kw run api`].sort());
  });

  it('records nothing when one secret or version is unknown, the reason is missing or the caller may not reveal', async () => {
    const { group } = await h.call('secrets.CreateSecretGroup', { name: 'reveal-many-refused' });
    const s = (await h.call('secrets.PutSecret', { groupId: group.groupId, name: 'S', value: 'value-s-1' })).secret;
    const unknown = '00000000-0000-4000-8000-000000000000';
    const both = [{ secretId: s.secretId, version: 0 }, { secretId: unknown, version: 0 }];
    expect(await errorOf(h.call('secrets.RevealSecrets', { reason: 'kw run api', secrets: both }))).toMatchObject({ code: 'ERR_NOT_FOUND', status: 404 });
    // A known secret at a version it never had, beside one that would reveal: nothing recorded either.
    const beyond = [{ secretId: s.secretId, version: 0 }, { secretId: s.secretId, version: 2 }];
    expect(await errorOf(h.call('secrets.RevealSecrets', { reason: 'kw run api', secrets: beyond }))).toMatchObject({ code: 'ERR_NOT_FOUND', status: 404 });
    expect(await errorOf(h.call('secrets.RevealSecrets', { reason: ' ', secrets: [{ secretId: s.secretId, version: 0 }] }))).toMatchObject({ code: 'ERR_VALIDATION' });
    expect(await errorOf(h.call('secrets.RevealSecrets', { reason: 'kw run api', secrets: both.slice(0, 1) }, ['secrets:read']))).toMatchObject({ code: 'ERR_FORBIDDEN' });
    expect(await errorOf(h.call('secrets.RevealSecrets', { reason: 'kw run api', secrets: [{ secretId: 'not-a-uuid', version: 0 }] }))).toMatchObject({ code: 'ERR_VALIDATION' });
    const tooMany = Array.from({ length: 257 }, () => ({ secretId: s.secretId, version: 0 }));
    expect(await errorOf(h.call('secrets.RevealSecrets', { reason: 'kw run api', secrets: tooMany }))).toMatchObject({ code: 'ERR_VALIDATION' });
    const audit = await h.service.deps.database!.sql`select 1 from events where type = 'SecretRevealed' and stream_id = ${`secret-${s.secretId}`}`;
    expect(audit).toHaveLength(0);
  });
});

describe('encryption at rest', () => {
  it('fails to decrypt tampered ciphertext, or ciphertext moved to another record, with a clear error', async () => {
    const { group } = await h.call('secrets.CreateSecretGroup', { name: 'tamper' });
    const a = (await h.call('secrets.PutSecret', { groupId: group.groupId, name: 'A', value: 'value-a-123' })).secret;
    const b = (await h.call('secrets.PutSecret', { groupId: group.groupId, name: 'B', value: 'value-b-456' })).secret;
    const sql = h.service.deps.database!.sql;
    const [rowB] = await sql`select ciphertext from material where aad = ${`secret:${b.secretId}:1`}`;
    await sql`update material set ciphertext = ${rowB!['ciphertext']} where aad = ${`secret:${a.secretId}:1`}`;
    const moved = await errorOf(h.call('secrets.RevealSecret', { secretId: a.secretId, reason: 'check tamper' }));
    expect(moved).toMatchObject({ code: 'ERR_DECRYPT_FAILED' });
    expect(moved?.message).toContain('the value was altered, or it belongs to another record');
    const text = String(rowB!['ciphertext']);
    const parts = text.split('.');
    const ct = Buffer.from(parts[4]!, 'base64url');
    ct[0] = ct[0]! ^ 0x01;
    parts[4] = ct.toString('base64url');
    await sql`update material set ciphertext = ${parts.join('.')} where aad = ${`secret:${b.secretId}:1`}`;
    expect(await errorOf(h.call('secrets.RevealSecret', { secretId: b.secretId, reason: 'check tamper' }))).toMatchObject({ code: 'ERR_DECRYPT_FAILED' });
    // Clean up so later tests (rotation) do not trip over the deliberately broken rows.
    await sql`delete from material where aad in (${`secret:${a.secretId}:1`}, ${`secret:${b.secretId}:1`})`;
    await h.call('secrets.DeleteSecret', { secretId: a.secretId });
    await h.call('secrets.DeleteSecret', { secretId: b.secretId });
  });
});

describe('master key rotation', () => {
  it('re-wraps every data key online; every secret reads back unchanged during and after', async () => {
    const { group } = await h.call('secrets.CreateSecretGroup', { name: 'rotate' });
    const values: Record<string, string> = {};
    for (let i = 0; i < 12; i++) values[`R_${i}`] = `rotate-value-${i}-${randomUUID()}`;
    await h.call('secrets.ImportSecrets', { groupId: group.groupId, format: 'json', content: JSON.stringify(values) });
    await h.call('secrets.SetEnvVar', { scope: 'project', projectId: 'rot', key: 'ALL', value: '@group:rotate' });
    await h.call('secrets.SetEnvVar', { scope: 'project', projectId: 'rot', key: 'PLAIN', value: 'plain-rotated' });
    const before = env(await h.call('secrets.BuildEnvironment', { projectId: 'rot' }));
    expect(before).toMatchObject({ ...values, PLAIN: 'plain-rotated' });

    await h.service.stop();
    await h.start(`${KEY1},${KEY2}`);
    const sql = h.service.deps.database!.sql;
    expect((await sql`select distinct key_version from material`).map((r) => r['key_version'])).toEqual([1]);
    // Reads keep working while batches are re-wrapped.
    const reads: Array<Record<string, string>> = [];
    let reading = true;
    const reader = (async () => {
      while (reading) reads.push(env(await h.call('secrets.BuildEnvironment', { projectId: 'rot' })));
    })();
    const result = await h.call('secrets.RotateMasterKey', { batchSize: 3 });
    reading = false;
    await reader;
    expect(result.activeVersion).toBe(2);
    expect(result.previousVersions).toEqual([1]);
    expect(Number(result.rewrappedCount)).toBeGreaterThanOrEqual(14);
    expect(reads.length).toBeGreaterThan(0);
    for (const read of reads) expect(read).toEqual(before);
    expect((await sql`select distinct key_version from material`).map((r) => r['key_version'])).toEqual([2]);
    expect((await sql`select data from events where type = 'MasterKeyRotated'`)[0]?.['data']).toMatchObject({ activeVersion: 2, previousVersions: [1] });

    // Version 1 removed from the configuration: everything still reads, so nothing was left under it.
    await h.service.stop();
    await h.start(KEY2);
    expect(env(await h.call('secrets.BuildEnvironment', { projectId: 'rot' }))).toEqual(before);
  }, 60_000);
});
