import type { Json, JsonObject } from './types.js';
import { isObject } from './types.js';

/**
 * Field paths at the granularity this server tracks ownership: every map is descended into
 * (data keys, labels, annotations, nested spec fields) and lists are atomic leaves. Real
 * structured-merge-diff also descends into associative lists (containers by name); we do not.
 */
export type FieldPath = readonly string[];

const SEP = '\u0000';
export const pathKey = (path: FieldPath): string => path.join(SEP);
export const keyPath = (key: string): string[] => key.split(SEP);
/** How structured-merge-diff prints a path in conflict messages: `.data.token`. */
export const showPath = (key: string): string => `.${keyPath(key).join('.')}`;

/** Top-level fields that are identity or server-owned, never managed. */
const UNMANAGED = new Set(['apiVersion', 'kind', 'status']);
/** metadata fields a manager can own; the rest (name, uid, resourceVersion...) belong to the server. */
const MANAGED_METADATA = new Set(['labels', 'annotations', 'ownerReferences', 'finalizers']);

function collect(value: Json, path: string[], out: Map<string, Json>): void {
  if (isObject(value) && Object.keys(value).length > 0) {
    for (const [key, child] of Object.entries(value)) collect(child, [...path, key], out);
    return;
  }
  out.set(pathKey(path), value);
}

/** The owned leaves of an object: outside status for the main resource, inside it for /status. */
export function leaves(object: JsonObject | undefined, scope: 'main' | 'status'): Map<string, Json> {
  const out = new Map<string, Json>();
  if (!object) return out;
  if (scope === 'status') {
    if (object.status !== undefined) collect(object.status, ['status'], out);
    return out;
  }
  for (const [key, value] of Object.entries(object)) {
    if (UNMANAGED.has(key)) continue;
    if (key !== 'metadata') {
      collect(value, [key], out);
      continue;
    }
    if (!isObject(value)) continue;
    for (const [metaKey, metaValue] of Object.entries(value)) {
      if (!MANAGED_METADATA.has(metaKey)) continue;
      if (metaKey === 'labels' || metaKey === 'annotations') {
        if (isObject(metaValue)) for (const [k, v] of Object.entries(metaValue)) out.set(pathKey(['metadata', metaKey, k]), v);
      } else out.set(pathKey(['metadata', metaKey]), metaValue);
    }
  }
  return out;
}

export function getPath(object: JsonObject, path: FieldPath): Json | undefined {
  let node: Json | undefined = object;
  for (const segment of path) {
    if (!isObject(node)) return undefined;
    node = node[segment];
  }
  return node;
}

export function setPath(object: JsonObject, path: FieldPath, value: Json): void {
  let node = object;
  path.slice(0, -1).forEach((segment) => {
    const next = node[segment];
    if (!isObject(next)) node[segment] = {};
    node = node[segment] as JsonObject;
  });
  const last = path[path.length - 1];
  if (last !== undefined) node[last] = structuredClone(value);
}

/** Removes a leaf and the maps left empty by its removal (but never metadata itself). */
export function deletePath(object: JsonObject, path: FieldPath): void {
  const parents: JsonObject[] = [object];
  for (const segment of path.slice(0, -1)) {
    const next = parents[parents.length - 1]?.[segment];
    if (!isObject(next)) return;
    parents.push(next);
  }
  const last = path[path.length - 1];
  const parent = parents[parents.length - 1];
  if (last === undefined || !parent) return;
  delete parent[last];
  for (let i = parents.length - 1; i > 0; i--) {
    const node = parents[i];
    const segment = path[i - 1];
    if (!node || segment === undefined || Object.keys(node).length > 0 || (i === 1 && segment === 'metadata')) break;
    delete parents[i - 1]?.[segment];
  }
}

/** FieldsV1 as the API shows it: `{"f:data":{"f:token":{}}}`. */
export function toFieldsV1(keys: Iterable<string>): JsonObject {
  const root: JsonObject = {};
  for (const key of keys) {
    let node = root;
    for (const segment of keyPath(key)) {
      const f = `f:${segment}`;
      if (!isObject(node[f])) node[f] = {};
      node = node[f] as JsonObject;
    }
  }
  return root;
}

export function fromFieldsV1(tree: Json | undefined): Set<string> {
  const out = new Set<string>();
  const walk = (node: Json | undefined, path: string[]) => {
    if (!isObject(node)) return;
    const children = Object.keys(node).filter((k) => k.startsWith('f:'));
    if (children.length === 0 && path.length > 0) out.add(pathKey(path));
    for (const child of children) walk(node[child], [...path, child.slice(2)]);
  };
  walk(tree, []);
  return out;
}
