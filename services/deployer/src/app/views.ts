// Rows as the RPCs answer them (deployer.proto Application and Deployment):
// never the token hash or the signing secret.
import type { ApplicationRow, DeploymentRow } from '../projections/queries.js';
export type DeploymentView = ReturnType<typeof deploymentView>;
export type ApplicationView = ReturnType<typeof applicationView>;

export function applicationView(row: ApplicationRow) {
  return {
    applicationId: row.id, organizationId: row.organizationId, projectId: row.projectId, name: row.name, environment: row.environment,
    namespace: row.namespace, image: row.image, ports: row.ports, replicas: row.replicas, resources: row.resources,
    webhookEnabled: row.webhookEnabled, autoDeploy: row.autoDeploy, signatureRequired: row.signatureRequired, webhookTokenPrefix: row.tokenPrefix,
    // Stopped or deleted says more than how the last deployment went (kept underneath for a start).
    currentVersion: row.currentVersion, status: row.lifecycle === 'active' ? row.status : row.lifecycle, lastDeployedAt: row.lastDeployedAt?.toISOString(),
    createdBy: row.createdBy, createdAt: row.createdAt.toISOString(), stoppedAt: row.stoppedAt?.toISOString(), deletedAt: row.deletedAt?.toISOString(),
  };
}

export function deploymentView(row: DeploymentRow) {
  return {
    deploymentId: row.id, applicationId: row.applicationId, applicationName: row.applicationName, projectId: row.projectId,
    environment: row.environment, version: row.version, trigger: row.trigger, status: row.status, stage: row.stage, error: row.error,
    actorUserId: row.actorUserId, rollbackOfDeploymentId: row.rollbackOfDeploymentId, requestedAt: row.requestedAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString(), durationMs: row.durationMs,
  };
}
