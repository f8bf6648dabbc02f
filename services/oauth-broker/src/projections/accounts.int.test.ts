import { randomUUID } from 'node:crypto';
import { applyProjections, type ProjectedEvent } from '@keywarden/event-store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../test-support/harness.js';
import { accountsProjection } from './accounts.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ instances: 1 });
});
afterAll(async () => {
  await h?.stop();
});

const event = (type: string, accountId: string, version: number, data: Record<string, unknown>): ProjectedEvent => ({
  eventId: randomUUID(), type, streamId: `account-${accountId}`, streamVersion: version, time: new Date(Date.UTC(2026, 2, 1, 9, version)), data: { accountId, ...data },
});
const connected = (accountId: string) => event('AccountConnected', accountId, 1, {
  providerAppId: 'app-1', provider: 'gitlab', userId: 'user-1', externalUserId: accountId, username: accountId, scopes: ['api'], grantKind: 'user',
  generation: 1, expiresAt: '2026-03-01T10:00:00.000Z', refreshExpiresAt: '2026-03-31T08:00:00.000Z',
});
const refreshed = (accountId: string, version: number, refreshExpiresAt: string | undefined) => event('TokenRefreshed', accountId, version, {
  generation: version, expiresAt: '2026-03-01T12:00:00.000Z', ...(refreshExpiresAt ? { refreshExpiresAt } : {}),
});

describe('accounts projection', () => {
  it('projects refreshes of several accounts in one batch as one at a time would, warnings kept only for the same refresh token', async () => {
    const database = h.brokers[0]!.deps.database!;
    const columns = async (ids: string[]) => (await database.sql`
      select id, status, generation, expires_at, refresh_expires_at, last_error_class, attempt, last_refreshed_at, warned_days, updated_at
      from accounts where id in ${database.sql(ids)}`).map((row): Record<string, unknown> => ({ ...row, id: String(row['id']).slice(-1) }))
      .sort((x, y) => String(x['id']).localeCompare(String(y['id'])));
    // Two sets of three accounts in the same state: one gets the batch, the other the same events one at a time.
    const [batchIds, singleIds] = [['a', 'b', 'c'], ['a', 'b', 'c']].map((names) => names.map((n) => `${randomUUID()}-${n}`)) as [string[], string[]];
    const prepare = async (ids: string[]) => {
      await database.db.transaction((tx) => applyProjections(tx, [accountsProjection], ids.map(connected)));
      await database.sql`update accounts set warned_days = 7, status = 'refreshing', attempt = 2, last_error_class = 'transient' where id in ${database.sql(ids)}`;
    };
    await prepare(batchIds);
    await prepare(singleIds);
    // a: the same refresh token's end (within the tolerance) keeps its warning; b: a new one starts afresh; c: none.
    const refreshes = (ids: string[]) => [refreshed(ids[0]!, 2, '2026-03-31T08:30:00.000Z'), refreshed(ids[1]!, 2, '2026-04-30T08:00:00.000Z'), refreshed(ids[2]!, 2, undefined)];
    await database.db.transaction((tx) => applyProjections(tx, [accountsProjection], refreshes(batchIds)));
    await database.db.transaction(async (tx) => {
      for (const e of refreshes(singleIds)) await accountsProjection.apply(tx, e);
    });
    const batched = await columns(batchIds);
    expect(batched).toEqual(await columns(singleIds));
    expect(batched.map((row) => [row['id'], row['status'], row['generation'], row['attempt'], row['warned_days']])).toEqual([
      ['a', 'active', 2, 0, 7], ['b', 'active', 2, 0, null], ['c', 'active', 2, 0, null],
    ]);
  });
});
