// What gitops-sync's use cases need from outside, declared here and implemented by
// adapters/outgoing: the cluster (ClusterTarget: kube/ or manifests), oauth-broker's
// tokens (TokenSource) and the sync queue's rows (SyncRequests, written in the caller's
// transaction). service.ts hands the implementations in.
import type { Tx } from '@keywarden/db';
import type { KubeObject } from '@keywarden/kube';
import type { FailureReason, SyncTrigger } from '../domain/binding/binding.js';

export type EnvironmentTarget = {
  projectId: string; environment: string; namespace: string; slug: string; repositoryUrl: string; branch: string; interval: string;
};
export type Credentials = { username: string; password: string; generation: number; fingerprint: string; accountId: string };


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

/** Why no token could be had for an account, and whether asking again may help. */
export type TokenFailure = { reason: FailureReason; detail: string; retry: boolean; stale: boolean; accountId: string };

/** oauth-broker's access tokens. The token lives only in the Credentials returned, the caller's locals and the Secret it writes. */
export interface TokenSource {
  /** `fresh`: Flux could not use the current token, so one valid a whole day is asked for, which makes the broker refresh now. */
  token(accountId: string, fresh: boolean): Promise<Credentials | TokenFailure>;
}

export type QueueAction = 'apply' | 'delete' | 'stale';
/** What the Syncer does for one environment (a queue row, or a reconcile's finding). */
export type WorkItem = {
  projectId: string; environment: string; action: QueueAction; trigger: SyncTrigger; namespace: string; slug: string;
  accountId: string; force: boolean;
  /** The requester's W3C traceparent (queue rows): the item's work continues that trace. */
  traceparent?: string;
};
export type QueueRow = {
  projectId: string; environment: string; action: QueueAction; trigger: SyncTrigger; namespace: string; slug: string;
  accountId?: string; force?: boolean;
};

/**
 * Requests for cluster work, one queue row per project environment, written in the transaction that asks for
 * them (`tx`; without one, in a transaction of their own). Whoever asks wakes the workers after the commit.
 */
export interface SyncRequests {
  /**
   * Adds or replaces requests: the newest action wins, force is kept once asked for. `onlyBound` (requests from
   * outside the project's own commands: Flux status, reconcile retries) keeps only environments that still exist.
   */
  enqueue(rows: readonly QueueRow[], options?: { onlyBound?: boolean; tx?: Tx }): Promise<void>;
  /** Every binding that holds (or last tried) this account's token. */
  forAccount(tx: Tx, accountId: string, action: 'apply' | 'stale', trigger: SyncTrigger): Promise<void>;
  /** Bindings of an organization's projects; `onlyUnsynced` skips those already holding a token. */
  forOrganization(tx: Tx, organizationId: string, trigger: SyncTrigger, onlyUnsynced: boolean): Promise<void>;
  /** Unsynced bindings of the organizations a user owns (the user just connected an account they may use). */
  forOwner(tx: Tx, userId: string, trigger: SyncTrigger): Promise<void>;
}
