// The objects keywarden owns per project environment: the namespace, the
// Secret Flux authenticates with (basic auth: username + token) and the
// GitRepository that points Flux at the repository with that Secret.
import type { KubeObject } from '@keywarden/kube';
import { secretNameOf } from '../../domain/project/naming.js';

export const MANAGED_BY = 'app.kubernetes.io/managed-by';
export const PROJECT_LABEL = 'keywarden.dev/project';
export const ENVIRONMENT_LABEL = 'keywarden.dev/environment';
export const GENERATION_ANNOTATION = 'keywarden.dev/token-generation';
export const FINGERPRINT_ANNOTATION = 'keywarden.dev/token-fingerprint';
export const ACCOUNT_ANNOTATION = 'keywarden.dev/account-id';
export const MANAGED_SELECTOR = `${MANAGED_BY}=keywarden`;

export type EnvironmentTarget = {
  projectId: string; environment: string; namespace: string; slug: string; repositoryUrl: string; branch: string; interval: string;
};
export type Credentials = { username: string; password: string; generation: number; fingerprint: string; accountId: string };

export const labelsOf = (t: Pick<EnvironmentTarget, 'projectId' | 'environment'>) => ({
  [MANAGED_BY]: 'keywarden', [PROJECT_LABEL]: t.projectId, [ENVIRONMENT_LABEL]: t.environment,
});

export function namespaceObject(t: EnvironmentTarget): KubeObject {
  return { apiVersion: 'v1', kind: 'Namespace', metadata: { name: t.namespace, labels: labelsOf(t) } };
}

export function secretObject(t: EnvironmentTarget, c: Credentials): KubeObject {
  return {
    apiVersion: 'v1', kind: 'Secret', type: 'Opaque',
    metadata: {
      name: secretNameOf(t.slug), namespace: t.namespace, labels: labelsOf(t),
      annotations: { [GENERATION_ANNOTATION]: String(c.generation), [FINGERPRINT_ANNOTATION]: c.fingerprint, [ACCOUNT_ANNOTATION]: c.accountId },
    },
    data: { username: b64(c.username), password: b64(c.password) },
  };
}

export function gitRepositoryObject(t: EnvironmentTarget): KubeObject {
  return {
    apiVersion: 'source.toolkit.fluxcd.io/v1', kind: 'GitRepository',
    metadata: { name: t.slug, namespace: t.namespace, labels: labelsOf(t) },
    spec: { url: t.repositoryUrl, ref: { branch: t.branch }, interval: t.interval, secretRef: { name: secretNameOf(t.slug) } },
  };
}

const b64 = (value: string) => Buffer.from(value, 'utf8').toString('base64');

/** What reconcile reads back of a Secret: where it is, its annotations, and a fingerprint of the password it holds. */
export type ObservedSecret = { namespace: string; name: string; generation: string; fingerprint: string; passwordFingerprint: string };
export type ObservedRepository = { namespace: string; name: string };
/**
 * What Flux last said of a GitRepository keywarden made (its labels name the project environment): the Ready
 * condition ('' when there is none yet), its reason, message (raw: sanitised before it is stored anywhere) and
 * lastTransitionTime, and status.lastHandledReconcileAt (which requestedAt it answered).
 */
export type RepositoryStatus = {
  namespace: string; name: string; projectId: string; environment: string;
  ready: 'True' | 'False' | 'Unknown' | ''; reason: string; message: string; since: string;
  lastHandledReconcileAt: string; revision: string;
};
/** The annotation that asks Flux to reconcile a source now; Flux echoes its value in status.lastHandledReconcileAt. */
export const REQUESTED_AT_ANNOTATION = 'reconcile.fluxcd.io/requestedAt';

/** Where desired objects go: a cluster (server-side apply), or YAML files (the manifests target). */
export interface ClusterTarget {
  readonly kind: 'kubernetes' | 'manifests';
  readonly description: string;
  /** Server-side apply; a Namespace is only created when missing (one keywarden did not make is never labelled as its). */
  apply(object: KubeObject, options: { force: boolean }): Promise<void>;
  /** Removes what keywarden made for one environment (GitRepository, Secret, then the namespace if keywarden made it). */
  deleteEnvironment(namespace: string, slug: string): Promise<void>;
  /** Every keywarden Secret and GitRepository matching the label selector (paged LISTs, not a GET per object). */
  listSecrets(labelSelector: string): Promise<ObservedSecret[]>;
  listGitRepositories(labelSelector: string): Promise<ObservedRepository[]>;
  /**
   * Follows keywarden's GitRepositories and calls `onStatus` with each one's
   * status whenever it is listed or changes. Returns the stop function; the
   * manifests target has no status to watch.
   */
  watchRepositories?(onStatus: (status: RepositoryStatus) => void): Promise<() => Promise<void>>;
  /**
   * Asks Flux to reconcile the GitRepository now (its reconcile.fluxcd.io/requestedAt annotation, a merge
   * patch: `flux reconcile source git` does the same). Absent on the manifests target: no Flux to ask.
   */
  requestReconcile?(namespace: string, name: string, requestedAt: string): Promise<void>;
  /** Kubernetes requests made so far (benchmarks). */
  requests(): number;
  close(): Promise<void>;
}
