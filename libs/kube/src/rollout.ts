// Waits for a Deployment's rollout the way `kubectl rollout status` judges it,
// from a LIST and then a watch on that one Deployment: no polling. A watch that
// ends cleanly resumes from the last resourceVersion seen; one answered with
// 410 Expired (history compacted) starts over from a fresh LIST, so a status
// written while no watch was open is never missed.
import { AppsV1Api, Watch, type KubeConfig } from '@kubernetes/client-node';
import { ClusterError, classifyKubeError } from './errors.js';

export type RolloutResult =
  | { status: 'complete' }
  | { status: 'failed'; reason: string; message: string }
  | { status: 'timeout'; message: string };

type Condition = { type?: string; status?: string; reason?: string; message?: string };
/** The parts of a Deployment the judgement reads (client-node's V1Deployment or a watch event's JSON). */
export type DeploymentLike = {
  metadata?: { resourceVersion?: string };
  spec?: { replicas?: number };
  status?: { observedGeneration?: number; replicas?: number; updatedReplicas?: number; availableReplicas?: number; conditions?: Condition[] };
};

type Judgement = RolloutResult | { status: 'progressing'; message: string };

/**
 * complete: the controller observed `generation` (or later), every desired replica runs the new template and is
 * available, and no old replica is left. failed: Progressing=False ProgressDeadlineExceeded, or ReplicaFailure=True,
 * for that generation (an older generation's conditions say nothing about this rollout).
 */
export function judgeRollout(deployment: DeploymentLike | undefined, generation: number): Judgement {
  if (!deployment) return { status: 'failed', reason: 'NotFound', message: 'the Deployment does not exist' };
  const status = deployment.status ?? {};
  const observed = status.observedGeneration ?? 0;
  if (observed < generation) return { status: 'progressing', message: `generation ${generation} not yet observed by the controller (observed ${observed})` };
  const conditions = status.conditions ?? [];
  const progressing = conditions.find((c) => c.type === 'Progressing');
  if (progressing?.status === 'False' && progressing.reason === 'ProgressDeadlineExceeded') {
    return { status: 'failed', reason: 'ProgressDeadlineExceeded', message: (progressing.message ?? '').slice(0, 300) };
  }
  const replicaFailure = conditions.find((c) => c.type === 'ReplicaFailure' && c.status === 'True');
  if (replicaFailure) return { status: 'failed', reason: replicaFailure.reason || 'ReplicaFailure', message: (replicaFailure.message ?? '').slice(0, 300) };
  const desired = deployment.spec?.replicas ?? 1;
  const updated = status.updatedReplicas ?? 0;
  const total = status.replicas ?? 0;
  const available = status.availableReplicas ?? 0;
  if (updated < desired) return { status: 'progressing', message: `${updated} of ${desired} new replicas updated` };
  if (total > updated) return { status: 'progressing', message: `${total - updated} old replicas pending termination` };
  if (available < updated) return { status: 'progressing', message: `${available} of ${updated} updated replicas available` };
  return { status: 'complete' };
}

export type WaitForRolloutOptions = { namespace: string; name: string; generation: number; timeoutMs: number; signal?: AbortSignal };

const MIN_WATCH_GAP_MS = 1_000;
const MAX_BACKOFF_MS = 5_000;

/**
 * Resolves with the rollout's outcome, or `timeout` when `timeoutMs` passes first (the message says where it stood).
 * An unreachable API is retried with backoff until then; a refused request (401, 403, ...) rejects with ClusterError;
 * an aborted `signal` rejects with its reason.
 */
export function waitForRollout(kc: KubeConfig, options: WaitForRolloutOptions): Promise<RolloutResult> {
  const { namespace, name, generation, timeoutMs, signal } = options;
  const apps = kc.makeApiClient(AppsV1Api);
  const watcher = new Watch(kc);
  const path = `/apis/apps/v1/namespaces/${encodeURIComponent(namespace)}/deployments`;
  const fieldSelector = `metadata.name=${name}`;

  return new Promise<RolloutResult>((resolve, reject) => {
    let settled = false;
    let stream: AbortController | undefined;
    let retryTimer: NodeJS.Timeout | undefined;
    let where = 'no status observed yet';
    let failures = 0;

    const finish = (settle: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      clearTimeout(retryTimer);
      stream?.abort();
      signal?.removeEventListener('abort', onAbort);
      settle();
    };
    const onAbort = () => finish(() => reject(signal?.reason));
    const deadline = setTimeout(
      () => finish(() => resolve({ status: 'timeout', message: `rollout of ${namespace}/${name} generation ${generation} not complete after ${timeoutMs} ms: ${where}` })),
      timeoutMs,
    );
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort);

    /** True when the Deployment's state settles the wait. */
    const see = (deployment: DeploymentLike | undefined): boolean => {
      const judged = judgeRollout(deployment, generation);
      if (judged.status === 'progressing') {
        where = judged.message;
        return false;
      }
      finish(() => resolve(judged));
      return true;
    };
    const failed = (error: unknown) => {
      if (settled) return;
      const classified = classifyKubeError(error);
      if (classified.kind !== 'unavailable') return finish(() => reject(classified));
      where = `the Kubernetes API is unavailable (${classified.detail})`;
      const delay = Math.min(500 * 2 ** failures++, MAX_BACKOFF_MS);
      retryTimer = setTimeout(() => void relist(), delay);
    };
    const relist = async () => {
      if (settled) return;
      try {
        const page = await apps.listNamespacedDeployment({ namespace, fieldSelector });
        failures = 0;
        if (see(page.items[0])) return;
        watchFrom(page.metadata?.resourceVersion ?? '');
      } catch (error) {
        failed(error);
      }
    };
    const watchFrom = (resourceVersion: string) => {
      if (settled) return;
      const startedAt = Date.now();
      let last = resourceVersion;
      let expired = false;
      let refused: ClusterError | undefined;
      const onEvent = (type: string, object: DeploymentLike & { code?: number; reason?: string; message?: string }) => {
        if (settled) return;
        if (type === 'ERROR') {
          if (object.code === 410) expired = true;
          else refused = new ClusterError(object.code !== undefined && object.code >= 500 ? 'unavailable' : 'rejected', `watch: HTTP ${object.code ?? '?'} ${object.reason ?? ''}`.trim());
          return;
        }
        last = object.metadata?.resourceVersion ?? last;
        if (type === 'BOOKMARK') return;
        see(type === 'DELETED' ? undefined : object);
      };
      const onEnd = (error: unknown) => {
        if (settled) return;
        if (expired || (error as { statusCode?: number } | null)?.statusCode === 410) return void relist();
        if (refused) return failed(refused);
        if (error) return failed(error);
        // Ended cleanly (the server's watch timeout): resume where it stopped, but never in a tight loop.
        retryTimer = setTimeout(() => watchFrom(last), Math.max(0, MIN_WATCH_GAP_MS - (Date.now() - startedAt)));
      };
      watcher.watch(path, { fieldSelector, resourceVersion, allowWatchBookmarks: true }, onEvent, onEnd).then((controller) => {
        stream = controller;
        if (settled) controller.abort();
      }, failed);
    };

    void relist();
  });
}
