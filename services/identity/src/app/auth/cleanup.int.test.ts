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
    expect(early).toMatchObject({ cleanedCount: 0, remainingTokens: 4, cleanedRefreshTokenCount: 0 });

    h.clock.advance(DAY);
    const run = await h.rpc('identity.RunTokenCleanup', { actor: admin });
    expect(run).toMatchObject({ cleanedCount: 2, remainingTokens: 2, cleanedRefreshTokenCount: 2, cleanedPersonalAccessTokenCount: 0 });
    expect(await count()).toBe(2);
    const left = await h.sql`select status from refresh_tokens order by status`;
    expect(left.map((r) => r['status'])).toEqual(['active', 'active']);
    const event = (await h.events('ExpiredTokensPurged')).find((e) => e.data['runId'] === run.runId);
    expect(event?.data).toMatchObject({ cleanedCount: 2, remainingTokens: 2, trigger: 'manual', timestamp: run.timestamp, durationMs: run.durationMs });

    // The active ones expire after 7 idle days; a day of retention later they go too.
    h.clock.advance(7 * DAY);
    expect(await h.rpc('identity.RunTokenCleanup', { actor: admin })).toMatchObject({ cleanedCount: 2, remainingTokens: 0 });
  });

  it('purges PATs through the pats port with the same cut-off and counts them', async () => {
    const cutoffs: Date[] = [];
    const pats: PatsPort = { revokeAllOfUser: async () => 0, purge: async (_tx, before) => (cutoffs.push(before), { purged: 3, remaining: 5 }) };
    const figures = await runTokenCleanup(h.auth(pats).cleanup, 'schedule');
    expect(figures).toMatchObject({ cleanedCount: 3, remainingTokens: 5, cleanedPersonalAccessTokenCount: 3, cleanedRefreshTokenCount: 0 });
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

  it('lets only administrators run it', async () => {
    await expect(h.rpc('identity.RunTokenCleanup', { actor: { userId: 'u', roles: [] } })).rejects.toMatchObject({ code: 'ERR_FORBIDDEN' });
  });

  it('refuses to start with an invalid cron expression', async () => {
    await expect(startIdentity({ env: { KW_IDENTITY_CLEANUP_CRON: '0 3 * * *' } })).rejects.toThrow(/KW_IDENTITY_CLEANUP_CRON.*6 fields/);
    await expect(startIdentity({ env: { KW_IDENTITY_CLEANUP_CRON: '0 0 99 * * *' } })).rejects.toThrow(/KW_IDENTITY_CLEANUP_CRON/);
    await expect(startIdentity({ env: { KW_IDENTITY_CLEANUP_TIMEZONE: 'Mars/Olympus' } })).rejects.toThrow(/KW_IDENTITY_CLEANUP_TIMEZONE/);
  });
});
