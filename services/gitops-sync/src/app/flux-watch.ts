// Follows what Flux says of keywarden's GitRepositories (an informer on their
// status) and does two things with it:
//  - verification: a Ready condition that answers the reconcile requested with
//    the Secret last written (status.lastHandledReconcileAt) is recorded on the
//    binding as GitCredentialsVerified / GitCredentialsVerificationFailed
//    (verification.ts tells the failure classes apart). Statuses are gathered
//    for a moment and compared with the bindings in one query, so a start-up
//    listing thousands of GitRepositories costs one query per batch and a
//    command only for what changed;
//  - repair: Flux cannot authenticate (or cannot read the Secret) although
//    the token looked valid (revoked, rotated elsewhere): the environment is
//    queued for a sync that asks oauth-broker for a token valid for a day,
//    which forces a real refresh, and rewrites the Secret (trigger
//    flux_auth_failure). A failure already handled (same transition) or
//    handled within the cooldown is not acted on again, so a Flux retry loop
//    cannot become a refresh storm. The repair is queued after the failure is
//    recorded: a repair quick enough to rewrite the Secret first would leave
//    the failure it cured unrecorded.
import type { BackgroundTask } from '@keywarden/runtime';
import type { Logger } from '@keywarden/telemetry';
import { REFRESH_CURES, classifyFluxFailure } from '../domain/binding/verification.js';
import type { ClusterTarget, RepositoryStatus, SyncRequests } from './ports.js';
import type { VerificationRecorder } from './verification.js';

export const FLUX_COOLDOWN_MS = 5 * 60_000;
/** How long statuses are gathered before they are compared with the bindings. */
const GATHER_MS = 50;
const MAX_GATHERED = 500;

export type FluxWatchDeps = {
  requests: SyncRequests; target: ClusterTarget; logger: Logger; recorder?: VerificationRecorder; cooldownMs?: number; onQueued?: () => void;
};

export function fluxWatchTask(deps: FluxWatchDeps): BackgroundTask {
  const handled = new Map<string, { since: string; at: number }>();
  const gathered = new Map<string, RepositoryStatus>();
  let timer: NodeJS.Timeout | undefined;
  let flushing: Promise<void> | undefined;
  let stop: (() => Promise<void>) | undefined;
  let stopped = true;

  const repair = (status: RepositoryStatus) => {
    const key = `${status.namespace}/${status.name}`;
    const last = handled.get(key);
    if (last && (last.since === status.since || Date.now() - last.at < (deps.cooldownMs ?? FLUX_COOLDOWN_MS))) return;
    handled.set(key, { since: status.since, at: Date.now() });
    deps.logger.warn({ namespace: status.namespace, gitRepository: status.name, projectId: status.projectId, environment: status.environment },
      'Flux cannot authenticate to the repository; refreshing the token and rewriting the Secret');
    void deps.requests.enqueue([{
      projectId: status.projectId, environment: status.environment, action: 'apply', trigger: 'flux_auth_failure', namespace: status.namespace, slug: status.name,
    }], { onlyBound: true }).then(() => deps.onQueued?.(), (error: unknown) => {
      handled.delete(key);
      deps.logger.error({ namespace: status.namespace, err: { type: (error as Error).name } }, 'queueing the Flux auth repair failed');
    });
  };

  const schedule = (delayMs: number) => {
    if (stopped || timer || flushing) return;
    timer = setTimeout(() => {
      timer = undefined;
      flushing = flush().finally(() => {
        flushing = undefined;
        if (gathered.size > 0) schedule(GATHER_MS);
      });
    }, delayMs);
  };

  const flush = async () => {
    const batch = [...gathered.values()].slice(0, MAX_GATHERED);
    for (const status of batch) gathered.delete(`${status.namespace}/${status.name}`);
    try {
      await deps.recorder?.record(batch.filter((status) => status.lastHandledReconcileAt !== ''));
      for (const status of batch) if (status.ready === 'False' && REFRESH_CURES.includes(classifyFluxFailure(status.reason, status.message))) repair(status);
    } catch (error) {
      // The database is away (or a bug): keep what is not superseded by a newer status, and try again shortly.
      for (const status of batch) if (!gathered.has(`${status.namespace}/${status.name}`)) gathered.set(`${status.namespace}/${status.name}`, status);
      deps.logger.warn({ statuses: batch.length, err: { type: (error as Error).name, code: (error as { code?: string }).code } }, 'recording Flux verification failed; trying again');
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  };

  const onStatus = (status: RepositoryStatus) => {
    if (status.ready !== 'True' && status.ready !== 'False') return;
    gathered.set(`${status.namespace}/${status.name}`, status);
    schedule(gathered.size >= MAX_GATHERED ? 0 : GATHER_MS);
  };

  return {
    name: 'flux-status-watch',
    start: async () => {
      stopped = false;
      if (!deps.target.watchRepositories) return;
      try {
        stop = await deps.target.watchRepositories(onStatus);
      } catch (error) {
        // The cluster may be down at start-up; reconcile still repairs, and the next start watches again.
        deps.logger.warn({ err: { type: (error as Error).name } }, 'cannot watch GitRepository status now');
      }
    },
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      timer = undefined;
      await stop?.();
      await flushing;
    },
  };
}
