// RPC endpoints (rpc.secrets.<Method>). Management calls carry the actor and its permissions,
// which the gateway fills from the caller's identity; BuildEnvironment is service-to-service
// (only deployer may call it: NATS permissions).
import { endpoint, type AnyRpcEndpoint } from '@keywarden/bus';
import { callerScope } from '@keywarden/event-store';
import type { EnvironmentApp } from '../app/environment.js';
import type { ProvidersApp } from '../app/providers.js';
import type { SecretRow, SecretsApp } from '../app/secrets.js';
import { VaultError } from '../domain/errors.js';
import { requireUuid } from '../domain/ids.js';

export type Permission = 'secrets:read' | 'secrets:write' | 'secrets:reveal' | 'secrets:admin';
type ActorInput = { userId?: string | undefined; roles?: string[] | undefined; scopes?: string[] | undefined; credential?: string | undefined; tokenId?: string | undefined } | undefined;

/** A create's Idempotency-Key, scoped to the caller (a PAT's keys are its own). */
const keyOf = (r: { actor?: ActorInput; idempotencyKey: string }) =>
  ({ key: r.idempotencyKey, scope: callerScope({ userId: r.actor?.userId ?? '', credential: r.actor?.credential ?? '', tokenId: r.actor?.tokenId ?? '' }) });

const EVERYONE: readonly Permission[] = ['secrets:read', 'secrets:write'];
const ADMIN: readonly Permission[] = ['secrets:read', 'secrets:write', 'secrets:reveal', 'secrets:admin'];

/**
 * What an actor may do here: platform administrators everything, every other
 * signed-in user read and write (plaintext leaves only through reveal/export,
 * which need an administrator). A personal access token narrows that to its scopes.
 */
export function permissionsOf(actor: ActorInput): Permission[] {
  const byRole = actor?.roles?.includes('admin') ? ADMIN : EVERYONE;
  if (actor?.credential !== 'pat') return [...byRole];
  const scopes = actor.scopes ?? [];
  return byRole.filter((p) => scopes.includes(p));
}

/** The actor's user id, once it holds the permission (secrets:admin holds them all). */
export function authorize(actor: ActorInput, permission: Permission): string {
  if (!actor?.userId) throw new VaultError('ERR_FORBIDDEN', 'the request carries no actor');
  const held = permissionsOf(actor);
  if (!held.includes(permission) && !held.includes('secrets:admin')) {
    throw new VaultError('ERR_FORBIDDEN', `this needs the ${permission} permission`);
  }
  return actor.userId;
}

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : undefined);

function summary(s: SecretRow) {
  return { secretId: s.id, groupId: s.groupId, name: s.name, description: s.description, version: s.version, preview: s.preview, source: s.source,
    providerId: s.providerId ?? '', providerReference: s.providerReference ?? '', lastSyncedAt: iso(s.lastSyncedAt), updatedAt: iso(s.updatedAt),
    valueFingerprint: s.fingerprint };
}

function envSummary(v: { id: string; scope: string; projectId: string; key: string; kind: string; reference: string; preview: string; description: string }) {
  return { envVarId: v.id, scope: v.scope, projectId: v.projectId, key: v.key, kind: v.kind, reference: v.reference, preview: v.preview, description: v.description };
}

function groupSummary(g: { id: string; name: string; description: string; providerId: string | null; autoSync: boolean; secretCount: number }) {
  return { groupId: g.id, name: g.name, description: g.description, providerId: g.providerId ?? '', autoSync: g.autoSync, secretCount: g.secretCount };
}

export function rpcEndpoints(apps: { secrets: SecretsApp; environment: EnvironmentApp; providers: ProvidersApp; rotate: (actor: string, batchSize: number) => Promise<{ activeVersion: number; rewrappedCount: number; previousVersions: number[] }> }): AnyRpcEndpoint[] {
  const { secrets, environment, providers } = apps;
  return [
    endpoint('secrets.BuildEnvironment', async (r) => {
      const variables = await environment.build(r.projectId);
      return { variables, resolvedAt: secrets.now().toISOString() };
    }),
    endpoint('secrets.CreateSecretGroup', async (r) => {
      const actor = authorize(r.actor, 'secrets:write');
      const { result, replayed } = await secrets.createGroup(actor, r.name, r.description, keyOf(r));
      return { group: groupSummary(result), replayed };
    }),
    endpoint('secrets.ListSecretGroups', async (r) => {
      authorize(r.actor, 'secrets:read');
      return { groups: (await secrets.listGroups()).map(groupSummary) };
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
    endpoint('secrets.SetEnvVar', async (r) => {
      const actor = authorize(r.actor, 'secrets:write');
      return { envVar: envSummary(await environment.set({ actor, scope: r.scope, projectId: r.projectId, key: r.key, value: r.value, description: r.description })) };
    }),
    endpoint('secrets.DeleteEnvVar', async (r) => {
      const actor = authorize(r.actor, 'secrets:write');
      await environment.delete(actor, r.scope, r.projectId, r.key);
      return {};
    }),
    endpoint('secrets.ListEnvVars', async (r) => {
      authorize(r.actor, 'secrets:read');
      return { envVars: (await environment.list(r.scope, r.projectId)).map(envSummary) };
    }),
    endpoint('secrets.ImportGroupToProject', async (r) => {
      const actor = authorize(r.actor, 'secrets:write');
      requireUuid('group_id', r.groupId);
      const { imported, skipped } = await environment.importGroup(actor, r.groupId, r.projectId);
      return { imported, skipped };
    }),
    endpoint('secrets.ConfigureProvider', async (r) => {
      const actor = authorize(r.actor, 'secrets:admin');
      requireUuid('group_id', r.groupId);
      if (r.providerId) requireUuid('provider_id', r.providerId);
      return providers.configure({ actor, providerId: r.providerId, name: r.name, providerType: r.providerType, groupId: r.groupId,
        settingsJson: r.settingsJson, enabled: r.enabled, autoSync: r.autoSync, schedule: r.schedule, deleteMissing: r.deleteMissing }, keyOf(r));
    }),
    endpoint('secrets.SyncProvider', async (r) => {
      const actor = authorize(r.actor, 'secrets:write');
      requireUuid('provider_id', r.providerId);
      const result = await providers.sync(r.providerId, 'manual', actor);
      if (result.skipped) throw new VaultError('ERR_CONFLICT', 'a sync of this provider is already running');
      return result;
    }),
    endpoint('secrets.RotateMasterKey', async (r) => {
      const actor = authorize(r.actor, 'secrets:admin');
      return apps.rotate(actor, r.batchSize);
    }),
  ] as AnyRpcEndpoint[];
}
