// What the deployer's use cases need from the outside, implemented by the outgoing adapters
// (adapters/outgoing/kube: the cluster; adapters/outgoing/db: its own tables; adapters/outgoing/secrets-vault:
// built environments) and handed in by service.ts.
import type { Tx } from '@keywarden/db';

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
  /**
   * The live env checksum (pod template annotation keywarden.dev/env-checksum) of every Deployment keywarden manages
   * in the namespace, by name: one LIST (label app.kubernetes.io/managed-by=keywarden), for the drift check. An
   * annotation that is missing reads ''. Undefined on a target with no live state (manifests). Throws ClusterError.
   */
  liveEnvChecksums?(namespace: string): Promise<Map<string, string>>;
  /** Removes Deployment "<name>" and Secret "<name>-env"; what is already gone is fine. Throws ClusterError. */
  remove(namespace: string, name: string): Promise<void>;
  close(): Promise<void>;
}

/** A variable of the environment secrets-vault builds for an application (BuildEnvironment): secret material, never logged. */
export type BuiltVariable = { key: string; value: string; secretId: string; secretVersion?: number; valueFingerprint?: string };
/**
 * The application's resolved environment from secrets-vault. Fails with a KeywardenError whose status says whether
 * another try may help (5xx, or not a KeywardenError: unreachable) or the refusal is the answer (4xx).
 */
export type EnvironmentSource = (request: { projectId: string; environment: string; applicationId: string }) => Promise<BuiltVariable[]>;

/** A request made only if the application is idle (no deployment queued or running) was not: its transaction rolls back. */
export class ApplicationBusy extends Error {
  constructor(readonly applicationId: string) {
    super(`application ${applicationId} has a deployment queued or running, or another current version`);
    this.name = 'ApplicationBusy';
  }
}

export type LifecycleAction = 'scale_down' | 'start' | 'delete';
export type LifecycleJob = { applicationId: string; action: LifecycleAction; requestId: string; actorUserId: string };
/** A batching window of secret rotations for one application (rotation_pending). */
export type RotationWindow = { applicationId: string; secretIds: string[]; dueAt: Date; traceparent: string };
export type SourceCount = { rejected: number; refused: number; retryAfterSeconds: number };

/** The deployer's own tables besides its read models: queues, credentials' stored forms, rotation windows, webhook counters. */
export interface DeployerStore {
  /** Queues a deployment in the transaction of its DeploymentRequested; `whenIdle` throws ApplicationBusy unless idle on that version. */
  enqueueDeployment(tx: Tx, deploymentId: string, applicationId: string, options?: { whenIdle?: { currentVersion: string } }): Promise<void>;
  /** For a stop or delete, in its transaction: refused while a deployment is queued or rolling out (holds the queue's lock to the commit). */
  refuseWhileDeploying(tx: Tx, applicationId: string, what: string): Promise<void>;
  /** Whether any deployment of the application is queued or rolling out. */
  deploymentQueued(applicationId: string): Promise<boolean>;
  /** Where and why a run of a queued deployment ended in an error (what a final failure reports). */
  noteFailedRun(tx: Tx, deploymentId: string, stage: string, error: string): Promise<void>;
  /** Queues (or replaces) the application's cluster work, in the transaction of the event that asks for it. */
  enqueueLifecycle(tx: Tx, job: LifecycleJob): Promise<void>;
  /** The webhook token's hash and prefix on the application's row, in the event's transaction. */
  saveTokenHash(tx: Tx, applicationId: string, tokenHash: string, tokenPrefix: string): Promise<void>;
  saveSigningSecret(tx: Tx, row: { applicationId: string; ciphertext: string; fingerprint: string; createdAt: Date }): Promise<void>;
  dropSigningSecret(tx: Tx, applicationId: string): Promise<void>;
  signingSecret(applicationId: string): Promise<{ ciphertext: string } | undefined>;
  /** The secrets the application's last built environment used (what a rotation redeploys it for). */
  recordSecretsUsed(applicationId: string, secretIds: string[], at: Date): Promise<void>;
  /** Opens (or joins) the window of each auto-deploying application that used the secret, in the consumer's transaction. */
  openRotationWindows(tx: Tx, secretId: string, windowMs: number, traceparent: string): Promise<void>;
  /** The windows that have ended (database clock). */
  dueRotations(): Promise<RotationWindow[]>;
  /** Closes the window as it was read (`sameSecrets`: only if no rotation joined it since). */
  closeRotationWindow(window: RotationWindow, sameSecrets: boolean): Promise<void>;
  /** Counts a webhook call of the application: within the limit or not, and the seconds until the window ends. */
  takeWebhookSlot(applicationId: string, limit: number, windowMs: number): Promise<{ allowed: boolean; retryAfterSeconds: number }>;
  /** The source's rejections in the current window. */
  sourceRejections(sourceAddress: string, windowMs: number): Promise<SourceCount>;
  /** Counts one refused call of the source; the counts after it come back. */
  countSourceRejection(sourceAddress: string, windowMs: number, kind: 'rejected' | 'refused'): Promise<SourceCount>;
}
