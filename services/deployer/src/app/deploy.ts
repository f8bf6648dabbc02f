// One deployment, start to finish: the project's environment from
// secrets-vault (remembering which secrets it used), the server-side apply of
// the env Secret and the Deployment, the wait for the rollout, then
// DeploymentSucceeded or DeploymentFailed (with the stage) recorded together
// with the removal of the queue row. The environment's values live only in
// this function's locals and the Secret the target writes. A worker that
// stops mid-rollout hands the deployment back (lease released, no outcome
// recorded) instead of judging a rollout it did not see to the end. A run
// that ends in an error rather than a verdict (secrets-vault or the cluster
// unreachable, the database failing) is tried again after a backoff, and
// after KW_DEPLOYER_MAX_ATTEMPTS runs recorded as DeploymentFailed with the
// stage it was in, so the application's queue moves on.
import { performance } from 'node:perf_hooks';
import { RpcError, callRpc } from '@keywarden/bus';
import type { Database } from '@keywarden/db';
import { commandHandler } from '@keywarden/event-store';
import { KeywardenError } from '@keywarden/errors';
import { SpanKind, extractTraceContext, withSpan, type Logger, type Span, type Tracer } from '@keywarden/telemetry';
import type { NatsConnection } from '@nats-io/nats-core';
import { eq, sql } from 'drizzle-orm';
import { applicationSecrets, applications, deployQueue, deployments, projects } from '../adapters/db/schema.js';
import type { DeployerSettings } from '../config.js';
import { deploymentDecider, deploymentStreamId, type DeploymentCommand, type FailureStage } from '../domain/deployment/deployment.js';
import { projections } from '../projections/read-models.js';
import { deployerMetrics } from './metrics.js';
import type { DeployTarget, WorkloadSpec } from './ports.js';
import type { Claimed } from './worker.js';

export type RunnerDeps = {
  database: Database; nc: NatsConnection; namespace: string | undefined; target: DeployTarget; settings: DeployerSettings; logger: Logger; tracer: Tracer;
};

type Failure = { stage: FailureStage; error: string };
type ApplicationRow = typeof applications.$inferSelect;
type DeploymentRow = typeof deployments.$inferSelect;
/** The step a run is in, so an error thrown from it is reported with its stage (a wait's error as rollout_failed). */
type Progress = { stage: FailureStage };
/** A run that could not finish for a reason worth another try; its message is ours and holds no secret. */
class RunError extends Error {
  override readonly name = 'RunError';
}
const APPLIED_KINDS = ['Secret', 'Deployment'];
const MAX_BACKOFF_MS = 300_000;
/** The worker is stopping: the rollout is left to whoever claims the deployment next. */
const INTERRUPTED = Symbol('interrupted');

export class DeployRunner {
  private readonly record;
  private stopping = new AbortController();
  constructor(private readonly deps: RunnerDeps) {
    this.record = commandHandler(deps.database, deploymentDecider, projections);
  }

  /** Rollout waits in progress end now; their deployments go back to the queue (see run). */
  interrupt(): void {
    this.stopping.abort();
  }

  /** After interrupt(), before claiming again. */
  resume(): void {
    if (this.stopping.signal.aborted) this.stopping = new AbortController();
  }

  async run(item: Claimed): Promise<void> {
    const stopping = this.stopping.signal;
    const parent = extractTraceContext({ traceparent: item.traceparent || undefined, tracestate: item.tracestate || undefined });
    await withSpan(this.deps.tracer, 'deploy', { parent, kind: SpanKind.INTERNAL, attributes: { 'keywarden.deployment_id': item.deploymentId, 'keywarden.application_id': item.applicationId, 'keywarden.attempt': item.attempts } }, async (span) => {
      const started = performance.now();
      const progress: Progress = { stage: 'environment' };
      try {
        await this.attempt(item, span, stopping, progress, started);
      } catch (error) {
        // Not a verdict on the deployment (those are recorded in attempt): secrets-vault or the cluster unreachable,
        // the database failing. Tried again after a backoff, then recorded as failed so the queue moves on.
        await this.retryOrGiveUp(item, span, progress.stage, describe(error), performance.now() - started);
      }
    });
  }

  private async attempt(item: Claimed, span: Span, stopping: AbortSignal, progress: Progress, started: number): Promise<void> {
    const { db } = this.deps.database;
    const [deployment] = await db.select().from(deployments).where(eq(deployments.id, item.deploymentId));
    const [app] = await db.select().from(applications).where(eq(applications.id, item.applicationId));
    if (!deployment || !app || deployment.status === 'succeeded' || deployment.status === 'failed') {
      await db.delete(deployQueue).where(eq(deployQueue.deploymentId, item.deploymentId));
      return;
    }
    span.setAttribute('keywarden.trigger', deployment.trigger);
    if (item.attempts > this.deps.settings.maxAttempts) {
      // Earlier runs ended without a word (the worker died with them): do not start another one.
      await this.finish(deployment, { stage: (item.lastStage || 'environment') as FailureStage, error: gaveUp(item.lastError || 'the worker stopped during the run', item.attempts - 1) }, 0, span);
      return;
    }
    await db.update(deployments).set({ status: 'in_progress' }).where(eq(deployments.id, deployment.id));
    const failure = stopping.aborted ? INTERRUPTED : await this.rollOut(app, deployment, stopping, progress);
    if (failure === INTERRUPTED) {
      // The apply is idempotent and the rollout goes on in the cluster: the next claim (this replica restarted,
      // or another) applies again and waits for it, instead of waiting out the lease first. A stop is not a
      // failed attempt: the claim's count is given back.
      await db.update(deployQueue).set({ leaseUntil: null, attempts: sql`greatest(${deployQueue.attempts} - 1, 0)` }).where(eq(deployQueue.deploymentId, deployment.id));
      span.setAttribute('keywarden.interrupted', true);
      this.deps.logger.info({ deploymentId: deployment.id, application: app.name }, 'worker stopping: deployment handed back to the queue');
      return;
    }
    await this.finish(deployment, failure, performance.now() - started, span);
  }

  /** DeploymentSucceeded / DeploymentFailed, with the removal of the queue row in the same transaction. */
  private async finish(deployment: DeploymentRow, failure: Failure | undefined, durationMs: number, span?: Span): Promise<void> {
    const command: DeploymentCommand = failure ? { type: 'FailDeployment', durationMs, ...failure } : { type: 'SucceedDeployment', durationMs };
    await this.record(deploymentStreamId(deployment.id), command, {
      metadata: { actor: 'service:deployer' },
      within: async (tx) => {
        await tx.delete(deployQueue).where(eq(deployQueue.deploymentId, deployment.id));
      },
    });
    if (failure) span?.setAttributes({ 'keywarden.stage': failure.stage });
    deployerMetrics().deployments.add(1, { result: failure ? 'failed' : 'succeeded', trigger: deployment.trigger });
    this.deps.logger.info({ deploymentId: deployment.id, application: deployment.applicationName, version: deployment.version, result: failure ? 'failed' : 'succeeded', stage: failure?.stage, durationMs: Math.round(durationMs) }, 'deployment finished');
  }

  /**
   * A run that ended in an error: below KW_DEPLOYER_MAX_ATTEMPTS the row waits out a backoff (its lease, so the
   * application's later deployments keep waiting behind it, in order); at the limit DeploymentFailed records the
   * stage and the last error, and the application's next deployment runs.
   */
  private async retryOrGiveUp(item: Claimed, span: Span, stage: FailureStage, error: string, durationMs: number): Promise<void> {
    const { maxAttempts, retryBackoffMs } = this.deps.settings;
    const { db } = this.deps.database;
    if (item.attempts >= maxAttempts) {
      const [deployment] = await db.select().from(deployments).where(eq(deployments.id, item.deploymentId));
      if (!deployment) return;
      this.deps.logger.warn({ deploymentId: item.deploymentId, stage, error, attempts: item.attempts }, 'deployment run failed; no attempts left');
      await this.finish(deployment, { stage, error: gaveUp(error, item.attempts) }, durationMs, span);
      return;
    }
    const backoffMs = Math.min(retryBackoffMs * 2 ** (item.attempts - 1), MAX_BACKOFF_MS);
    span.setAttributes({ 'keywarden.stage': stage, 'keywarden.retry_in_ms': backoffMs });
    await db.update(deployQueue)
      .set({ leaseUntil: sql`now() + make_interval(secs => ${backoffMs / 1000})`, lastStage: stage, lastError: error })
      .where(eq(deployQueue.deploymentId, item.deploymentId));
    this.deps.logger.warn({ deploymentId: item.deploymentId, stage, error, attempt: item.attempts, maxAttempts, backoffMs }, 'deployment run failed; it will be retried');
  }

  private async rollOut(app: ApplicationRow, deployment: DeploymentRow, stopping: AbortSignal, progress: Progress): Promise<Failure | typeof INTERRUPTED | undefined> {
    // A project deleted, or its environment removed, since the application was registered: its namespace is no
    // longer the project's (gitops-sync stops managing it), so nothing is built or applied there.
    progress.stage = 'environment';
    const [project] = await this.deps.database.db.select().from(projects).where(eq(projects.id, app.projectId));
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
    if (stopping.aborted) return INTERRUPTED;
    progress.stage = 'rollout_failed';
    const attributes = { 'k8s.namespace.name': app.namespace, 'k8s.object.name': app.name, 'k8s.deployment.generation': generation };
    return withSpan(this.deps.tracer, 'kube rollout', { kind: SpanKind.CLIENT, attributes }, async (span) => {
      const outcome = await this.rolloutOutcome(app, generation, stopping);
      span.setAttribute('keywarden.rollout.result', outcome === INTERRUPTED ? 'interrupted' : outcome ? outcome.stage : 'complete');
      return outcome;
    });
  }

  private async rolloutOutcome(app: ApplicationRow, generation: number, stopping: AbortSignal): Promise<Failure | typeof INTERRUPTED | undefined> {
    try {
      const result = await untilAborted(this.deps.target.waitForRollout(app.namespace, app.name, generation, this.deps.settings.rolloutTimeoutMs), stopping);
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
      // The target closed under the wait (shutdown): not the rollout's failure.
      if (stopping.aborted) return INTERRUPTED;
      // The watch lost the API server: the rollout is not judged; the run is tried again (apply, then wait).
      if (isUnavailable(error)) throw new RunError(clusterDetail(error));
      return { stage: 'rollout_failed', error: clusterDetail(error) };
    }
  }

  /**
   * The application's own resolved variables (global, its project's, its environment's and its own), and which
   * secrets they came from through any of those scopes (recorded for rotations).
   */
  private async environment(app: ApplicationRow): Promise<{ values: Record<string, string> } | Failure> {
    let variables: Array<{ key: string; value: string; secretId: string }>;
    try {
      const request = { projectId: app.projectId, environment: app.environment, applicationId: app.id };
      const reply = await callRpc(this.deps.nc, 'secrets.BuildEnvironment', request, { namespace: this.deps.namespace, timeoutMs: 15_000 });
      variables = reply.variables.map((v) => ({ key: v.key ?? '', value: v.value ?? '', secretId: v.secretId ?? '' })).filter((v) => v.key !== '');
    } catch (error) {
      const code = error instanceof RpcError ? error.code : (error as { code?: string }).code ?? 'ERR_UNKNOWN';
      const failure = `secrets-vault could not build the project's environment (${code})`;
      // secrets-vault down, slow or failing (5xx): worth another run; a refusal (4xx: no such project) is the answer.
      if (!(error instanceof KeywardenError) || error.status >= 500) throw new RunError(failure);
      return { stage: 'environment', error: failure };
    }
    const secretIds = [...new Set(variables.map((v) => v.secretId).filter(Boolean))];
    const at = new Date();
    await this.deps.database.db.transaction(async (tx) => {
      await tx.delete(applicationSecrets).where(eq(applicationSecrets.applicationId, app.id));
      if (secretIds.length) await tx.insert(applicationSecrets).values(secretIds.map((secretId) => ({ applicationId: app.id, secretId, recordedAt: at })));
    });
    return { values: Object.fromEntries(variables.map((v) => [v.key, v.value])) };
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
