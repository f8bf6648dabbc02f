// Read model of provider apps: which apps exist and whether their credentials still work.
import type { EventData } from '@keywarden/contracts';
import type { Projection } from '@keywarden/event-store';
import { eq } from 'drizzle-orm';
import { providerApps } from '../schema.js';

export const providerAppsProjection: Projection = {
  name: 'provider_apps',
  handles: ['ProviderAppConfigured', 'AppCredentialInvalid'],
  async apply(tx, event) {
    if (event.type === 'ProviderAppConfigured') {
      const d = event.data as EventData<'ProviderAppConfigured'>;
      const row = {
        id: d.providerAppId, provider: d.provider, name: d.name, baseUrl: d.baseUrl, clientId: d.clientId, scopes: d.scopes,
        status: 'active', secretFingerprint: d.clientSecretFingerprint, updatedAt: event.time,
      };
      await tx.insert(providerApps).values(row).onConflictDoUpdate({ target: providerApps.id, set: row });
      return;
    }
    const d = event.data as EventData<'AppCredentialInvalid'>;
    await tx.update(providerApps).set({ status: 'credential_invalid', updatedAt: event.time }).where(eq(providerApps.id, d.providerAppId));
  },
  reset: async (tx) => {
    await tx.delete(providerApps);
  },
};
