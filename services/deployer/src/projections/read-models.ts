// Inline read models: applications (settings, credential fingerprints, the
// version running now) and deployments (the history). The token hash and the
// encrypted signing secret are written next to these rows by the commands
// themselves (they are not in any event).
import type { Projection, ProjectedEvent, SnapshotLoader } from '@keywarden/event-store';
import { and, eq, ne, sql } from 'drizzle-orm';
import { applications, deployments } from '../schema.js';
import type { ApplicationChangedData, ApplicationRegisteredData, ApplicationState } from '../domain/application/application.js';
import type { DeploymentFailedData, DeploymentRequestedData, DeploymentSucceededData } from '../domain/deployment/deployment.js';

export const applicationsProjection: Projection = {
  name: 'applications',
  handles: [
    'ApplicationRegistered', 'ApplicationChanged', 'WebhookTokenRegenerated', 'WebhookSigningSecretRotated', 'WebhookRejected',
    'ApplicationStopped', 'ApplicationStarted', 'ApplicationDeleted',
  ],
  async apply(tx, event: ProjectedEvent) {
    const id = String((event.data as { applicationId?: string }).applicationId ?? '');
    if (!id) return;
    const version = { streamVersion: sql`greatest(${applications.streamVersion}, ${event.streamVersion})` };
    switch (event.type) {
      case 'ApplicationRegistered': {
        const d = event.data as ApplicationRegisteredData;
        const row = {
          organizationId: d.organizationId, projectId: d.projectId, name: d.name, environment: d.environment, namespace: d.namespace,
          image: d.image, ports: d.ports, replicas: d.replicas, resources: d.resources, webhookEnabled: d.webhookEnabled, autoDeploy: d.autoDeploy,
          signatureRequired: d.signatureRequired, tokenFingerprint: d.webhookTokenFingerprint, signingSecretFingerprint: d.signingSecretFingerprint,
          createdBy: d.actorUserId, createdAt: event.time, streamVersion: event.streamVersion,
        };
        // A rebuild that kept the row (its token hash is in no event) overwrites the settings and keeps the hash.
        await tx.insert(applications).values({ id, ...row }).onConflictDoUpdate({ target: applications.id, set: row });
        return;
      }
      case 'ApplicationChanged': {
        const d = event.data as ApplicationChangedData;
        await tx.update(applications).set({
          image: d.image, ports: d.ports, replicas: d.replicas, resources: d.resources, webhookEnabled: d.webhookEnabled, autoDeploy: d.autoDeploy,
          signatureRequired: d.signatureRequired, ...(d.signatureRequired ? {} : { signingSecretFingerprint: '' }), ...version,
        }).where(eq(applications.id, id));
        return;
      }
      case 'WebhookTokenRegenerated':
        await tx.update(applications).set({ tokenFingerprint: String(event.data['webhookTokenFingerprint']), ...version }).where(eq(applications.id, id));
        return;
      case 'WebhookSigningSecretRotated':
        await tx.update(applications).set({ signingSecretFingerprint: String(event.data['signingSecretFingerprint']), ...version }).where(eq(applications.id, id));
        return;
      case 'WebhookRejected':
        // Only the stream position moves: the next command starts from here instead of replaying every rejection.
        if (event.streamId === `application-${id}`) await tx.update(applications).set(version).where(eq(applications.id, id));
        return;
      case 'ApplicationStopped':
        await tx.update(applications).set({ lifecycle: 'stopped', stoppedAt: event.time, ...version }).where(eq(applications.id, id));
        return;
      case 'ApplicationStarted':
        // Still scaled to zero until the start's deployment (lifecycle.ts) rolls out: deploying, not the old running.
        await tx.update(applications).set({
          lifecycle: 'active', stoppedAt: null, status: sql`case when ${applications.currentVersion} <> '' then 'deploying' else ${applications.status} end`, ...version,
        }).where(eq(applications.id, id));
        return;
      case 'ApplicationDeleted':
        await tx.update(applications).set({ lifecycle: 'deleted', deletedAt: event.time, stoppedAt: null, ...version }).where(eq(applications.id, id));
        return;
    }
  },
  reset: async (tx) => {
    await tx.update(applications).set({
      currentVersion: '', currentDeploymentId: '', status: 'new', lastDeployedAt: null, lifecycle: 'active', stoppedAt: null, deletedAt: null,
    });
  },
};

export const deploymentsProjection: Projection = {
  name: 'deployments',
  handles: ['DeploymentRequested', 'DeploymentSucceeded', 'DeploymentFailed'],
  async apply(tx, event: ProjectedEvent) {
    switch (event.type) {
      case 'DeploymentRequested': {
        const d = event.data as DeploymentRequestedData;
        await tx.insert(deployments).values({
          id: d.deploymentId, applicationId: d.applicationId, applicationName: d.applicationName, organizationId: d.organizationId, projectId: d.projectId,
          environment: d.environment, version: d.version, trigger: d.trigger, status: 'pending', actorUserId: d.actorUserId,
          rollbackOfDeploymentId: d.rollbackOfDeploymentId, secretIds: d.secretIds, requestedAt: event.time,
        });
        // Only when it changes: requests of one application then do not queue behind each other's row lock.
        await tx.update(applications).set({ status: 'deploying' }).where(and(eq(applications.id, d.applicationId), ne(applications.status, 'deploying')));
        return;
      }
      case 'DeploymentSucceeded': {
        const d = event.data as DeploymentSucceededData;
        await tx.update(deployments).set({ status: 'succeeded', finishedAt: event.time, durationMs: d.durationMs }).where(eq(deployments.id, d.deploymentId));
        await tx.update(applications).set({
          status: 'running', currentVersion: d.version, currentDeploymentId: d.deploymentId, lastDeployedAt: event.time, appliedEnvFingerprint: d.envFingerprint ?? '',
        })
          .where(eq(applications.id, d.applicationId));
        return;
      }
      case 'DeploymentFailed': {
        const d = event.data as DeploymentFailedData;
        await tx.update(deployments).set({ status: 'failed', stage: d.stage, error: d.error, finishedAt: event.time, durationMs: d.durationMs })
          .where(eq(deployments.id, d.deploymentId));
        await tx.update(applications).set({ status: 'failed' }).where(eq(applications.id, d.applicationId));
        return;
      }
    }
  },
  reset: async (tx) => {
    await tx.delete(deployments);
  },
};

/** The drift check's verdicts on the application rows (so a check compares with the row, and appends only a change). */
export const driftProjection: Projection = {
  name: 'drift',
  handles: ['DeploymentDriftDetected', 'DeploymentDriftCleared'],
  async apply(tx, event: ProjectedEvent) {
    const d = event.data as { applicationId: string; liveEnvFingerprint?: string };
    const drifted = event.type === 'DeploymentDriftDetected';
    await tx.update(applications).set({ drifted, driftLiveFingerprint: drifted ? (d.liveEnvFingerprint ?? '') : '' }).where(eq(applications.id, d.applicationId));
  },
  reset: async (tx) => {
    await tx.update(applications).set({ drifted: false, driftLiveFingerprint: '' });
  },
};

export const projections = [applicationsProjection, deploymentsProjection, driftProjection];

/** An application's decider state from its row, so a command does not replay the stream's audit records. */
export const applicationSnapshot: SnapshotLoader<ApplicationState> = async (tx, streamId) => {
  const [row] = await tx.select().from(applications).where(eq(applications.id, streamId.slice('application-'.length)));
  if (!row) return undefined;
  if (row.lifecycle === 'deleted') return { version: row.streamVersion, state: { status: 'deleted', applicationId: row.id, name: row.name } };
  return {
    version: row.streamVersion,
    state: {
      status: 'registered', applicationId: row.id, name: row.name, namespace: row.namespace, lifecycle: row.lifecycle === 'stopped' ? 'stopped' : 'active',
      tokenFingerprint: row.tokenFingerprint, signingSecretFingerprint: row.signingSecretFingerprint,
      settings: {
        image: row.image, ports: row.ports, replicas: row.replicas, resources: row.resources, webhookEnabled: row.webhookEnabled,
        autoDeploy: row.autoDeploy, signatureRequired: row.signatureRequired,
      },
    },
  };
};
