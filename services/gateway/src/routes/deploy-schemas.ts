// The deployer's applications and deployments as the gateway documents them
// (/api/v1/applications and /webhook share them). Replies are parsed through
// these (kit.reply), so nothing the deployer adds later leaks out undocumented.
import { z } from '@hono/zod-openapi';

export const Resources = z
  .object({ cpuRequest: z.string(), cpuLimit: z.string(), memoryRequest: z.string(), memoryLimit: z.string() })
  .openapi('ApplicationResources', { description: 'Kubernetes quantities ("250m", "512Mi"); empty: unset' });

export const Application = z
  .object({
    applicationId: z.string(), organizationId: z.string(), projectId: z.string(), name: z.string(), environment: z.string(),
    namespace: z.string(), image: z.string().openapi({ description: 'Image reference without tag; a deployment runs <image>:<version>' }),
    ports: z.array(z.number().int()), replicas: z.number().int(), resources: Resources.optional(),
    webhookEnabled: z.boolean(), autoDeploy: z.boolean().openapi({ description: 'A rotated secret the application uses rolls it automatically' }),
    signatureRequired: z.boolean().openapi({ description: 'Webhook requests must carry X-Keywarden-Signature' }),
    webhookTokenPrefix: z.string().openapi({ description: 'The first characters of the webhook token, to tell tokens apart' }),
    currentVersion: z.string().openapi({ description: 'The version running now; empty before the first deployment' }),
    status: z.string().openapi({ description: 'new, deploying, running or failed' }),
    lastDeployedAt: z.string().optional(), createdBy: z.string(), createdAt: z.string().optional(),
  })
  .openapi('Application');

export const Deployment = z
  .object({
    deploymentId: z.string(), applicationId: z.string(), applicationName: z.string(), projectId: z.string(), environment: z.string(),
    version: z.string(),
    trigger: z.string().openapi({ description: 'webhook, manual, rollback or secret_rotation' }),
    status: z.string().openapi({ description: 'pending, in_progress, succeeded or failed' }),
    stage: z.string().openapi({ description: 'When failed: environment, apply, rollout_timeout or rollout_failed' }),
    error: z.string(), actorUserId: z.string(), rollbackOfDeploymentId: z.string(),
    requestedAt: z.string().optional(), finishedAt: z.string().optional(), durationMs: z.number(),
  })
  .openapi('Deployment');

export const DeploymentResult = z.object({ deployment: Deployment }).openapi('DeploymentResult');
