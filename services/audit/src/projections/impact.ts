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
import { BATCHES, num, str } from './impact-batch.js';

const timeOf = (event: AuditSourceEvent) => new Date(event.time);

type Apply = (tx: Tx, d: Record<string, unknown>, event: AuditSourceEvent) => Promise<void>;

const RULES: Record<string, Apply> = {
  // gitops
  ProjectDeleted: async (tx, d) => {
    await tx.delete(impactProjects).where(eq(impactProjects.projectId, str(d['projectId'])));
    await tx.delete(impactGitBindings).where(eq(impactGitBindings.projectId, str(d['projectId'])));
  },
  EnvironmentRemoved: async (tx, d) => {
    await tx.delete(impactGitBindings).where(sql`${impactGitBindings.projectId} = ${str(d['projectId'])} and ${impactGitBindings.environment} = ${str(d['environment'])}`);
  },
  // secrets-vault
  EnvVarDeleted: async (tx, d) => void (await tx.delete(impactEnvVars).where(eq(impactEnvVars.envVarId, str(d['envVarId'])))),
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
  ApplicationStopped: (tx, d) => appStatus(tx, d, 'stopped'),
  ApplicationStarted: (tx, d) => appStatus(tx, d, 'running'),
  ApplicationDeleted: (tx, d) => appStatus(tx, d, 'deleted'),
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

async function providerSync(tx: Tx, d: Record<string, unknown>, outcome: string, event: AuditSourceEvent) {
  const at = d['completedAt'] ?? d['failedAt'];
  const lastSyncAt = typeof at === 'string' && !Number.isNaN(new Date(at).getTime()) ? new Date(at) : timeOf(event);
  await tx.update(impactProviders).set({ lastSyncId: str(d['syncId']), lastSyncOutcome: outcome, lastSyncAt }).where(eq(impactProviders.providerId, str(d['providerId'])));
}

async function appStatus(tx: Tx, d: Record<string, unknown>, status: string) {
  await tx.update(impactApplications).set({ status }).where(eq(impactApplications.applicationId, str(d['applicationId'])));
}

/** The event types that feed the impact read models. */
export const impactEventTypes = [...Object.keys(BATCHES), ...Object.keys(RULES)];

/**
 * Applies a batch of one context's events in order (the others pass by): a run of consecutive events of one
 * batched kind in one statement per table (impact-batch.ts), the rest one by one.
 */
export async function applyImpact(tx: Tx, events: readonly AuditSourceEvent[]): Promise<void> {
  let run: AuditSourceEvent[] = [];
  let kind = '';
  const flush = async () => {
    if (run.length > 0) await BATCHES[run[0]!.type]!.apply(tx, run);
    run = [];
    kind = '';
  };
  for (const event of events) {
    const batch = BATCHES[event.type];
    if (batch) {
      if (batch.kind !== kind) await flush();
      kind = batch.kind;
      run.push(event);
      continue;
    }
    await flush();
    await RULES[event.type]?.(tx, event.data, event);
  }
  await flush();
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
