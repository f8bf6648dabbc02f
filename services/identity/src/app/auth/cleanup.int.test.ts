import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PatsPort } from '../ports.js';
import { STRONG_PASSWORD, startIdentity, tokens, type IdentityHarness } from '../../test-support/harness.js';
import { runTokenCleanup } from './cleanup.js';

const DAY = 86_400_000;
const client = { ip: '10.2.0.1', userAgent: 'vitest' };
let h: IdentityHarness;
let admin: { userId: string; roles: string[] };

const signIn = async () => tokens(await h.rpc('identity.SignIn', { email: 'admin@example.com', password: STRONG_PASSWORD, client }));
const count = async () => Number((await h.sql`select count(*)::int as n from refresh_tokens`)[0]!['n']);

beforeAll(async () => {
  h = await startIdentity({ settings: { cleanupRetentionMs: DAY, signInLimitPerAccount: 100 } });
  const { user } = await h.rpc('identity.SignUp', { email: 'admin@example.com', password: STRONG_PASSWORD, displayName: 'Admin', client });
  admin = { userId: user!.userId!, roles: ['admin'] };
});
afterAll(async () => {
  await h?.stop();
});

describe('token cleanup', () => {
  it('shows the schedule, and no last run before the first', async () => {
    const status = await h.rpc('identity.GetTokenCleanup', { actor: admin });
    expect(status.lastRun).toBeUndefined();
    // The default cron, 03:00:00 every day in UTC; the test clock stands at 2026-03-01T08:00Z.
    expect(status.schedule).toEqual({ cron: '0 0 3 * * *', timezone: 'UTC', nextRunAt: '2026-03-02T03:00:00.000Z', retentionDays: 1 });
  });

  it('removes exactly the tokens that died more than the retention ago and reports the counts', async () => {
    const rotated = await signIn();
    await h.rpc('identity.RefreshSession', { refreshToken: rotated.refreshToken, client }); // generation 1 is now rotated
    const signedOut = await signIn();
    await h.rpc('identity.SignOut', { refreshToken: signedOut.refreshToken }); // revoked
    await signIn(); // stays active
    expect(await count()).toBe(4);

    // Within the retention nothing goes.
    h.clock.advance(DAY / 2);
    const early = await h.rpc('identity.RunTokenCleanup', { actor: admin });
    // Found: 4 tokens, 2 dead (rotated, revoked) and 2 that still work.
    expect(early).toMatchObject({ cleanedCount: 0, remainingTokens: 4, cleanedRefreshTokenCount: 0, totalCount: 4, expiredCount: 2, validCount: 2 });

    h.clock.advance(DAY);
    const run = await h.rpc('identity.RunTokenCleanup', { actor: admin });
    expect(run).toMatchObject({
      cleanedCount: 2, remainingTokens: 2, cleanedRefreshTokenCount: 2, cleanedPersonalAccessTokenCount: 0, totalCount: 4, expiredCount: 2, validCount: 2,
    });
    expect(await count()).toBe(2);
    const left = await h.sql`select status from refresh_tokens order by status`;
    expect(left.map((r) => r['status'])).toEqual(['active', 'active']);
    const event = (await h.events('ExpiredTokensPurged')).find((e) => e.data['runId'] === run.runId);
    expect(event?.data).toMatchObject({
      cleanedCount: 2, remainingTokens: 2, trigger: 'manual', timestamp: run.timestamp, durationMs: run.durationMs, totalCount: 4, expiredCount: 2, validCount: 2,
    });

    // The active ones expire after 7 idle days; a day of retention later they go too.
    h.clock.advance(7 * DAY);
    const last = await h.rpc('identity.RunTokenCleanup', { actor: admin });
    expect(last).toMatchObject({ cleanedCount: 2, remainingTokens: 0, totalCount: 2, expiredCount: 2, validCount: 0 });

    // The administration page: the last run's figures as recorded, and the next scheduled run (now 2026-03-09T20:00Z).
    const status = await h.rpc('identity.GetTokenCleanup', { actor: admin });
    expect(status.lastRun).toEqual({ ...last, trigger: 'manual' });
    expect(status.schedule?.nextRunAt).toBe('2026-03-10T03:00:00.000Z');
  });

  it('purges PATs through the pats port with the same cut-off and counts them', async () => {
    const cutoffs: Date[] = [];
    const pats: PatsPort = { revokeAllOfUser: async () => 0, purge: async (_tx, before) => (cutoffs.push(before), { purged: 3, remaining: 5, valid: 4 }) };
    const figures = await runTokenCleanup(h.auth(pats).cleanup, 'schedule');
    expect(figures).toMatchObject({
      cleanedCount: 3, remainingTokens: 5, cleanedPersonalAccessTokenCount: 3, cleanedRefreshTokenCount: 0, totalCount: 8, expiredCount: 4, validCount: 4,
    });
    expect(cutoffs).toEqual([new Date(h.clock.now().getTime() - DAY)]);
    expect((await h.events('ExpiredTokensPurged')).at(-1)?.data['trigger']).toBe('schedule');
  });

  it('skips a scheduled run while another replica holds the cleanup lock', async () => {
    const other = await h.sql.reserve();
    await other`select pg_advisory_lock(hashtext('keywarden:identity:token-cleanup'))`;
    try {
      const before = (await h.events('ExpiredTokensPurged')).length;
      expect(await runTokenCleanup(h.auth().cleanup, 'schedule')).toBeUndefined();
      expect((await h.events('ExpiredTokensPurged')).length).toBe(before);
    } finally {
      await other`select pg_advisory_unlock(hashtext('keywarden:identity:token-cleanup'))`;
      other.release();
    }
  });

  it('lets only administrators run it or see its figures', async () => {
    await expect(h.rpc('identity.RunTokenCleanup', { actor: { userId: 'u', roles: [] } })).rejects.toMatchObject({ code: 'ERR_FORBIDDEN' });
    await expect(h.rpc('identity.GetTokenCleanup', { actor: { userId: 'u', roles: [] } })).rejects.toMatchObject({ code: 'ERR_FORBIDDEN' });
    await expect(h.rpc('identity.GetTokenCleanup', {})).rejects.toMatchObject({ code: 'ERR_UNAUTHENTICATED' });
  });

  it('refuses to start with an invalid cron expression', async () => {
    await expect(startIdentity({ env: { KW_IDENTITY_CLEANUP_CRON: '0 3 * * *' } })).rejects.toThrow(/KW_IDENTITY_CLEANUP_CRON.*6 fields/);
    await expect(startIdentity({ env: { KW_IDENTITY_CLEANUP_CRON: '0 0 99 * * *' } })).rejects.toThrow(/KW_IDENTITY_CLEANUP_CRON/);
    await expect(startIdentity({ env: { KW_IDENTITY_CLEANUP_TIMEZONE: 'Mars/Olympus' } })).rejects.toThrow(/KW_IDENTITY_CLEANUP_TIMEZONE/);
  });
});
