// Reads and writes of the encrypted rows (the Store port of app/ports.ts): provider app secrets and
// account grants. Every ciphertext is bound to its record id (AAD), so a value copied to another row
// does not decrypt.
import type { Keyring } from '@keywarden/crypto';
import type { Database, DbOrTx, Tx } from '@keywarden/db';
import { eq, inArray } from 'drizzle-orm';
import type { LoadedApp, LoadedGrant, Store, TokenSet } from '../../../app/ports.js';
import { BrokerError } from '../../../domain/errors.js';
import type { GrantKind, Provider } from '../../../domain/types.js';
import { accountGrants, accounts, providerAppCredentials, providerApps } from '../../../schema.js';

export const appSecretAad = (providerAppId: string) => `provider_app_credentials:${providerAppId}`;
export const accessAad = (accountId: string) => `account_grants:${accountId}:access`;
export const refreshAad = (accountId: string) => `account_grants:${accountId}:refresh`;

export class DbStore implements Store {
  constructor(private readonly database: Database, private readonly keyring: Keyring) {}

  async app(providerAppId: string, db: DbOrTx = this.database.db): Promise<LoadedApp> {
    const [row] = await db
      .select({ app: providerApps, cred: providerAppCredentials })
      .from(providerApps)
      .innerJoin(providerAppCredentials, eq(providerAppCredentials.providerAppId, providerApps.id))
      .where(eq(providerApps.id, providerAppId));
    if (!row) throw new BrokerError('ERR_PROVIDER_APP_NOT_FOUND', 'no such provider app', 'OAUTH-st01');
    return {
      id: row.app.id, provider: row.app.provider as Provider, name: row.app.name, baseUrl: row.app.baseUrl, clientId: row.app.clientId,
      clientSecret: this.keyring.decryptString(row.cred.secretCiphertext, appSecretAad(row.app.id)),
      scopes: row.app.scopes, settings: row.cred.settings, status: row.app.status, secretFingerprint: row.cred.secretFingerprint,
    };
  }

  async grant(accountId: string, db: DbOrTx = this.database.db): Promise<LoadedGrant> {
    const [row] = await db
      .select({ a: accounts, g: accountGrants })
      .from(accounts)
      .leftJoin(accountGrants, eq(accountGrants.accountId, accounts.id))
      .where(eq(accounts.id, accountId));
    if (!row) throw new BrokerError('ERR_ACCOUNT_NOT_FOUND', 'no such account', 'OAUTH-st02');
    return this.loaded(row);
  }

  async grants(accountIds: readonly string[], db: DbOrTx = this.database.db): Promise<Map<string, LoadedGrant>> {
    if (accountIds.length === 0) return new Map();
    const rows = await db
      .select({ a: accounts, g: accountGrants })
      .from(accounts)
      .leftJoin(accountGrants, eq(accountGrants.accountId, accounts.id))
      .where(inArray(accounts.id, [...accountIds]));
    return new Map(rows.map((row) => [row.a.id, this.loaded(row)]));
  }

  private loaded({ a, g }: { a: typeof accounts.$inferSelect; g: typeof accountGrants.$inferSelect | null }): LoadedGrant {
    return {
      accountId: a.id, providerAppId: a.providerAppId, provider: a.provider as Provider, userId: a.userId, username: a.username,
      grantKind: a.grantKind as GrantKind, status: g ? a.status : 'disconnected', generation: a.generation,
      expiresAt: a.expiresAt ?? new Date(0), refreshExpiresAt: a.refreshExpiresAt ?? undefined,
      accessToken: g ? this.keyring.decryptString(g.accessTokenCiphertext, accessAad(a.id)) : '',
      refreshToken: g?.refreshTokenCiphertext ? this.keyring.decryptString(g.refreshTokenCiphertext, refreshAad(a.id)) : undefined,
      params: g?.params ?? {}, nextRefreshAt: g?.nextRefreshAt ?? undefined,
    };
  }

  /** Writes the grant of `generation` (inside the command's transaction). */
  async writeGrant(
    tx: Tx,
    accountId: string,
    generation: number,
    tokens: TokenSet,
    params: Record<string, string>,
    nextRefreshAt: Date | null,
  ): Promise<void> {
    const row = {
      accountId, generation, params, nextRefreshAt, claimedUntil: null,
      accessTokenCiphertext: this.keyring.encrypt(tokens.accessToken, accessAad(accountId)),
      refreshTokenCiphertext: tokens.refreshToken ? this.keyring.encrypt(tokens.refreshToken, refreshAad(accountId)) : null,
    };
    await tx.insert(accountGrants).values(row).onConflictDoUpdate({ target: accountGrants.accountId, set: row });
  }

  async writeAppSecret(tx: Tx, providerAppId: string, secret: string | undefined, fingerprint: string, settings: Record<string, string | number>) {
    if (secret === undefined) {
      await tx.update(providerAppCredentials).set({ settings }).where(eq(providerAppCredentials.providerAppId, providerAppId));
      return;
    }
    const row = { providerAppId, secretCiphertext: this.keyring.encrypt(secret, appSecretAad(providerAppId)), secretFingerprint: fingerprint, settings };
    await tx.insert(providerAppCredentials).values(row).onConflictDoUpdate({ target: providerAppCredentials.providerAppId, set: row });
  }

  async deleteGrant(tx: Tx, accountId: string): Promise<void> {
    await tx.delete(accountGrants).where(eq(accountGrants.accountId, accountId));
  }

  async schedule(accountId: string, nextRefreshAt?: Date | null, tx: DbOrTx = this.database.db): Promise<void> {
    await tx.update(accountGrants)
      .set(nextRefreshAt === undefined ? { claimedUntil: null } : { claimedUntil: null, nextRefreshAt })
      .where(eq(accountGrants.accountId, accountId));
  }
}
