// The read models gitops-sync keeps of other contexts' events: oauth_accounts (who owns
// which account, its status and generation) and org_owners (each organization's owner).
// The consumers (adapters/incoming/consumers.ts, through app/facts.ts) and a replay
// (`kw replay gitops-sync`, projections/index.ts) both run these.
import type { ConsumedEvent } from '@keywarden/bus';
import type { Tx } from '@keywarden/db';
import { eq, sql } from 'drizzle-orm';
import { oauthAccounts, orgOwners } from '../schema.js';

/** What the read models use of an event: the consumer's events and a replay's (tools/cli) both fit. */
export type FactEvent = Pick<ConsumedEvent, 'type' | 'data'> & { time: string | Date };

export const str = (event: FactEvent, key: string) => String(event.data[key] ?? '');

/**
 * The oauth_accounts read model: who owns which account, its status and generation. Also
 * what `kw replay gitops-sync` runs. False when the event changes nothing (no account id, or
 * a refresh older than one already seen, delivered out of order: its grant is superseded).
 */
export async function applyAccountFact(tx: Tx, event: FactEvent): Promise<boolean> {
  const accountId = str(event, 'accountId');
  if (!accountId) return false;
  const at = new Date(event.time);
  switch (event.type) {
    case 'AccountConnected': {
      const row = {
        accountId, userId: str(event, 'userId'), provider: str(event, 'provider'), providerAppId: str(event, 'providerAppId'),
        status: 'active', generation: Number(event.data['generation'] ?? 0), connectedAt: at, updatedAt: at,
      };
      await tx.insert(oauthAccounts).values(row).onConflictDoUpdate({ target: oauthAccounts.accountId, set: row });
      return true;
    }
    case 'AccountDisconnected':
      await tx.update(oauthAccounts).set({ status: 'disconnected', updatedAt: at }).where(eq(oauthAccounts.accountId, accountId));
      return true;
    case 'TokenRefreshed': {
      const generation = Number(event.data['generation'] ?? 0);
      const [known] = await tx.select({ generation: oauthAccounts.generation }).from(oauthAccounts).where(eq(oauthAccounts.accountId, accountId));
      if (known && known.generation > generation) return false;
      await tx.update(oauthAccounts).set({ status: 'active', generation: sql`greatest(${oauthAccounts.generation}, ${generation})`, updatedAt: at })
        .where(eq(oauthAccounts.accountId, accountId));
      return true;
    }
    case 'ReauthorizationRequired':
      await tx.update(oauthAccounts).set({ status: 'reauthorization_required', updatedAt: at }).where(eq(oauthAccounts.accountId, accountId));
      return true;
    default:
      return false;
  }
}

/** The org_owners read model: each organization's owner. Also what `kw replay gitops-sync` runs. */
export async function applyOrganizationFact(tx: Tx, event: FactEvent): Promise<boolean> {
  const organizationId = str(event, 'organizationId');
  const owner = event.type === 'OrganizationCreated' ? str(event, 'ownerUserId') : str(event, 'newOwnerUserId');
  if (!organizationId || !owner) return false;
  await tx.insert(orgOwners).values({ organizationId, ownerUserId: owner, updatedAt: new Date(event.time) })
    .onConflictDoUpdate({ target: orgOwners.organizationId, set: { ownerUserId: owner, updatedAt: new Date(event.time) } });
  return true;
}
