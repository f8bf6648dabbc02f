// `kw replay identity`: identity runs in-process (startService) and fills its read models
// through its RPCs; replaying them from scratch, from the event store and from JetStream,
// gives the same rows, row for row, after the tables were damaged on purpose.
import { callRpc } from '@keywarden/bus';
import type { RpcMethodName } from '@keywarden/contracts';
import { generateMasterKey } from '@keywarden/crypto';
import { connectDatabase, type Database } from '@keywarden/db';
import { identityConfig, identityService } from '@keywarden/identity';
import { projectionCatalog } from '@keywarden/identity/projections';
import { loadConfig, startService, type RunningService } from '@keywarden/runtime';
import { createTestDatabase, eventually, testBus, type TestDatabase } from '@keywarden/testing';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kw, snapshot } from './test-support.js';

const TABLES = [
  'users', 'sessions', 'organizations', 'organization_members', 'personal_access_tokens', 'personal_access_token_hashes', 'identity_providers',
  'instance_settings', 'token_cleanup_runs',
];
const PASSWORD = 'correct horse battery staple';
const client = { ip: '10.0.0.1', userAgent: 'vitest' };
const bus = testBus();
const run = kw(bus);
let db: TestDatabase;
let database: Database;
let service: RunningService | undefined;
let live: Record<string, string[]>;

const rpc = <N extends RpcMethodName>(method: N, request: Parameters<typeof callRpc<N>>[2]) =>
  callRpc(service!.deps.nc, method, request, { namespace: bus.namespace, timeoutMs: 20_000 });
const as = (userId: string, roles: string[] = []) => ({ userId, roles, credential: 'session' });
const handled = async () => {
  const types = [...new Set(projectionCatalog.projections.flatMap((p) => p.handles))];
  const [row] = await database.sql<Array<{ n: number }>>`select count(*)::int as n from events where type in ${database.sql(types)}`;
  return row!.n;
};
const damage = async () => {
  await database.sql`update users set display_name = 'tampered'`;
  await database.sql`delete from organization_members`;
  await database.sql`update sessions set status = 'tampered'`;
  await database.sql`update personal_access_tokens set name = 'tampered'`;
  await database.sql`delete from token_cleanup_runs`;
};

beforeAll(async () => {
  db = await createTestDatabase('cli_identity');
  database = connectDatabase(db.url, { applicationName: 'cli-test', max: 2 });
  const env = { KW_NATS_URL: bus.natsUrl, KW_DATABASE_URL: db.url, KW_BUS_NAMESPACE: bus.namespace, KW_LOG_LEVEL: 'silent', KW_MASTER_KEYS: `1:${generateMasterKey()}` };
  service = await startService(identityService(), loadConfig('identity', env, identityConfig, { database: true, masterKeys: true }),
    { logDestination: new Writable({ write: (_c, _e, cb) => cb() }) });

  const signUp = async (email: string) => (await rpc('identity.SignUp', { email, password: PASSWORD, displayName: email.split('@')[0]!, client })).user!;
  const admin = await signUp('root@example.com');
  const ann = await signUp('ann@example.com');
  const bob = await signUp('bob@example.com');
  const first = (await rpc('identity.SignIn', { email: 'ann@example.com', password: PASSWORD, client })).session!;
  await rpc('identity.RefreshSession', { refreshToken: first.refreshToken!, client });
  const second = (await rpc('identity.SignIn', { email: 'ann@example.com', password: PASSWORD, client })).session!;
  await rpc('identity.SignOut', { actor: as(ann.userId!), sessionId: second.sessionId!, refreshToken: second.refreshToken! });
  await rpc('identity.SignIn', { email: 'bob@example.com', password: PASSWORD, client });
  const { organization } = await rpc('identity.CreateOrganization', { actor: as(ann.userId!), name: 'Acme', slug: 'acme' });
  await rpc('identity.AddMember', { actor: as(ann.userId!), organizationId: organization!.organizationId!, email: 'bob@example.com', role: 'member' });
  await rpc('identity.TransferOwnership', { actor: as(ann.userId!), organizationId: organization!.organizationId!, newOwnerUserId: bob.userId! });
  const kept = await rpc('identity.CreatePersonalAccessToken', { actor: as(ann.userId!), name: 'ci', scopes: ['secrets:read'] });
  const revoked = await rpc('identity.CreatePersonalAccessToken', { actor: as(ann.userId!), name: 'old', scopes: ['secrets:read'] });
  await rpc('identity.RevokePersonalAccessToken', { actor: as(ann.userId!), tokenId: revoked.personalAccessToken!.tokenId! });
  await rpc('identity.CreatePersonalAccessToken', { actor: as(bob.userId!), name: 'bob', scopes: ['deploy:write'] });
  await rpc('identity.DisableUser', { actor: as(admin.userId!, ['admin']), userId: bob.userId!, reason: 'left' });
  await rpc('identity.RunTokenCleanup', { actor: as(admin.userId!, ['admin']) });
  expect(kept.personalAccessToken?.tokenId).toBeTruthy();
  // Everything on the stream too (the JetStream replay reads it), then the service stops:
  // a replay beside a running service would race its writes.
  await eventually(async () => (await database.sql`select 1 from outbox limit 1`).length === 0);
  // What no event says, as the service writes it: a token's last use (the batched flush), and a
  // dead token purged by the cleanup (its hash row goes with it, on delete cascade).
  await database.sql`update personal_access_tokens set last_used_at = now() where id = ${kept.personalAccessToken!.tokenId!}`;
  await database.sql`delete from personal_access_tokens where id = ${revoked.personalAccessToken!.tokenId!}`;
  live = await snapshot(database.sql, TABLES);
}, 60_000);

afterAll(async () => {
  await service?.stop();
  await database?.close();
  await db?.drop();
});

describe('kw replay identity', () => {
  it('refuses while the service is connected to its database, with exit code 1', async () => {
    const result = await run(['replay', 'identity', '--database-url', db.url]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/identity is running \(\d+ connections? to its database\)/);
    expect(await snapshot(database.sql, TABLES)).toEqual(live);
  });

  it('rebuilds every projection from the event store, row for row, with progress and a final count', async () => {
    await service!.stop();
    service = undefined;
    await eventually(async () => (await database.sql`select 1 from pg_stat_activity where application_name = 'identity' and datname = current_database()`).length === 0);
    expect(live['personal_access_tokens']).toHaveLength(2);
    expect(live['personal_access_token_hashes']).toHaveLength(2);
    expect(live['personal_access_tokens']!.filter((row) => JSON.parse(row).last_used_at !== null)).toHaveLength(1);
    expect(live['sessions']).toHaveLength(3);
    expect(live['token_cleanup_runs']).toHaveLength(1);
    await damage();
    expect(await snapshot(database.sql, TABLES)).not.toEqual(live);

    const result = await run(['replay', 'identity', '--database-url', db.url, '--batch', '5']);
    expect(result.code, result.err).toBe(0);
    const events = await handled();
    expect(result.out).toContain(`replayed 7 projections of identity from the event store: ${events} events applied`);
    expect(result.out).toMatch(/^users: \d+ events$/m);
    expect(result.err).toContain(`reading ${events} events from the event store`);
    expect(result.err).toMatch(/ {2}5\/\d+ events \(position \d+\)/);
    expect(await snapshot(database.sql, TABLES)).toEqual(live);
  });

  it('rebuilds one projection and leaves the others as they are', async () => {
    await database.sql`update users set display_name = 'tampered'`;
    await database.sql`update organizations set name = 'tampered'`;
    const result = await run(['replay', 'identity', '--projection', 'users', '--database-url', db.url]);
    expect(result.code, result.err).toBe(0);
    expect(result.out).toMatch(/replayed 1 projection of identity from the event store: \d+ events applied/);
    const after = await snapshot(database.sql, TABLES);
    expect(after['users']).toEqual(live['users']);
    expect(after['organizations']!.every((row) => row.includes('"name": "tampered"'))).toBe(true);
  });

  it('rebuilds from JetStream with the same projection code, row for row', async () => {
    await damage();
    await database.sql`update organizations set name = 'tampered'`;
    const result = await run(['replay', 'identity', '--from', 'jetstream', '--database-url', db.url]);
    expect(result.code, result.err).toBe(0);
    expect(result.out).toContain(`replayed 7 projections of identity from JetStream: ${await handled()} events applied`);
    expect(result.err).toMatch(/reading identity's stream from JetStream/);
    expect(await snapshot(database.sql, TABLES)).toEqual(live);
  });

  it('says what is wrong with bad usage, with exit code 2', async () => {
    expect((await run(['replay', 'identity', '--projection', 'nope', '--database-url', db.url])).err).toContain('identity has no projection nope; it has: users, sessions');
    expect((await run(['replay', 'identity', '--from', 'kafka'])).code).toBe(2);
    expect((await run(['replay', 'gateway'])).code).toBe(2);
    expect((await run(['replay'])).code).toBe(2);
  });
});
