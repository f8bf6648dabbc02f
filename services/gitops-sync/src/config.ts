// gitops-sync's own settings (KW_GITOPS_*), on top of the shared ones.
import { envInt as int } from '@keywarden/runtime';
import { z } from 'zod';

export const gitopsSyncConfig = {
  /** Self-hosted GitLab hosts (comma-separated, host or host:port); gitlab.com is always GitLab. */
  KW_GITOPS_GITLAB_HOSTS: z.string().default(''),
  /** A kubeconfig file; without one (and outside a pod) the manifests target is used. */
  KW_GITOPS_KUBECONFIG: z.string().optional(),
  /** Reconcile schedule (croner, 5 or 6 fields), UTC. */
  KW_GITOPS_RECONCILE_CRON: z.string().min(1).default('0 * * * *'),
  /** Tokens written must stay valid at least this long (GetAccessToken min_valid_minutes). */
  KW_GITOPS_MIN_VALID_MINUTES: int(30, 1),
  /** Flux GitRepository spec.interval. */
  KW_GITOPS_FLUX_INTERVAL: z.string().regex(/^([0-9]+(\.[0-9]+)?(ms|s|m|h))+$/).default('1m'),
  /** Sync queue: poll fallback (new work wakes the worker at once), backoff base and cap. */
  KW_GITOPS_QUEUE_POLL_MS: int(1000, 10),
  KW_GITOPS_RETRY_BASE_MS: int(1000, 1),
  KW_GITOPS_RETRY_CAP_MS: int(300_000, 1),
  /** Kubernetes writes and token calls in flight at once. */
  KW_GITOPS_CONCURRENCY: int(16, 1),
};

export type GitopsSyncExtra = z.infer<z.ZodObject<typeof gitopsSyncConfig>>;

export type GitopsSettings = {
  gitlabHosts: string[];
  kubeconfig: string | undefined;
  reconcileCron: string;
  minValidMinutes: number;
  fluxInterval: string;
  pollMs: number;
  retryBaseMs: number;
  retryCapMs: number;
  concurrency: number;
};

export function gitopsSettings(extra: Partial<GitopsSyncExtra>): GitopsSettings {
  const e = z.object(gitopsSyncConfig).parse(extra);
  return {
    gitlabHosts: e.KW_GITOPS_GITLAB_HOSTS.split(',').map((h) => h.trim().toLowerCase()).filter(Boolean),
    kubeconfig: e.KW_GITOPS_KUBECONFIG,
    reconcileCron: e.KW_GITOPS_RECONCILE_CRON,
    minValidMinutes: e.KW_GITOPS_MIN_VALID_MINUTES,
    fluxInterval: e.KW_GITOPS_FLUX_INTERVAL,
    pollMs: e.KW_GITOPS_QUEUE_POLL_MS,
    retryBaseMs: e.KW_GITOPS_RETRY_BASE_MS,
    retryCapMs: e.KW_GITOPS_RETRY_CAP_MS,
    concurrency: e.KW_GITOPS_CONCURRENCY,
  };
}
