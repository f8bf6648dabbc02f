// The deployer's own settings (KW_DEPLOYER_*), on top of the shared ones.
import { envInt as int } from '@keywarden/runtime';
import { z } from 'zod';

export const deployerConfig = {
  /** A kubeconfig file; without one (and outside a pod) the manifests target is used. */
  KW_DEPLOYER_KUBECONFIG: z.string().optional(),
  /** How long a rollout may take before the deployment fails with stage rollout_timeout. */
  KW_DEPLOYER_ROLLOUT_TIMEOUT_MS: int(300_000, 1),
  /** Secret rotations within this window give one redeploy per application. */
  KW_DEPLOYER_ROTATION_WINDOW_MS: int(10_000, 0),
  /** Webhook calls accepted per application per rate window (a PostgreSQL counter: replicas share it). */
  KW_DEPLOYER_WEBHOOK_RATE_LIMIT: int(30, 1),
  KW_DEPLOYER_WEBHOOK_RATE_WINDOW_MS: int(60_000, 1000),
  /** Rejected webhook calls per source address per rate window; past it the source's calls are refused (429) unseen. */
  KW_DEPLOYER_REJECTION_LIMIT: int(20, 1),
  /** Signature timestamps older or newer than this are refused. */
  KW_DEPLOYER_SIGNATURE_TOLERANCE_S: int(300, 1),
  /** Deploy queue poll fallback (new work wakes the worker at once). */
  KW_DEPLOYER_QUEUE_POLL_MS: int(1000, 10),
  /** Deployments (of different applications) rolled out at once. */
  KW_DEPLOYER_CONCURRENCY: int(8, 1),
  /** Runs of one deployment that end in an error (not a rollout's verdict) before it is recorded as failed. */
  KW_DEPLOYER_MAX_ATTEMPTS: int(5, 1),
  /** Wait before the second run of such a deployment; doubled for each further one (at most 5 minutes). */
  KW_DEPLOYER_RETRY_BACKOFF_MS: int(5_000, 0),
  /** How often one replica compares the live Deployments' env checksums with the last applied ones (drift). */
  KW_DEPLOYER_DRIFT_INTERVAL_MS: int(300_000, 1000),
};

export type DeployerExtra = z.infer<z.ZodObject<typeof deployerConfig>>;

export type DeployerSettings = {
  kubeconfig: string | undefined;
  rolloutTimeoutMs: number;
  rotationWindowMs: number;
  webhookRateLimit: number;
  webhookRateWindowMs: number;
  rejectionLimit: number;
  signatureToleranceSeconds: number;
  pollMs: number;
  concurrency: number;
  maxAttempts: number;
  retryBackoffMs: number;
  driftIntervalMs: number;
};

export function deployerSettings(extra: Partial<DeployerExtra>): DeployerSettings {
  const e = z.object(deployerConfig).parse(extra);
  return {
    kubeconfig: e.KW_DEPLOYER_KUBECONFIG,
    rolloutTimeoutMs: e.KW_DEPLOYER_ROLLOUT_TIMEOUT_MS,
    rotationWindowMs: e.KW_DEPLOYER_ROTATION_WINDOW_MS,
    webhookRateLimit: e.KW_DEPLOYER_WEBHOOK_RATE_LIMIT,
    webhookRateWindowMs: e.KW_DEPLOYER_WEBHOOK_RATE_WINDOW_MS,
    rejectionLimit: e.KW_DEPLOYER_REJECTION_LIMIT,
    signatureToleranceSeconds: e.KW_DEPLOYER_SIGNATURE_TOLERANCE_S,
    pollMs: e.KW_DEPLOYER_QUEUE_POLL_MS,
    concurrency: e.KW_DEPLOYER_CONCURRENCY,
    maxAttempts: e.KW_DEPLOYER_MAX_ATTEMPTS,
    retryBackoffMs: e.KW_DEPLOYER_RETRY_BACKOFF_MS,
    driftIntervalMs: e.KW_DEPLOYER_DRIFT_INTERVAL_MS,
  };
}
