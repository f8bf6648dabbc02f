import { createVerify, generateKeyPairSync, randomBytes } from 'node:crypto';
import { busNames } from '@keywarden/contracts';
import { jetstream } from '@nats-io/jetstream';
import { startAwsSecretsManagerSimulator, startInfisicalSimulator, startJsonServer, startVaultSimulator,
  type AwsSecretsManagerSimulator, type InfisicalSimulator, type VaultSimulator } from '@keywarden/simulators';
import { eventually, scrapeMetric } from '@keywarden/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEY1, startHarness, type Harness } from './test-support.js';

let h: Harness;
let infisical: InfisicalSimulator;
let vault: VaultSimulator;
let aws: AwsSecretsManagerSimulator;
// Known canary values: none may appear in the database, the event stream or the logs.
const CANARY_SYNCED = `canary-synced-${randomBytes(12).toString('hex')}`;
const CANARY_MANUAL = `canary-manual-${randomBytes(12).toString('hex')}`;
const CANARY_PLAIN = `canary-plain-${randomBytes(12).toString('hex')}`;
const CANARY_CREDENTIAL = `canary-cred-${randomBytes(12).toString('hex')}`;
const CANARIES = [CANARY_SYNCED, CANARY_MANUAL, CANARY_PLAIN, CANARY_CREDENTIAL];

beforeAll(async () => {
  [h, infisical, vault, aws] = await Promise.all([startHarness(KEY1), startInfisicalSimulator(), startVaultSimulator(), startAwsSecretsManagerSimulator({ region: 'eu-west-1' })]);
  await Promise.all(['pi', 'pc'].map((id) => h.project(id)));
}, 60_000);
afterAll(async () => {
  await Promise.all([infisical?.close(), vault?.close(), aws?.close()]);
  await h?.close();
});

/** keywarden_secret_provider_sync_total as the service's GET /metrics serves it (0 when not there yet). */
const syncs = async (labels: Record<string, string>) => (await scrapeMetric(`http://127.0.0.1:${h.service.http!.port}`, 'keywarden_secret_provider_sync_total', labels)) ?? 0;

const errorOf = async (p: Promise<unknown>) => p.then(() => undefined, (e: { code?: string; message?: string }) => e);
const sql = () => h.service.deps.database!.sql;
const secretFacts = async (groupId: string) =>
  sql()`select s.name, s.version, s.source, (select count(*)::int from events e where e.stream_id = 'secret-' || s.id) as events
        from secrets s where s.group_id = ${groupId} order by s.name`;

async function groupWithProvider(name: string, providerType: string, settings: unknown, extra: Record<string, unknown> = {}) {
  const { group } = await h.call('secrets.CreateSecretGroup', { name });
  const { providerId } = await h.call('secrets.ConfigureProvider', { name: `${name} provider`, providerType, groupId: group.groupId,
    settingsJson: JSON.stringify(settings), enabled: true, ...extra });
  return { groupId: group.groupId as string, providerId: providerId as string };
}

describe('Infisical (universal auth)', () => {
  let groupId: string;
  let providerId: string;
  it('syncs into the group; the same sync twice changes nothing the second time', async () => {
    infisical.addIdentity({ clientId: 'machine-1', clientSecret: CANARY_CREDENTIAL });
    infisical.setSecret('proj-1', 'prod', '/', 'DATABASE_URL', 'postgres://u:p@db/app');
    infisical.setSecret('proj-1', 'prod', '/', 'STRIPE_KEY', CANARY_SYNCED);
    infisical.setSecret('proj-1', 'prod', '/', 'OLD_FLAG', 'on');
    ({ groupId, providerId } = await groupWithProvider('infisical-prod', 'infisical', { siteUrl: infisical.url, clientId: 'machine-1', clientSecret: CANARY_CREDENTIAL,
      projectId: 'proj-1', environment: 'prod', secretPath: '/' }, { deleteMissing: true }));
    const synced = await syncs({ provider: 'infisical', result: 'success' });
    expect(await h.call('secrets.SyncProvider', { providerId })).toMatchObject({ createdCount: 3, updatedCount: 0, deletedCount: 0, unchangedCount: 0 });
    expect(await syncs({ provider: 'infisical', result: 'success' })).toBe(synced + 1);
    const first = await secretFacts(groupId);
    expect(first.map((r) => [r['name'], r['version'], r['source']])).toEqual([['DATABASE_URL', 1, 'synced'], ['OLD_FLAG', 1, 'synced'], ['STRIPE_KEY', 1, 'synced']]);
    expect(await h.call('secrets.SyncProvider', { providerId })).toMatchObject({ createdCount: 0, updatedCount: 0, deletedCount: 0, unchangedCount: 3 });
    expect(await secretFacts(groupId)).toEqual(first);
    const listed = (await h.call('secrets.ListSecrets', { groupId })).secrets as Array<{ name: string; providerReference: string; lastSyncedAt: string }>;
    expect(listed.find((s) => s.name === 'STRIPE_KEY')).toMatchObject({ providerReference: '/prod/STRIPE_KEY', lastSyncedAt: expect.any(String) });
  });

  it('updates what changed and deletes what disappeared (delete_missing)', async () => {
    infisical.setSecret('proj-1', 'prod', '/', 'DATABASE_URL', 'postgres://u:p2@db/app');
    infisical.deleteSecret('proj-1', 'prod', '/', 'OLD_FLAG');
    infisical.setSecret('proj-1', 'prod', '/', 'NEW_ONE', 'n');
    expect(await h.call('secrets.SyncProvider', { providerId })).toMatchObject({ createdCount: 1, updatedCount: 1, deletedCount: 1, unchangedCount: 1 });
    expect((await secretFacts(groupId)).map((r) => [r['name'], r['version']])).toEqual([['DATABASE_URL', 2], ['NEW_ONE', 1], ['STRIPE_KEY', 1]]);
    const completed = await sql()`select data from events where type = 'ProviderSyncCompleted' and stream_id = ${`provider-${providerId}`} order by global_position`;
    expect(completed.map((r) => r['data']['createdCount'])).toEqual([3, 0, 1]);
  });

  it('a failing provider leaves existing values intact and records ProviderSyncFailed with the reason', async () => {
    await h.call('secrets.SetEnvVar', { scope: 'project', projectId: 'pi', key: 'ALL', value: '@group:infisical-prod' });
    const before = await h.call('secrets.BuildEnvironment', { projectId: 'pi' });
    const facts = await secretFacts(groupId);
    infisical.setSecret('proj-1', 'prod', '/', 'DATABASE_URL', 'postgres://would-change');
    infisical.failNext(1, 503);
    const unavailable = { provider: 'infisical', result: 'failure', error_class: 'unavailable' };
    const failedBefore = await syncs(unavailable);
    expect(await errorOf(h.call('secrets.SyncProvider', { providerId }))).toMatchObject({ code: 'ERR_PROVIDER_FAILED' });
    expect(await syncs(unavailable)).toBe(failedBefore + 1);
    expect(await secretFacts(groupId)).toEqual(facts);
    expect((await h.call('secrets.BuildEnvironment', { projectId: 'pi' })).variables).toEqual(before.variables);
    const [failed] = await sql()`select data from events where type = 'ProviderSyncFailed' and stream_id = ${`provider-${providerId}`}`;
    expect(failed!['data']).toMatchObject({ errorClass: 'unavailable', httpStatus: 503, reason: 'infisical login: the provider answered HTTP 503', trigger: 'manual' });
    // Wrong credentials: classified as auth, still nothing changed.
    const bad = await groupWithProvider('infisical-bad', 'infisical', { siteUrl: infisical.url, clientId: 'machine-1', clientSecret: 'wrong', projectId: 'proj-1', environment: 'prod' });
    const authBefore = await syncs({ provider: 'infisical', result: 'failure', error_class: 'auth' });
    expect(await errorOf(h.call('secrets.SyncProvider', { providerId: bad.providerId }))).toMatchObject({ code: 'ERR_PROVIDER_FAILED' });
    expect(await secretFacts(bad.groupId)).toEqual([]);
    expect(await syncs({ provider: 'infisical', result: 'failure', error_class: 'auth' })).toBe(authBefore + 1);
  });

  it('syncs on its schedule (croner, with seconds)', async () => {
    infisical.setSecret('proj-2', 'dev', '/', 'SCHEDULED', 'yes');
    const { groupId: g, providerId: p } = await groupWithProvider('infisical-scheduled', 'infisical', { siteUrl: infisical.url, clientId: 'machine-1',
      clientSecret: CANARY_CREDENTIAL, projectId: 'proj-2', environment: 'dev' }, { autoSync: true, schedule: '* * * * * *' });
    const done = await eventually(async () => {
      const rows = await sql()`select data from events where type = 'ProviderSyncCompleted' and stream_id = ${`provider-${p}`}`;
      return rows.length ? rows[0]!['data'] : undefined;
    }, { timeoutMs: 5000 });
    expect(done).toMatchObject({ trigger: 'schedule', createdCount: 1 });
    expect((await secretFacts(g)).map((r) => r['name'])).toEqual(['SCHEDULED']);
    // Stop the schedule so it does not keep running through the other tests.
    await h.call('secrets.ConfigureProvider', { providerId: p, name: 'infisical-scheduled provider', providerType: 'infisical', groupId: g, enabled: true, autoSync: false,
      settingsJson: JSON.stringify({ siteUrl: infisical.url, clientId: 'machine-1', clientSecret: CANARY_CREDENTIAL, projectId: 'proj-2', environment: 'dev' }) });
  });
});

describe('sync atomicity', () => {
  it('a failure on one secret mid-apply changes nothing and records ProviderSyncFailed', async () => {
    for (let i = 1; i <= 5; i++) infisical.setSecret('proj-atomic', 'prod', '/', `S${i}`, `v${i}`);
    const { groupId: g, providerId: p } = await groupWithProvider('atomic', 'infisical', { siteUrl: infisical.url, clientId: 'machine-1',
      clientSecret: CANARY_CREDENTIAL, projectId: 'proj-atomic', environment: 'prod' }, { deleteMissing: true });
    expect(await h.call('secrets.SyncProvider', { providerId: p })).toMatchObject({ createdCount: 5 });
    const facts = await secretFacts(g);
    const counts = async () => (await sql()`select (select count(*)::int from events) as events, (select count(*)::int from material) as material`)[0];
    const before = await counts();
    // Changes on several secrets, and the 7th secret's row fails to write (injected in the database).
    infisical.setSecret('proj-atomic', 'prod', '/', 'S1', 'v1-changed');
    infisical.deleteSecret('proj-atomic', 'prod', '/', 'S5');
    for (let i = 6; i <= 9; i++) infisical.setSecret('proj-atomic', 'prod', '/', `S${i}`, `v${i}`);
    await sql().unsafe(`create function fail_s7() returns trigger language plpgsql as $$ begin
      if new.name = 'S7' and new.group_id = '${g}' then raise exception 'injected failure'; end if; return new; end $$;
      create trigger fail_s7 before insert on secrets for each row execute function fail_s7();`);
    try {
      expect(await errorOf(h.call('secrets.SyncProvider', { providerId: p }))).toMatchObject({ code: 'ERR_PROVIDER_FAILED' });
    } finally {
      await sql().unsafe('drop trigger fail_s7 on secrets; drop function fail_s7();');
    }
    expect(await secretFacts(g)).toEqual(facts);
    const failed = await sql()`select data from events where type = 'ProviderSyncFailed' and stream_id = ${`provider-${p}`}`;
    expect(failed.map((r) => r['data'])).toEqual([expect.objectContaining({ errorClass: 'unknown', trigger: 'manual' })]);
    // Exactly one new event (ProviderSyncFailed): no secret event, no material row.
    expect(await counts()).toEqual({ events: before!['events'] + 1, material: before!['material'] });
    // Without the injected failure the same sync applies everything at once.
    expect(await h.call('secrets.SyncProvider', { providerId: p })).toMatchObject({ createdCount: 4, updatedCount: 1, deletedCount: 1, unchangedCount: 3 });
  });
});

describe('HashiCorp Vault KV v2', () => {
  it('syncs with a token and with AppRole, reading nested paths', async () => {
    vault.addToken('root-token');
    vault.put('secret', 'apps/web/db', { DB_USER: 'web', DB_PASSWORD: 'pw-123456' });
    vault.put('secret', 'apps/web/nested/api', { API_KEY: 'api-987654' });
    vault.put('secret', 'other/x', { IGNORED: '1' });
    const token = await groupWithProvider('vault-token', 'hashicorp-vault', { address: vault.url, mount: 'secret', path: 'apps/web', auth: { method: 'token', token: 'root-token' } });
    expect(await h.call('secrets.SyncProvider', { providerId: token.providerId })).toMatchObject({ createdCount: 3, unchangedCount: 0 });
    expect(await h.call('secrets.SyncProvider', { providerId: token.providerId })).toMatchObject({ createdCount: 0, updatedCount: 0, unchangedCount: 3 });
    const listed = (await h.call('secrets.ListSecrets', { groupId: token.groupId })).secrets as Array<{ name: string; providerReference: string }>;
    expect(listed.map((s) => [s.name, s.providerReference])).toEqual([
      ['API_KEY', 'secret/apps/web/nested/api#API_KEY'], ['DB_PASSWORD', 'secret/apps/web/db#DB_PASSWORD'], ['DB_USER', 'secret/apps/web/db#DB_USER']]);

    vault.addAppRole({ roleId: 'role-1', secretId: 'secret-id-1' });
    const approle = await groupWithProvider('vault-approle', 'hashicorp-vault', { address: vault.url, path: 'apps/web/nested', auth: { method: 'approle', roleId: 'role-1', secretId: 'secret-id-1' } });
    expect(await h.call('secrets.SyncProvider', { providerId: approle.providerId })).toMatchObject({ createdCount: 1 });
    const wrong = await groupWithProvider('vault-wrong', 'hashicorp-vault', { address: vault.url, auth: { method: 'token', token: 'nope' } });
    expect(await errorOf(h.call('secrets.SyncProvider', { providerId: wrong.providerId }))).toMatchObject({ code: 'ERR_PROVIDER_FAILED' });
    const [failed] = await sql()`select data from events where type = 'ProviderSyncFailed' and stream_id = ${`provider-${wrong.providerId}`}`;
    expect(failed!['data']).toMatchObject({ errorClass: 'auth', httpStatus: 403 });
  });
});

describe('AWS Secrets Manager (SDK against the simulator)', () => {
  it('syncs the secrets under a prefix', async () => {
    aws.addAccessKey('AKIASIMULATOR000001');
    aws.putSecret('prod/app/DB_URL', 'postgres://aws');
    aws.putSecret('prod/app/API_TOKEN', 'tok-aws-1');
    aws.putSecret('dev/app/OTHER', 'no');
    const settings = { region: 'eu-west-1', endpoint: aws.url, accessKeyId: 'AKIASIMULATOR000001', secretAccessKey: 'simulated-secret-key', prefix: 'prod/app/' };
    const g = await groupWithProvider('aws-prod', 'aws-secrets-manager', settings);
    expect(await h.call('secrets.SyncProvider', { providerId: g.providerId })).toMatchObject({ createdCount: 2 });
    aws.putSecret('prod/app/DB_URL', 'postgres://aws-2');
    expect(await h.call('secrets.SyncProvider', { providerId: g.providerId })).toMatchObject({ createdCount: 0, updatedCount: 1, unchangedCount: 1 });
    expect((await secretFacts(g.groupId)).map((r) => [r['name'], r['version']])).toEqual([['API_TOKEN', 1], ['DB_URL', 2]]);
    const denied = await groupWithProvider('aws-denied', 'aws-secrets-manager', { ...settings, accessKeyId: 'AKIAUNKNOWN000000000' });
    expect(await errorOf(h.call('secrets.SyncProvider', { providerId: denied.providerId }))).toMatchObject({ code: 'ERR_PROVIDER_FAILED' });
    expect(await secretFacts(denied.groupId)).toEqual([]);
  });

  it('refuses invalid settings by field name, without echoing values', async () => {
    const { group } = await h.call('secrets.CreateSecretGroup', { name: 'aws-invalid' });
    const error = await errorOf(h.call('secrets.ConfigureProvider', { name: 'bad', providerType: 'aws-secrets-manager', groupId: group.groupId,
      settingsJson: JSON.stringify({ region: 'eu-west-1', secretAccessKey: CANARY_CREDENTIAL }), enabled: true }));
    expect(error).toMatchObject({ code: 'ERR_VALIDATION' });
    expect(error?.message).toContain('accessKeyId');
    expect(error?.message).not.toContain(CANARY_CREDENTIAL);
  });
});

// Azure Key Vault and GCP Secret Manager have no simulator in tools/simulators: these small
// fakes speak the REST calls the clients make (token grant, paged list, get/access).
describe('Azure Key Vault (REST)', () => {
  it('gets a client-credentials token, follows nextLink, maps names and skips disabled secrets', async () => {
    const secrets: Record<string, { value: string; enabled: boolean }> = { 'DB-URL': { value: 'postgres://az', enabled: true }, 'API-KEY': { value: 'az-key', enabled: true }, OFF: { value: 'x', enabled: false } };
    const fake = await startJsonServer((req) => {
      if (req.method === 'POST' && req.path === '/tenant-1/oauth2/v2.0/token') {
        const form = new URLSearchParams(req.raw);
        if (form.get('client_secret') !== 'az-secret' || form.get('scope') !== 'https://vault.azure.net/.default') return { status: 401, body: { error: 'invalid_client' } };
        return { status: 200, body: { token_type: 'Bearer', expires_in: 3599, access_token: 'az-token' } };
      }
      if (req.headers.authorization !== 'Bearer az-token') return { status: 401, body: { error: { code: 'Unauthorized' } } };
      const names = Object.keys(secrets).sort();
      if (req.path === '/secrets' && req.query.get('api-version') === '7.4') {
        const page = Number(req.query.get('page') ?? 0);
        const value = names.slice(page * 2, page * 2 + 2).map((n) => ({ id: `${fake.url}/secrets/${n}`, attributes: { enabled: secrets[n]!.enabled } }));
        return { status: 200, body: { value, nextLink: page * 2 + 2 < names.length ? `${fake.url}/secrets?api-version=7.4&page=${page + 1}` : null } };
      }
      const name = /^\/secrets\/([^/]+)$/.exec(req.path)?.[1];
      const found = name ? secrets[name] : undefined;
      return found ? { status: 200, body: { value: found.value, id: `${fake.url}/secrets/${name}/v1` } } : { status: 404, body: { error: { code: 'SecretNotFound' } } };
    });
    try {
      const settings = { vaultUrl: fake.url, tenantId: 'tenant-1', clientId: 'app-1', clientSecret: 'az-secret', authorityHost: fake.url };
      const g = await groupWithProvider('azure-prod', 'azure-keyvault', settings);
      expect(await h.call('secrets.SyncProvider', { providerId: g.providerId })).toMatchObject({ createdCount: 2 });
      expect(await h.call('secrets.SyncProvider', { providerId: g.providerId })).toMatchObject({ createdCount: 0, updatedCount: 0, unchangedCount: 2 });
      expect((await secretFacts(g.groupId)).map((r) => r['name'])).toEqual(['API_KEY', 'DB_URL']);
      const bad = await groupWithProvider('azure-bad', 'azure-keyvault', { ...settings, clientSecret: 'wrong' });
      expect(await errorOf(h.call('secrets.SyncProvider', { providerId: bad.providerId }))).toMatchObject({ code: 'ERR_PROVIDER_FAILED' });
    } finally {
      await fake.close();
    }
  });
});

describe('GCP Secret Manager (REST)', () => {
  it('signs an RS256 JWT bearer assertion, pages the list and decodes the latest versions', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const values: Record<string, string> = { app_DB_URL: 'postgres://gcp', app_TOKEN: 'gcp-token-value', other_X: 'no' };
    const fake = await startJsonServer((req) => {
      if (req.method === 'POST' && req.path === '/token') {
        const assertion = new URLSearchParams(req.raw).get('assertion') ?? '';
        const [header = '', claims = '', signature = ''] = assertion.split('.');
        const valid = createVerify('RSA-SHA256').update(`${header}.${claims}`).verify(publicKey, signature, 'base64url');
        const body = JSON.parse(Buffer.from(claims, 'base64url').toString()) as { iss: string; aud: string };
        if (!valid || body.iss !== 'sa@p1.iam.gserviceaccount.com' || body.aud !== `${fake.url}/token`) return { status: 400, body: { error: 'invalid_grant' } };
        return { status: 200, body: { access_token: 'gcp-access', expires_in: 3599, token_type: 'Bearer' } };
      }
      if (req.headers.authorization !== 'Bearer gcp-access') return { status: 401, body: { error: { code: 401 } } };
      const names = Object.keys(values).sort();
      if (req.path === '/v1/projects/p1/secrets') {
        const start = Number(req.query.get('pageToken') || 0);
        return { status: 200, body: { secrets: names.slice(start, start + 2).map((n) => ({ name: `projects/123/secrets/${n}` })), ...(start + 2 < names.length ? { nextPageToken: String(start + 2) } : {}) } };
      }
      const id = /^\/v1\/projects\/p1\/secrets\/([^/]+)\/versions\/latest:access$/.exec(req.path)?.[1];
      return id && values[id] !== undefined
        ? { status: 200, body: { name: `projects/123/secrets/${id}/versions/3`, payload: { data: Buffer.from(values[id]!).toString('base64') } } }
        : { status: 404, body: { error: { code: 404 } } };
    });
    try {
      const settings = { projectId: 'p1', endpoint: fake.url, prefix: 'app_',
        serviceAccount: { client_email: 'sa@p1.iam.gserviceaccount.com', private_key: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), token_uri: `${fake.url}/token` } };
      const g = await groupWithProvider('gcp-prod', 'gcp-secret-manager', settings);
      expect(await h.call('secrets.SyncProvider', { providerId: g.providerId })).toMatchObject({ createdCount: 2 });
      expect(await h.call('secrets.SyncProvider', { providerId: g.providerId })).toMatchObject({ createdCount: 0, updatedCount: 0, unchangedCount: 2 });
      const listed = (await h.call('secrets.ListSecrets', { groupId: g.groupId })).secrets as Array<{ name: string; providerReference: string }>;
      expect(listed.map((s) => [s.name, s.providerReference])).toEqual([['DB_URL', 'projects/123/secrets/app_DB_URL/versions/3'], ['TOKEN', 'projects/123/secrets/app_TOKEN/versions/3']]);
      const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
      const bad = await groupWithProvider('gcp-bad', 'gcp-secret-manager', { ...settings, serviceAccount: { ...settings.serviceAccount, private_key: other } });
      expect(await errorOf(h.call('secrets.SyncProvider', { providerId: bad.providerId }))).toMatchObject({ code: 'ERR_PROVIDER_FAILED' });
    } finally {
      await fake.close();
    }
  });
});

describe('no plaintext anywhere', () => {
  it('keeps canary values out of the database, the EVT_SECRETS stream and the logs', async () => {
    const { group } = await h.call('secrets.CreateSecretGroup', { name: 'canaries' });
    const s = (await h.call('secrets.PutSecret', { groupId: group.groupId, name: 'CANARY', value: CANARY_MANUAL })).secret;
    await h.call('secrets.SetEnvVar', { scope: 'project', projectId: 'pc', key: 'PLAIN_CANARY', value: CANARY_PLAIN });
    await h.call('secrets.SetEnvVar', { scope: 'project', projectId: 'pc', key: 'REF', value: `@secret:${s.secretId}` });
    await h.call('secrets.SetEnvVar', { scope: 'project', projectId: 'pc', key: 'SYNCED', value: '@group:infisical-prod' });
    const built = JSON.stringify(await h.call('secrets.BuildEnvironment', { projectId: 'pc' }));
    for (const canary of [CANARY_MANUAL, CANARY_PLAIN, CANARY_SYNCED]) expect(built).toContain(canary);
    expect((await h.call('secrets.RevealSecret', { secretId: s.secretId, reason: 'canary check' })).value).toBe(CANARY_MANUAL);
    expect((await h.call('secrets.ExportGroup', { groupId: group.groupId, reason: 'canary check' })).content).toContain(CANARY_MANUAL);

    // 1. A dump of every table of the service's database.
    const tables = await sql()`select table_name from information_schema.tables where table_schema = 'public'`;
    expect(tables.map((t) => t['table_name'])).toEqual(expect.arrayContaining(['events', 'material', 'secrets', 'env_vars', 'providers']));
    let dump = '';
    for (const t of tables) dump += JSON.stringify(await sql().unsafe(`select * from "${String(t['table_name'])}"`));
    expect(dump).toContain(s.secretId);
    for (const canary of CANARIES) expect(dump).not.toContain(canary);

    // 2. Every message of EVT_SECRETS on JetStream, payload and headers.
    const total = Number((await sql()`select count(*)::int as n from events`)[0]!['n']);
    const js = jetstream(h.service.deps.nc);
    const stream = busNames(h.namespace).stream('secrets');
    await eventually(async () => ((await (await js.streams.get(stream)).info()).state.messages >= total ? true : undefined), { timeoutMs: 10_000 });
    const consumer = await js.consumers.get(stream);
    let seen = 0;
    let published = '';
    const messages = await consumer.fetch({ max_messages: total, expires: 5000 });
    for await (const m of messages) {
      seen++;
      published += Buffer.from(m.data).toString('latin1') + JSON.stringify(m.headers ? [...m.headers.keys()].map((k) => m.headers!.get(k)) : []);
      if (seen >= total) break;
    }
    expect(seen).toBe(total);
    expect(published).toContain('SecretRevealed');
    for (const canary of CANARIES) expect(published).not.toContain(canary);

    // 3. Everything the service logged during this run (debug level).
    const logs = h.logs.join('');
    expect(logs).toContain('provider sync completed');
    for (const canary of CANARIES) expect(logs).not.toContain(canary);
  }, 30_000);
});

describe('provider configuration', () => {
  const settings = () => JSON.stringify({ siteUrl: infisical.url, clientId: 'machine-1', clientSecret: CANARY_CREDENTIAL, projectId: 'proj-cfg', environment: 'prod' });

  it('refuses an invalid cron schedule, and a bad stored schedule does not stop the service', async () => {
    const { group } = await h.call('secrets.CreateSecretGroup', { name: 'cron-check' });
    const error = await errorOf(h.call('secrets.ConfigureProvider', { name: 'cron', providerType: 'infisical', groupId: group.groupId, settingsJson: settings(),
      enabled: true, autoSync: true, schedule: 'every tuesday' }));
    expect(error).toMatchObject({ code: 'ERR_VALIDATION' });
    expect(await sql()`select id from providers where group_id = ${group.groupId}`).toEqual([]);
    // A row written before schedules were validated: the restart logs and skips it.
    const { providerId } = await h.call('secrets.ConfigureProvider', { name: 'cron', providerType: 'infisical', groupId: group.groupId, settingsJson: settings(), enabled: true });
    await sql()`update providers set schedule = 'every tuesday', auto_sync = true where id = ${providerId}`;
    await h.service.stop();
    await h.start(KEY1);
    expect(h.logs.join('')).toContain('could not schedule sync; skipped');
    expect((await h.call('secrets.ListSecretGroups', {})).groups.map((g: { name: string }) => g.name)).toContain('cron-check');
  }, 30_000);

  it('a provider for a group synced by another provider changes nothing', async () => {
    const { group } = await h.call('secrets.CreateSecretGroup', { name: 'linked-once' });
    await h.call('secrets.ConfigureProvider', { name: 'first', providerType: 'infisical', groupId: group.groupId, settingsJson: settings(), enabled: true });
    const count = async () => (await sql()`select (select count(*)::int from events) as events, (select count(*)::int from providers) as providers,
      (select count(*)::int from material) as material`)[0];
    const before = await count();
    const error = await errorOf(h.call('secrets.ConfigureProvider', { name: 'second', providerType: 'infisical', groupId: group.groupId, settingsJson: settings(), enabled: true }));
    expect(error).toMatchObject({ code: 'ERR_CONFLICT' });
    expect(await count()).toEqual(before);
  });
});
