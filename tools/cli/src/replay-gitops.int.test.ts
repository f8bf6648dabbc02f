// `kw replay gitops-sync`: gitops-sync (its own test harness: the Kubernetes API test server,
// a fake GetAccessToken) creates projects whose Git credentials sync, an account refreshes,
// another needs reauthorization; replaying its projections from its event store and its
// read models of oauth's and identity's events from their streams gives the same rows.
import { testBus } from '@keywarden/testing';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ownerOf, startHarness, until, type Harness } from '../../../services/gitops-sync/src/test-support/harness.js';
import { kw, snapshot } from './test-support.js';

const TABLES = ['projects', 'bindings', 'oauth_accounts', 'org_owners'];
let h: Harness;
let live: Record<string, string[]>;
let run: ReturnType<typeof kw>;

beforeAll(async () => {
  h = await startHarness();
  run = kw({ natsUrl: testBus().natsUrl, namespace: h.service.deps.namespace! });
  const sql = h.service.deps.database!.sql;
  await h.organization('org-a', 'alice');
  await h.organization('org-b', 'bob');
  await h.connect('acc-alice', 'alice');
  await h.connect('acc-bob', 'bob');
  await until(async () => expect((await sql`select 1 from oauth_accounts`).length + (await sql`select 1 from org_owners`).length).toBe(4));
  for (const [slug, org, owner] of [['alpha', 'org-a', 'alice'], ['gamma', 'org-b', 'bob']] as const) {
    await h.rpc('gitops.CreateProject', { actor: ownerOf(org, owner), organizationId: org, name: slug, repositoryUrl: `https://gitlab.com/acme/${slug}`, environments: [] });
  }
  await until(async () => expect(await h.events('GitCredentialsSynced')).toHaveLength(6));
  await h.refresh('acc-alice');
  await until(async () => expect((await h.events('GitCredentialsSynced')).filter((e) => e.data['trigger'] === 'token_refreshed')).toHaveLength(3));
  await h.publish('oauth-broker', 'ReauthorizationRequired', 'account-acc-bob', { accountId: 'acc-bob', provider: 'gitlab', userId: 'bob', errorClass: 'invalid_grant', generation: 1 });
  await until(async () => expect(await h.events('GitCredentialsSyncFailed')).toHaveLength(3));
  await until(async () => expect((await sql`select 1 from outbox limit 1`).length).toBe(0));
  live = await snapshot(sql, TABLES);
  await h.service.stop();
}, 90_000);

afterAll(async () => {
  await h?.stop();
});

describe('kw replay gitops-sync', () => {
  it('rebuilds projects, bindings and its read models of oauth and identity events, row for row', async () => {
    expect(live['bindings']!.map((row) => JSON.parse(row).status).sort()).toEqual(['stale', 'stale', 'stale', 'synced', 'synced', 'synced']);
    expect(live['oauth_accounts']!.map((row) => [JSON.parse(row).account_id, JSON.parse(row).generation, JSON.parse(row).status]).sort())
      .toEqual([['acc-alice', 2, 'active'], ['acc-bob', 1, 'reauthorization_required']]);
    const sql = postgres(h.db.url, { max: 1, onnotice: () => {} });
    const queued = async () => (await sql<Array<{ n: number }>>`select count(*)::int as n from sync_queue`)[0]!.n;
    try {
      const before = await queued();
      for (const from of ['store', 'jetstream']) {
        await sql`update bindings set status = 'tampered'`;
        await sql`delete from oauth_accounts`;
        await sql`update org_owners set owner_user_id = 'mallory'`;
        const result = await run(['replay', 'gitops-sync', '--database-url', h.db.url, ...(from === 'jetstream' ? ['--from', 'jetstream'] : [])]);
        expect(result.code, result.err).toBe(0);
        expect(result.out).toMatch(new RegExp(`replayed 4 projections of gitops-sync from ${from === 'store' ? 'the event store and JetStream' : 'JetStream'}: \\d+ events applied`));
        expect(result.out).toMatch(/^oauth_accounts: 4 events$/m);
        expect(await snapshot(sql, TABLES)).toEqual(live);
      }
      // Nothing was queued for the cluster by the replays: only the consumers' row writes ran.
      expect(await queued()).toBe(before);
    } finally {
      await sql.end();
    }
  });
});
