import type { Condition, RolloutMode } from './controllers.js';
import type { FluxOptions } from './flux.js';
import type { CustomResource, JsonObject } from './types.js';

export interface KubeApiServerOptions {
  /** Default 0: a random free port. */
  port?: number;
  /** The bearer token the kubeconfig carries; random by default. */
  token?: string;
  /** Answer 401 to requests without `Authorization: Bearer <token>`. Default true. */
  requireToken?: boolean;
  /** Custom resources served besides the built-in ones. */
  resources?: CustomResource[];
  /** Namespaces to create at start, besides default, kube-system and kube-public. */
  namespaces?: string[];
  /** Events kept for watches resuming from a resourceVersion (older: 410 Expired). Default 1000. */
  historyLimit?: number;
  /** Interval of BOOKMARK events on watches that allow them. Default 1000 ms. */
  bookmarkIntervalMs?: number;
  /** What the stand-in deployment controller does with a new Deployment generation. Default 'complete'. */
  rollout?: RolloutMode;
  /** How long the stand-in controller takes to settle a rollout. Default 0 (next timer tick). */
  rolloutDelayMs?: number;
  /** Added to every request, for benchmarks that want a plausible round trip. */
  latencyMs?: number;
  /** Clock for creationTimestamp, managedFields time and conditions. */
  now?: () => Date;
  /**
   * Runs the stand-in Flux source-controller (flux.ts): GitRepositories are reconciled on creation, a new
   * generation or a new reconcile.fluxcd.io/requestedAt, by a real Git reference discovery against
   * `gitHosts`, and get source-controller's status. Off by default: GitRepositories then get no status
   * unless a test sets one.
   */
  flux?: FluxOptions;
}

/** Fail the next `count` requests matching `verb` ('patch') and `resource` ('secrets', 'gitrepositories/status'). */
export interface RequestFault {
  count: number;
  verb?: string;
  resource?: string;
  /** 500 (default), 503, 429 or 409. */
  code?: 409 | 429 | 500 | 503;
  message?: string;
}

export interface KubeconfigOptions {
  /** The context's default namespace. Default 'default'. */
  namespace?: string;
  /** Name of the cluster, user and context. Default 'keywarden-test'. */
  context?: string;
  /** Override the token, e.g. to show a 401. */
  token?: string;
}

/**
 * A running Kubernetes API test server. `kind` arguments accept a kind ('Secret'), a plural
 * ('secrets') or either qualified by group ('GitRepository.source.toolkit.fluxcd.io').
 * Namespace arguments are ignored for cluster-scoped kinds.
 */
export interface KubeApiServer {
  /** http://127.0.0.1:<port> */
  readonly url: string;
  readonly port: number;
  readonly token: string;
  /** A kubeconfig pointing at this server, for KubeConfig.loadFromString or a KUBECONFIG file. */
  kubeconfigYaml(options?: KubeconfigOptions): string;
  registerResource(resource: CustomResource): void;

  /** The stored object (a copy), or undefined. */
  get(kind: string, namespace: string | undefined, name: string): JsonObject | undefined;
  list(kind: string, namespace?: string): JsonObject[];
  /** Seeds an object as a plain create or unconditional update by `manager` (default 'test'). */
  put(object: JsonObject, manager?: string): JsonObject;
  /** A hand edit (an Update by 'kubectl-edit' unless told): drift for reconcilers to find. */
  edit(kind: string, namespace: string | undefined, name: string, mutate: (object: JsonObject) => JsonObject | void, manager?: string): JsonObject;
  /** A hand deletion. */
  remove(kind: string, namespace: string | undefined, name: string): void;

  /** Replaces status through the status subresource, as a controller would. */
  setStatus(
    kind: string,
    namespace: string | undefined,
    name: string,
    status: JsonObject | ((current: JsonObject, object: JsonObject) => JsonObject),
    manager?: string,
  ): JsonObject;
  /** Upserts one status condition, e.g. Flux's Ready=False reason AuthenticationFailed. */
  setCondition(kind: string, namespace: string | undefined, name: string, condition: Condition, manager?: string): JsonObject;
  /** Deployment status of a finished rollout (Available, Progressing NewReplicaSetAvailable). */
  completeRollout(namespace: string, name: string): JsonObject;
  /** Deployment status of a stuck rollout (Progressing=False ProgressDeadlineExceeded). */
  failRollout(namespace: string, name: string, message?: string): JsonObject;
  /** 'complete' (default) and 'fail' settle each new generation on the next tick; 'manual' waits for the test. */
  setRolloutMode(mode: RolloutMode): void;
  /** With `flux`: reconciles a GitRepository now, as its interval would (resolves once its status is written). */
  reconcileGitRepository(namespace: string, name: string): Promise<void>;
  /** With `flux`: the clones (Git reference discoveries) its source-controller attempted. */
  fluxClones(): number;

  /** The current global resourceVersion. */
  resourceVersion(): string;
  /** Drops the watch history: watches resuming from any earlier resourceVersion get 410 Expired. */
  compactHistory(): void;
  /** Ends every open watch cleanly, as the real server does when a watch's timeout passes; clients re-watch. */
  endWatches(): void;

  /**
   * 'refuse' (default) stops listening: connection refused until `available()`, which listens again
   * on the same port. '503' answers every request with a 503 Status. Open watches end in both.
   * With `forMs` the server comes back by itself.
   */
  unavailable(how?: 'refuse' | '503', forMs?: number): Promise<void>;
  available(): Promise<void>;
  failRequests(fault: RequestFault): void;

  /** Requests received by `<verb> <resource>` ('patch secrets', 'watch gitrepositories', 'get discovery'). */
  requests(): Record<string, number>;
  /** One key's count, or the total without a key. */
  requestCount(key?: string): number;
  resetRequests(): void;
  close(): Promise<void>;
}

/**
 * A KubeConfig of the caller's own @kubernetes/client-node pointing at the server. The class is
 * passed in so this library does not load client-node, and so the object is from the caller's copy.
 */
export function kubeConfigFor<T extends { loadFromString(config: string): void }>(
  server: Pick<KubeApiServer, 'kubeconfigYaml'>,
  KubeConfig: new () => T,
  options?: KubeconfigOptions,
): T {
  const config = new KubeConfig();
  config.loadFromString(server.kubeconfigYaml(options));
  return config;
}
