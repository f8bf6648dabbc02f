// One deployment, start to finish: the project's environment from
// secrets-vault (remembering which secrets it used), the server-side apply of
// the env Secret and the Deployment, the wait for the rollout, then
// DeploymentSucceeded or DeploymentFailed (with the stage) recorded together
// with the removal of the queue row. The environment's values live only in
// this function's locals and the Secret the target writes. A worker that
// stops mid-rollout hands the deployment back (no outcome recorded, the
// worker releases the lease) instead of judging a rollout it did not see to
// the end. A run that ends in an error rather than a verdict (secrets-vault
// or the cluster unreachable, the database failing) is tried again after a
// backoff, and after KW_DEPLOYER_MAX_ATTEMPTS runs recorded as
// DeploymentFailed with the stage it was in, so the application's queue
// moves on.
//
// Fencing (two replicas never roll out one application at once): the run
// holds its deployment under a lease, and everything it writes about it is
// conditional on the lease's fence: the outcome commits only with the removal
// of the row it still holds, and the apply comes right after a renewal that
// proves the lease is still this run's and gives it a full lease ahead. A run
// whose lease is lost (its heartbeat could not renew it: the database or the
// network gone) is told so by its signal two thirds into the lease, before
// any replica can claim the row, and stops: it applies nothing more and its
// wait ends. What remains: an apply request sent right after a successful
// renewal that reaches the API server more than a whole lease (15 s) later,
// e.g. held up in a network partition, would land after a replica took the
// deployment over; it applies the same deployment's objects (same version),
// and only a deployment of the application that the new owner finished and
// followed with the next in that time could be overwritten by it.
import { performance } from 'node:perf_hooks';
import type { Database } from '@keywarden/db';
import { KeywardenError } from '@keywarden/errors';
import { LeaseLostError, type Lease, type WorkQueue } from '@keywarden/runtime';
import { SpanKind, withSpan, type Logger, type Span, type Tracer } from '@keywarden/telemetry';
import type { DeployerSettings } from '../config.js';
import { deploymentStreamId, type DeployedSecretVersion, type DeploymentCommand, type FailureStage } from '../domain/deployment/deployment.js';
import { envChecksum, envFingerprint } from './env-checksum.js';
import { findApplication, findDeployment, findProject, markInProgress, type ApplicationRow, type DeploymentRow } from '../projections/queries.js';
import { deployerMetrics } from './metrics.js';
import type { BuiltVariable, DeployerStore, DeployTarget, EnvironmentSource, WorkloadSpec } from './ports.js';
import type { QueuedDeployment } from './queue.js';
import { commands } from './commands.js';

export type RunnerDeps = {
  database: Database; store: DeployerStore; environments: EnvironmentSource; target: DeployTarget; settings: DeployerSettings; logger: Logger; tracer: Tracer;
  queue: WorkQueue<QueuedDeployment>;
};
type Claim = Lease<QueuedDeployment>;

type Failure = { stage: FailureStage; error: string };
/** What a successful run records of the environment it applied: secret versions and a fingerprint, never a value. */
type Used = { versionsUsed: DeployedSecretVersion[]; envFingerprint: string };
type Built = { values: Record<string, string>; used: Used };
/** The step a run is in, so an error thrown from it is reported with its stage (a wait's error as rollout_failed). */
type Progress = { stage: FailureStage };
/** A run that could not finish for a reason worth another try; its message is ours and holds no secret. */
class RunError extends Error {
  override readonly name = 'RunError';
}
const APPLIED_KINDS = ['Secret', 'Deployment'];
const MAX_BACKOFF_MS = 300_000;
/** The worker is stopping, or the lease is lost: the rollout is left to whoever claims the deployment next. */
const INTERRUPTED = Symbol('interrupted');

export class DeployRunner {
  private readonly record;
  constructor(private readonly deps: RunnerDeps) {
    this.record = commands(deps.database).deployment;
  }

  async run(lease: Claim): Promise<void> {
    const item = lease.item;
    await withSpan(this.deps.tracer, 'deploy', { parent: lease.parent, kind: SpanKind.INTERNAL, attributes: { 'keywarden.deployment_id': item.deploymentId, 'keywarden.application_id': item.applicationId, 'keywarden.attempt': lease.attempts } }, async (span) => {
      const started = performance.now();
      const progress: Progress = { stage: 'environment' };
      try {
        await this.attempt(lease, span, progress, started);
      } catch (error) {
        if (lease.signal.aborted || error instanceof LeaseLostError) {
          // Not this run's to judge any more: the worker hands it back (stopping) or another replica has it.
          span.setAttribute('keywarden.interrupted', true);
          this.deps.logger.warn({ deploymentId: item.deploymentId, stage: progress.stage }, 'deployment run stopped: the worker is stopping or the lease is lost');
          return;
        }
        // Not a verdict on the deployment (those are recorded in attempt): secrets-vault or the cluster unreachable,
        // the database failing. Tried again after a backoff, then recorded as failed so the queue moves on.
        await this.retryOrGiveUp(lease, span, progress.stage, describe(error), performance.now() - started);
      }
    });
  }

  /** A deployment claimed past its attempts: its earlier runs ended without a word (they died with their workers); no run again. */
  async giveUp(lease: Claim): Promise<void> {
    const deployment = await this.pending(lease);
    if (!deployment) return;
    const { lastStage, lastError } = lease.item;
    await this.finish(lease, deployment, { stage: (lastStage || 'environment') as FailureStage, error: gaveUp(lastError || 'the worker stopped during the run', lease.attempts - 1) }, 0);
  }

  /** The deployment, unless it is gone or already finished (then its queue row is removed). */
  private async pending(lease: Claim): Promise<DeploymentRow | undefined> {
    const deployment = await findDeployment(this.deps.database.db, lease.item.deploymentId);
    if (deployment && deployment.status !== 'succeeded' && deployment.status !== 'failed') return deployment;
    await this.deps.queue.complete([lease]);
    return undefined;
  }

  private async attempt(lease: Claim, span: Span, progress: Progress, started: number): Promise<void> {
    const { db } = this.deps.database;
    const deployment = await this.pending(lease);
    const app = deployment ? await findApplication(db, lease.item.applicationId) : undefined;
    if (!deployment) return;
    if (!app) {
      await this.deps.queue.complete([lease]);
      return;
    }
    span.setAttribute('keywarden.trigger', deployment.trigger);
    await markInProgress(db, deployment.id);
    const outcome = lease.signal.aborted ? INTERRUPTED : await this.rollOut(app, deployment, lease, progress);
    if (outcome === INTERRUPTED) {
      // The apply is idempotent and the rollout goes on in the cluster: the next claim (this replica restarted,
      // or another) applies again and waits for it. On a stop the worker releases the lease at once and gives
      // the claim's attempt back (a stop is not a failed run); a lost lease is another replica's already.
      span.setAttribute('keywarden.interrupted', true);
      this.deps.logger.info({ deploymentId: deployment.id, application: app.name }, 'deployment run interrupted: left to the queue');
      return;
    }
    await this.finish(lease, deployment, outcome, performance.now() - started, span);
  }

  /** DeploymentSucceeded / DeploymentFailed, with the removal of the queue row in the same transaction: only while the lease is this run's. */
  private async finish(lease: Claim, deployment: DeploymentRow, outcome: Failure | Used, durationMs: number, span?: Span): Promise<void> {
    const failure = 'stage' in outcome ? outcome : undefined;
    const command: DeploymentCommand = failure ? { type: 'FailDeployment', durationMs, ...failure } : { type: 'SucceedDeployment', durationMs, ...(outcome as Used) };
    await this.record(deploymentStreamId(deployment.id), command, {
      metadata: { actor: 'service:deployer' },
      within: async (tx) => {
        const held = await this.deps.queue.complete([lease], { tx });
        if (held.length === 0) throw new LeaseLostError(this.deps.queue.name, lease.fence, 'taken over before the outcome was recorded');
      },
    });
    if (failure) span?.setAttributes({ 'keywarden.stage': failure.stage });
    deployerMetrics().deployments.add(1, { result: failure ? 'failed' : 'succeeded', trigger: deployment.trigger });
    this.deps.logger.info({ deploymentId: deployment.id, application: deployment.applicationName, version: deployment.version, result: failure ? 'failed' : 'succeeded', stage: failure?.stage, durationMs: Math.round(durationMs) }, 'deployment finished');
  }

  /**
   * A run that ended in an error: below KW_DEPLOYER_MAX_ATTEMPTS the row waits out a backoff (it stays the head of
   * its application's queue, so the application's later deployments keep waiting behind it, in order); at the
   * limit DeploymentFailed records the stage and the last error, and the application's next deployment runs.
   */
  private async retryOrGiveUp(lease: Claim, span: Span, stage: FailureStage, error: string, durationMs: number): Promise<void> {
    const { maxAttempts, retryBackoffMs } = this.deps.settings;
    const { db } = this.deps.database;
    const { deploymentId } = lease.item;
    if (lease.attempts >= maxAttempts) {
      const deployment = await findDeployment(db, deploymentId);
      if (!deployment) return;
      this.deps.logger.warn({ deploymentId, stage, error, attempts: lease.attempts }, 'deployment run failed; no attempts left');
      await this.finish(lease, deployment, { stage, error: gaveUp(error, lease.attempts) }, durationMs, span);
      return;
    }
    const backoffMs = Math.min(retryBackoffMs * 2 ** (lease.attempts - 1), MAX_BACKOFF_MS);
    span.setAttributes({ 'keywarden.stage': stage, 'keywarden.retry_in_ms': backoffMs });
    await db.transaction(async (tx) => {
      const held = await this.deps.queue.retry([lease], { delayMs: backoffMs, tx });
      if (held.length > 0) await this.deps.store.noteFailedRun(tx, deploymentId, stage, error);
    });
    this.deps.logger.warn({ deploymentId, stage, error, attempt: lease.attempts, maxAttempts, backoffMs }, 'deployment run failed; it will be retried');
  }

  /** The rollout's failure, INTERRUPTED, or (it completed) what the applied environment was built with. */
  private async rollOut(app: ApplicationRow, deployment: DeploymentRow, lease: Claim, progress: Progress): Promise<Failure | typeof INTERRUPTED | Used> {
    // A project deleted, or its environment removed, since the application was registered: its namespace is no
    // longer the project's (gitops-sync stops managing it), so nothing is built or applied there.
    progress.stage = 'environment';
    const project = await findProject(this.deps.database.db, app.projectId);
    if (!project) return { stage: 'environment', error: `the project of application ${app.name} was deleted` };
    if (!project.environments.includes(app.environment)) {
      return { stage: 'environment', error: `the project no longer has the environment ${app.environment} (namespace ${app.namespace})` };
    }
    const env = await this.environment(app);
    if ('stage' in env) return env;
    const spec: WorkloadSpec = {
      namespace: app.namespace, name: app.name, image: `${app.image}:${deployment.version}`, ports: app.ports, replicas: app.replicas, resources: app.resources,
      env: env.values,
      labels: {
        'app.kubernetes.io/name': app.name, 'app.kubernetes.io/managed-by': 'keywarden', 'keywarden.dev/application-id': app.id,
        'keywarden.dev/project-id': app.projectId, 'keywarden.dev/environment': app.environment,
      },
      annotations: { 'keywarden.dev/deployment-id': deployment.id, 'keywarden.dev/version': deployment.version },
    };
    progress.stage = 'apply';
    // The fence check: the lease is still this run's, renewed for a whole lease from here (throws LeaseLostError).
    await this.deps.queue.renew(lease);
    let generation: number;
    try {
      // Names only on the span: the Secret's data (the environment) never goes there.
      generation = await withSpan(this.deps.tracer, 'kube apply', {
        kind: SpanKind.CLIENT, attributes: { 'k8s.namespace.name': app.namespace, 'k8s.object.name': app.name, 'k8s.object.kinds': APPLIED_KINDS, 'keywarden.cluster_target': this.deps.target.kind },
      }, async (span) => {
        const applied = (await this.deps.target.apply(spec)).generation;
        span.setAttribute('k8s.deployment.generation', applied);
        return applied;
      });
    } catch (error) {
      if (isUnavailable(error)) throw new RunError(clusterDetail(error));
      return { stage: 'apply', error: clusterDetail(error) };
    }
    if (lease.signal.aborted) return INTERRUPTED;
    progress.stage = 'rollout_failed';
    const attributes = { 'k8s.namespace.name': app.namespace, 'k8s.object.name': app.name, 'k8s.deployment.generation': generation };
    return withSpan(this.deps.tracer, 'kube rollout', { kind: SpanKind.CLIENT, attributes }, async (span) => {
      const outcome = await this.rolloutOutcome(app, generation, lease.signal);
      span.setAttribute('keywarden.rollout.result', outcome === INTERRUPTED ? 'interrupted' : outcome ? outcome.stage : 'complete');
      return outcome ?? env.used;
    });
  }

  private async rolloutOutcome(app: ApplicationRow, generation: number, signal: AbortSignal): Promise<Failure | typeof INTERRUPTED | undefined> {
    try {
      const result = await untilAborted(this.deps.target.waitForRollout(app.namespace, app.name, generation, this.deps.settings.rolloutTimeoutMs, signal), signal);
      if (result === INTERRUPTED) return INTERRUPTED;
      switch (result.status) {
        case 'complete':
          return undefined;
        case 'failed':
          return { stage: 'rollout_failed', error: `${result.reason}: ${result.message}` };
        case 'timeout':
          return { stage: 'rollout_timeout', error: result.message || `the rollout did not complete within ${this.deps.settings.rolloutTimeoutMs} ms` };
      }
    } catch (error) {
      // The target closed under the wait (shutdown), or the wait was called off: not the rollout's failure.
      if (signal.aborted) return INTERRUPTED;
      // The watch lost the API server: the rollout is not judged; the run is tried again (apply, then wait).
      if (isUnavailable(error)) throw new RunError(clusterDetail(error));
      return { stage: 'rollout_failed', error: clusterDetail(error) };
    }
  }

  /**
   * The application's own resolved variables (global, its project's, its environment's and its own), and which
   * secrets they came from through any of those scopes (recorded for rotations).
   */
  private async environment(app: ApplicationRow): Promise<Built | Failure> {
    let variables: BuiltVariable[];
    try {
      const request = { projectId: app.projectId, environment: app.environment, applicationId: app.id };
      variables = await this.deps.environments(request);
    } catch (error) {
      const code = (error as { code?: string }).code ?? 'ERR_UNKNOWN';
      const failure = `secrets-vault could not build the project's environment (${code})`;
      // secrets-vault down, slow or failing (5xx): worth another run; a refusal (4xx: no such project) is the answer.
      if (!(error instanceof KeywardenError) || error.status >= 500) throw new RunError(failure);
      return { stage: 'environment', error: failure };
    }
    const secretIds = [...new Set(variables.map((v) => v.secretId).filter(Boolean))];
    const at = new Date();
    await this.deps.store.recordSecretsUsed(app.id, secretIds, at);
    // One entry per secret (a group reference resolves several keys to several secrets; a secret under two keys counts once).
    const used = new Map<string, DeployedSecretVersion>();
    for (const v of variables) {
      if (v.secretId) used.set(v.secretId, { secretId: v.secretId, version: v.secretVersion ?? 0, valueFingerprint: v.valueFingerprint ?? '' });
    }
    const values = Object.fromEntries(variables.map((v) => [v.key, v.value]));
    return { values, used: { versionsUsed: [...used.values()], envFingerprint: envFingerprint(envChecksum(values)) } };
  }
}

/** The promise's value, or INTERRUPTED as soon as the signal aborts (the promise is left to settle unobserved). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T | typeof INTERRUPTED> {
  if (signal.aborted) return Promise.resolve(INTERRUPTED);
  return new Promise<T | typeof INTERRUPTED>((resolve, reject) => {
    const onAbort = () => resolve(INTERRUPTED);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => { signal.removeEventListener('abort', onAbort); resolve(value); },
      (error: unknown) => { signal.removeEventListener('abort', onAbort); reject(error); },
    );
  });
}

/** A ClusterError's kind and detail (never a request body); anything else by its type only. */
function clusterDetail(error: unknown): string {
  const e = error as { name?: string; kind?: string; detail?: string; code?: string };
  if (e?.name === 'ClusterError' && e.kind) return `kubernetes ${e.kind}: ${e.detail ?? ''}`.trim();
  return `unexpected ${e?.name ?? 'error'}${e?.code ? ` (${e.code})` : ''}`;
}

/** The cluster could not be reached (or answered 5xx/429): the run is tried again rather than judged. */
const isUnavailable = (error: unknown) => (error as { name?: string; kind?: string })?.name === 'ClusterError' && (error as { kind?: string }).kind === 'unavailable';

/** What a failed run reports: our own wording for known failures; anything else by its type and code only (an error's message may quote a secret). */
function describe(error: unknown): string {
  if (error instanceof RunError) return error.message;
  const e = error as { name?: string; code?: string };
  return `unexpected ${e?.name ?? 'error'}${e?.code ? ` (${e.code})` : ''}`;
}

const gaveUp = (error: string, attempts: number) => `${error} (gave up after ${attempts} attempt${attempts === 1 ? '' : 's'})`;
