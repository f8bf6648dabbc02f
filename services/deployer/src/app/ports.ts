export type Resources = { cpuRequest: string; cpuLimit: string; memoryRequest: string; memoryLimit: string };
export type WorkloadSpec = {
  namespace: string;          // the project's namespace for the environment: project-<slug>-<environment>
  name: string;               // the application name (a DNS label); Secret "<name>-env", Deployment "<name>"
  image: string;              // "<image>:<version>"
  ports: number[]; replicas: number; resources: Resources;
  env: Record<string, string>;          // resolved environment: secret material, never logged
  labels: Record<string, string>;       // app.kubernetes.io/name, app.kubernetes.io/managed-by=keywarden,
                                        // keywarden.dev/application-id, keywarden.dev/project-id, keywarden.dev/environment
  annotations: Record<string, string>;  // keywarden.dev/deployment-id, keywarden.dev/version
};
export type RolloutResult = { status: 'complete' } | { status: 'failed'; reason: string; message: string } | { status: 'timeout'; message: string };
export interface DeployTarget {
  readonly kind: 'kubernetes' | 'manifests';
  readonly description: string;
  /** Server-side applies Secret "<name>-env" (type Opaque, stringData/data = env) and then Deployment "<name>":
   *  image, ports, replicas, resources, envFrom the Secret, pod template annotation keywarden.dev/env-checksum =
   *  sha256 of the env (sorted) so a changed environment rolls the pods, and the spec annotations. Throws ClusterError.
   *  Returns the Deployment's metadata.generation after the apply. */
  apply(spec: WorkloadSpec): Promise<{ generation: number }>;
  /** Waits for the rollout of that generation (manifests target: complete at once); `signal` calls the wait off (it rejects). */
  waitForRollout(namespace: string, name: string, generation: number, timeoutMs: number, signal?: AbortSignal): Promise<RolloutResult>;
  /** Sets Deployment "<name>"'s replicas (a stop scales to zero); an application never deployed has none: nothing to do. Throws ClusterError. */
  scale(namespace: string, name: string, replicas: number): Promise<void>;
  /** Removes Deployment "<name>" and Secret "<name>-env"; what is already gone is fine. Throws ClusterError. */
  remove(namespace: string, name: string): Promise<void>;
  close(): Promise<void>;
}
