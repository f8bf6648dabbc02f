import type { IncomingMessage, ServerResponse } from 'node:http';
import { KubeStatusError } from './errors.js';
import { parseFieldSelector, parseLabelSelector } from './selectors.js';
import type { KubeStore, StoreEvent } from './store.js';
import type { JsonObject, ResourceType } from './types.js';
import { apiVersionOf, metadataOf } from './types.js';

export interface WatchOptions {
  /** How often a watch that allows bookmarks gets one. The real server sends them about once a minute. */
  bookmarkIntervalMs: number;
  /** Open watch responses, so the server can end them all at once. */
  open: Set<ServerResponse>;
}

type WatchType = 'ADDED' | 'MODIFIED' | 'DELETED' | 'BOOKMARK' | 'ERROR';

/**
 * A watch on a collection (one namespace or all of them): newline-delimited JSON events over a
 * chunked 200 response that stays open until the client leaves, timeoutSeconds passes or the
 * server closes. Changes that make an object start or stop matching the selectors arrive as
 * ADDED and DELETED, as from the real watch cache.
 */
export function serveWatch(
  store: KubeStore,
  rt: ResourceType,
  namespace: string | undefined,
  query: URLSearchParams,
  req: IncomingMessage,
  res: ServerResponse,
  options: WatchOptions,
): void {
  const labels = parseLabelSelector(query.get('labelSelector'));
  const fields = parseFieldSelector(query.get('fieldSelector'));
  const inScope = (o: JsonObject) => !rt.namespaced || !namespace || metadataOf(o).namespace === namespace;
  const matches = (o: JsonObject | undefined) => o !== undefined && inScope(o) && labels(o) && fields(o);
  const requested = query.get('resourceVersion') ?? '';
  const bookmarks = query.get('allowWatchBookmarks') === 'true';
  const sendInitial = query.get('sendInitialEvents') === 'true';

  res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-cache, private' });
  res.flushHeaders();
  const send = (type: WatchType, object: JsonObject) => {
    if (!res.writableEnded) res.write(`${JSON.stringify({ type, object })}\n`);
  };
  const bookmark = (annotations?: Record<string, string>) =>
    send('BOOKMARK', {
      kind: rt.kind,
      apiVersion: apiVersionOf(rt),
      metadata: { resourceVersion: String(store.resourceVersion), ...(annotations ? { annotations } : {}) },
    });
  const deliver = (event: StoreEvent) => {
    const now = matches(event.object);
    const before = event.type === 'MODIFIED' ? matches(event.previous) : event.type === 'DELETED';
    if (event.type === 'DELETED') {
      if (matches(event.previous ?? event.object)) send('DELETED', event.object);
    } else if (now && before) send('MODIFIED', event.object);
    else if (now) send('ADDED', event.object);
    else if (before) send('DELETED', event.object);
  };

  let backlog: StoreEvent[];
  // Listing, reading history and subscribing happen in one synchronous step, so no change falls between them.
  if (requested === '' || requested === '0' || sendInitial) {
    for (const object of store.list(rt, namespace, (o) => matches(o))) send('ADDED', object);
    if (sendInitial && bookmarks) bookmark({ 'k8s.io/initial-events-end': 'true' });
    backlog = [];
  } else {
    const from = Number(requested);
    if (!Number.isInteger(from) || from < 0) {
      send('ERROR', new KubeStatusError(400, 'BadRequest', `invalid resource version: ${requested}`).toStatus());
      res.end();
      return;
    }
    try {
      backlog = store.eventsSince(from).filter((e) => e.resource === rt);
    } catch (error) {
      // A too-old resourceVersion: the real server answers 200 and an ERROR event carrying 410 Expired.
      if (!(error instanceof KubeStatusError)) throw error;
      send('ERROR', error.toStatus());
      res.end();
      return;
    }
  }
  for (const event of backlog) deliver(event);
  const unsubscribe = store.subscribe((event) => {
    if (event.resource === rt) deliver(event);
  });
  const timers: NodeJS.Timeout[] = [];
  if (bookmarks) timers.push(setInterval(() => bookmark(), options.bookmarkIntervalMs));
  const timeoutSeconds = Number(query.get('timeoutSeconds') ?? '0');
  if (timeoutSeconds > 0) timers.push(setTimeout(() => res.end(), timeoutSeconds * 1000));
  options.open.add(res);
  const stop = () => {
    options.open.delete(res);
    unsubscribe();
    for (const timer of timers) clearTimeout(timer);
  };
  req.on('close', stop);
  res.on('close', stop);
}
