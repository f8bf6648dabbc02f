// The deployer's Kubernetes target: server-side apply (field manager
// keywarden, @keywarden/kube) of the env Secret and then the Deployment, and
// rollout waits by watch. Applies force: keywarden is the source of truth for
// these two objects, so a hand `kubectl scale` or `set image` is taken back on
// the next deploy instead of blocking every deploy with a conflict.
import { ClusterError, classifyKubeError, serverSideApply, waitForRollout } from '@keywarden/kube';
import { AppsV1Api, CoreV1Api, PatchStrategy, setHeaderOptions, type KubeConfig } from '@kubernetes/client-node';
import type { DeployTarget, WorkloadSpec } from '../../../app/ports.js';
import { ENV_CHECKSUM_ANNOTATION, deploymentObject, envSecretName, envSecretObject } from './workload.js';

export function kubernetesDeployTarget(kc: KubeConfig, description = `kubernetes cluster ${kc.getCurrentCluster()?.server ?? ''}`): DeployTarget {
  const applier = serverSideApply(kc);
  const apps = kc.makeApiClient(AppsV1Api);
  const core = kc.makeApiClient(CoreV1Api);
  const waits = new Set<AbortController>();
  /** A call whose 404 means there is nothing to act on (never deployed, or already removed). */
  const unlessMissing = async (run: () => Promise<unknown>) => {
    try {
      await run();
    } catch (error) {
      const classified = classifyKubeError(error);
      if (classified.kind !== 'not_found') throw classified;
    }
  };
  return {
    kind: 'kubernetes',
    description,
    apply: async (spec) => {
      try {
        await applier.apply(envSecretObject(spec), { force: true });
      } catch (error) {
        throw withoutValues(error, spec);
      }
      const deployment = await applier.apply(deploymentObject(spec), { force: true });
      const generation = deployment.metadata.generation;
      if (typeof generation !== 'number') throw new ClusterError('rejected', `the API returned Deployment ${spec.namespace}/${spec.name} without a generation`);
      return { generation };
    },
    waitForRollout: async (namespace, name, generation, timeoutMs, signal) => {
      const controller = new AbortController();
      waits.add(controller);
      try {
        // The caller's signal (its lease lost, its worker stopping) ends the watch too, instead of leaving it open.
        return await waitForRollout(kc, { namespace, name, generation, timeoutMs, signal: signal ? AbortSignal.any([controller.signal, signal]) : controller.signal });
      } finally {
        waits.delete(controller);
      }
    },
    // A merge patch of replicas only (an Update by keywarden): the next deploy's forced apply takes the field back.
    scale: (namespace, name, replicas) => unlessMissing(() => apps.patchNamespacedDeployment(
      { namespace, name, fieldManager: 'keywarden', body: { spec: { replicas } } }, setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
    )),
    liveEnvChecksums: async (namespace) => {
      const live = new Map<string, string>();
      let token: string | undefined;
      try {
        do {
          const page = await apps.listNamespacedDeployment({ namespace, labelSelector: 'app.kubernetes.io/managed-by=keywarden', limit: 500, _continue: token });
          for (const d of page.items) live.set(d.metadata?.name ?? '', d.spec?.template?.metadata?.annotations?.[ENV_CHECKSUM_ANNOTATION] ?? '');
          token = page.metadata?._continue || undefined;
        } while (token);
      } catch (error) {
        throw classifyKubeError(error);
      }
      return live;
    },
    remove: async (namespace, name) => {
      await unlessMissing(() => apps.deleteNamespacedDeployment({ namespace, name }));
      await unlessMissing(() => core.deleteNamespacedSecret({ namespace, name: envSecretName(name) }));
    },
    // Open waits end at once (rejecting with `unavailable`) rather than holding shutdown for the rollout timeout.
    close: async () => {
      for (const controller of waits) controller.abort(new ClusterError('unavailable', 'the deploy target was closed'));
    },
  };
}

/**
 * classifyKubeError already builds details from the API's Status only; this also blanks any environment value an
 * API server might echo in a validation message, so no secret value can reach an event or a log through an error.
 */
function withoutValues(error: unknown, spec: WorkloadSpec): unknown {
  if (!(error instanceof ClusterError)) return error;
  let detail = error.detail;
  for (const value of Object.values(spec.env)) {
    if (value.length < 4) continue;
    for (const form of [value, Buffer.from(value, 'utf8').toString('base64')]) detail = detail.split(form).join('[redacted]');
  }
  return detail === error.detail ? error : new ClusterError(error.kind, detail, error.conflicts);
}
