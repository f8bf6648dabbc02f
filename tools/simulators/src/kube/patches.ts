import { KubeStatusError, badRequest } from './errors.js';
import type { Json, JsonObject } from './types.js';
import { deepEqual, isObject } from './types.js';

/** RFC 7386 JSON merge patch: null deletes, maps merge, anything else replaces. */
export function mergePatch(target: Json | undefined, patch: Json): Json {
  if (!isObject(patch)) return structuredClone(patch);
  const out: JsonObject = isObject(target) ? structuredClone(target) : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = mergePatch(out[key], value);
  }
  return out;
}

const namedList = (value: Json | undefined): value is JsonObject[] =>
  Array.isArray(value) && value.every((item) => isObject(item) && typeof item.name === 'string');

/**
 * Strategic merge patch, approximated: a merge patch where lists of named objects (containers,
 * env, ports, volumes: the patchMergeKey of the types we serve is `name`) merge item by item and
 * `$patch: delete` removes an item. Other lists replace, as most of them do in the real schema.
 */
export function strategicMergePatch(target: Json | undefined, patch: Json): Json {
  if (!isObject(patch)) return structuredClone(patch);
  const out: JsonObject = isObject(target) ? structuredClone(target) : {};
  for (const [key, value] of Object.entries(patch)) {
    const current = out[key];
    if (value === null) delete out[key];
    else if (namedList(current) && namedList(value)) {
      const merged = [...current];
      for (const item of value) {
        const at = merged.findIndex((m) => m.name === item.name);
        if (item.$patch === 'delete') {
          if (at >= 0) merged.splice(at, 1);
        } else if (at >= 0) merged[at] = strategicMergePatch(merged[at], item) as JsonObject;
        else merged.push(item);
      }
      out[key] = merged;
    } else out[key] = strategicMergePatch(current, value);
  }
  return out;
}

type Parent = { container: JsonObject | Json[]; key: string };

function locate(doc: Json, pointer: string): Parent {
  if (!pointer.startsWith('/')) throw badRequest(`invalid JSON pointer: ${pointer}`);
  const segments = pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  let node: Json = doc;
  for (const segment of segments.slice(0, -1)) {
    const next: Json | undefined = Array.isArray(node) ? node[Number(segment)] : isObject(node) ? node[segment] : undefined;
    if (next === undefined) throw new KubeStatusError(422, 'Invalid', `the server rejected our request due to an error in our request: missing path ${pointer}`);
    node = next;
  }
  if (!Array.isArray(node) && !isObject(node)) throw badRequest(`cannot address ${pointer}`);
  return { container: node, key: segments[segments.length - 1] ?? '' };
}

function read({ container, key }: Parent): Json | undefined {
  return Array.isArray(container) ? container[Number(key)] : container[key];
}

function remove({ container, key }: Parent): void {
  if (Array.isArray(container)) container.splice(Number(key), 1);
  else delete container[key];
}

function write({ container, key }: Parent, value: Json, insert: boolean): void {
  if (!Array.isArray(container)) container[key] = structuredClone(value);
  else if (key === '-') container.push(structuredClone(value));
  else if (insert) container.splice(Number(key), 0, structuredClone(value));
  else container[Number(key)] = structuredClone(value);
}

/** RFC 6902 JSON patch: add, remove, replace, test, move, copy. */
export function jsonPatch(target: JsonObject, operations: Json): JsonObject {
  if (!Array.isArray(operations)) throw badRequest('json patch must be a list of operations');
  const doc = structuredClone(target);
  for (const op of operations) {
    if (!isObject(op) || typeof op.op !== 'string' || typeof op.path !== 'string') throw badRequest('invalid json patch operation');
    const at = locate(doc, op.path);
    const missing = () => new KubeStatusError(422, 'Invalid', `the server rejected our request due to an error in our request: path ${String(op.path)} not found`);
    switch (op.op) {
      case 'add':
        write(at, op.value ?? null, true);
        break;
      case 'replace':
        if (read(at) === undefined) throw missing();
        write(at, op.value ?? null, false);
        break;
      case 'remove':
        if (read(at) === undefined) throw missing();
        remove(at);
        break;
      case 'test':
        if (!deepEqual(read(at), op.value ?? null)) throw new KubeStatusError(422, 'Invalid', `test operation failed at ${op.path}`);
        break;
      case 'move':
      case 'copy': {
        if (typeof op.from !== 'string') throw badRequest(`${op.op} needs from`);
        const from = locate(doc, op.from);
        const value = read(from);
        if (value === undefined) throw missing();
        if (op.op === 'move') remove(from);
        write(locate(doc, op.path), value, true);
        break;
      }
      default:
        throw badRequest(`unknown json patch operation ${op.op}`);
    }
  }
  return doc;
}
