import { randomBytes } from 'node:crypto';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Condition, RolloutMode } from './controllers.js';
import { rolloutComplete, rolloutFailed, startDeploymentController, upsertCondition, writeStatus } from './controllers.js';
import { startFluxController } from './flux.js';
import type { KubeReason } from './errors.js';
import { KubeStatusError, serviceUnavailable, unauthorized } from './errors.js';
import { handleResource, sendJson } from './handlers.js';
import { ResourceRegistry } from './resources.js';
import type { Route } from './routes.js';
import { resolveRoute } from './routes.js';
import { KubeStore } from './store.js';
import type { CustomResource } from './types.js';
import { metadataOf, stringField } from './types.js';
import { createObject, replaceObject } from './writes.js';
import type { KubeApiServer, KubeApiServerOptions, RequestFault } from './api.js';

const HEALTH = new Set(['/healthz', '/livez', '/readyz']);

const readBody = (req: IncomingMessage) =>
  new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });

const FAULT_REASONS: Record<number, KubeReason> = { 409: 'Conflict', 429: 'TooManyRequests', 500: 'InternalError', 503: 'ServiceUnavailable' };

function requestKey(route: Route): string {
  if (route.kind === 'discovery') return 'get discovery';
  return `${route.verb} ${route.rt.plural}${route.subresource ? `/${route.subresource}` : ''}`;
}

/**
 * Starts the Kubernetes API test server on 127.0.0.1 (a random port unless `port` is given) with
 * namespaces default, kube-system and kube-public. See README.md for what it implements.
 */
export async function startKubeApiServer(options: KubeApiServerOptions = {}): Promise<KubeApiServer> {
  const registry = new ResourceRegistry(options.resources ?? []);
  const store = new KubeStore(registry, { historyLimit: options.historyLimit ?? 1000, now: options.now ?? (() => new Date()) });
  const token = options.token ?? randomBytes(24).toString('hex');
  const requireToken = options.requireToken ?? true;
  const watchOptions = { bookmarkIntervalMs: options.bookmarkIntervalMs ?? 1000, open: new Set<ServerResponse>() };
  let rolloutMode: RolloutMode = options.rollout ?? 'complete';
  let mode: 'up' | 'refuse' | '503' = 'up';
  let counts = new Map<string, number>();
  const faults: RequestFault[] = [];
  const namespaces = registry.resolve('Namespace');
  for (const name of ['default', 'kube-system', 'kube-public', ...(options.namespaces ?? [])]) {
    createObject(store, { rt: namespaces, namespace: undefined, manager: 'kube-apiserver' }, { metadata: { name } });
  }
  const stopController = startDeploymentController(store, () => rolloutMode, options.rolloutDelayMs ?? 0);
  const flux = options.flux ? startFluxController(store, options.flux) : undefined;
  const withFlux = () => {
    if (!flux) throw new Error('the Flux controller is off: start the server with the flux option');
    return flux;
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
    if (HEALTH.has(url.pathname)) {
      res.writeHead(mode === 'up' ? 200 : 503, { 'Content-Type': 'text/plain' }).end(mode === 'up' ? 'ok' : 'unavailable');
      return;
    }
    const text = await readBody(req);
    if (options.latencyMs) await new Promise((resolve) => setTimeout(resolve, options.latencyMs));
    let route: Route | undefined;
    try {
      route = resolveRoute(registry, req.method ?? 'GET', url);
    } finally {
      const key = route ? requestKey(route) : `${(req.method ?? 'GET').toLowerCase()} unknown`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    if (mode === '503') throw serviceUnavailable();
    if (requireToken && req.headers.authorization !== `Bearer ${token}`) throw unauthorized();
    const key = requestKey(route);
    const fault = faults.find((f) => f.count > 0 && (!f.verb || key.startsWith(`${f.verb} `)) && (!f.resource || key.split(' ')[1] === f.resource));
    if (fault) {
      fault.count--;
      const code = fault.code ?? 500;
      throw new KubeStatusError(code, FAULT_REASONS[code] ?? 'InternalError', fault.message ?? 'injected fault');
    }
    if (route.kind === 'discovery') return sendJson(res, 200, route.body);
    handleResource(store, route, req, res, url, text, watchOptions);
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      const status = error instanceof KubeStatusError ? error : new KubeStatusError(500, 'InternalError', (error as Error).message);
      if (res.headersSent) res.end();
      else sendJson(res, status.status, status.toStatus());
    });
  });
  // Watches are long-lived: do not let Node's request timeout cut them.
  server.requestTimeout = 0;
  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (!server.listening) return resolve();
      server.close(() => resolve());
      server.closeAllConnections();
    });
  await listen(options.port ?? 0);
  const port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;
  let recoverTimer: NodeJS.Timeout | undefined;

  let relisten: Promise<void> | undefined;
  // Idempotent: a timed recovery and the test may both ask to come back.
  const available = async () => {
    clearTimeout(recoverTimer);
    if (mode === 'refuse') {
      relisten ??= listen(port).finally(() => (relisten = undefined));
      await relisten;
    }
    mode = 'up';
  };

  const api: KubeApiServer = {
    url,
    port,
    token,
    kubeconfigYaml: ({ namespace = 'default', context = 'keywarden-test', token: userToken = token } = {}) =>
      [
        'apiVersion: v1',
        'kind: Config',
        'clusters:',
        `- name: ${context}`,
        '  cluster:',
        `    server: ${url}`,
        // client-node refuses plain http unless TLS verification is off, though there is no TLS to verify.
        '    insecure-skip-tls-verify: true',
        'users:',
        `- name: ${context}`,
        '  user:',
        `    token: ${JSON.stringify(userToken)}`,
        'contexts:',
        `- name: ${context}`,
        '  context:',
        `    cluster: ${context}`,
        `    user: ${context}`,
        `    namespace: ${namespace}`,
        `current-context: ${context}`,
        '',
      ].join('\n'),
    registerResource: (cr: CustomResource) => void registry.register(cr),
    get: (kind, namespace, name) => {
      const found = store.peek(registry.resolve(kind), namespace, name);
      return found ? structuredClone(found) : undefined;
    },
    list: (kind, namespace) => store.list(registry.resolve(kind), namespace, () => true),
    put: (object, manager = 'test') => {
      const rt = registry.forObject(String(object.apiVersion ?? 'v1'), String(object.kind));
      const meta = metadataOf(object);
      const namespace = stringField(meta, 'namespace');
      const existing = store.peek(rt, namespace, String(meta.name));
      const target = { rt, namespace, name: String(meta.name), manager };
      if (!existing) return createObject(store, { rt, namespace, manager }, object);
      const body = structuredClone(object);
      metadataOf(body).resourceVersion = metadataOf(existing).resourceVersion ?? null;
      return replaceObject(store, target, body);
    },
    edit: (kind, namespace, name, mutate, manager = 'kubectl-edit') => {
      const rt = registry.resolve(kind);
      const object = store.get(rt, namespace, name);
      const changed = mutate(object) ?? object;
      return replaceObject(store, { rt, namespace, name, manager }, changed);
    },
    remove: (kind, namespace, name) => void store.remove(registry.resolve(kind), namespace, name),
    setStatus: (kind, namespace, name, status, manager = 'test-controller') =>
      writeStatus(store, registry.resolve(kind), namespace, name, (current, object) => (typeof status === 'function' ? status(current, object) : status), manager),
    setCondition: (kind, namespace, name, condition: Condition, manager = 'test-controller') =>
      writeStatus(store, registry.resolve(kind), namespace, name, (current, object) => upsertCondition(store, current, object, condition), manager),
    completeRollout: (namespace, name) =>
      writeStatus(store, registry.resolve('Deployment.apps'), namespace, name, (_s, o) => rolloutComplete(store, o), 'kube-controller-manager'),
    failRollout: (namespace, name, message) =>
      writeStatus(store, registry.resolve('Deployment.apps'), namespace, name, (_s, o) => rolloutFailed(store, o, message), 'kube-controller-manager'),
    setRolloutMode: (next) => void (rolloutMode = next),
    reconcileGitRepository: (namespace, name) => withFlux().reconcileNow(namespace, name),
    fluxClones: () => withFlux().clones(),
    resourceVersion: () => String(store.resourceVersion),
    compactHistory: () => store.compact(),
    endWatches: () => {
      for (const res of watchOptions.open) res.end();
    },
    unavailable: async (how = 'refuse', forMs) => {
      clearTimeout(recoverTimer);
      if (how === 'refuse' && mode !== 'refuse') await stop();
      // Open watches end either way, as they would when an API server goes away.
      if (how === '503' && mode === 'refuse') await available();
      if (how === '503') server.closeAllConnections();
      mode = how;
      if (forMs !== undefined) recoverTimer = setTimeout(() => void available(), forMs);
    },
    available,
    failRequests: (fault) => void faults.push({ ...fault }),
    requests: () => Object.fromEntries([...counts].sort(([a], [b]) => (a < b ? -1 : 1))),
    requestCount: (key) => (key ? (counts.get(key) ?? 0) : [...counts.values()].reduce((a, b) => a + b, 0)),
    resetRequests: () => void (counts = new Map()),
    close: async () => {
      clearTimeout(recoverTimer);
      stopController();
      flux?.stop();
      await stop();
    },
  };
  return api;
}
