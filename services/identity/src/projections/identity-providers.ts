// Read model of the identity providers (inline: configuring one is read back at once).
import type { EventData } from '@keywarden/contracts';
import type { DbOrTx } from '@keywarden/db';
import type { Projection } from '@keywarden/event-store';
import { count, eq } from 'drizzle-orm';
import { identityProviders } from '../schema/sso.js';

export const identityProvidersProjection: Projection = {
  name: 'identity_providers',
  handles: ['IdentityProviderConfigured'],
  async apply(tx, event) {
    const d = event.data as EventData<'IdentityProviderConfigured'>;
    const row = {
      id: d.identityProviderId, name: d.name, issuer: d.issuer, clientId: d.clientId, clientSecretFingerprint: d.clientSecretFingerprint,
      scopes: d.scopes, claimMapping: d.claimMapping, identifierFilter: d.identifierFilter, enabled: d.enabled,
      version: event.streamVersion, updatedAt: event.time,
    };
    await tx.insert(identityProviders).values(row).onConflictDoUpdate({ target: identityProviders.id, set: row });
  },
  reset: async (tx) => {
    await tx.delete(identityProviders);
  },
};

/** How many identity providers are enabled (one count). */
export async function enabledProviderCount(db: DbOrTx): Promise<number> {
  const [enabled] = await db.select({ n: count() }).from(identityProviders).where(eq(identityProviders.enabled, true));
  return enabled?.n ?? 0;
}
