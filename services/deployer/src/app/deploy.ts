// One deployment, start to finish: the project's environment from
// secrets-vault (remembering which secrets it used), the server-side apply of
// the env Secret and the Deployment, the wait for the rollout, then
// DeploymentSucceeded or DeploymentFailed (with the stage) recorded together
// with the removal of the queue row. The environment's values live only in
// this function's locals and the Secret the target writes. A worker that
// stops mid-rollout hands the deployment back (lease released, no outcome
// recorded) instead of judging a rollout it did not see to the end.
import { performance } from 'node:perf_hooks';
import { RpcError, callRpc } from '@keywarden/bus';
import type { Database } from '@keywarden/db';
import { commandHandler } from '@keywarden/event-store';
import { SpanKind, extractTraceContext, withSpan, type Logger, type Tracer } from '@keywarden/telemetry';
import type { NatsConnection } from '@nats-io/nats-core';
import { eq } from 'drizzle-orm';
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
    await withSpan(this.deps.tracer, 'deploy', { parent, kind: SpanKind.INTERNAL, attributes: { 'keywarden.deployment_id': item.deploymentId, 'keywarden.application_id': item.applicationId } }, async (span) => {
      const { db } = this.deps.database;
      const started = performance.now();
      const [deployment] = await db.select().from(deployments).where(eq(deployments.id, item.deploymentId));
      const [app] = await db.select().from(applications).where(eq(applications.id, item.applicationId));
      if (!deployment || !app || deployment.status === 'succeeded' || deployment.status === 'failed') {
        await db.delete(deployQueue).where(eq(deployQueue.deploymentId, item.deploymentId));
        return;
      }
      span.setAttribute('keywarden.trigger', deployment.trigger);
      await db.update(deployments).set({ status: 'in_progress' }).where(eq(deployments.id, deployment.id));
      const failure = stopping.aborted ? INTERRUPTED : await this.rollOut(app, deployment, stopping);
      if (failure === INTERRUPTED) {
        // The apply is idempotent and the rollout goes on in the cluster: the next claim (this replica restarted,
        // or another) applies again and waits for it, instead of waiting out the lease first.
        await db.update(deployQueue).set({ leaseUntil: null }).where(eq(deployQueue.deploymentId, deployment.id));
        span.setAttribute('keywarden.interrupted', true);
        this.deps.logger.info({ deploymentId: deployment.id, application: app.name }, 'worker stopping: deployment handed back to the queue');
        return;
      }
      const durationMs = performance.now() - started;
      const command: DeploymentCommand = failure ? { type: 'FailDeployment', durationMs, ...failure } : { type: 'SucceedDeployment', durationMs };
      await this.record(deploymentStreamId(deployment.id), command, {
        metadata: { actor: 'service:deployer' },
        within: async (tx) => {
          await tx.delete(deployQueue).where(eq(deployQueue.deploymentId, deployment.id));
        },
      });
      if (failure) span.setAttributes({ 'keywarden.stage': failure.stage });
      deployerMetrics().deployments.add(1, { result: failure ? 'failed' : 'succeeded', trigger: deployment.trigger });
      this.deps.logger.info({ deploymentId: deployment.id, application: app.name, version: deployment.version, result: failure ? 'failed' : 'succeeded', stage: failure?.stage, durationMs: Math.round(durationMs) }, 'deployment finished');
    });
  }

  private async rollOut(app: typeof applications.$inferSelect, deployment: typeof deployments.$inferSelect, stopping: AbortSignal): Promise<Failure | typeof INTERRUPTED | undefined> {
    // A project deleted, or its environment removed, since the application was registered: its namespace is no
    // longer the project's (gitops-sync stops managing it), so nothing is built or applied there.
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
    let generation: number;
    try {
      generation = (await this.deps.target.apply(spec)).generation;
    } catch (error) {
      return { stage: 'apply', error: clusterDetail(error) };
    }
    if (stopping.aborted) return INTERRUPTED;
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
      return { stage: 'rollout_failed', error: clusterDetail(error) };
    }
  }

  /** The resolved variables, and which secrets they came from (recorded for rotations). */
  private async environment(app: typeof applications.$inferSelect): Promise<{ values: Record<string, string> } | Failure> {
    let variables: Array<{ key: string; value: string; secretId: string }>;
    try {
      const reply = await callRpc(this.deps.nc, 'secrets.BuildEnvironment', { projectId: app.projectId }, { namespace: this.deps.namespace, timeoutMs: 15_000 });
      variables = reply.variables.map((v) => ({ key: v.key ?? '', value: v.value ?? '', secretId: v.secretId ?? '' })).filter((v) => v.key !== '');
    } catch (error) {
      const code = error instanceof RpcError ? error.code : (error as { code?: string }).code ?? 'ERR_UNKNOWN';
      return { stage: 'environment', error: `secrets-vault could not build the project's environment (${code})` };
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
