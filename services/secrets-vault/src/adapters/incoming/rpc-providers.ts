// Provider endpoints (configure, list, read, delete, sync now) and master key rotation.
// Configuring and deleting a provider needs secrets:admin: its settings hold credentials.
import { endpoint, type AnyRpcEndpoint } from '@keywarden/bus';
import { authorize } from '../../app/access.js';
import type { ProvidersApp } from '../../app/providers.js';
import { VaultError } from '../../domain/errors.js';
import { requireUuid } from '../../domain/ids.js';
import { keyOf } from './idempotency-key.js';

export type Rotate = (actor: string, batchSize: number) => Promise<{ activeVersion: number; rewrappedCount: number; previousVersions: number[] }>;
export type ProviderApps = { providers: ProvidersApp; rotate: Rotate };

type ProviderRow = Awaited<ReturnType<ProvidersApp['summaries']>>[number];

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : undefined);

/** Never the settings: they hold the provider's credentials. The error is the one recorded, written without secret material. */
function providerSummary(p: ProviderRow) {
  return {
    providerId: p.id, name: p.name, providerType: p.type, groupId: p.groupId, groupName: p.groupName, enabled: p.enabled, autoSync: p.autoSync,
    schedule: p.schedule, deleteMissing: p.deleteMissing, lastSyncAt: iso(p.lastSyncAt), lastSyncStatus: p.lastSyncStatus ?? '',
    lastSyncErrorClass: p.lastSyncErrorClass ?? '', lastSyncError: p.lastSyncError ?? '', updatedAt: iso(p.updatedAt),
  };
}

export function providerEndpoints(apps: ProviderApps): AnyRpcEndpoint[] {
  const { providers } = apps;
  return [
    endpoint('secrets.ConfigureProvider', async (r) => {
      const actor = authorize(r.actor, 'secrets:admin');
      requireUuid('group_id', r.groupId);
      if (r.providerId) requireUuid('provider_id', r.providerId);
      return providers.configure({ actor, providerId: r.providerId, name: r.name, providerType: r.providerType, groupId: r.groupId,
        settingsJson: r.settingsJson, enabled: r.enabled, autoSync: r.autoSync, schedule: r.schedule, deleteMissing: r.deleteMissing }, keyOf(r));
    }),
    endpoint('secrets.ListProviders', async (r) => {
      authorize(r.actor, 'secrets:read');
      return { providers: (await providers.summaries()).map(providerSummary) };
    }),
    endpoint('secrets.GetProvider', async (r) => {
      authorize(r.actor, 'secrets:read');
      requireUuid('provider_id', r.providerId);
      return { provider: providerSummary((await providers.summaries(r.providerId))[0]!) };
    }),
    endpoint('secrets.DeleteProvider', async (r) => {
      const actor = authorize(r.actor, 'secrets:admin');
      requireUuid('provider_id', r.providerId);
      await providers.delete(actor, r.providerId);
      return {};
    }),
    endpoint('secrets.SyncProvider', async (r) => {
      const actor = authorize(r.actor, 'secrets:write');
      requireUuid('provider_id', r.providerId);
      const result = await providers.sync(r.providerId, 'manual', actor);
      if (result.skipped) throw new VaultError('ERR_CONFLICT', 'a sync of this provider is already running', { errorId: 'VAULT-bf30' });
      return result;
    }),
    endpoint('secrets.RotateMasterKey', async (r) => {
      const actor = authorize(r.actor, 'secrets:admin');
      return apps.rotate(actor, r.batchSize);
    }),
  ] as AnyRpcEndpoint[];
}
