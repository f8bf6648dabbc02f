// `kw replay oauth-broker`: the broker (its own test harness, with the GitLab simulator)
// connects accounts through the real flow and refreshes one; replaying from its event store
// and from JetStream gives the same rows.
import { eventually } from '@keywarden/testing';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectGitLab, startHarness, type Harness } from '../../../services/oauth-broker/src/test-support/harness.js';
import { kw, snapshot } from './test-support.js';

const TABLES = ['provider_apps', 'accounts'];
let h: Harness;
let live: Record<string, string[]>;
let run: ReturnType<typeof kw>;
let refreshes = 0;

beforeAll(async () => {
  h = await startHarness();
  run = kw({ natsUrl: h.natsUrl, namespace: h.namespace });
  const { accountId } = await connectGitLab(h, 'user-1', { id: 42, username: 'alice' });
  await h.rpc('oauth.GetAccessToken', { accountId, minValidMinutes: 10 });
  // Past the access token's expiry: the next GetAccessToken refreshes (TokenRefreshed).
  h.clock.advanceMinutes(24 * 60);
  await h.rpc('oauth.GetAccessToken', { accountId, minValidMinutes: 10 });
  const sql = h.brokers[0]!.deps.database!.sql;
  await eventually(async () => (await sql`select 1 from outbox limit 1`).length === 0);
  live = await snapshot(sql, TABLES);
  refreshes = (await h.events('TokenRefreshed')).length;
  for (const broker of h.brokers) await broker.stop();
}, 60_000);

afterAll(async () => {
  await h?.stop();
});

describe('kw replay oauth-broker', () => {
  it('rebuilds provider apps and accounts from the event store and from JetStream, row for row', async () => {
    expect(refreshes).toBeGreaterThan(0);
    expect(live['accounts']).toHaveLength(1);
    const sql = postgres(h.db.url, { max: 1, onnotice: () => {} });
    try {
      for (const from of ['store', 'jetstream']) {
        await sql`update accounts set status = 'tampered', generation = 0`;
        await sql`delete from provider_apps`;
        const result = await run(['replay', 'oauth-broker', '--from', from, '--database-url', h.db.url]);
        expect(result.code, result.err).toBe(0);
        expect(result.out).toMatch(/replayed 2 projections of oauth-broker from (the event store|JetStream): \d+ events applied/);
        expect(await snapshot(sql, TABLES)).toEqual(live);
      }
    } finally {
      await sql.end();
    }
  });
});
