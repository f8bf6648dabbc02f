// The figures seed 000 asks to watch, served on the service's GET /metrics
// (libs/runtime): Secrets rewritten (by trigger) and sync failures (by
// reason); Flux's view of the repositories (readiness of every binding, read
// at scrape time at most once per KW_METRICS_MAX_AGE_MS, and authentication
// failures as they are recorded); reconcile passes (by trigger and result)
// and their duration. Labels are bounded sets, never a project or account.
import type { Database } from '@keywarden/db';
import { getMeter, observeGauge, type Counter, type Histogram } from '@keywarden/telemetry';
import type { VerificationStatus } from '../domain/binding/verification.js';
import { verificationCounts } from '../projections/queries.js';

type GitopsMetrics = {
  secretsWritten: Counter; syncFailures: Counter; fluxAuthFailures: Counter; reconcilePasses: Counter; reconcileSeconds: Histogram;
};

// Made on first use, not at import: the metrics API hands out no-op meters until
// the runtime has registered the process's MeterProvider.
let made: GitopsMetrics | undefined;

export function gitopsMetrics(): GitopsMetrics {
  if (!made) {
    const meter = getMeter('@keywarden/gitops-sync');
    made = {
      secretsWritten: meter.createCounter('keywarden_gitops_secrets_written', { description: 'Git credential Secrets written to Kubernetes, by trigger' }),
      syncFailures: meter.createCounter('keywarden_gitops_sync_failures', { description: 'Git credential syncs that failed, by reason' }),
      fluxAuthFailures: meter.createCounter('keywarden_gitops_flux_auth_failures', {
        description: 'Flux could not authenticate to a repository with a Secret keywarden wrote (recorded when it starts or changes class), by reason',
      }),
      reconcilePasses: meter.createCounter('keywarden_gitops_reconcile_passes', { description: 'Reconcile passes, by trigger (schedule, manual) and result (success, failure)' }),
      reconcileSeconds: meter.createHistogram('keywarden_gitops_reconcile_duration_seconds', {
        description: 'How long a reconcile pass took, by trigger', unit: 's',
        advice: { explicitBucketBoundaries: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300] },
      }),
    };
  }
  return made;
}

const STATES: readonly VerificationStatus[] = ['verified', 'failing', 'pending', 'unverified', 'unknown'];

/** keywarden_gitops_repository_readiness{state}: project environments by what Flux said of their Secret; every state reported, 0 when none. */
export function watchReadiness(database: Database, maxAgeMs: number): () => void {
  return observeGauge('keywarden_gitops_repository_readiness', async () => {
    const rows = await verificationCounts(database);
    const counts = new Map<string, number>(STATES.map((s) => [s, 0]));
    for (const row of rows) counts.set(row.verification, row.n);
    return [...counts].map(([state, value]) => ({ value, attributes: { state } }));
  }, { description: 'Project environments by the verification of their Git credential by Flux (verified, failing, pending, unverified, unknown)', maxAgeMs });
}
