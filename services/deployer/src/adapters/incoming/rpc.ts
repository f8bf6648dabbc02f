// RPC endpoints (rpc.deploy.<Method>), called by the gateway: management
// calls with the actor, the webhook calls with the application's token.
// LookupApplication is service to service (secrets-vault reading through to an
// application it has not heard of yet).
import { endpoint, type AnyRpcEndpoint } from '@keywarden/bus';
import type { ApplicationsApp } from '../../app/applications.js';
import type { DeploymentsApp } from '../../app/deployments.js';
import type { WebhookApp } from '../../app/webhook.js';

export function deployEndpoints(apps: { applications: ApplicationsApp; deployments: DeploymentsApp; webhook: WebhookApp }): AnyRpcEndpoint[] {
  const { applications, deployments, webhook } = apps;
  return [
    endpoint('deploy.RegisterApplication', (r) => applications.register(r.actor, {
      projectId: r.projectId, name: r.name, environment: r.environment, image: r.image, ports: r.ports, replicas: r.replicas, resources: r.resources ?? undefined,
      webhookEnabled: r.webhookEnabled, autoDeploy: r.autoDeploy, signatureRequired: r.signatureRequired,
    }, r.idempotencyKey)),
    endpoint('deploy.ListApplications', async (r) => ({ applications: await applications.list(r.actor, r.organizationId, r.projectId) })),
    endpoint('deploy.GetApplication', async (r) => ({ application: await applications.get(r.actor, r.applicationId) })),
    endpoint('deploy.LookupApplication', async (r) => {
      const app = await applications.lookup(r.applicationId);
      return app ? { found: true, applicationId: app.id, name: app.name, organizationId: app.organizationId, projectId: app.projectId, environment: app.environment } : { found: false };
    }),
    endpoint('deploy.UpdateApplication', (r) => applications.update(r.actor, r.applicationId, r.updateMask, {
      image: r.image, ports: r.ports, replicas: r.replicas, resources: r.resources ?? undefined, webhookEnabled: r.webhookEnabled,
      autoDeploy: r.autoDeploy, signatureRequired: r.signatureRequired,
    })),
    endpoint('deploy.RegenerateWebhookToken', (r) => applications.regenerate(r.actor, r.applicationId, r.rotateSigningSecret)),
    // body: the raw request bytes (base64 on the wire), which the signature covers.
    endpoint('deploy.WebhookDeploy', (r) => webhook.deploy({
      applicationId: r.applicationId, applicationName: r.applicationName, version: r.version, token: r.token, idempotencyKey: r.idempotencyKey,
      signature: r.signature, body: Buffer.from(r.body, 'base64'), sourceAddress: r.sourceAddress, gatewayRefusal: r.gatewayRefusal,
    })),
    endpoint('deploy.GetWebhookDeployment', async (r) => ({ deployment: await webhook.get(r.deploymentId, r.token, r.sourceAddress) })),
    endpoint('deploy.DeployApplication', (r) => deployments.deploy(r.actor, r.applicationId, r.version, r.idempotencyKey)),
    endpoint('deploy.RollbackApplication', (r) => deployments.rollback(r.actor, r.applicationId, r.deploymentId, r.idempotencyKey)),
    endpoint('deploy.ListDeployments', (r) => deployments.list(r.actor, {
      applicationId: r.applicationId, status: r.status, trigger: r.trigger, pageSize: r.pageSize, pageToken: r.pageToken,
    })),
    endpoint('deploy.GetDeployment', async (r) => ({ deployment: await deployments.get(r.actor, r.deploymentId) })),
    endpoint('deploy.StopApplication', async (r) => ({ application: await applications.stop(r.actor, r.applicationId) })),
    endpoint('deploy.StartApplication', async (r) => ({ application: await applications.start(r.actor, r.applicationId) })),
    endpoint('deploy.DeleteApplication', async (r) => ({ application: await applications.delete(r.actor, r.applicationId) })),
  ];
}
