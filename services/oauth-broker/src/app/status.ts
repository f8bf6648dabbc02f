// What users and admins see of accounts: never a token. Owners and admins only.
import type { Database } from '@keywarden/db';
import { BrokerError } from '../domain/errors.js';
import { accountStatusView, accountStatusViews, type AccountStatusView } from '../projections/queries.js';
import { isAdmin, requireOwnerOrAdmin, type Actor } from './access.js';

export type { AccountStatusView };

export async function accountStatus(database: Database, actor: Actor, accountId: string): Promise<AccountStatusView> {
  const found = await accountStatusView(database, accountId);
  if (!found) throw new BrokerError('ERR_ACCOUNT_NOT_FOUND', 'no such account', 'OAUTH-ss01');
  requireOwnerOrAdmin(actor, found.userId);
  return found;
}

export async function listAccounts(database: Database, actor: Actor, userId: string, all: boolean): Promise<AccountStatusView[]> {
  const target = userId || actor.userId;
  if ((all || target !== actor.userId) && !isAdmin(actor)) return [];
  return accountStatusViews(database, all ? undefined : target);
}
