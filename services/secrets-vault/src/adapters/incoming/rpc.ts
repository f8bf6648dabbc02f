// RPC endpoints (rpc.secrets.<Method>). Management calls carry the actor and its permissions,
// which the gateway fills from the caller's identity; BuildEnvironment is service-to-service
// (only deployer may call it: NATS permissions). Groups and secrets here; environment variables
// in rpc-env.ts, providers and master keys in rpc-providers.ts.
import { endpoint, type AnyRpcEndpoint } from '@keywarden/bus';
import { authorize } from '../../app/access.js';
import type { GroupsApp } from '../../app/groups.js';
import { searchSecrets } from '../../app/search.js';
import type { SecretRow } from '../../app/secrets.js';
import { keyOf } from './idempotency-key.js';
import { requireUuid } from '../../domain/ids.js';
import { environmentEndpoints, type EnvironmentApps } from './rpc-env.js';
import { providerEndpoints, type ProviderApps } from './rpc-providers.js';

export { authorize, permissionsOf, type Permission } from '../../app/access.js';

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : undefined);

function summary(s: SecretRow) {
  return { secretId: s.id, groupId: s.groupId, name: s.name, description: s.description, version: s.version, preview: s.preview, source: s.source,
    providerId: s.providerId ?? '', providerReference: s.providerReference ?? '', lastSyncedAt: iso(s.lastSyncedAt), updatedAt: iso(s.updatedAt),
    valueFingerprint: s.fingerprint, groupName: s.groupName, hasValue: s.hasValue, createdAt: iso(s.createdAt) };
}

function groupSummary(g: { id: string; name: string; description: string; providerId: string | null; autoSync: boolean; secretCount: number; createdAt: Date; updatedAt: Date }) {
  return { groupId: g.id, name: g.name, description: g.description, providerId: g.providerId ?? '', autoSync: g.autoSync, secretCount: g.secretCount,
    createdAt: iso(g.createdAt), updatedAt: iso(g.updatedAt) };
}

export type VaultApps = EnvironmentApps & ProviderApps & { groups: GroupsApp };

export function rpcEndpoints(apps: VaultApps): AnyRpcEndpoint[] {
  const { secrets, groups } = apps;
  return [
    ...environmentEndpoints(apps),
    ...providerEndpoints(apps),
    endpoint('secrets.CreateSecretGroup', async (r) => {
      const actor = authorize(r.actor, 'secrets:write');
      const { result, replayed } = await secrets.createGroup(actor, r.name, r.description, keyOf(r));
      return { group: groupSummary(result), replayed };
    }),
    endpoint('secrets.ListSecretGroups', async (r) => {
      authorize(r.actor, 'secrets:read');
      return { groups: (await secrets.listGroups()).map(groupSummary) };
    }),
    endpoint('secrets.UpdateSecretGroup', async (r) => {
      const actor = authorize(r.actor, 'secrets:write');
      requireUuid('group_id', r.groupId);
      return { group: groupSummary(await groups.update(actor, r.groupId, r.updateMask, { name: r.name, description: r.description })) };
    }),
    endpoint('secrets.DeleteSecretGroup', async (r) => {
      const actor = authorize(r.actor, 'secrets:write');
      requireUuid('group_id', r.groupId);
      return groups.delete(actor, r.groupId);
    }),
    endpoint('secrets.PutSecret', async (r) => {
      const actor = authorize(r.actor, 'secrets:write');
      requireUuid('group_id', r.groupId);
      const { secret, changed, replayed } = await secrets.put({ actor, groupId: r.groupId, name: r.name, value: r.value, description: r.description, replace: r.replace }, keyOf(r));
      return { secret: summary(secret), changed, replayed };
    }),
    endpoint('secrets.ListSecrets', async (r) => {
      authorize(r.actor, 'secrets:read');
      requireUuid('group_id', r.groupId);
      return { secrets: (await secrets.list(r.groupId)).map(summary) };
    }),
    endpoint('secrets.SearchSecrets', async (r) => {
      authorize(r.actor, 'secrets:read');
      const found = await searchSecrets(apps.database, secrets, { query: r.query, pageSize: r.pageSize, pageToken: r.pageToken });
      return { secrets: found.secrets.map(summary), nextPageToken: found.nextPageToken };
    }),
    endpoint('secrets.GetSecretHistory', async (r) => {
      authorize(r.actor, 'secrets:read');
      requireUuid('secret_id', r.secretId);
      const versions = await secrets.history(r.secretId);
      return { versions: versions.map((v) => ({ version: v.version, valueFingerprint: v.fingerprint, source: v.source, actorUserId: v.actor,
        createdAt: v.createdAt.toISOString(), restoredVersion: v.restoredVersion ?? 0 })) };
    }),
    endpoint('secrets.RollbackSecret', async (r) => {
      const actor = authorize(r.actor, 'secrets:write');
      requireUuid('secret_id', r.secretId);
      return { secret: summary(await secrets.rollback(actor, r.secretId, r.toVersion)) };
    }),
    endpoint('secrets.RevealSecret', async (r) => {
      const actor = authorize(r.actor, 'secrets:reveal');
      requireUuid('secret_id', r.secretId);
      return secrets.reveal(actor, r.secretId, r.reason, r.version);
    }),
    endpoint('secrets.RevealSecrets', async (r) => {
      const actor = authorize(r.actor, 'secrets:reveal');
      const wanted = r.secrets.map((s) => ({ secretId: requireUuid('secret_id', s.secretId), version: s.version ?? 0 }));
      return { secrets: await secrets.revealMany(actor, wanted, r.reason) };
    }),
    endpoint('secrets.DeleteSecret', async (r) => {
      const actor = authorize(r.actor, 'secrets:write');
      requireUuid('secret_id', r.secretId);
      await secrets.delete(actor, r.secretId);
      return {};
    }),
    endpoint('secrets.ImportSecrets', async (r) => {
      const actor = authorize(r.actor, 'secrets:write');
      requireUuid('group_id', r.groupId);
      return secrets.import(actor, r.groupId, r.format, r.content, r.overwrite);
    }),
    endpoint('secrets.ExportGroup', async (r) => {
      const actor = authorize(r.actor, 'secrets:reveal');
      requireUuid('group_id', r.groupId);
      return secrets.exportGroup(actor, r.groupId, r.reason);
    }),
  ] as AnyRpcEndpoint[];
}
