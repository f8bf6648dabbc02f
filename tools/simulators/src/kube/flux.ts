// A stand-in for Flux's source-controller, reconciling GitRepositories the way
// it does: when one is created, its spec changes (a new generation) or its
// `reconcile.fluxcd.io/requestedAt` annotation changes (`flux reconcile`, or
// keywarden after rewriting the Secret), it "clones": Git's smart HTTP
// reference discovery against the repository's host (`gitHosts` maps a URL's
// origin to where it really is, e.g. the GitLab simulator), with the basic
// auth of the Secret named in spec.secretRef. Then it writes the status as
// source-controller v1 does: Ready (Succeeded, or the failure's reason),
// FetchFailed on failure, ArtifactInStorage and the artifact on success,
// observedGeneration and status.lastHandledReconcileAt = the requestedAt it
// handled. Messages follow source-controller and go-git's wording:
//   failed to checkout and determine revision: unable to clone '<url>': authentication required: <host's message>
// (authorization failed: 403, repository not found: 404), and reason
// AuthenticationFailed when the Secret cannot be read. Like the real
// controller it does not watch Secrets: a rewritten Secret is used at the next
// reconcile, which the interval (here: `reconcileNow`) or a requestedAt brings.
import { createHash } from 'node:crypto';
import type { KubeStore, StoreEvent } from './store.js';
import { writeStatus } from './controllers.js';
import type { JsonObject } from './types.js';
import { isObject, metadataOf, stringField, stringMap } from './types.js';

export const REQUESTED_AT_ANNOTATION = 'reconcile.fluxcd.io/requestedAt';
const MANAGER = 'source-controller';

export interface FluxOptions {
  /** URL origin of spec.url ('https://gitlab.com') → base URL its clones really go to (the simulator's). */
  gitHosts: Record<string, string>;
}

type Outcome = { ok: true; branch: string; commit: string } | { ok: false; reason: string; message: string };
type Handled = { generation: number; requestedAt: string | undefined };

export type FluxController = {
  /** Reconciles one GitRepository now, as its interval would; resolves when its status is written. */
  reconcileNow(namespace: string, name: string): Promise<void>;
  /** Clones attempted so far. */
  clones(): number;
  stop(): void;
};

export function startFluxController(store: KubeStore, options: FluxOptions): FluxController {
  const rt = store.resources.resolve('GitRepository.source.toolkit.fluxcd.io');
  const inFlight = new Map<string, { again: boolean; done: Promise<void> }>();
  let clones = 0;
  let stopped = false;

  const reconcile = (namespace: string, name: string): Promise<void> => {
    const key = `${namespace}/${name}`;
    const running = inFlight.get(key);
    if (running) {
      running.again = true;
      return running.done;
    }
    const entry = { again: false, done: Promise.resolve() };
    entry.done = (async () => {
      do {
        entry.again = false;
        await reconcileOnce(namespace, name).catch(() => undefined);
      } while (entry.again && !stopped);
      inFlight.delete(key);
    })();
    inFlight.set(key, entry);
    return entry.done;
  };

  const reconcileOnce = async (namespace: string, name: string): Promise<void> => {
    const object = store.peek(rt, namespace, name);
    if (!object || stopped) return;
    const spec = isObject(object.spec) ? object.spec : {};
    if (spec.suspend === true) return;
    const handled: Handled = { generation: Number(metadataOf(object).generation ?? 1), requestedAt: stringMap(metadataOf(object).annotations)[REQUESTED_AT_ANNOTATION] };
    clones += 1;
    const outcome = await clone(store, namespace, spec, options);
    if (stopped || !store.peek(rt, namespace, name)) return;
    writeStatus(store, rt, namespace, name, (current) => statusAfter(store, current, namespace, name, handled, outcome), MANAGER);
  };

  const unsubscribe = store.subscribe((event: StoreEvent) => {
    if (event.resource !== rt || event.type === 'DELETED' || stopped) return;
    if (needsReconcile(event.object)) {
      const meta = metadataOf(event.object);
      void reconcile(String(meta.namespace), String(meta.name));
    }
  });

  return {
    reconcileNow: (namespace, name) => reconcile(namespace, name),
    clones: () => clones,
    stop: () => {
      stopped = true;
      unsubscribe();
    },
  };
}

/** A new generation, or a requestedAt not handled yet. */
function needsReconcile(object: JsonObject): boolean {
  const meta = metadataOf(object);
  const status = isObject(object.status) ? object.status : {};
  const requestedAt = stringMap(meta.annotations)[REQUESTED_AT_ANNOTATION];
  if (status.observedGeneration !== meta.generation) return true;
  return requestedAt !== undefined && requestedAt !== status.lastHandledReconcileAt;
}

async function clone(store: KubeStore, namespace: string, spec: JsonObject, options: FluxOptions): Promise<Outcome> {
  const url = typeof spec.url === 'string' ? spec.url : '';
  const ref = isObject(spec.ref) ? spec.ref : {};
  const branch = stringField(ref, 'branch') ?? 'master';
  const secretName = isObject(spec.secretRef) ? stringField(spec.secretRef, 'name') : undefined;
  let authorization: string | undefined;
  if (secretName) {
    const secret = store.peek(store.resources.resolve('Secret'), namespace, secretName);
    if (!secret) {
      return { ok: false, reason: 'AuthenticationFailed', message: `failed to get secret '${namespace}/${secretName}': secrets "${secretName}" not found` };
    }
    const data = stringMap(secret.data);
    const decode = (key: string) => (data[key] ? Buffer.from(data[key], 'base64').toString('utf8') : '');
    const password = decode('password');
    if (password) authorization = `Basic ${Buffer.from(`${decode('username')}:${password}`).toString('base64')}`;
  }
  const failed = (detail: string): Outcome => ({ ok: false, reason: 'GitOperationFailed', message: `failed to checkout and determine revision: ${detail}` });
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return { ok: false, reason: 'URLInvalid', message: `failed to parse url '${url}'` };
  }
  const base = options.gitHosts[target.origin];
  const discovery = `${url.replace(/\/+$/, '')}/info/refs?service=git-upload-pack`;
  if (!base) return failed(`unable to clone '${url}': Get "${discovery}": dial tcp: lookup ${target.hostname}: no such host`);
  let response: Response;
  try {
    response = await fetch(`${base.replace(/\/+$/, '')}${target.pathname.replace(/\/+$/, '')}/info/refs?service=git-upload-pack`, {
      headers: { ...(authorization ? { authorization } : {}), 'git-protocol': 'version=0', 'user-agent': 'git/2.0 (github.com/go-git/go-git)' },
      redirect: 'follow',
    });
  } catch (error) {
    return failed(`unable to clone '${url}': Get "${discovery}": ${(error as { cause?: { code?: string } }).cause?.code ?? 'connection failed'}`);
  }
  const body = (await response.text()).trim();
  // go-git's http.NewErr: 401, 403 and 404 become these errors, with the server's text after them.
  const wrapped = { 401: 'authentication required', 403: 'authorization failed', 404: 'repository not found' }[response.status];
  if (wrapped) return failed(`unable to clone '${url}': ${wrapped}: ${body}`);
  if (!response.ok) return failed(`unable to clone '${url}': unexpected client error: unexpected requesting "${discovery}" status code: ${response.status}`);
  // go-git's transport.ErrEmptyRemoteRepository: a repository with no commit advertises only capabilities^{}.
  if (!body.includes(' refs/heads/') && body.includes('capabilities^{}')) return failed(`unable to clone '${url}': remote repository is empty`);
  const commit = new RegExp(`([0-9a-f]{40}) refs/heads/${branch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n`).exec(body)?.[1];
  if (!commit) return failed(`unable to clone: couldn't find remote ref "refs/heads/${branch}": git repository: '${url}'`);
  return { ok: true, branch, commit };
}

/** The status source-controller writes after one reconcile. */
function statusAfter(store: KubeStore, current: JsonObject, namespace: string, name: string, handled: Handled, outcome: Outcome): JsonObject {
  const now = store.now();
  const previous = Array.isArray(current.conditions) ? current.conditions.filter(isObject) : [];
  const condition = (type: string, status: 'True' | 'False', reason: string, message: string): JsonObject => {
    const before = previous.find((c) => c.type === type);
    return {
      type, status, observedGeneration: handled.generation, reason, message,
      lastTransitionTime: before && before.status === status ? (before.lastTransitionTime ?? now) : now,
    };
  };
  const next: JsonObject = { ...current, observedGeneration: handled.generation };
  if (handled.requestedAt !== undefined) next.lastHandledReconcileAt = handled.requestedAt;
  if (outcome.ok) {
    const revision = `${outcome.branch}@sha1:${outcome.commit}`;
    const message = `stored artifact for revision '${revision}'`;
    const path = `gitrepository/${namespace}/${name}/${outcome.commit}.tar.gz`;
    next.artifact = {
      path, url: `http://source-controller.flux-system.svc.cluster.local./${path}`, revision,
      digest: `sha256:${createHash('sha256').update(revision).digest('hex')}`, lastUpdateTime: now, size: 1024,
    };
    next.conditions = [condition('Ready', 'True', 'Succeeded', message), condition('ArtifactInStorage', 'True', 'Succeeded', message)];
  } else {
    const kept = previous.filter((c) => c.type === 'ArtifactInStorage');
    next.conditions = [condition('Ready', 'False', outcome.reason, outcome.message), condition('FetchFailed', 'True', outcome.reason, outcome.message), ...kept];
  }
  return next;
}
