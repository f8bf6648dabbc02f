// What users and admins see of accounts: never a token.
import type { Database } from '@keywarden/db';
import { desc, eq } from 'drizzle-orm';
import { accountGrants, accounts } from '../adapters/db/schema.js';
import { BrokerError } from '../domain/errors.js';
import { isAdmin, requireOwnerOrAdmin, type Actor } from './access.js';

export type AccountStatusView = {
  accountId: string;
  providerAppId: string;
  provider: string;
  userId: string;
  username: string;
  grantKind: string;
  status: string;
  generation: number;
  expiresAt: string | undefined;
  refreshExpiresAt: string | undefined;
  nextRefreshAt: string | undefined;
  lastErrorClass: string;
  lastProviderCode: string;
  lastRefreshedAt: string | undefined;
  scopes: string[];
};

const iso = (d: Date | null | undefined) => d?.toISOString();

const select = (database: Database) =>
  database.db.select({ a: accounts, next: accountGrants.nextRefreshAt }).from(accounts).leftJoin(accountGrants, eq(accountGrants.accountId, accounts.id));

function view(row: { a: typeof accounts.$inferSelect; next: Date | null }): AccountStatusView {
  const a = row.a;
  return {
    accountId: a.id, providerAppId: a.providerAppId, provider: a.provider, userId: a.userId, username: a.username, grantKind: a.grantKind,
    status: a.status, generation: a.generation, expiresAt: iso(a.expiresAt), refreshExpiresAt: iso(a.refreshExpiresAt),
    nextRefreshAt: a.status === 'active' || a.status === 'refreshing' ? iso(row.next) : undefined,
    lastErrorClass: a.lastErrorClass, lastProviderCode: a.lastProviderCode, lastRefreshedAt: iso(a.lastRefreshedAt), scopes: a.scopes,
  };
}

export async function accountStatus(database: Database, actor: Actor, accountId: string): Promise<AccountStatusView> {
  const [row] = await select(database).where(eq(accounts.id, accountId));
  if (!row) throw new BrokerError('ERR_ACCOUNT_NOT_FOUND', 'no such account', 'OAUTH-ss01');
  requireOwnerOrAdmin(actor, row.a.userId);
  return view(row);
}

export async function listAccounts(database: Database, actor: Actor, userId: string, all: boolean): Promise<AccountStatusView[]> {
  const target = userId || actor.userId;
  if ((all || target !== actor.userId) && !isAdmin(actor)) return [];
  const query = select(database);
  const rows = all ? await query.orderBy(desc(accounts.connectedAt)).limit(1000) : await query.where(eq(accounts.userId, target)).orderBy(desc(accounts.connectedAt));
  return rows.map(view);
}
