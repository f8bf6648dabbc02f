// The impact read models (what a change to an account, secret, group or provider will affect),
// projected from the events the audit consumers already read: gitops bindings and projects,
// secrets-vault variables, secrets, groups and providers, deployer applications and deployments.
// Each table is fed by one context's stream only, so the live consumer and a replay (which reads
// the streams one after the other) write the same rows; the contexts meet at query time.
// Events carry no secret material and neither do these rows: versions and fingerprints only.
import type { Tx } from '@keywarden/db';
import { eq, sql } from 'drizzle-orm';
import {
  impactApplications, impactDeployments, impactEnvVars, impactGitBindings, impactGroups, impactProjects, impactProviders,
  impactSecrets, impactSecretVersions,
} from '../schema.js';
import type { AuditSourceEvent } from '../domain/entry.js';

const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const num = (value: unknown): number => {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : 0;
  return Number.isFinite(n) ? n : 0;
};
const timeOf = (event: AuditSourceEvent) => new Date(event.time);
const REFERENCE_KINDS: Record<string, string> = { secret_ref: 'secret', group_ref: 'group' };

type Apply = (tx: Tx, d: Record<string, unknown>, event: AuditSourceEvent) => Promise<void>;

const RULES: Record<string, Apply> = {
  // gitops
  ProjectCreated: async (tx, d) => {
    const row = { projectId: str(d['projectId']), organizationId: str(d['organizationId']), name: str(d['name']), slug: str(d['slug']), repositoryUrl: str(d['repositoryUrl']) };
    await tx.insert(impactProjects).values(row).onConflictDoUpdate({ target: impactProjects.projectId, set: row });
  },
  ProjectDeleted: async (tx, d) => {
    await tx.delete(impactProjects).where(eq(impactProjects.projectId, str(d['projectId'])));
    await tx.delete(impactGitBindings).where(eq(impactGitBindings.projectId, str(d['projectId'])));
  },
  EnvironmentRemoved: async (tx, d) => {
    await tx.delete(impactGitBindings).where(sql`${impactGitBindings.projectId} = ${str(d['projectId'])} and ${impactGitBindings.environment} = ${str(d['environment'])}`);
  },
  GitCredentialsSynced: async (tx, d) => {
    const row = {
      projectId: str(d['projectId']), environment: str(d['environment']), organizationId: str(d['organizationId']), namespace: str(d['namespace']),
      secretName: str(d['secretName']), accountId: str(d['accountId']), tokenGeneration: num(d['tokenGeneration']), tokenFingerprint: str(d['tokenFingerprint']),
    };
    await tx.insert(impactGitBindings).values(row).onConflictDoUpdate({ target: [impactGitBindings.projectId, impactGitBindings.environment], set: row });
  },
  // secrets-vault
  EnvVarSet: async (tx, d) => {
    const referenceKind = REFERENCE_KINDS[str(d['kind'])];
    const envVarId = str(d['envVarId']);
    // A variable set to a plain value no longer references anything.
    if (!referenceKind) return void (await tx.delete(impactEnvVars).where(eq(impactEnvVars.envVarId, envVarId)));
    const row = {
      envVarId, scope: str(d['scope']), projectId: str(d['projectId']), environment: str(d['environment']), applicationId: str(d['applicationId']),
      key: str(d['key']), referenceKind, reference: str(d['reference']),
    };
    await tx.insert(impactEnvVars).values(row).onConflictDoUpdate({ target: impactEnvVars.envVarId, set: row });
  },
  EnvVarDeleted: async (tx, d) => void (await tx.delete(impactEnvVars).where(eq(impactEnvVars.envVarId, str(d['envVarId'])))),
  SecretCreated: async (tx, d, event) => {
    const row = {
      secretId: str(d['secretId']), groupId: str(d['groupId']), name: str(d['name']), providerId: str(d['providerId']),
      version: num(d['version']), valueFingerprint: str(d['valueFingerprint']),
    };
    await tx.insert(impactSecrets).values(row).onConflictDoUpdate({ target: impactSecrets.secretId, set: row });
    await secretVersion(tx, row.secretId, row.version, row.valueFingerprint, timeOf(event));
  },
  SecretValueChanged: (tx, d, event) => newVersion(tx, d, event),
  SecretRolledBack: (tx, d, event) => newVersion(tx, d, event),
  SecretDeleted: async (tx, d) => {
    await tx.delete(impactSecrets).where(eq(impactSecrets.secretId, str(d['secretId'])));
    await tx.delete(impactSecretVersions).where(eq(impactSecretVersions.secretId, str(d['secretId'])));
  },
  SecretGroupCreated: async (tx, d) => {
    await tx.insert(impactGroups).values({ groupId: str(d['groupId']), name: str(d['name']), providerId: '' })
      .onConflictDoUpdate({ target: impactGroups.groupId, set: { name: str(d['name']) } });
  },
  SecretGroupUpdated: async (tx, d) => void (await tx.update(impactGroups).set({ name: str(d['name']) }).where(eq(impactGroups.groupId, str(d['groupId'])))),
  SecretGroupProviderLinked: async (tx, d) => void (await tx.update(impactGroups).set({ providerId: str(d['providerId']) }).where(eq(impactGroups.groupId, str(d['groupId'])))),
  SecretGroupDeleted: async (tx, d) => void (await tx.delete(impactGroups).where(eq(impactGroups.groupId, str(d['groupId'])))),
  ProviderConfigured: async (tx, d) => {
    const row = { providerId: str(d['providerId']), name: str(d['name']), providerType: str(d['providerType']), groupId: str(d['groupId']) };
    await tx.insert(impactProviders).values({ ...row, lastSyncId: '', lastSyncOutcome: '', lastSyncAt: null })
      .onConflictDoUpdate({ target: impactProviders.providerId, set: row });
  },
  ProviderSyncCompleted: (tx, d, event) => providerSync(tx, d, 'success', event),
  ProviderSyncFailed: (tx, d, event) => providerSync(tx, d, 'failure', event),
  ProviderDeleted: async (tx, d) => void (await tx.delete(impactProviders).where(eq(impactProviders.providerId, str(d['providerId'])))),
  // deployer
  ApplicationRegistered: async (tx, d) => {
    const row = {
      applicationId: str(d['applicationId']), organizationId: str(d['organizationId']), projectId: str(d['projectId']), environment: str(d['environment']),
      name: str(d['name']), namespace: str(d['namespace']),
    };
    await tx.insert(impactApplications).values({ ...row, status: 'new', liveDeploymentId: '', liveVersion: '' })
      .onConflictDoUpdate({ target: impactApplications.applicationId, set: row });
  },
  ApplicationStopped: (tx, d) => appStatus(tx, d, 'stopped'),
  ApplicationStarted: (tx, d) => appStatus(tx, d, 'running'),
  ApplicationDeleted: (tx, d) => appStatus(tx, d, 'deleted'),
  DeploymentRequested: async (tx, d, event) => {
    await tx.insert(impactDeployments).values({ deploymentId: str(d['deploymentId']), applicationId: str(d['applicationId']), requestedAt: timeOf(event) })
      .onConflictDoNothing();
  },
  DeploymentSucceeded: async (tx, d, event) => {
    const deploymentId = str(d['deploymentId']);
    const versionsUsed = versionsOf(d['versionsUsed']);
    await tx.execute(sql`update ${impactApplications} set status = 'running', live_deployment_id = ${deploymentId}, live_version = ${str(d['version'])},
      live_requested_at = (select requested_at from ${impactDeployments} where deployment_id = ${deploymentId}), live_succeeded_at = ${timeOf(event).toISOString()},
      live_versions_used = ${JSON.stringify(versionsUsed)}::jsonb, live_env_fingerprint = ${str(d['envFingerprint'])}
      where application_id = ${str(d['applicationId'])} and status <> 'deleted'`);
    await tx.delete(impactDeployments).where(eq(impactDeployments.deploymentId, deploymentId));
  },
  // The deployer's drift check: what runs differs from (or matches again) what Keywarden last applied.
  DeploymentDriftDetected: async (tx, d, event) => {
    const detectedAt = typeof d['detectedAt'] === 'string' ? new Date(d['detectedAt']) : timeOf(event);
    await tx.update(impactApplications).set({ drift: true, driftLiveFingerprint: str(d['liveEnvFingerprint']), driftDetectedAt: detectedAt })
      .where(eq(impactApplications.applicationId, str(d['applicationId'])));
  },
  DeploymentDriftCleared: async (tx, d) => {
    await tx.update(impactApplications).set({ drift: false, driftLiveFingerprint: '', driftDetectedAt: null }).where(eq(impactApplications.applicationId, str(d['applicationId'])));
  },
  // A failed deployment leaves the live one running.
  DeploymentFailed: async (tx, d) => void (await tx.delete(impactDeployments).where(eq(impactDeployments.deploymentId, str(d['deploymentId'])))),
};

/** DeploymentSucceeded's versionsUsed, kept to the three fields (an event is data from elsewhere: nothing else is stored). */
function versionsOf(value: unknown): Array<{ secretId: string; version: number; valueFingerprint: string }> {
  if (!Array.isArray(value)) return [];
  return value.map((v: Record<string, unknown>) => ({ secretId: str(v?.['secretId']), version: num(v?.['version']), valueFingerprint: str(v?.['valueFingerprint']) }))
    .filter((v) => v.secretId !== '');
}

async function secretVersion(tx: Tx, secretId: string, version: number, valueFingerprint: string, time: Date) {
  await tx.insert(impactSecretVersions).values({ secretId, version, valueFingerprint, time }).onConflictDoNothing();
}

async function newVersion(tx: Tx, d: Record<string, unknown>, event: AuditSourceEvent) {
  const secretId = str(d['secretId']);
  const version = num(d['version']);
  const valueFingerprint = str(d['valueFingerprint']);
  await tx.update(impactSecrets).set({ version, valueFingerprint }).where(eq(impactSecrets.secretId, secretId));
  await secretVersion(tx, secretId, version, valueFingerprint, timeOf(event));
}

async function providerSync(tx: Tx, d: Record<string, unknown>, outcome: string, event: AuditSourceEvent) {
  const at = d['completedAt'] ?? d['failedAt'];
  const lastSyncAt = typeof at === 'string' && !Number.isNaN(new Date(at).getTime()) ? new Date(at) : timeOf(event);
  await tx.update(impactProviders).set({ lastSyncId: str(d['syncId']), lastSyncOutcome: outcome, lastSyncAt }).where(eq(impactProviders.providerId, str(d['providerId'])));
}

async function appStatus(tx: Tx, d: Record<string, unknown>, status: string) {
  await tx.update(impactApplications).set({ status }).where(eq(impactApplications.applicationId, str(d['applicationId'])));
}

/** The event types that feed the impact read models. */
export const impactEventTypes = Object.keys(RULES);

/** Applies a batch of one context's events in order (the others pass by). */
export async function applyImpact(tx: Tx, events: readonly AuditSourceEvent[]): Promise<void> {
  for (const event of events) await RULES[event.type]?.(tx, event.data, event);
}

/** Clears what one context's stream put in the impact read models, for a rebuild of that context. */
export async function resetImpact(tx: Tx, context: string): Promise<void> {
  const tables = {
    gitops: [impactProjects, impactGitBindings],
    secrets: [impactEnvVars, impactSecrets, impactSecretVersions, impactGroups, impactProviders],
    deploy: [impactApplications, impactDeployments],
  }[context] ?? [];
  for (const table of tables) await tx.delete(table);
}
