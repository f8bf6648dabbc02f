import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse as parseYaml } from 'yaml';
import { KubeStatusError, badRequest, invalid, unsupportedMediaType } from './errors.js';
import type { Route } from './routes.js';
import { parseFieldSelector, parseLabelSelector } from './selectors.js';
import type { KubeStore } from './store.js';
import type { Json, JsonObject } from './types.js';
import { apiVersionOf, isObject, metadataOf, stringField } from './types.js';
import type { WatchOptions } from './watch.js';
import { serveWatch } from './watch.js';
import type { Target } from './writes.js';
import { applyObject, createObject, patchObject, replaceObject } from './writes.js';

export type ResourceRoute = Extract<Route, { kind: 'resource' }>;

export function sendJson(res: ServerResponse, status: number, body: Json): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

function parseBody(text: string, yamlAllowed: boolean): Json {
  if (text.trim() === '') throw badRequest('the request body is empty');
  try {
    return JSON.parse(text) as Json;
  } catch (error) {
    if (!yamlAllowed) throw badRequest(`error decoding request body: ${(error as Error).message}`);
  }
  try {
    return parseYaml(text) as Json;
  } catch (error) {
    throw badRequest(`error decoding YAML: ${(error as Error).message}`);
  }
}

/** The fieldManager a non-apply write is recorded under: the query parameter, else the user agent's product name. */
function managerFor(req: IncomingMessage, query: URLSearchParams): string {
  const given = query.get('fieldManager');
  if (given) return given;
  const agent = req.headers['user-agent'] ?? '';
  return agent.split('/')[0] || 'unknown';
}

const objectKey = (o: JsonObject) => `${stringField(metadataOf(o), 'namespace') ?? ''}/${stringField(metadataOf(o), 'name') ?? ''}`;

/** Items of built-in lists carry no kind/apiVersion on the wire; custom resources' items do. */
function listItem(route: ResourceRoute, object: JsonObject): JsonObject {
  if (route.rt.group !== '' && route.rt.group !== 'apps') return object;
  const { apiVersion: _a, kind: _k, ...rest } = object;
  return rest;
}

function list(store: KubeStore, route: ResourceRoute, query: URLSearchParams): JsonObject {
  const labels = parseLabelSelector(query.get('labelSelector'));
  const fields = parseFieldSelector(query.get('fieldSelector'));
  let items = store.list(route.rt, route.namespace, (o) => labels(o) && fields(o));
  const token = query.get('continue');
  if (token) {
    const after = Buffer.from(token, 'base64url').toString('utf8');
    items = items.filter((o) => objectKey(o) > after);
  }
  const limit = Number(query.get('limit') ?? '0');
  const metadata: JsonObject = { resourceVersion: String(store.resourceVersion) };
  if (limit > 0 && items.length > limit) {
    metadata.remainingItemCount = items.length - limit;
    items = items.slice(0, limit);
    metadata.continue = Buffer.from(objectKey(items[items.length - 1] as JsonObject), 'utf8').toString('base64url');
  }
  return { kind: `${route.rt.kind}List`, apiVersion: apiVersionOf(route.rt), metadata, items: items.map((o) => listItem(route, o)) };
}

function deleted(route: ResourceRoute, object: JsonObject): JsonObject {
  const { rt } = route;
  // Custom resources and namespaces answer with the object; other built-ins with a Success Status.
  if ((rt.group !== '' && rt.group !== 'apps') || rt.kind === 'Namespace') return object;
  const meta = metadataOf(object);
  return {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Success',
    details: { name: meta.name ?? null, ...(rt.group ? { group: rt.group } : {}), kind: rt.plural, uid: meta.uid ?? null },
  };
}

function patch(store: KubeStore, route: ResourceRoute, target: Target, req: IncomingMessage, query: URLSearchParams, text: string): JsonObject {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim() ?? '';
  const force = query.get('force');
  if (type === 'application/apply-patch+yaml') {
    if (!query.get('fieldManager')) {
      throw invalid('PatchOptions', '', [{ field: 'fieldManager', message: 'Required value: is required for apply patch', reason: 'FieldValueRequired' }], 'meta.k8s.io');
    }
    if (route.subresource) throw unsupportedMediaType(type);
    return applyObject(store, target, parseBody(text, true), force === 'true');
  }
  if (force !== null) {
    throw invalid('PatchOptions', '', [{ field: 'force', message: 'Forbidden: may not be specified for non-apply patch', reason: 'FieldValueForbidden' }], 'meta.k8s.io');
  }
  const isCustom = route.rt.group !== '' && route.rt.group !== 'apps';
  if (type === 'application/merge-patch+json') return patchObject(store, target, 'merge', parseBody(text, false));
  if (type === 'application/json-patch+json') return patchObject(store, target, 'json', parseBody(text, false));
  // Custom resources have no strategic merge metadata: the real server refuses this patch type for them.
  if (type === 'application/strategic-merge-patch+json' && !isCustom) return patchObject(store, target, 'strategic', parseBody(text, false));
  throw unsupportedMediaType(type || '(none)');
}

function deleteCollection(store: KubeStore, route: ResourceRoute, query: URLSearchParams): JsonObject {
  const labels = parseLabelSelector(query.get('labelSelector'));
  const fields = parseFieldSelector(query.get('fieldSelector'));
  const items = store
    .list(route.rt, route.namespace, (o) => labels(o) && fields(o))
    .map((o) => store.remove(route.rt, stringField(metadataOf(o), 'namespace'), String(metadataOf(o).name)));
  return { kind: `${route.rt.kind}List`, apiVersion: apiVersionOf(route.rt), metadata: { resourceVersion: String(store.resourceVersion) }, items };
}

/** Runs one resource operation and writes its response (or, for a watch, starts the stream). */
export function handleResource(
  store: KubeStore,
  route: ResourceRoute,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  text: string,
  watchOptions: WatchOptions,
): void {
  const query = url.searchParams;
  if (query.get('dryRun')) throw badRequest('dryRun is not supported by the Keywarden Kubernetes test server');
  const target: Target = {
    rt: route.rt,
    namespace: route.namespace,
    ...(route.name !== undefined ? { name: route.name } : {}),
    ...(route.subresource ? { subresource: route.subresource } : {}),
    manager: managerFor(req, query),
  };
  if ((query.get('fieldManager') ?? '').length > 128) {
    throw invalid('PatchOptions', '', [{ field: 'fieldManager', message: 'Too long: may not be longer than 128 characters' }], 'meta.k8s.io');
  }
  switch (route.verb) {
    case 'get':
      return sendJson(res, 200, store.get(route.rt, route.namespace, route.name ?? ''));
    case 'list':
      return sendJson(res, 200, list(store, route, query));
    case 'watch':
      return serveWatch(store, route.rt, route.namespace, query, req, res, watchOptions);
    case 'create':
      return sendJson(res, 201, createObject(store, target, parseBody(text, false)));
    case 'update':
      return sendJson(res, 200, replaceObject(store, target, parseBody(text, false)));
    case 'patch': {
      const existed = store.peek(route.rt, route.namespace, route.name ?? '') !== undefined;
      const result = patch(store, route, target, req, query, text);
      return sendJson(res, existed ? 200 : 201, result);
    }
    case 'delete': {
      const options = text.trim() ? parseBody(text, false) : {};
      const pre = isObject(options) && isObject(options.preconditions) ? options.preconditions : {};
      const preconditions = {
        ...(typeof pre.uid === 'string' ? { uid: pre.uid } : {}),
        ...(typeof pre.resourceVersion === 'string' ? { resourceVersion: pre.resourceVersion } : {}),
      };
      return sendJson(res, 200, deleted(route, store.remove(route.rt, route.namespace, route.name ?? '', preconditions)));
    }
    case 'deletecollection':
      return sendJson(res, 200, deleteCollection(store, route, query));
    default: {
      const never: never = route.verb;
      throw new KubeStatusError(405, 'MethodNotAllowed', `unsupported verb ${String(never)}`);
    }
  }
}
