import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitLabSimulator } from '@keywarden/simulators';
import { LOCK_CLASS } from './adapters/outgoing/db/account-lock.js';
import { admin, connectUser, startHarness, type Harness } from './test-support/harness.js';

let h: Harness;
const ACCOUNTS = 30;
const accountIds: string[] = [];

beforeAll(async () => {
  h = await startHarness({ instances: 3, env: { KW_OAUTH_SCHEDULER_BATCH: '8', KW_OAUTH_PROVIDER_CONCURRENCY: '3' } });
  h.gitlab.addApp({ clientId: 'gl', clientSecret: 'gl-secret' });
  const { providerAppId } = await h.rpc('oauth.ConfigureProviderApp', { actor: admin, provider: 'gitlab', name: 'GitLab', baseUrl: h.gitlab.url, clientId: 'gl', clientSecret: 'gl-secret' });
  for (let i = 0; i < ACCOUNTS; i++) {
    h.gitlab.addUser({ id: 1000 + i, username: `u${i}` });
    accountIds.push(await connectUser(h, providerAppId, `user-${i}`, () => h.gitlab.signIn(1000 + i)));
  }
}, 60_000);
afterAll(async () => h?.stop());

describe('refresh scheduler across replicas', () => {
  it('shares due grants between 3 replicas (SKIP LOCKED) and refreshes each exactly once before it expires', async () => {
    // Grants end 2 h after connecting; margin (10 min) plus jitter (up to 5) makes each due between 1 h 45 and 1 h 50.
    h.clock.advanceMinutes(100);
    const nothingYet = await Promise.all(h.handles.map((x) => x.scheduler.tick()));
    expect(nothingYet.reduce((n, r) => n + r.claimed, 0)).toBe(0);
    h.clock.advanceMinutes(11);
    const before = h.gitlab.refreshCount();
    const rounds: number[][] = [];
    // Ticks on all replicas at once, batch 8, until nothing is due.
    for (let round = 0; round < 10; round++) {
      const results = await Promise.all(h.handles.map((x) => x.scheduler.tick()));
      rounds.push(results.map((r) => r.claimed));
      if (results.every((r) => r.claimed === 0)) break;
    }
    // Each replica takes a full batch of its own in the first round: none waits on or repeats another's claim.
    expect(rounds[0]).toEqual([8, 8, 8]);
    expect(rounds.flat().reduce((a, b) => a + b, 0)).toBe(ACCOUNTS);
    expect(h.gitlab.refreshCount() - before).toBe(ACCOUNTS);
    const refreshed = await h.events('TokenRefreshed');
    expect(new Set(refreshed.map((e) => e.data['accountId'])).size).toBe(ACCOUNTS);
    expect(refreshed).toHaveLength(ACCOUNTS);
    expect(refreshed.every((e) => e.data['trigger'] === 'scheduler' && e.data['generation'] === 2)).toBe(true);
    // Each new grant is scheduled again before its own end, with jitter spreading them out.
    const statuses = await Promise.all(accountIds.map((accountId) => h.rpc('oauth.GetAccountStatus', { actor: admin, accountId })));
    const next = statuses.map((s) => Date.parse(s.account!.nextRefreshAt!));
    for (const [i, s] of statuses.entries()) expect(next[i]!).toBeLessThan(Date.parse(s.account!.expiresAt!) - 10 * 60_000 + 1);
    expect(new Set(next).size).toBeGreaterThan(ACCOUNTS / 2);
  }, 60_000);

  it('refreshes an idle grant at least daily even when its token lives much longer', async () => {
    // A provider whose access tokens last 30 days: only the idle rule makes the grant due.
    const longLived = await startGitLabSimulator({ accessTtlSeconds: 30 * 86_400 });
    try {
      longLived.clock.follow(h.clock);
      longLived.addApp({ clientId: 'long', clientSecret: 'long-secret' });
      longLived.addUser({ id: 5000, username: 'idle' });
      const { providerAppId } = await h.rpc('oauth.ConfigureProviderApp', {
        actor: admin, provider: 'oauth2', name: 'Long-lived', issuer: longLived.url, clientId: 'long', clientSecret: 'long-secret',
      });
      const accountId = await connectUser(h, providerAppId, 'idle-user', () => longLived.signIn(5000));
      const drain = async () => {
        for (let round = 0; round < 20; round++) {
          const results = await Promise.all(h.handles.map((x) => x.scheduler.tick()));
          if (results.every((r) => r.claimed === 0)) return;
        }
      };
      for (let day = 1; day <= 2; day++) {
        h.clock.advanceMinutes(24 * 60 + 1);
        await drain();
        expect(longLived.refreshCount()).toBe(day);
      }
      const refreshed = (await h.events('TokenRefreshed')).filter((e) => e.data['accountId'] === accountId);
      expect(refreshed.map((e) => e.data['trigger'])).toEqual(['scheduler', 'scheduler']);
    } finally {
      await longLived.close();
    }
  }, 60_000);

  it('skips a due grant whose account lock another holds, without waiting, and refreshes it on a later pass', async () => {
    h.clock.advanceMinutes(3 * 60);
    const [locked, ...others] = accountIds as [string, ...string[]];
    const sql = h.brokers[0]!.deps.database!.sql;
    const countOf = async () => {
      const events = await h.events('TokenRefreshed');
      return (accountId: string) => events.filter((e) => e.data['accountId'] === accountId).length;
    };
    const before = await countOf();
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let ready: () => void = () => undefined;
    const isLocked = new Promise<void>((resolve) => (ready = resolve));
    // Another replica's connect, disconnect or refresh of that account, holding its lock.
    const holding = sql.begin(async (tx) => {
      await tx`select pg_advisory_xact_lock(${LOCK_CLASS}, hashtext(${locked}))`;
      ready();
      await held;
    });
    await isLocked;
    const rounds: number[] = [];
    try {
      for (let round = 0; round < 10; round++) {
        const results = await Promise.all(h.handles.map((x) => x.scheduler.tick()));
        rounds.push(results.reduce((n, r) => n + r.claimed, 0));
      }
      const during = await countOf();
      expect(during(locked)).toBe(before(locked));
      for (const accountId of others) expect(during(accountId)).toBe(before(accountId) + 1);
      // The locked grant stays due and is claimed again on every pass; the others are done.
      expect(rounds.slice(-3)).toEqual([1, 1, 1]);
      // The batches handed every lock back: only the holder's is left.
      const [row] = await sql<Array<{ n: number }>>`
        select count(*)::int as n from pg_locks where locktype = 'advisory' and classid = ${LOCK_CLASS} and granted`;
      expect(row?.n).toBe(1);
    } finally {
      release();
      await holding;
    }
    expect((await Promise.all(h.handles.map((x) => x.scheduler.tick()))).reduce((n, r) => n + r.refreshed, 0)).toBe(1);
    expect((await countOf())(locked)).toBe(before(locked) + 1);
  }, 60_000);
});
