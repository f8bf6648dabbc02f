import { methodNotAllowed, routeNotFound } from './errors.js';
import type { ResourceRegistry } from './resources.js';
import type { JsonObject, ResourceType } from './types.js';

export type Verb = 'get' | 'list' | 'watch' | 'create' | 'update' | 'patch' | 'delete' | 'deletecollection';

export type Route =
  | { kind: 'discovery'; body: JsonObject }
  | { kind: 'resource'; verb: Verb; rt: ResourceType; namespace?: string; name?: string; subresource?: 'status' };

/** The server's /version, so kubectl and client version checks have something to read. */
export const VERSION_INFO: JsonObject = {
  major: '1',
  minor: '31',
  gitVersion: 'v1.31.0+keywarden-test',
  gitCommit: '0000000000000000000000000000000000000000',
  gitTreeState: 'clean',
  buildDate: '2026-01-01T00:00:00Z',
  goVersion: 'go1.22.0',
  compiler: 'gc',
  platform: 'linux/amd64',
};

function verbFor(method: string, named: boolean, watch: boolean): Verb {
  switch (method) {
    case 'GET':
      return named ? 'get' : watch ? 'watch' : 'list';
    case 'POST':
      if (named) break;
      return 'create';
    case 'PUT':
      if (!named) break;
      return 'update';
    case 'PATCH':
      if (!named) break;
      return 'patch';
    case 'DELETE':
      return named ? 'delete' : 'deletecollection';
  }
  throw methodNotAllowed();
}

/**
 * Maps a request to discovery or to a resource operation:
 * /api/v1[/namespaces/<ns>]/<plural>[/<name>[/status]] and the same under /apis/<group>/<version>.
 */
export function resolveRoute(registry: ResourceRegistry, method: string, url: URL): Route {
  const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'version' && parts.length === 1) return { kind: 'discovery', body: VERSION_INFO };
  let group: string;
  let rest: string[];
  if (parts[0] === 'api') {
    if (parts.length === 1) return { kind: 'discovery', body: { kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: url.host }] } };
    group = '';
    rest = parts.slice(1);
  } else if (parts[0] === 'apis') {
    if (parts.length === 1) return { kind: 'discovery', body: registry.apiGroupList() };
    if (parts.length === 2) {
      const body = registry.apiGroup(parts[1] ?? '');
      if (!body) throw routeNotFound();
      return { kind: 'discovery', body };
    }
    group = parts[1] ?? '';
    rest = parts.slice(2);
  } else throw routeNotFound();
  const [version = '', ...tail] = rest;
  if (tail.length === 0) {
    const body = registry.resourceList(group, version);
    if (!body || method !== 'GET') throw routeNotFound();
    return { kind: 'discovery', body };
  }
  let namespace: string | undefined;
  let path = tail;
  // /namespaces/<ns>/<plural>... is a namespaced collection; /namespaces/<name>[/status] is a Namespace.
  if (tail[0] === 'namespaces' && tail.length >= 3 && tail[2] !== 'status') {
    namespace = tail[1];
    path = tail.slice(2);
  }
  const [plural = '', name, subresource, ...extra] = path;
  const rt = registry.byPath(group, version, plural);
  if (!rt || extra.length > 0 || (namespace !== undefined && !rt.namespaced)) throw routeNotFound();
  if (subresource !== undefined && (subresource !== 'status' || !rt.statusSubresource)) throw routeNotFound();
  const watch = url.searchParams.get('watch');
  const verb = verbFor(method, name !== undefined, watch === 'true' || watch === '1');
  if (subresource && verb !== 'get' && verb !== 'update' && verb !== 'patch') throw methodNotAllowed();
  // Namespaced writes need a namespace in the URL; reads without one span all namespaces.
  if (rt.namespaced && namespace === undefined && verb !== 'list' && verb !== 'watch') throw routeNotFound();
  return {
    kind: 'resource',
    verb,
    rt,
    ...(namespace !== undefined ? { namespace } : {}),
    ...(name !== undefined ? { name } : {}),
    ...(subresource ? { subresource: 'status' as const } : {}),
  };
}
