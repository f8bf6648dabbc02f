// What gitops-sync does with other contexts' events (adapters/incoming/consumers.ts
// delivers them), each in the transaction of its inbox row:
//  - oauth accounts: who owns which account (to pick the owner's account for
//    a provider), TokenRefreshed → rewrite exactly the bound Secrets,
//    ReauthorizationRequired → those bindings go stale (reported once);
//  - identity organizations: the owner of each organization; a transfer
//    moves its projects to the new owner's account.
// The cluster work itself is queued, so a handler only writes rows: redeliveries are cheap.
import type { ConsumedEvent } from '@keywarden/bus';
import type { Tx } from '@keywarden/db';
import { applyAccountFact, applyOrganizationFact, str } from '../projections/facts.js';
import type { SyncRequests } from './ports.js';

export type Facts = { onAccountEvent(tx: Tx, event: ConsumedEvent): Promise<void>; onOrganizationEvent(tx: Tx, event: ConsumedEvent): Promise<void> };

export function facts(requests: SyncRequests): Facts {
  return {
    async onAccountEvent(tx, event) {
      if (!(await applyAccountFact(tx, event))) return;
      const accountId = str(event, 'accountId');
      switch (event.type) {
        case 'AccountConnected':
          // A reconnect: bindings holding this account get the new grant; environments waiting for an account get one.
          await requests.forAccount(tx, accountId, 'apply', 'token_refreshed');
          await requests.forOwner(tx, str(event, 'userId'), 'owner_changed');
          return;
        case 'AccountDisconnected':
          // Its Secrets hold a revoked token: move them to another account of the owner, or report no_account.
          await requests.forAccount(tx, accountId, 'apply', 'owner_changed');
          return;
        case 'TokenRefreshed':
          await requests.forAccount(tx, accountId, 'apply', 'token_refreshed');
          return;
        case 'ReauthorizationRequired':
          await requests.forAccount(tx, accountId, 'stale', 'token_refreshed');
          return;
        default:
          return;
      }
    },

    async onOrganizationEvent(tx, event) {
      if (!(await applyOrganizationFact(tx, event))) return;
      // New owner, new account: every environment of the organization's projects is rewritten.
      await requests.forOrganization(tx, str(event, 'organizationId'), 'owner_changed', event.type === 'OrganizationCreated');
    },
  };
}
