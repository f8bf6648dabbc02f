import type { KubeStore } from './store.js';
import type { JsonObject, ResourceType } from './types.js';
import { isObject, metadataOf, stringField } from './types.js';
import { replaceObject } from './writes.js';

/** A status condition as Kubernetes and Flux write them. */
export interface Condition {
  type: string;
  status: 'True' | 'False' | 'Unknown';
  reason: string;
  message?: string;
}

/** Writes through the /status subresource, as a controller would, so watchers see a MODIFIED event. */
export function writeStatus(
  store: KubeStore,
  rt: ResourceType,
  namespace: string | undefined,
  name: string,
  status: (current: JsonObject, object: JsonObject) => JsonObject,
  manager: string,
): JsonObject {
  const object = store.get(rt, namespace, name);
  const current = isObject(object.status) ? object.status : {};
  object.status = status(structuredClone(current), object);
  return replaceObject(store, { rt, namespace, name, subresource: 'status', manager }, object);
}

/** Inserts or replaces one condition by type; lastTransitionTime moves only when its status changes. */
export function upsertCondition(store: KubeStore, status: JsonObject, object: JsonObject, condition: Condition): JsonObject {
  const conditions = Array.isArray(status.conditions) ? status.conditions.filter(isObject) : [];
  const previous = conditions.find((c) => c.type === condition.type);
  const now = store.now();
  const next: JsonObject = {
    type: condition.type,
    status: condition.status,
    observedGeneration: metadataOf(object).generation ?? 1,
    lastTransitionTime: previous && previous.status === condition.status ? (previous.lastTransitionTime ?? now) : now,
    reason: condition.reason,
    message: condition.message ?? '',
  };
  const others = conditions.filter((c) => c.type !== condition.type);
  return { ...status, observedGeneration: metadataOf(object).generation ?? 1, conditions: [...others, next] };
}

const replicasOf = (object: JsonObject) => (isObject(object.spec) && typeof object.spec.replicas === 'number' ? object.spec.replicas : 1);
const replicaSetName = (object: JsonObject) => `${String(metadataOf(object).name)}-${String(metadataOf(object).generation ?? 1).padStart(10, '0').slice(-10)}`;

/** What the deployment controller writes once every new pod is ready. */
export function rolloutComplete(store: KubeStore, object: JsonObject): JsonObject {
  const replicas = replicasOf(object);
  const now = store.now();
  return {
    observedGeneration: metadataOf(object).generation ?? 1,
    replicas,
    updatedReplicas: replicas,
    readyReplicas: replicas,
    availableReplicas: replicas,
    conditions: [
      { type: 'Available', status: 'True', lastUpdateTime: now, lastTransitionTime: now, reason: 'MinimumReplicasAvailable', message: 'Deployment has minimum availability.' },
      { type: 'Progressing', status: 'True', lastUpdateTime: now, lastTransitionTime: now, reason: 'NewReplicaSetAvailable', message: `ReplicaSet "${replicaSetName(object)}" has successfully progressed.` },
    ],
  };
}

/** What it writes when the new pods never become ready within progressDeadlineSeconds. */
export function rolloutFailed(store: KubeStore, object: JsonObject, message?: string): JsonObject {
  const replicas = replicasOf(object);
  const now = store.now();
  return {
    observedGeneration: metadataOf(object).generation ?? 1,
    replicas,
    updatedReplicas: replicas,
    unavailableReplicas: replicas,
    conditions: [
      { type: 'Available', status: 'False', lastUpdateTime: now, lastTransitionTime: now, reason: 'MinimumReplicasUnavailable', message: 'Deployment does not have minimum availability.' },
      { type: 'Progressing', status: 'False', lastUpdateTime: now, lastTransitionTime: now, reason: 'ProgressDeadlineExceeded', message: message ?? `ReplicaSet "${replicaSetName(object)}" has timed out progressing.` },
    ],
  };
}

export type RolloutMode = 'complete' | 'fail' | 'manual';

/**
 * Stands in for the deployment controller: every Deployment whose status lags its generation is
 * rolled out (or failed) after `delayMs`. 'manual' leaves that to the test.
 */
export function startDeploymentController(store: KubeStore, mode: () => RolloutMode, delayMs = 0): () => void {
  const deployments = store.resources.resolve('Deployment.apps');
  return store.subscribe((event) => {
    if (event.resource !== deployments || event.type === 'DELETED' || mode() === 'manual') return;
    const meta = metadataOf(event.object);
    const observed = isObject(event.object.status) ? event.object.status.observedGeneration : undefined;
    if (observed === meta.generation) return;
    const namespace = stringField(meta, 'namespace');
    const name = String(meta.name);
    setTimeout(() => {
      const current = store.peek(deployments, namespace, name);
      if (!current || (isObject(current.status) && current.status.observedGeneration === metadataOf(current).generation)) return;
      const failing = mode() === 'fail';
      if (mode() === 'manual') return;
      writeStatus(store, deployments, namespace, name, (_s, o) => (failing ? rolloutFailed(store, o) : rolloutComplete(store, o)), 'kube-controller-manager');
    }, delayMs);
  });
}
