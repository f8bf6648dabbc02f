// Inline projections: the vault's read models, updated in the command's transaction.
import type { Projection } from '@keywarden/event-store';
import { and, eq, sql } from 'drizzle-orm';
import { envVars, providers, secretGroups, secrets, secretVersions } from '../schema.js';
import type { EnvVarEvent } from '../domain/env-var/env-var.js';
import type { GroupEvent } from '../domain/group/group.js';
import type { ProviderEvent } from '../domain/provider/provider.js';
import type { SecretEvent } from '../domain/secret/secret.js';

export const groupsProjection: Projection<GroupEvent> = {
  name: 'secret_groups',
  handles: ['SecretGroupCreated', 'SecretGroupProviderLinked', 'SecretGroupUpdated', 'SecretGroupDeleted'],
  async apply(tx, event) {
    const e = { type: event.type, data: event.data } as GroupEvent;
    switch (e.type) {
      case 'SecretGroupCreated':
        await tx.insert(secretGroups).values({ id: e.data.groupId, name: e.data.name, description: e.data.description, createdAt: event.time, updatedAt: event.time });
        return;
      case 'SecretGroupProviderLinked':
        await tx.update(secretGroups).set({ providerId: e.data.providerId || null, autoSync: e.data.autoSync, updatedAt: event.time }).where(eq(secretGroups.id, e.data.groupId));
        return;
      case 'SecretGroupUpdated':
        await tx.update(secretGroups).set({ name: e.data.name, description: e.data.description, updatedAt: event.time }).where(eq(secretGroups.id, e.data.groupId));
        return;
      case 'SecretGroupDeleted':
        await tx.delete(secretGroups).where(eq(secretGroups.id, e.data.groupId));
        return;
    }
  },
  reset: async (tx) => void (await tx.delete(secretGroups)),
};

export const secretsProjection: Projection<SecretEvent> = {
  name: 'secrets',
  handles: ['SecretCreated', 'SecretValueChanged', 'SecretRolledBack', 'SecretDeleted'],
  async apply(tx, event) {
    const e = { type: event.type, data: event.data } as SecretEvent;
    switch (e.type) {
      case 'SecretCreated': {
        const d = e.data;
        const synced = d.syncedAt ? new Date(d.syncedAt) : null;
        await tx.insert(secrets).values({ id: d.secretId, groupId: d.groupId, name: d.name, description: d.description, version: 1, fingerprint: d.valueFingerprint,
          source: d.source, providerId: d.providerId || null, providerReference: d.providerReference || null, lastSyncedAt: synced, createdAt: event.time, updatedAt: event.time });
        await tx.insert(secretVersions).values({ secretId: d.secretId, version: 1, fingerprint: d.valueFingerprint, source: d.source, actor: d.actorUserId, createdAt: event.time });
        return;
      }
      case 'SecretValueChanged': {
        const d = e.data;
        await tx.update(secrets).set({ version: d.version, fingerprint: d.valueFingerprint, source: d.source, updatedAt: event.time,
          ...(d.syncedAt ? { lastSyncedAt: new Date(d.syncedAt) } : {}) }).where(eq(secrets.id, d.secretId));
        await tx.insert(secretVersions).values({ secretId: d.secretId, version: d.version, fingerprint: d.valueFingerprint, source: d.source, actor: d.actorUserId, createdAt: event.time });
        return;
      }
      case 'SecretRolledBack': {
        const d = e.data;
        await tx.update(secrets).set({ version: d.version, fingerprint: d.valueFingerprint, updatedAt: event.time }).where(eq(secrets.id, d.secretId));
        await tx.insert(secretVersions).values({ secretId: d.secretId, version: d.version, fingerprint: d.valueFingerprint, source: 'manual', actor: d.actorUserId,
          restoredVersion: d.restoredVersion, createdAt: event.time });
        return;
      }
      case 'SecretDeleted':
        await tx.delete(secrets).where(eq(secrets.id, e.data.secretId));
        return;
      case 'SecretRevealed':
        return;
    }
  },
  reset: async (tx) => {
    await tx.delete(secrets);
    await tx.delete(secretVersions);
  },
};

export const envVarsProjection: Projection<EnvVarEvent> = {
  name: 'env_vars',
  handles: ['EnvVarSet', 'EnvVarDeleted'],
  async apply(tx, event) {
    const e = { type: event.type, data: event.data } as EnvVarEvent;
    if (e.type === 'EnvVarSet') {
      const d = e.data;
      const row = { scope: d.scope, projectId: d.projectId, environment: d.environment ?? '', applicationId: d.applicationId ?? '', key: d.key, kind: d.kind,
        reference: d.reference, fingerprint: d.valueFingerprint, description: d.description, version: event.streamVersion, updatedAt: event.time };
      await tx.insert(envVars).values({ id: d.envVarId, ...row }).onConflictDoUpdate({ target: envVars.id, set: row });
    } else {
      await tx.delete(envVars).where(and(eq(envVars.id, e.data.envVarId)));
    }
  },
  reset: async (tx) => void (await tx.delete(envVars)),
};

export const providersProjection: Projection<ProviderEvent> = {
  name: 'providers',
  handles: ['ProviderConfigured', 'ProviderSyncCompleted', 'ProviderSyncFailed', 'ProviderDeleted'],
  async apply(tx, event) {
    const e = { type: event.type, data: event.data } as ProviderEvent;
    switch (e.type) {
      case 'ProviderConfigured': {
        const d = e.data;
        const row = { name: d.name, type: d.providerType, groupId: d.groupId, enabled: d.enabled, autoSync: d.autoSync, schedule: d.schedule,
          deleteMissing: d.deleteMissing, version: event.streamVersion, updatedAt: event.time };
        await tx.insert(providers).values({ id: d.providerId, ...row }).onConflictDoUpdate({ target: providers.id, set: row });
        return;
      }
      case 'ProviderSyncCompleted':
        await tx.update(providers).set({ lastSyncAt: new Date(e.data.completedAt), lastSyncStatus: 'completed', lastSyncError: null, lastSyncErrorClass: null })
          .where(eq(providers.id, e.data.providerId));
        return;
      case 'ProviderSyncFailed':
        await tx.update(providers).set({ lastSyncAt: new Date(e.data.failedAt), lastSyncStatus: 'failed', lastSyncError: sql`${e.data.reason}`, lastSyncErrorClass: e.data.errorClass })
          .where(eq(providers.id, e.data.providerId));
        return;
      case 'ProviderDeleted':
        await tx.delete(providers).where(eq(providers.id, e.data.providerId));
        return;
    }
  },
  reset: async (tx) => void (await tx.delete(providers)),
};

export const projections = [groupsProjection, secretsProjection, envVarsProjection, providersProjection];
