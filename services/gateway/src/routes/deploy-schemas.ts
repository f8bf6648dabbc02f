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
    status: z.string().openapi({
      description: 'new, deploying, running, failed, stopped (scaled to zero; deploys refused until started) '
        + 'or deleted (its Deployment and Secret removed; its deployments stay readable; its webhook refuses every call)',
    }),
    lastDeployedAt: z.string().optional(), createdBy: z.string(), createdAt: z.string().optional(),
    stoppedAt: z.string().optional().openapi({ description: 'While stopped: since when' }),
    deletedAt: z.string().optional().openapi({ description: 'When deleted' }),
    // Composed by the gateway (application-webhook.ts): only it knows the origin callers reach it at.
    webhookUrl: z.url().openapi({ description: "POST here to deploy (the gateway's public origin + /webhook/deploy)", example: 'https://keywarden.example.com/webhook/deploy' }),
    curlExample: z.string().openapi({ description: 'A ready-to-copy call; $KEYWARDEN_WEBHOOK_TOKEN stands for the token, which is never repeated here' }),
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
