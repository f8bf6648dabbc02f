import { randomUUID } from 'node:crypto';
import { expired, namespaceNotFound, notFound, staleVersion } from './errors.js';
import type { ResourceRegistry } from './resources.js';
import type { Selector } from './selectors.js';
import type { JsonObject, ResourceType } from './types.js';
import { apiVersionOf, deepEqual, isObject, metadataOf, stringField } from './types.js';

export type EventType = 'ADDED' | 'MODIFIED' | 'DELETED';

/** One change, as watchers receive it; `previous` lets a selector watch turn changes into ADDED/DELETED. */
export interface StoreEvent {
  type: EventType;
  resourceVersion: number;
  resource: ResourceType;
  object: JsonObject;
  previous?: JsonObject;
}

export interface StoreOptions {
  /** How many events are kept for watches that resume from a resourceVersion; older ones get 410 Expired. */
  historyLimit: number;
  now: () => Date;
}

/** managedFields and creationTimestamp carry seconds, not milliseconds. */
export const rfc3339 = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

const METADATA_ORDER = ['name', 'generateName', 'namespace', 'uid', 'resourceVersion', 'generation', 'creationTimestamp', 'deletionTimestamp', 'labels', 'annotations', 'ownerReferences', 'finalizers', 'managedFields'];

/** apiVersion, kind, metadata first and metadata in the API's field order, so dumps read like kubectl's. */
function canonical(object: JsonObject): JsonObject {
  const metadata = metadataOf(object);
  const orderedMeta: JsonObject = {};
  for (const key of METADATA_ORDER) if (metadata[key] !== undefined) orderedMeta[key] = metadata[key];
  for (const [key, value] of Object.entries(metadata)) if (!(key in orderedMeta)) orderedMeta[key] = value;
  const { apiVersion = null, kind = null, metadata: _m, ...rest } = object;
  return { apiVersion, kind, metadata: orderedMeta, ...rest };
}

/** Everything outside metadata and status: what metadata.generation counts. */
function specChanged(before: JsonObject, after: JsonObject): boolean {
  const strip = (o: JsonObject) => Object.fromEntries(Object.entries(o).filter(([k]) => k !== 'metadata' && k !== 'status'));
  return !deepEqual(strip(before), strip(after));
}

/**
 * The in-memory etcd: objects per resource, one global resourceVersion counter, and a bounded
 * history of changes for watches. Writes arrive here already merged and validated (writes.ts).
 */
export class KubeStore {
  private revision = 1000;
  private readonly tables = new Map<ResourceType, Map<string, Map<string, JsonObject>>>();
  private readonly dependents = new Map<string, { rt: ResourceType; namespace: string | undefined; name: string }[]>();
  private history: StoreEvent[] = [];
  /** Events up to this resourceVersion may have been dropped from history. */
  private compactedThrough = 0;
  private readonly listeners = new Set<(event: StoreEvent) => void>();

  constructor(
    readonly resources: ResourceRegistry,
    private readonly options: StoreOptions,
  ) {}

  get resourceVersion(): number {
    return this.revision;
  }

  now(): string {
    return rfc3339(this.options.now());
  }

  /** Objects of one resource, by namespace ('' for cluster-scoped) and then name. */
  private table(rt: ResourceType): Map<string, Map<string, JsonObject>> {
    let table = this.tables.get(rt);
    if (!table) this.tables.set(rt, (table = new Map()));
    return table;
  }

  private bucket(rt: ResourceType, namespace: string | undefined): Map<string, JsonObject> {
    const table = this.table(rt);
    const key = rt.namespaced ? (namespace ?? '') : '';
    let bucket = table.get(key);
    if (!bucket) table.set(key, (bucket = new Map()));
    return bucket;
  }

  /** The stored object itself (callers clone before changing it). */
  peek(rt: ResourceType, namespace: string | undefined, name: string): JsonObject | undefined {
    return this.table(rt).get(rt.namespaced ? (namespace ?? '') : '')?.get(name);
  }

  get(rt: ResourceType, namespace: string | undefined, name: string): JsonObject {
    const found = this.peek(rt, namespace, name);
    if (!found) throw notFound(rt, name);
    return structuredClone(found);
  }

  requireNamespace(namespace: string): void {
    const namespaces = this.resources.resolve('namespaces');
    if (!this.peek(namespaces, undefined, namespace)) throw namespaceNotFound(namespace);
  }

  /** Sorted by namespace and name, like etcd's key order. */
  list(rt: ResourceType, namespace: string | undefined, selector: Selector): JsonObject[] {
    const table = this.table(rt);
    const namespaces = rt.namespaced && namespace !== undefined ? [namespace] : [...table.keys()].sort();
    const out: JsonObject[] = [];
    for (const ns of namespaces) {
      const bucket = table.get(ns);
      if (!bucket) continue;
      for (const name of [...bucket.keys()].sort()) {
        const object = bucket.get(name) as JsonObject;
        if (selector(object)) out.push(structuredClone(object));
      }
    }
    return out;
  }

  /**
   * Stores `next` (created when `before` is undefined). A write that changes nothing keeps the
   * resourceVersion and emits no event, as the real API server does for no-op updates.
   */
  commit(rt: ResourceType, before: JsonObject | undefined, next: JsonObject): JsonObject {
    const metadata = metadataOf(next);
    const name = String(metadata.name);
    next.apiVersion = apiVersionOf(rt);
    next.kind = rt.kind;
    if (before) {
      const old = metadataOf(before);
      metadata.uid = old.uid ?? null;
      metadata.creationTimestamp = old.creationTimestamp ?? null;
      metadata.resourceVersion = old.resourceVersion ?? null;
      if (rt.generation) metadata.generation = old.generation ?? 1;
      if (deepEqual(before, next)) return structuredClone(before);
      if (rt.generation && specChanged(before, next)) metadata.generation = Number(old.generation ?? 1) + 1;
    } else {
      metadata.uid = randomUUID();
      metadata.creationTimestamp = this.now();
      if (rt.generation) metadata.generation = 1;
    }
    metadata.resourceVersion = String(++this.revision);
    const stored = canonical(next);
    this.bucket(rt, stringField(metadata, 'namespace')).set(name, stored);
    this.indexOwners(rt, stored);
    this.emit({ type: before ? 'MODIFIED' : 'ADDED', resourceVersion: this.revision, resource: rt, object: stored, ...(before ? { previous: before } : {}) });
    return structuredClone(stored);
  }

  /** Removes an object; deleting a namespace removes its contents, and dependents follow their owner. */
  remove(rt: ResourceType, namespace: string | undefined, name: string, preconditions?: { uid?: string; resourceVersion?: string }): JsonObject {
    const current = this.peek(rt, namespace, name);
    if (!current) throw notFound(rt, name);
    const meta = metadataOf(current);
    if (preconditions?.uid && preconditions.uid !== meta.uid) throw staleVersion(rt, name);
    if (preconditions?.resourceVersion && preconditions.resourceVersion !== meta.resourceVersion) throw staleVersion(rt, name);
    this.bucket(rt, namespace).delete(name);
    const gone: JsonObject = structuredClone(current);
    metadataOf(gone).resourceVersion = String(++this.revision);
    this.emit({ type: 'DELETED', resourceVersion: this.revision, resource: rt, object: gone, previous: current });
    if (rt.group === '' && rt.kind === 'Namespace') this.removeNamespaceContents(name);
    this.collectDependents(String(meta.uid));
    return structuredClone(gone);
  }

  private removeNamespaceContents(namespace: string): void {
    for (const [rt, table] of this.tables) {
      if (!rt.namespaced) continue;
      for (const name of [...(table.get(namespace)?.keys() ?? [])]) this.remove(rt, namespace, name);
      table.delete(namespace);
    }
  }

  /** Remembers who owns what, so deleting an owner finds its dependents without a scan. */
  private indexOwners(rt: ResourceType, object: JsonObject): void {
    const owners = metadataOf(object).ownerReferences;
    if (!Array.isArray(owners)) return;
    const meta = metadataOf(object);
    for (const owner of owners) {
      if (!isObject(owner) || typeof owner.uid !== 'string') continue;
      const list = this.dependents.get(owner.uid) ?? [];
      list.push({ rt, namespace: stringField(meta, 'namespace'), name: String(meta.name) });
      this.dependents.set(owner.uid, list);
    }
  }

  /** The garbage collector's background propagation, done synchronously. */
  private collectDependents(ownerUid: string): void {
    const list = this.dependents.get(ownerUid) ?? [];
    this.dependents.delete(ownerUid);
    for (const { rt, namespace, name } of list) {
      const object = this.peek(rt, namespace, name);
      const owners = object ? metadataOf(object).ownerReferences : undefined;
      // The index may be stale: the object could have been replaced or have dropped the reference since.
      if (Array.isArray(owners) && owners.some((o) => isObject(o) && o.uid === ownerUid)) this.remove(rt, namespace, name);
    }
  }

  private emit(event: StoreEvent): void {
    this.history.push(event);
    if (this.history.length > this.options.historyLimit) {
      const dropped = this.history.splice(0, this.history.length - this.options.historyLimit);
      this.compactedThrough = dropped[dropped.length - 1]?.resourceVersion ?? this.compactedThrough;
    }
    for (const listener of this.listeners) listener(event);
  }

  /** Events after `resourceVersion`, or a 410 Expired error when some of them were already dropped. */
  eventsSince(resourceVersion: number): StoreEvent[] {
    if (resourceVersion < this.compactedThrough) throw expired(resourceVersion, this.compactedThrough + 1);
    return this.history.filter((e) => e.resourceVersion > resourceVersion);
  }

  /** Forget the whole history, so any watch resuming from an older resourceVersion gets 410 (etcd compaction). */
  compact(): void {
    this.history = [];
    this.compactedThrough = this.revision;
  }

  subscribe(listener: (event: StoreEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
