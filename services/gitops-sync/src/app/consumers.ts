// What gitops-sync follows of other contexts, each a durable consumer whose
// effects commit with its inbox row:
//  - oauth accounts: who owns which account (to pick the owner's account for
//    a provider), TokenRefreshed → rewrite exactly the bound Secrets,
//    ReauthorizationRequired → those bindings go stale (reported once);
//  - identity organizations: the owner of each organization; a transfer
//    moves its projects to the new owner's account.
import type { ConsumedEvent } from '@keywarden/bus';
import type { Tx } from '@keywarden/db';
import type { ConsumerSpec } from '@keywarden/runtime';
import { eq, sql } from 'drizzle-orm';
import { oauthAccounts, orgOwners } from '../adapters/db/schema.js';
import { enqueueForAccount, enqueueForOrganization, enqueueForOwner } from './queue.js';

export const OAUTH_CONSUMER = 'oauth-accounts';
export const IDENTITY_CONSUMER = 'organizations';

const str = (event: ConsumedEvent, key: string) => String(event.data[key] ?? '');

export function consumers(): ConsumerSpec[] {
  return [
    {
      context: 'oauth', purpose: OAUTH_CONSUMER,
      types: ['AccountConnected', 'AccountDisconnected', 'TokenRefreshed', 'ReauthorizationRequired'],
      // The cluster work itself is queued, so a handler only writes rows: redeliveries are cheap.
      handle: (tx, event) => onAccountEvent(tx, event),
    },
    {
      context: 'identity', purpose: IDENTITY_CONSUMER,
      types: ['OrganizationCreated', 'OwnershipTransferred'],
      handle: (tx, event) => onOrganizationEvent(tx, event),
    },
  ];
}

export async function onAccountEvent(tx: Tx, event: ConsumedEvent): Promise<void> {
  const accountId = str(event, 'accountId');
  if (!accountId) return;
  const at = new Date(event.time);
  switch (event.type) {
    case 'AccountConnected': {
      const row = {
        accountId, userId: str(event, 'userId'), provider: str(event, 'provider'), providerAppId: str(event, 'providerAppId'),
        status: 'active', generation: Number(event.data['generation'] ?? 0), connectedAt: at, updatedAt: at,
      };
      await tx.insert(oauthAccounts).values(row).onConflictDoUpdate({ target: oauthAccounts.accountId, set: row });
      // A reconnect: bindings holding this account get the new grant; environments waiting for an account get one.
      await enqueueForAccount(tx, accountId, 'apply', 'token_refreshed');
      await enqueueForOwner(tx, row.userId, 'owner_changed');
      return;
    }
    case 'AccountDisconnected':
      await tx.update(oauthAccounts).set({ status: 'disconnected', updatedAt: at }).where(eq(oauthAccounts.accountId, accountId));
      // Its Secrets hold a revoked token: move them to another account of the owner, or report no_account.
      await enqueueForAccount(tx, accountId, 'apply', 'owner_changed');
      return;
    case 'TokenRefreshed': {
      const generation = Number(event.data['generation'] ?? 0);
      // A refresh older than one already seen (delivered out of order) changes nothing: its grant is superseded.
      const [known] = await tx.select({ generation: oauthAccounts.generation }).from(oauthAccounts).where(eq(oauthAccounts.accountId, accountId));
      if (known && known.generation > generation) return;
      await tx.update(oauthAccounts).set({ status: 'active', generation: sql`greatest(${oauthAccounts.generation}, ${generation})`, updatedAt: at })
        .where(eq(oauthAccounts.accountId, accountId));
      await enqueueForAccount(tx, accountId, 'apply', 'token_refreshed');
      return;
    }
    case 'ReauthorizationRequired':
      await tx.update(oauthAccounts).set({ status: 'reauthorization_required', updatedAt: at }).where(eq(oauthAccounts.accountId, accountId));
      await enqueueForAccount(tx, accountId, 'stale', 'token_refreshed');
      return;
    default:
      return;
  }
}

export async function onOrganizationEvent(tx: Tx, event: ConsumedEvent): Promise<void> {
  const organizationId = str(event, 'organizationId');
  const owner = event.type === 'OrganizationCreated' ? str(event, 'ownerUserId') : str(event, 'newOwnerUserId');
  if (!organizationId || !owner) return;
  await tx.insert(orgOwners).values({ organizationId, ownerUserId: owner, updatedAt: new Date(event.time) })
    .onConflictDoUpdate({ target: orgOwners.organizationId, set: { ownerUserId: owner, updatedAt: new Date(event.time) } });
  // New owner, new account: every environment of the organization's projects is rewritten.
  await enqueueForOrganization(tx, organizationId, 'owner_changed', event.type === 'OrganizationCreated');
}
