// Read model of connected accounts: what status RPCs, the scheduler and the
// expiry monitor query. Inline: updated in the command's own transaction.
import type { EventData } from '@keywarden/contracts';
import { oneEachOf, type Projection, type ProjectedEvent } from '@keywarden/event-store';
import { eq, sql } from 'drizzle-orm';
import { accounts } from '../schema.js';
import { SAME_END_TOLERANCE_MS } from '../domain/account/account.js';

const TYPES = [
  'AccountConnected', 'TokenRefreshed', 'TokenRefreshFailed', 'ReauthorizationRequired',
  'RefreshTokenExpiring', 'RefreshTokenExpired', 'AccountDisconnected', 'AccountMarkedExpired',
] as const;

const date = (value: string | undefined) => (value ? new Date(value) : null);

export const accountsProjection: Projection = {
  name: 'accounts',
  handles: TYPES,
  async apply(tx, event: ProjectedEvent) {
    const at = event.time;
    switch (event.type) {
      case 'AccountConnected': {
        const d = event.data as EventData<'AccountConnected'>;
        const row = {
          id: d.accountId, providerAppId: d.providerAppId, provider: d.provider, userId: d.userId, externalUserId: d.externalUserId,
          username: d.username, scopes: d.scopes, grantKind: d.grantKind, status: 'active', generation: d.generation,
          expiresAt: date(d.expiresAt), refreshExpiresAt: date(d.refreshExpiresAt), lastErrorClass: '', lastProviderCode: '', attempt: 0,
          lastRefreshedAt: at, warnedDays: null, connectedAt: at, updatedAt: at,
        };
        await tx.insert(accounts).values(row).onConflictDoUpdate({ target: accounts.id, set: row });
        return;
      }
      case 'TokenRefreshed': {
        const d = event.data as EventData<'TokenRefreshed'>;
        const refreshExpiresAt = date(d.refreshExpiresAt);
        await tx.update(accounts).set({
          status: 'active', generation: d.generation, expiresAt: date(d.expiresAt), refreshExpiresAt,
          lastErrorClass: '', lastProviderCode: '', attempt: 0, lastRefreshedAt: at, updatedAt: at,
          // A new refresh token (its end moved by more than the decider's tolerance) starts its warnings afresh.
          warnedDays: refreshExpiresAt
            ? sql`case when ${accounts.refreshExpiresAt} is not null
                and abs(extract(epoch from (${accounts.refreshExpiresAt} - ${refreshExpiresAt.toISOString()}::timestamptz))) <= ${SAME_END_TOLERANCE_MS / 1000}
                then ${accounts.warnedDays} end`
            : null,
        }).where(eq(accounts.id, d.accountId));
        return;
      }
      case 'TokenRefreshFailed': {
        const d = event.data as EventData<'TokenRefreshFailed'>;
        await tx.update(accounts).set({
          status: d.willRetry ? 'refreshing' : sql`${accounts.status}`, lastErrorClass: d.errorClass, lastProviderCode: d.providerCode,
          attempt: d.attempt, updatedAt: at,
        }).where(eq(accounts.id, d.accountId));
        return;
      }
      case 'ReauthorizationRequired':
        await setStatus(tx, (event.data as EventData<'ReauthorizationRequired'>).accountId, 'reauthorization_required', at);
        return;
      case 'RefreshTokenExpired':
      case 'AccountMarkedExpired':
        await setStatus(tx, (event.data as { accountId: string }).accountId, 'expired', at);
        return;
      case 'AccountDisconnected':
        await setStatus(tx, (event.data as EventData<'AccountDisconnected'>).accountId, 'disconnected', at);
        return;
      case 'RefreshTokenExpiring': {
        const d = event.data as EventData<'RefreshTokenExpiring'>;
        await tx.update(accounts).set({ warnedDays: sql`least(coalesce(${accounts.warnedDays}, ${d.thresholdDays}), ${d.thresholdDays})`, updatedAt: at })
          .where(eq(accounts.id, d.accountId));
        return;
      }
      default:
        throw new Error(`accounts projection cannot apply ${event.type}`);
    }
  },
  /**
   * Refreshes of distinct accounts (a group commit's, the scheduler's batch) in one statement, where each was a
   * round trip after another inside the group's transaction; any other batch event by event.
   */
  async applyBatch(tx, events: readonly ProjectedEvent[]) {
    if (!oneEachOf(events, 'TokenRefreshed', (event) => (event.data as EventData<'TokenRefreshed'>).accountId)) {
      for (const event of events) await accountsProjection.apply(tx, event);
      return;
    }
    const rows = events.map((event) => {
      const d = event.data as EventData<'TokenRefreshed'>;
      return { id: d.accountId, generation: d.generation, expires: d.expiresAt || null, refresh_expires: d.refreshExpiresAt || null, at: event.time.toISOString() };
    });
    // As apply's TokenRefreshed: a new refresh token (its end moved by more than the tolerance) starts its warnings afresh.
    await tx.execute(sql`
      update accounts a set status = 'active', generation = r.generation, expires_at = r.expires, refresh_expires_at = r.refresh_expires,
        last_error_class = '', last_provider_code = '', attempt = 0, last_refreshed_at = r.at, updated_at = r.at,
        warned_days = case when r.refresh_expires is not null and a.refresh_expires_at is not null
          and abs(extract(epoch from (a.refresh_expires_at - r.refresh_expires))) <= ${SAME_END_TOLERANCE_MS / 1000}
          then a.warned_days end
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(id text, generation bigint, expires timestamptz, refresh_expires timestamptz, at timestamptz)
      where a.id = r.id`);
  },
  reset: async (tx) => {
    await tx.delete(accounts);
  },
};

async function setStatus(tx: Parameters<Projection['apply']>[0], accountId: string, status: string, at: Date) {
  await tx.update(accounts).set({ status, updatedAt: at }).where(eq(accounts.id, accountId));
}
