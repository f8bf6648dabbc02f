// Reconcile: desired (bindings) against actual (what the cluster holds), read
// with two paged LISTs by label selector however many projects there are.
// A Secret missing, or whose password or annotations no longer match what was
// written, or a GitRepository missing, is drift and is repaired; a binding
// behind its account's generation, failed or pending is refreshed.
// CredentialsReconcileCompleted carries the counts. Each pass logs its start,
// the bindings it found, each Secret it rewrites (sync.ts) and its totals, as
// seed 000's troubleshooting expects, and is counted and timed on /metrics.
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Database } from '@keywarden/db';
import { retryThroughOutage, scheduledRuns, slotOf, type BackgroundTask, type Clock, type ScheduledRuns } from '@keywarden/runtime';
import type { Logger } from '@keywarden/telemetry';
import { Cron } from 'croner';
import { MANAGED_SELECTOR, PROJECT_LABEL } from '../domain/cluster.js';
import { accountGenerations, bindingsOf, projectSlugs } from '../projections/queries.js';
import { gitopsMetrics } from './metrics.js';
import type { ClusterTarget, SyncRequests, WorkItem } from './ports.js';
import type { Syncer } from './sync.js';
import { commands } from './commands.js';

/** One environment's outcome of a manual refresh (contracts RefreshOutcome). */
export type RefreshOutcome = { environment: string; outcome: 'refreshed' | 'drift_fixed' | 'unchanged' | 'failed'; reason: string; detail: string; retrying: boolean };
export type ReconcileResult = {
  runId: string; projects: number; refreshed: number; failed: number; driftFixed: number;
  /** Per environment, for a manual refresh of one project (empty for a scheduled pass). */
  environments: RefreshOutcome[];
};

export type ReconcilerDeps = {
  database: Database; requests: SyncRequests; target: ClusterTarget; syncer: Syncer; clock: Clock; logger: Logger; cron: string;
  /** KW_QUEUE_LEASE_MS: a scheduled pass whose replica dies is run again by another this long after. */
  leaseMs: number;
  /** Work queued for retry committed: wake the sync workers. */
  onQueued?: () => void;
};

export class Reconciler {
  private readonly record;
  private readonly runs: ScheduledRuns;
  constructor(private readonly deps: ReconcilerDeps) {
    this.record = commands(deps.database).reconcile;
    this.runs = scheduledRuns({
      database: deps.database, logger: deps.logger, leaseMs: deps.leaseMs,
      resume: (name) => (name === 'reconcile' ? () => this.run({ trigger: 'schedule' }) : undefined),
    });
  }

  async run(options: { trigger: 'schedule' | 'manual'; projectId?: string; force?: boolean }): Promise<ReconcileResult> {
    const started = performance.now();
    try {
      const result = await this.pass(options, started);
      gitopsMetrics().reconcilePasses.add(1, { trigger: options.trigger, result: 'success' });
      return result;
    } catch (error) {
      gitopsMetrics().reconcilePasses.add(1, { trigger: options.trigger, result: 'failure' });
      throw error;
    } finally {
      gitopsMetrics().reconcileSeconds.record((performance.now() - started) / 1000, { trigger: options.trigger });
    }
  }

  private async pass(options: { trigger: 'schedule' | 'manual'; projectId?: string; force?: boolean }, started: number): Promise<ReconcileResult> {
    const { db } = this.deps.database;
    const runId = randomUUID();
    const log = { runId, trigger: options.trigger, ...(options.projectId ? { projectId: options.projectId } : {}) };
    this.deps.logger.info(log, 'credentials reconcile started');
    const desired = await bindingsOf(db, options.projectId);
    this.deps.logger.info({ ...log, bindings: desired.length, projects: new Set(desired.map((b) => b.projectId)).size }, 'credentials reconcile found bindings');
    const selector = options.projectId ? `${MANAGED_SELECTOR},${PROJECT_LABEL}=${options.projectId}` : MANAGED_SELECTOR;
    const [secrets, repositories] = await Promise.all([this.deps.target.listSecrets(selector), this.deps.target.listGitRepositories(selector)]);
    const secretAt = new Map(secrets.map((s) => [`${s.namespace}/${s.name}`, s]));
    const repositoryAt = new Set(repositories.map((r) => r.namespace));
    const accountIds = [...new Set(desired.map((b) => b.accountId).filter(Boolean))];
    const generations = await accountGenerations(db, accountIds);
    const slugs = await projectSlugs(db, options.projectId);

    const work: Array<WorkItem & { drift: boolean }> = [];
    for (const b of desired) {
      const secret = secretAt.get(`${b.namespace}/${b.secretName}`);
      const drift = b.status === 'synced' && (
        !secret || !repositoryAt.has(b.namespace) || secret.passwordFingerprint !== secret.fingerprint ||
        secret.fingerprint !== b.tokenFingerprint || secret.generation !== String(b.tokenGeneration));
      const behind = b.status !== 'synced' || (generations.get(b.accountId) ?? 0) > b.tokenGeneration;
      if (!drift && !behind && options.trigger !== 'manual') continue;
      work.push({
        projectId: b.projectId, environment: b.environment, action: 'apply', trigger: options.trigger === 'manual' ? 'manual' : 'reconcile',
        namespace: b.namespace, slug: slugs.get(b.projectId) ?? '', accountId: '', force: options.force ?? false, drift,
      });
    }
    const outcomes = await this.deps.syncer.syncItems(work, { runId });
    const counts = { refreshed: 0, failed: 0, driftFixed: 0 };
    const retry: WorkItem[] = [];
    const environments: RefreshOutcome[] = [];
    outcomes.forEach((outcome, i) => {
      const item = work[i]!;
      const of = (o: Omit<RefreshOutcome, 'environment'>) => {
        if (options.projectId) environments.push({ environment: item.environment, ...o });
      };
      if (outcome.kind === 'synced') {
        const fixed = item.drift || outcome.driftFixed;
        if (fixed) counts.driftFixed++;
        else counts.refreshed++;
        of({ outcome: fixed ? 'drift_fixed' : 'refreshed', reason: '', detail: '', retrying: false });
      } else if (outcome.kind === 'failed') {
        counts.failed++;
        if (outcome.retry) retry.push(item);
        of({ outcome: 'failed', reason: outcome.reason, detail: outcome.detail, retrying: outcome.retry });
      } else if (outcome.kind === 'newer_held') {
        // The Secret holds a newer token than the broker answered: nothing to do now, tried again from the queue.
        retry.push(item);
        of({ outcome: 'unchanged', reason: '', detail: 'the Secret holds a newer token than oauth-broker answered', retrying: true });
      }
    });
    // What failed for a passing reason goes to the queue, which retries it with backoff.
    if (retry.length) {
      await this.deps.requests.enqueue(retry, { onlyBound: true });
      this.deps.onQueued?.();
    }
    const result = { runId, projects: new Set(desired.map((b) => b.projectId)).size, ...counts, environments };
    const durationMs = Math.round(performance.now() - started);
    await this.record(`reconcile-${runId}`, {
      type: 'CompleteReconcile',
      data: {
        runId, trigger: options.trigger, projectId: options.projectId ?? '', projects: result.projects, refreshed: counts.refreshed,
        failed: counts.failed, driftFixed: counts.driftFixed, durationMs, completedAt: this.deps.clock.now().toISOString(),
      },
    });
    this.deps.logger.info({ ...log, projects: result.projects, ...counts, durationMs, kubernetesRequests: this.deps.target.requests() }, 'credentials reconcile completed');
    return result;
  }

  /**
   * A scheduled pass, run by the one replica that claims its slot (under a lease: if this replica dies in the
   * middle, another runs the pass again once the lease ends); undefined when another replica has it.
   */
  async runScheduled(at: Date): Promise<ReconcileResult | undefined> {
    return this.runs.fire('reconcile', slotOf(this.deps.cron, at), () => this.run({ trigger: 'schedule' }));
  }

  /** The hourly pass (croner, UTC) on whichever replica claims it; a run still going when the next is due is skipped. */
  task(): BackgroundTask {
    let job: Cron | undefined;
    let stopping = new AbortController();
    const takeover = this.runs.task();
    return {
      name: 'reconcile-schedule',
      start: async () => {
        stopping = new AbortController();
        await takeover.start();
        job = new Cron(this.deps.cron, { timezone: 'UTC', protect: true }, async () => {
          // Due while the database is away: runs once it is back (a pass it cut off mid-way waits for the next slot).
          const at = this.deps.clock.now();
          await retryThroughOutage(this.deps.database, () => this.runScheduled(at), stopping.signal).catch((error: unknown) =>
            this.deps.logger.error({ err: { type: (error as Error).name, kind: (error as { kind?: string }).kind } }, 'credentials reconcile failed'));
        });
      },
      stop: async () => {
        stopping.abort();
        job?.stop();
        await takeover.stop();
      },
    };
  }
}
