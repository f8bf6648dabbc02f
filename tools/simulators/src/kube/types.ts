/** JSON as it travels over the Kubernetes REST API. */
export type Json = null | boolean | number | string | Json[] | JsonObject;
export type JsonObject = { [key: string]: Json };

/** One REST resource the server serves (a row of its discovery documents). */
export interface ResourceType {
  /** '' for the core group. */
  group: string;
  version: string;
  kind: string;
  /** URL segment, e.g. 'secrets'. */
  plural: string;
  singular: string;
  namespaced: boolean;
  /** Serve `<plural>/status`; writes to the main resource then leave status alone, like the real API. */
  statusSubresource: boolean;
  /** Bump metadata.generation when anything outside metadata and status changes. */
  generation: boolean;
  shortNames?: string[];
}

/** What a test registers for an extra custom resource. */
export type CustomResource = Omit<ResourceType, 'singular' | 'generation' | 'statusSubresource'> &
  Partial<Pick<ResourceType, 'singular' | 'statusSubresource'>>;

export const apiVersionOf = (rt: Pick<ResourceType, 'group' | 'version'>): string =>
  rt.group === '' ? rt.version : `${rt.group}/${rt.version}`;

/** `secrets` or `gitrepositories.source.toolkit.fluxcd.io`, as the API names a resource in messages. */
export const qualifiedName = (rt: ResourceType): string => (rt.group === '' ? rt.plural : `${rt.plural}.${rt.group}`);

export const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const clone = <T extends Json>(value: T): T => structuredClone(value);

export function deepEqual(a: Json | undefined, b: Json | undefined): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => key in b && deepEqual(a[key], b[key]));
  }
  return false;
}

/** The object's metadata, created when absent so callers can write to it. */
export function metadataOf(object: JsonObject): JsonObject {
  if (!isObject(object.metadata)) object.metadata = {};
  return object.metadata as JsonObject;
}

export const stringField = (object: JsonObject, key: string): string | undefined => {
  const value = object[key];
  return typeof value === 'string' ? value : undefined;
};

/** A string-to-string map such as labels or annotations; anything else reads as empty. */
export function stringMap(value: Json | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isObject(value)) return out;
  for (const [key, v] of Object.entries(value)) if (typeof v === 'string') out[key] = v;
  return out;
}
