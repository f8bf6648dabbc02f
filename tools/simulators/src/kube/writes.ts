import { randomBytes } from 'node:crypto';
import { alreadyExists, badRequest, invalid, staleVersion } from './errors.js';
import type { Writer } from './managed-fields.js';
import { applyConfig, recordUpdate } from './managed-fields.js';
import { applyDefaults, checkImmutable, foldStringData, kindForMessages, validate } from './objects.js';
import { jsonPatch, mergePatch, strategicMergePatch } from './patches.js';
import type { KubeStore } from './store.js';
import type { Json, JsonObject, ResourceType } from './types.js';
import { apiVersionOf, isObject, metadataOf, stringField } from './types.js';

/** Where a write is aimed: the resource, the namespace and name from the URL, and who writes. */
export interface Target {
  rt: ResourceType;
  namespace: string | undefined;
  name?: string;
  subresource?: 'status';
  manager: string;
}

export type PatchType = 'merge' | 'strategic' | 'json';

/** Fields only the server sets; whatever a client sends for them is ignored. */
const SERVER_METADATA = ['uid', 'resourceVersion', 'generation', 'creationTimestamp', 'managedFields', 'selfLink', 'deletionTimestamp'];

function writer(store: KubeStore, target: Target): Writer {
  return { manager: target.manager, apiVersion: apiVersionOf(target.rt), time: store.now(), ...(target.subresource ? { subresource: target.subresource } : {}) };
}

/** Body checks the API does before anything else: kind and apiVersion, then name and namespace agree with the URL. */
function checkBody(target: Target, body: Json, required: boolean): JsonObject {
  if (!isObject(body)) throw badRequest('the body of the request must be a JSON object');
  const { rt } = target;
  const apiVersion = stringField(body, 'apiVersion');
  const kind = stringField(body, 'kind');
  if (required && (!apiVersion || !kind)) throw badRequest(`${!apiVersion ? 'apiVersion' : 'kind'} must be set`);
  if (apiVersion && apiVersion !== apiVersionOf(rt)) throw badRequest(`the API version in the data (${apiVersion}) does not match the expected API version (${apiVersionOf(rt)})`);
  if (kind && kind !== rt.kind) throw badRequest(`the kind in the data (${kind}) does not match the expected kind (${rt.kind})`);
  const object = structuredClone(body);
  const metadata = metadataOf(object);
  const namespace = stringField(metadata, 'namespace');
  if (rt.namespaced) {
    if (namespace && namespace !== target.namespace) throw badRequest('the namespace of the provided object does not match the namespace sent on the request');
    metadata.namespace = target.namespace ?? null;
  } else delete metadata.namespace;
  const name = stringField(metadata, 'name');
  if (target.name !== undefined && name && name !== target.name) throw badRequest(`the name of the object (${name}) does not match the name on the URL (${target.name})`);
  if (target.name !== undefined) metadata.name = target.name;
  return object;
}

function stripServerFields(object: JsonObject): string | undefined {
  const metadata = metadataOf(object);
  const resourceVersion = stringField(metadata, 'resourceVersion');
  for (const key of SERVER_METADATA) delete metadata[key];
  return resourceVersion;
}

function finish(store: KubeStore, target: Target, before: JsonObject | undefined, next: JsonObject): JsonObject {
  applyDefaults(target.rt, next);
  validate(target.rt, next);
  if (before) checkImmutable(target.rt, before, next);
  return store.commit(target.rt, before, next);
}

/** POST to a collection. */
export function createObject(store: KubeStore, target: Target, body: Json): JsonObject {
  const { rt } = target;
  const object = checkBody(target, body, false);
  const metadata = metadataOf(object);
  const generateName = stringField(metadata, 'generateName');
  if (!stringField(metadata, 'name') && generateName) metadata.name = generateName + randomBytes(3).toString('hex').slice(0, 5);
  stripServerFields(object);
  // Status is the controllers' business: a create through the main resource starts without one.
  if (rt.statusSubresource) delete object.status;
  if (rt.namespaced) store.requireNamespace(target.namespace ?? '');
  const name = stringField(metadata, 'name') ?? '';
  if (name && store.peek(rt, target.namespace, name)) throw alreadyExists(rt, name);
  foldStringData(rt, object);
  recordUpdate(undefined, object, writer(store, target));
  return finish(store, target, undefined, object);
}

/** PUT, on the main resource or /status, with optimistic concurrency on metadata.resourceVersion. */
export function replaceObject(store: KubeStore, target: Target, body: Json): JsonObject {
  const { rt } = target;
  const name = target.name ?? '';
  const current = store.get(rt, target.namespace, name);
  let next = checkBody(target, body, false);
  const sentVersion = stripServerFields(next);
  if (sentVersion !== undefined && sentVersion !== stringField(metadataOf(current), 'resourceVersion')) throw staleVersion(rt, name);
  // Custom resources do not allow unconditional updates (the CRD strategy's AllowUnconditionalUpdate is false).
  if (sentVersion === undefined && rt.group !== '' && rt.group !== 'apps') {
    throw invalid(kindForMessages(rt), name, [{ field: 'metadata.resourceVersion', message: 'Invalid value: 0x0: must be specified for an update' }], rt.group);
  }
  if (target.subresource === 'status') {
    // /status writes change status only, whatever else the body carries.
    const status = next.status;
    next = structuredClone(current);
    if (status === undefined) delete next.status;
    else next.status = status;
  } else {
    if (rt.statusSubresource) {
      if (current.status === undefined) delete next.status;
      else next.status = current.status;
    }
    foldStringData(rt, next);
  }
  recordUpdate(current, next, writer(store, target));
  return finish(store, target, current, next);
}

/** PATCH with a JSON, merge or strategic merge patch: the patched object then goes through PUT's path. */
export function patchObject(store: KubeStore, target: Target, type: PatchType, patch: Json): JsonObject {
  const current = store.get(target.rt, target.namespace, target.name ?? '');
  const patched =
    type === 'json' ? jsonPatch(current, patch) : type === 'merge' ? mergePatch(current, patch) : strategicMergePatch(current, patch);
  if (!isObject(patched)) throw badRequest('the patch did not produce an object');
  // A patch that carries metadata.resourceVersion is conditional on it, like a PUT.
  const version = stringField(metadataOf(patched), 'resourceVersion') ?? stringField(metadataOf(current), 'resourceVersion');
  metadataOf(patched).resourceVersion = version ?? null;
  return replaceObject(store, { ...target }, patched);
}

/** PATCH with application/apply-patch+yaml: server-side apply, creating the object when absent. */
export function applyObject(store: KubeStore, target: Target, body: Json, force: boolean): JsonObject {
  const { rt } = target;
  const config = checkBody(target, body, true);
  const name = target.name ?? '';
  const sentVersion = stripServerFields(config);
  delete config.status;
  foldStringData(rt, config);
  const current = store.peek(rt, target.namespace, name);
  if (sentVersion !== undefined && current && sentVersion !== metadataOf(current).resourceVersion) throw staleVersion(rt, name);
  if (!current && rt.namespaced) store.requireNamespace(target.namespace ?? '');
  const next = applyConfig(current ? structuredClone(current) : undefined, config, writer(store, target), force);
  const metadata = metadataOf(next);
  metadata.name = name;
  if (rt.namespaced) metadata.namespace = target.namespace ?? null;
  return finish(store, target, current ? structuredClone(current) : undefined, next);
}
