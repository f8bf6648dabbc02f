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

/** What the read models use of an event: the consumer's events and a replay's (tools/cli) both fit. */
export type FactEvent = Pick<ConsumedEvent, 'type' | 'data'> & { time: string | Date };

const str = (event: FactEvent, key: string) => String(event.data[key] ?? '');

/** `onQueued`: wakes the sync workers once a batch that may have queued work committed. */
export function consumers(onQueued: () => void = () => undefined): ConsumerSpec[] {
  return [
    {
      context: 'oauth', purpose: OAUTH_CONSUMER,
      types: ['AccountConnected', 'AccountDisconnected', 'TokenRefreshed', 'ReauthorizationRequired'],
      // The cluster work itself is queued, so a handler only writes rows: redeliveries are cheap.
      handle: (tx, event) => onAccountEvent(tx, event),
      afterCommit: onQueued,
    },
    {
      context: 'identity', purpose: IDENTITY_CONSUMER,
      types: ['OrganizationCreated', 'OwnershipTransferred'],
      handle: (tx, event) => onOrganizationEvent(tx, event),
      afterCommit: onQueued,
    },
  ];
}

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

export async function onAccountEvent(tx: Tx, event: ConsumedEvent): Promise<void> {
  if (!(await applyAccountFact(tx, event))) return;
  const accountId = str(event, 'accountId');
  switch (event.type) {
    case 'AccountConnected':
      // A reconnect: bindings holding this account get the new grant; environments waiting for an account get one.
      await enqueueForAccount(tx, accountId, 'apply', 'token_refreshed');
      await enqueueForOwner(tx, str(event, 'userId'), 'owner_changed');
      return;
    case 'AccountDisconnected':
      // Its Secrets hold a revoked token: move them to another account of the owner, or report no_account.
      await enqueueForAccount(tx, accountId, 'apply', 'owner_changed');
      return;
    case 'TokenRefreshed':
      await enqueueForAccount(tx, accountId, 'apply', 'token_refreshed');
      return;
    case 'ReauthorizationRequired':
      await enqueueForAccount(tx, accountId, 'stale', 'token_refreshed');
      return;
    default:
      return;
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

export async function onOrganizationEvent(tx: Tx, event: ConsumedEvent): Promise<void> {
  if (!(await applyOrganizationFact(tx, event))) return;
  // New owner, new account: every environment of the organization's projects is rewritten.
  await enqueueForOrganization(tx, str(event, 'organizationId'), 'owner_changed', event.type === 'OrganizationCreated');
}
