// The figures seed 000 asks to watch: Secrets rewritten (by trigger) and sync
// failures (by reason), served on the service's GET /metrics (libs/runtime).
import { getMeter, type Counter } from '@keywarden/telemetry';

type GitopsMetrics = { secretsWritten: Counter; syncFailures: Counter };

// Made on first use, not at import: the metrics API hands out no-op meters until
// the runtime has registered the process's MeterProvider.
let made: GitopsMetrics | undefined;

export function gitopsMetrics(): GitopsMetrics {
  if (!made) {
    const meter = getMeter('@keywarden/gitops-sync');
    made = {
      secretsWritten: meter.createCounter('keywarden_gitops_secrets_written', { description: 'Git credential Secrets written to Kubernetes, by trigger' }),
      syncFailures: meter.createCounter('keywarden_gitops_sync_failures', { description: 'Git credential syncs that failed, by reason' }),
    };
  }
  return made;
}
