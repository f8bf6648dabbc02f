// Writes the Git credentials of project environments: resolves each
// project's account (the organization owner's, for the repository's
// provider), asks oauth-broker for a token ONCE per account, applies the
// objects, records GitCredentialsSynced / GitCredentialsSyncFailed, and then
// asks Flux to reconcile each GitRepository whose Secret changed (its
// reconcile.fluxcd.io/requestedAt), so Flux's answer verifies the credential
// (flux-watch.ts). The request goes out only after the write is recorded with
// its requestedAt: Flux cannot answer a request the binding does not know yet.
// The token lives only in this function's locals and the Secret it writes.
import type { Database } from '@keywarden/db';
import type { ClusterError } from '@keywarden/kube';
import { SpanKind, extractTraceContext, getTracer, withSpan, type Context, type Logger } from '@keywarden/telemetry';
import { bindingStreamId, type BindingCommand, type FailureReason } from '../domain/binding/binding.js';
import { secretNameOf } from '../domain/project/naming.js';
import type { GitopsSettings } from '../config.js';
import { accountsOfProjects, bindingsOfProjects, projectsByIds, type ProjectRow } from '../projections/queries.js';
import { isClusterError, gitRepositoryObject, namespaceObject, secretObject } from './cluster.js';
import { mapLimit } from './limit.js';
import { gitopsMetrics } from './metrics.js';
import type { ClusterTarget, Credentials, EnvironmentTarget, TokenFailure, TokenSource, WorkItem } from './ports.js';
import { commands } from './commands.js';

export type Outcome =
  | { kind: 'synced'; driftFixed: boolean }
  | { kind: 'failed'; reason: FailureReason; detail: string; retry: boolean }
  /** The broker answered an older grant than the Secret holds: nothing written (the newer token stays), tried again. */
  | { kind: 'newer_held' }
  | { kind: 'done' };

type Project = ProjectRow;
const tracer = getTracer('@keywarden/gitops-sync');
/** The trace an item continues: its requester's, else whatever is active (a reconcile pass). */
const parentOf = (item: Pick<WorkItem, 'traceparent'>): Context | undefined =>
  item.traceparent ? extractTraceContext({ traceparent: item.traceparent }) : undefined;
/** An item's outcome, the binding event to record for it, and the GitRepository Flux is then asked to reconcile. */
type Done = { outcome: Outcome; record?: { streamId: string; command: BindingCommand }; reconcile?: { namespace: string; name: string; requestedAt: string } };

let lastRequestedAt = 0;
/** A requestedAt Flux has not seen from this process: RFC 3339 time, strictly increasing (Flux compares strings for equality). */
function nextRequestedAt(): string {
  lastRequestedAt = Math.max(Date.now(), lastRequestedAt + 1);
  return new Date(lastRequestedAt).toISOString();
}

export type SyncDeps = { database: Database; tokens: TokenSource; target: ClusterTarget; settings: GitopsSettings; logger: Logger };

export class Syncer {
  private readonly record;
  constructor(private readonly deps: SyncDeps) {
    this.record = commands(deps.database).binding;
  }

  /** `log`: fields every line about these items carries (a reconcile pass's run id). */
  async syncItems(items: readonly WorkItem[], log: Record<string, string> = {}): Promise<Outcome[]> {
    const { db } = this.deps.database;
    const ids = [...new Set(items.map((i) => i.projectId))];
    const rows = await projectsByIds(db, ids);
    const byId = new Map(rows.map((p) => [p.id, p]));
    const accountOf = await accountsOfProjects(db, rows);
    // One token request per account, however many Secrets it feeds.
    const needed = new Map<string, { fresh: boolean; parent: Context | undefined }>();
    for (const item of items) {
      const accountId = item.action === 'apply' ? accountOf.get(item.projectId) : undefined;
      // Flux could not use the current token: ask for one valid a whole day, which makes the broker refresh now.
      // The token call joins the trace of the first item that needs it (one call serves them all).
      if (accountId) {
        const known = needed.get(accountId);
        needed.set(accountId, { fresh: (known?.fresh ?? false) || item.trigger === 'flux_auth_failure', parent: known ? known.parent : parentOf(item) });
      }
    }
    const tokens = new Map<string, Credentials | TokenFailure>();
    await mapLimit([...needed], this.deps.settings.concurrency, async ([accountId, { fresh, parent }]) =>
      tokens.set(accountId, await withSpan(tracer, 'gitops.access-token', { parent, attributes: { 'keywarden.account_id': accountId } }, () => this.deps.tokens.token(accountId, fresh))));
    // Every write first, then the events: the Secrets do not wait for each other's bookkeeping.
    // A crash in between leaves the queue rows, so the writes are repeated (idempotent) and recorded then.
    const held = await bindingsOfProjects(db, ids);
    const heldBy = new Map(held.filter((b) => b.status === 'synced').map((b) => [`${b.projectId}/${b.environment}`, b]));
    // One item that throws (a bug, an unexpected error) fails alone: the rest of the batch is done and recorded,
    // and the worker's attempt cap eventually drops it instead of it holding the batch hostage.
    const done = await mapLimit(items, this.deps.settings.concurrency, (item) =>
      withSpan(tracer, `gitops.sync ${item.action}`, { parent: parentOf(item), attributes: { 'keywarden.namespace': item.namespace, 'keywarden.trigger': item.trigger } },
        () => this.one(item, byId.get(item.projectId), accountOf, tokens, heldBy.get(`${item.projectId}/${item.environment}`), log))
        .catch((error: unknown) => this.unexpected(item, 'sync', error)));
    const recorded = await mapLimit(done, this.deps.settings.concurrency, async (result, i): Promise<Done> => {
      const { record } = result;
      if (!record) return result;
      try {
        // GitCredentialsSynced/SyncFailed carry the item's trace on to their consumers (notifier).
        await withSpan(tracer, `gitops.record ${record.command.type}`, { parent: parentOf(items[i]!) }, () => this.record(record.streamId, record.command));
        return result;
      } catch (error) {
        // The write happened but is not recorded: keep the row so it is repeated (idempotent) and recorded then.
        return this.unexpected({ namespace: record.command.data.namespace }, 'record', error);
      }
    });
    return mapLimit(recorded, this.deps.settings.concurrency, (result, i) => this.askFlux(result, items[i]!));
  }

  /**
   * After the write is recorded: Flux, reconcile with the new Secret now. A cluster gone meanwhile retries the item
   * (written and recorded again with a new request); a GitRepository gone is drift the next reconcile repairs.
   */
  private async askFlux({ outcome, reconcile }: Done, item: WorkItem): Promise<Outcome> {
    if (!reconcile || outcome.kind !== 'synced' || !this.deps.target.requestReconcile) return outcome;
    try {
      await withSpan(tracer, 'kube reconcile GitRepository', {
        parent: parentOf(item), kind: SpanKind.CLIENT, attributes: { 'k8s.namespace.name': reconcile.namespace, 'k8s.object.name': reconcile.name },
      }, () => this.deps.target.requestReconcile!(reconcile.namespace, reconcile.name, reconcile.requestedAt));
      return outcome;
    } catch (error) {
      const kind = isClusterError(error) ? error.kind : 'unexpected';
      this.deps.logger.warn({ namespace: reconcile.namespace, gitRepository: reconcile.name, kind }, 'could not ask Flux to reconcile the GitRepository');
      if (kind === 'unavailable') return { kind: 'failed', reason: 'kubernetes_unavailable', detail: 'the Kubernetes API went away before Flux was asked to reconcile', retry: true };
      return outcome;
    }
  }

  private unexpected(item: Pick<WorkItem, 'namespace'>, stage: string, error: unknown): Done {
    // Type and code only: an error's message may quote a request body (a Secret's data).
    this.deps.logger.error({ namespace: item.namespace, stage, err: { type: (error as Error)?.name, code: (error as { code?: string })?.code } }, 'git credential sync failed unexpectedly');
    return { outcome: { kind: 'failed', reason: 'kubernetes_error', detail: `unexpected ${(error as Error)?.name ?? 'error'} while writing`, retry: true } };
  }

  private async one(
    item: WorkItem, project: Project | undefined, accountOf: Map<string, string>, tokens: Map<string, Credentials | TokenFailure>,
    held: { accountId: string; tokenGeneration: number } | undefined, log: Record<string, string>,
  ): Promise<Done> {
    if (item.action === 'delete') return { outcome: await this.remove(item) };
    if (!project || !project.environments.includes(item.environment)) return { outcome: { kind: 'done' } };
    if (item.action === 'stale') {
      return this.fail(item, project, { reason: 'reauthorization_required', detail: 'the account must be connected again by its owner', retry: false, stale: true, accountId: item.accountId });
    }
    const accountId = accountOf.get(project.id);
    if (!accountId) {
      return this.fail(item, project, { reason: 'no_account', detail: `the organization owner has no active ${project.provider} account connected`, retry: false, stale: false, accountId: '' });
    }
    const credentials = tokens.get(accountId)!;
    if ('reason' in credentials) return this.fail(item, project, credentials);
    // The broker answered with an older grant than the Secret already holds (a late answer, a lagging replica):
    // writing it would roll the Secret back. Unless forced ("take over"), the newer token stays and the item is
    // retried (a later answer carries the current grant); nothing is recorded, the binding is unchanged.
    if (!item.force && held?.accountId === accountId && held.tokenGeneration > credentials.generation) {
      this.deps.logger.warn({ accountId, held: held.tokenGeneration, offered: credentials.generation, namespace: item.namespace }, 'older token generation not written');
      return { outcome: { kind: 'newer_held' } };
    }
    // A refresh whose token the Secret already holds (the environment was written after the refresh, before its
    // TokenRefreshed arrived): each generation is written once. Drift is reconcile's to repair, not a refresh's.
    if (!item.force && item.trigger === 'token_refreshed' && held?.accountId === accountId && held.tokenGeneration === credentials.generation) {
      return { outcome: { kind: 'done' } };
    }
    const target = this.targetOf(project, item.environment);
    try {
      const driftFixed = await this.write(target, credentials, item, held !== undefined);
      gitopsMetrics().secretsWritten.add(1, { trigger: item.trigger });
      const secretName = secretNameOf(project.slug);
      // Account and generation only: what a troubleshooter needs to see the rewrite happened, never the token.
      this.deps.logger.info({ ...log, namespace: target.namespace, secretName, accountId, generation: credentials.generation, trigger: item.trigger, driftFixed },
        'Git credential Secret written');
      const requestedAt = this.deps.target.requestReconcile ? nextRequestedAt() : '';
      return {
        outcome: { kind: 'synced', driftFixed },
        record: {
          streamId: bindingStreamId(project.id, item.environment),
          command: {
            type: 'RecordSynced',
            data: {
              projectId: project.id, organizationId: project.organizationId, environment: item.environment, namespace: target.namespace,
              secretName, accountId, tokenGeneration: credentials.generation, tokenFingerprint: credentials.fingerprint, trigger: item.trigger,
              reconcileRequestedAt: requestedAt,
            },
          },
        },
        ...(requestedAt ? { reconcile: { namespace: target.namespace, name: project.slug, requestedAt } } : {}),
      };
    } catch (error) {
      if (!isClusterError(error)) throw error;
      const reason: FailureReason = error.kind === 'unavailable' ? 'kubernetes_unavailable' : error.kind === 'conflict' ? 'apply_conflict' : 'kubernetes_error';
      return this.fail(item, project, { reason, detail: error.detail, retry: error.kind === 'unavailable', stale: false, accountId });
    }
  }

  /**
   * A token refresh of an environment written before (`written`: its binding is synced) rewrites the Secret
   * alone (one request); anything else applies the namespace, the Secret and the GitRepository. A refresh can
   * reach an environment never written: it takes over the queue row of the environment's first apply (that
   * apply failed and waits for its retry, or had not run yet), and a namespace that already existed would
   * answer the Secret alone without a GitRepository ever being made. Returns whether a hand edit of the
   * Secret's credential fields had to be overwritten.
   */
  private async write(target: EnvironmentTarget, credentials: Credentials, item: WorkItem, written: boolean): Promise<boolean> {
    if (item.trigger === 'token_refreshed' && !item.force && written) {
      try {
        return await this.applySecret(target, credentials, false);
      } catch (error) {
        if (!(isClusterError(error) && error.kind === 'not_found')) throw error;
      }
    }
    await this.apply(namespaceObject(target), { force: false });
    const driftFixed = await this.applySecret(target, credentials, item.force);
    await this.apply(gitRepositoryObject(target), { force: item.force });
    return driftFixed;
  }

  /**
   * The Secret <slug>-git-auth is keywarden's: its username, password and
   * keywarden.dev annotations changed by another manager (kubectl edit) are
   * drift, taken back with force. A conflict on any other field is reported.
   */
  private async applySecret(target: EnvironmentTarget, credentials: Credentials, force: boolean): Promise<boolean> {
    const secret = secretObject(target, credentials);
    try {
      await this.apply(secret, { force });
      return false;
    } catch (error) {
      if (!(isClusterError(error) && error.kind === 'conflict')) throw error;
      if (!error.conflicts.every((c) => c.field.startsWith('.data.') || c.field.includes('keywarden.dev/'))) throw error;
      this.deps.logger.warn({ namespace: target.namespace, fields: error.conflicts.map((c) => c.field), managers: [...new Set(error.conflicts.map((c) => c.manager))] },
        'git credential Secret was edited by hand; taking it back');
      await this.apply(secret, { force: true });
      return true;
    }
  }

  /** One server-side apply (or manifest write) in a CLIENT span: names only, never the object's data. */
  private apply(object: Parameters<ClusterTarget['apply']>[0], options: { force: boolean }): Promise<void> {
    const { kind, metadata } = object as { kind?: string; metadata?: { name?: string; namespace?: string } };
    const attributes = {
      'k8s.object.kind': kind ?? '', 'k8s.object.name': metadata?.name ?? '', 'k8s.namespace.name': metadata?.namespace ?? metadata?.name ?? '',
      'keywarden.cluster_target': this.deps.target.kind, 'keywarden.force': options.force,
    };
    return withSpan(tracer, `kube apply ${kind ?? 'object'}`, { kind: SpanKind.CLIENT, attributes }, () => this.deps.target.apply(object, options));
  }

  private async remove(item: WorkItem): Promise<Outcome> {
    try {
      await this.deps.target.deleteEnvironment(item.namespace, item.slug);
      return { kind: 'done' };
    } catch (error) {
      if (isClusterError(error) && error.kind === 'unavailable') return { kind: 'failed', reason: 'kubernetes_unavailable', detail: error.detail, retry: true };
      this.deps.logger.error({ namespace: item.namespace, err: { type: (error as Error).name, kind: (error as ClusterError).kind } }, 'removing cluster objects failed');
      return { kind: 'failed', reason: 'kubernetes_error', detail: 'removing the cluster objects failed', retry: false };
    }
  }

  private fail(item: WorkItem, project: Project, f: TokenFailure): Done {
    gitopsMetrics().syncFailures.add(1, { reason: f.reason });
    return {
      outcome: { kind: 'failed', reason: f.reason, detail: f.detail, retry: f.retry },
      record: {
        streamId: bindingStreamId(project.id, item.environment),
        command: {
          type: 'RecordFailure',
          data: {
            projectId: project.id, organizationId: project.organizationId, environment: item.environment, namespace: item.namespace,
            accountId: f.accountId, reason: f.reason, detail: f.detail, trigger: item.trigger, stale: f.stale,
          },
        },
      },
    };
  }

  private targetOf(project: Project, environment: string): EnvironmentTarget {
    return {
      projectId: project.id, environment, namespace: `project-${project.slug}-${environment}`, slug: project.slug,
      repositoryUrl: project.repositoryUrl, branch: project.branch, interval: this.deps.settings.fluxInterval,
    };
  }
}
