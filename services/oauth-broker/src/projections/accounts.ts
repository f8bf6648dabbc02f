// Read model of connected accounts: what status RPCs, the scheduler and the
// expiry monitor query. Inline: updated in the command's own transaction.
import type { EventData } from '@keywarden/contracts';
import type { Projection, ProjectedEvent } from '@keywarden/event-store';
import { eq, sql } from 'drizzle-orm';
import { accounts } from '../adapters/db/schema.js';

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
          lastRefreshedAt: at, connectedAt: at, updatedAt: at,
        };
        await tx.insert(accounts).values(row).onConflictDoUpdate({ target: accounts.id, set: row });
        return;
      }
      case 'TokenRefreshed': {
        const d = event.data as EventData<'TokenRefreshed'>;
        await tx.update(accounts).set({
          status: 'active', generation: d.generation, expiresAt: date(d.expiresAt), refreshExpiresAt: date(d.refreshExpiresAt),
          lastErrorClass: '', lastProviderCode: '', attempt: 0, lastRefreshedAt: at, updatedAt: at,
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
      case 'RefreshTokenExpiring':
        return;
      default:
        throw new Error(`accounts projection cannot apply ${event.type}`);
    }
  },
  reset: async (tx) => {
    await tx.delete(accounts);
  },
};

async function setStatus(tx: Parameters<Projection['apply']>[0], accountId: string, status: string, at: Date) {
  await tx.update(accounts).set({ status, updatedAt: at }).where(eq(accounts.id, accountId));
}
