// Queries of the broker's read models (accounts, provider_apps) for the use cases in app/. Never a token:
// the grants' ciphertexts are read by the Store (adapters/outgoing/db/store.ts) only.
import type { Database } from '@keywarden/db';
import { and, asc, desc, eq, ne, sql } from 'drizzle-orm';
import { accountGrants, accounts, providerApps } from '../schema.js';

/** What users and admins see of an account. */
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

const selectStatus = (database: Database) =>
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

export async function accountStatusView(database: Database, accountId: string): Promise<AccountStatusView | undefined> {
  const [row] = await selectStatus(database).where(eq(accounts.id, accountId));
  return row && view(row);
}

/** One user's accounts, or (`userId` undefined) the latest 1000 of everyone's; newest first. */
export async function accountStatusViews(database: Database, userId: string | undefined): Promise<AccountStatusView[]> {
  const query = selectStatus(database);
  const rows = userId === undefined
    ? await query.orderBy(desc(accounts.connectedAt)).limit(1000)
    : await query.where(eq(accounts.userId, userId)).orderBy(desc(accounts.connectedAt));
  return rows.map(view);
}

/** What deciding a reconnect needs of an account. */
export async function accountOwnership(database: Database, accountId: string) {
  const [account] = await database.db
    .select({ userId: accounts.userId, providerAppId: accounts.providerAppId, grantKind: accounts.grantKind, externalUserId: accounts.externalUserId })
    .from(accounts).where(eq(accounts.id, accountId));
  return account;
}

/** The account of one provider identity in an app (a user's, or an app-level grant's), if it was connected before. */
export async function accountOfIdentity(
  database: Database, identity: { providerAppId: string; grantKind: string; externalUserId: string; userId?: string },
): Promise<string | undefined> {
  const [row] = await database.db.select({ id: accounts.id }).from(accounts).where(and(
    eq(accounts.providerAppId, identity.providerAppId),
    ...(identity.userId === undefined ? [] : [eq(accounts.userId, identity.userId)]),
    eq(accounts.externalUserId, identity.externalUserId), eq(accounts.grantKind, identity.grantKind),
  ));
  return row?.id;
}

/** A user's accounts that are not disconnected. */
export async function openAccountsOfUser(database: Database, userId: string): Promise<string[]> {
  const rows = await database.db.select({ id: accounts.id }).from(accounts).where(and(eq(accounts.userId, userId), ne(accounts.status, 'disconnected')));
  return rows.map((row) => row.id);
}

/** How many refreshes of the account have failed in a row. */
export async function failedAttempts(database: Database, accountId: string): Promise<number> {
  const current = await database.db.execute<{ attempt: number }>(sql`select attempt from accounts where id = ${accountId}`);
  return Number(current[0]?.attempt ?? 0);
}

/**
 * One page (by id, after `after`) of user grants whose refresh token ends by `horizon` and that are due a
 * warning: not yet warned, expired, or warned above 3 days and now within `threeDays`.
 */
export async function accountsDueExpiryWarning(
  database: Database, at: { now: Date; threeDays: Date; horizon: Date }, after: string, limit: number,
): Promise<string[]> {
  const page = await database.db.execute<{ id: string }>(sql`
    select id from accounts
    where grant_kind = 'user' and status in ('active', 'refreshing')
      and refresh_expires_at is not null and refresh_expires_at <= ${at.horizon.toISOString()}::timestamptz and id > ${after}
      -- Skip accounts already warned at the threshold now due; expired ones always get their last word.
      and (warned_days is null
        or refresh_expires_at <= ${at.now.toISOString()}::timestamptz
        or (warned_days > 3 and refresh_expires_at <= ${at.threeDays.toISOString()}::timestamptz))
    order by id limit ${limit}`);
  return page.map((row) => row.id);
}

/** Per provider: user grants whose refresh token ends within 7 days, within 3 days, or has ended (expired accounts included). */
export async function nearExpiryCounts(database: Database, now: Date, dayMs: number) {
  const iso = (days: number) => new Date(now.getTime() + days * dayMs).toISOString();
  return database.db.execute<{ provider: string; d7: number; d3: number; expired: number }>(sql`
    select provider,
      count(*) filter (where status in ('active', 'refreshing') and refresh_expires_at > ${iso(0)}::timestamptz) ::int as d7,
      count(*) filter (where status in ('active', 'refreshing') and refresh_expires_at > ${iso(0)}::timestamptz
                         and refresh_expires_at <= ${iso(3)}::timestamptz) ::int as d3,
      count(*) filter (where status = 'expired' or refresh_expires_at <= ${iso(0)}::timestamptz) ::int as expired
    from accounts
    where grant_kind = 'user'
      and (status = 'expired' or (status in ('active', 'refreshing') and refresh_expires_at <= ${iso(7)}::timestamptz))
    group by provider`);
}

/** Every provider app, by name (no secret, not even encrypted). */
export async function providerAppViews(database: Database) {
  const rows = await database.db.select().from(providerApps).orderBy(asc(providerApps.name), asc(providerApps.id));
  return rows.map((r) => ({
    providerAppId: r.id, provider: r.provider, name: r.name, baseUrl: r.baseUrl, clientId: r.clientId, scopes: r.scopes,
    status: r.status, clientSecretFingerprint: r.secretFingerprint,
  }));
}

/** The fingerprint of the app's current secret ('' when there is no such app). */
export async function providerAppSecretFingerprint(database: Database, providerAppId: string): Promise<string> {
  const [row] = await database.db.select({ secretFingerprint: providerApps.secretFingerprint }).from(providerApps).where(eq(providerApps.id, providerAppId));
  return row?.secretFingerprint ?? '';
}
