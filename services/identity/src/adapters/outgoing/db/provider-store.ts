// Reads and writes of identity providers and their encrypted client secrets (the ProviderStore port of
// app/sso/ports.ts).
import type { Keyring } from '@keywarden/crypto';
import type { Database, DbOrTx, Tx } from '@keywarden/db';
import { and, count, eq, ne } from 'drizzle-orm';
import type { LoadedProvider, ProviderRow, ProviderStore } from '../../../app/sso/ports.js';
import type { ClaimMapping } from '../../../domain/idp/config.js';
import { identityProviderSecrets, identityProviders } from '../../../schema/sso.js';

export const clientSecretAad = (identityProviderId: string) => `identity_provider_secrets:${identityProviderId}`;

export class DbProviderStore implements ProviderStore {
  constructor(private readonly database: Database, private readonly keyring: Keyring) {}

  async row(id: string, db: DbOrTx = this.database.db): Promise<ProviderRow | undefined> {
    const [row] = await db.select().from(identityProviders).where(eq(identityProviders.id, id));
    return row;
  }

  /** The provider with its decrypted client secret (for discovery and the token request only). */
  async load(id: string): Promise<LoadedProvider | undefined> {
    const [row] = await this.database.db
      .select({ p: identityProviders, s: identityProviderSecrets })
      .from(identityProviders)
      .innerJoin(identityProviderSecrets, eq(identityProviderSecrets.identityProviderId, identityProviders.id))
      .where(eq(identityProviders.id, id));
    if (!row) return undefined;
    return {
      ...row.p, claimMapping: row.p.claimMapping as ClaimMapping,
      clientSecret: this.keyring.decryptString(row.s.secretCiphertext, clientSecretAad(row.p.id)),
    };
  }

  async list(onlyEnabled: boolean): Promise<ProviderRow[]> {
    const query = this.database.db.select().from(identityProviders);
    return (onlyEnabled ? await query.where(eq(identityProviders.enabled, true)) : await query).sort((a, b) => a.name.localeCompare(b.name));
  }

  /** Enabled providers other than `exceptId`, by one count. */
  async enabledCount(db: DbOrTx, exceptId: string): Promise<number> {
    const [row] = await db.select({ n: count() }).from(identityProviders).where(and(eq(identityProviders.enabled, true), ne(identityProviders.id, exceptId)));
    return row?.n ?? 0;
  }

  async writeSecret(tx: Tx, identityProviderId: string, secret: string, fingerprint: string): Promise<void> {
    const row = { identityProviderId, secretCiphertext: this.keyring.encrypt(secret, clientSecretAad(identityProviderId)), secretFingerprint: fingerprint };
    await tx.insert(identityProviderSecrets).values(row).onConflictDoUpdate({ target: identityProviderSecrets.identityProviderId, set: row });
  }
}
