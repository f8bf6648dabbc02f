// Flux reports a GitRepository it cannot authenticate with (Ready=False,
// AuthenticationFailed): the token in the Secret is no good although it
// looked valid (revoked, rotated elsewhere). Each one is queued for a sync
// that asks oauth-broker for a token valid for a day, which forces a real
// refresh, and rewrites the Secret; GitCredentialsSynced/Failed with trigger
// flux_auth_failure reports it. A failure already handled (same transition)
// or handled within the cooldown is not acted on again, so a Flux retry loop
// cannot become a refresh storm.
import type { Database } from '@keywarden/db';
import type { BackgroundTask } from '@keywarden/runtime';
import type { Logger } from '@keywarden/telemetry';
import type { ClusterTarget, FluxAuthFailure } from '../adapters/kube/objects.js';
import { enqueue } from './queue.js';

export const FLUX_COOLDOWN_MS = 5 * 60_000;

export function fluxWatchTask(deps: { database: Database; target: ClusterTarget; logger: Logger; cooldownMs?: number; onQueued?: () => void }): BackgroundTask {
  const handled = new Map<string, { since: string; at: number }>();
  let stop: (() => Promise<void>) | undefined;
  const onFailure = (failure: FluxAuthFailure) => {
    const key = `${failure.namespace}/${failure.name}`;
    const last = handled.get(key);
    if (last && (last.since === failure.since || Date.now() - last.at < (deps.cooldownMs ?? FLUX_COOLDOWN_MS))) return;
    handled.set(key, { since: failure.since, at: Date.now() });
    deps.logger.warn({ namespace: failure.namespace, gitRepository: failure.name, projectId: failure.projectId, environment: failure.environment },
      'Flux cannot authenticate to the repository; refreshing the token and rewriting the Secret');
    const slug = failure.name;
    void deps.database.db.transaction((tx) => enqueue(tx, [{
      projectId: failure.projectId, environment: failure.environment, action: 'apply', trigger: 'flux_auth_failure', namespace: failure.namespace, slug,
    }], { onlyBound: true })).then(() => deps.onQueued?.(), (error: unknown) => {
      handled.delete(key);
      deps.logger.error({ namespace: failure.namespace, err: { type: (error as Error).name } }, 'queueing the Flux auth repair failed');
    });
  };
  return {
    name: 'flux-status-watch',
    start: async () => {
      if (!deps.target.watchAuthFailures) return;
      try {
        stop = await deps.target.watchAuthFailures(onFailure);
      } catch (error) {
        // The cluster may be down at start-up; reconcile still repairs, and the next start watches again.
        deps.logger.warn({ err: { type: (error as Error).name } }, 'cannot watch GitRepository status now');
      }
    },
    stop: async () => {
      await stop?.();
    },
  };
}
