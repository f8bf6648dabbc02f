// The Kubernetes target: server-side apply with field manager `keywarden`
// (@keywarden/kube), plus the reads, deletes and Flux watch gitops-sync needs.
import { fingerprint } from '@keywarden/crypto';
import { ClusterError, classifyKubeError, serverSideApply, type KubeObject } from '@keywarden/kube';
import {
  ApiException, CoreV1Api, CustomObjectsApi, PatchStrategy, makeInformer, setHeaderOptions, type KubeConfig, type KubernetesListObject, type V1Secret,
} from '@kubernetes/client-node';
import type { ClusterTarget, ObservedRepository, ObservedSecret, RepositoryStatus } from '../../../app/ports.js';
import {
  ENVIRONMENT_LABEL, FINGERPRINT_ANNOTATION, GENERATION_ANNOTATION, MANAGED_SELECTOR, PROJECT_LABEL, REQUESTED_AT_ANNOTATION,
} from '../../../domain/cluster.js';

const PAGE = 500;
const FLUX = { group: 'source.toolkit.fluxcd.io', version: 'v1', plural: 'gitrepositories' };

export function kubernetesTarget(kc: KubeConfig, description: string): ClusterTarget {
  const applier = serverSideApply(kc);
  const core = kc.makeApiClient(CoreV1Api);
  const custom = kc.makeApiClient(CustomObjectsApi);
  let count = 0;
  const call = async <T>(run: () => Promise<T>): Promise<T> => {
    count++;
    try {
      return await run();
    } catch (error) {
      throw classifyKubeError(error);
    }
  };
  // Created with keywarden's labels only when missing. Applying would label a namespace someone else made, and
  // deleteEnvironment deletes labelled namespaces (with everything in them): an existing one is left as it is.
  const createNamespace = async (object: KubeObject) => {
    count++;
    try {
      await core.createNamespace({ body: object });
    } catch (error) {
      if (error instanceof ApiException && error.code === 409) return;
      throw classifyKubeError(error);
    }
  };
  return {
    kind: 'kubernetes',
    description,
    apply: async (object, { force }) => {
      if (object.kind === 'Namespace') return createNamespace(object);
      await applier.apply(object, { force });
    },
    deleteEnvironment: async (namespace, slug) => {
      const ignoreMissing = (e: unknown) => {
        if (!(e instanceof ClusterError && e.kind === 'not_found')) throw e;
      };
      await call(() => custom.deleteNamespacedCustomObject({ ...FLUX, namespace, name: slug })).catch(ignoreMissing);
      await call(() => core.deleteNamespacedSecret({ namespace, name: `${slug}-git-auth` })).catch(ignoreMissing);
      const ns = await call(() => core.readNamespace({ name: namespace })).catch((e: unknown) => (ignoreMissing(e), undefined));
      // Only a namespace keywarden created (labelled) goes: deleting it deletes everything in it.
      if (ns?.metadata?.labels?.['app.kubernetes.io/managed-by'] === 'keywarden') {
        await call(() => core.deleteNamespace({ name: namespace })).catch(ignoreMissing);
      }
    },
    listSecrets: async (labelSelector) => {
      const found: ObservedSecret[] = [];
      let next: string | undefined;
      do {
        const page = await call(() => core.listSecretForAllNamespaces({ labelSelector, limit: PAGE, ...(next ? { _continue: next } : {}) }));
        for (const secret of page.items) found.push(observe(secret));
        next = page.metadata?._continue || undefined;
      } while (next);
      return found;
    },
    listGitRepositories: async (labelSelector) => {
      const found: ObservedRepository[] = [];
      let next: string | undefined;
      do {
        const page = (await call(() => custom.listClusterCustomObject({ ...FLUX, labelSelector, limit: PAGE, ...(next ? { _continue: next } : {}) }))) as {
          items: KubeObject[]; metadata?: { continue?: string };
        };
        for (const item of page.items) found.push({ namespace: item.metadata.namespace ?? '', name: item.metadata.name });
        next = page.metadata?.continue || undefined;
      } while (next);
      return found;
    },
    requestReconcile: async (namespace, name, requestedAt) => {
      await call(() => custom.patchNamespacedCustomObject(
        { ...FLUX, namespace, name, fieldManager: 'keywarden', body: { metadata: { annotations: { [REQUESTED_AT_ANNOTATION]: requestedAt } } } },
        setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
      ));
    },
    watchRepositories: async (onStatus) => {
      const list = () => custom.listClusterCustomObject({ ...FLUX, labelSelector: MANAGED_SELECTOR }) as Promise<KubernetesListObject<KubeObject>>;
      const informer = makeInformer<KubeObject>(kc, `/apis/${FLUX.group}/${FLUX.version}/${FLUX.plural}`, list, MANAGED_SELECTOR);
      let stopped = false;
      const seen = (o: KubeObject) => {
        const status = repositoryStatusOf(o);
        if (status) onStatus(status);
      };
      informer.on('add', seen);
      informer.on('update', seen);
      // client-node leaves restarting after an error (API gone, 410 Gone) to its user.
      informer.on('error', () => {
        if (!stopped) setTimeout(() => void informer.start().catch(() => undefined), 1000);
      });
      await informer.start();
      return async () => {
        stopped = true;
        await informer.stop();
      };
    },
    requests: () => count + applier.requests(),
    close: async () => undefined,
  };
}

type FluxStatus = {
  conditions?: Array<{ type?: string; status?: string; reason?: string; message?: string; lastTransitionTime?: string }>;
  lastHandledReconcileAt?: string; artifact?: { revision?: string };
};

/** What Flux says of a GitRepository keywarden made (labelled with its project environment), else undefined. */
export function repositoryStatusOf(o: KubeObject): RepositoryStatus | undefined {
  const labels = o.metadata.labels ?? {};
  if (!labels[PROJECT_LABEL] || !labels[ENVIRONMENT_LABEL]) return undefined;
  const status = (o['status'] ?? {}) as FluxStatus;
  const ready = (status.conditions ?? []).find((c) => c.type === 'Ready');
  const state = ready?.status === 'True' || ready?.status === 'False' || ready?.status === 'Unknown' ? ready.status : '';
  return {
    namespace: o.metadata.namespace ?? '', name: o.metadata.name, projectId: labels[PROJECT_LABEL], environment: labels[ENVIRONMENT_LABEL],
    ready: state, reason: String(ready?.reason ?? ''), message: String(ready?.message ?? ''), since: String(ready?.lastTransitionTime ?? ''),
    lastHandledReconcileAt: String(status.lastHandledReconcileAt ?? ''), revision: String(status.artifact?.revision ?? ''),
  };
}

function observe(secret: V1Secret): ObservedSecret {
  const annotations = secret.metadata?.annotations ?? {};
  const password = secret.data?.['password'];
  return {
    namespace: secret.metadata?.namespace ?? '', name: secret.metadata?.name ?? '',
    generation: annotations[GENERATION_ANNOTATION] ?? '', fingerprint: annotations[FINGERPRINT_ANNOTATION] ?? '',
    // Compared with the annotation, then dropped: the token itself goes nowhere.
    passwordFingerprint: password ? fingerprint(Buffer.from(password, 'base64').toString('utf8')) : '',
  };
}
