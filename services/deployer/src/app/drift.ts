// The drift check: whether each deployed application's live Deployment still runs the environment Keywarden last
// applied. On every interval one replica claims the slot (libs/runtime scheduledRuns, as gitops-sync's hourly
// reconcile) and compares, per namespace, one LIST of keywarden's Deployments with the fingerprints the
// applications' rows hold (DeploymentSucceeded.envFingerprint); only a change of verdict is appended
// (DeploymentDriftDetected / DeploymentDriftCleared on drift-<id>), so a quiet cluster costs one query and a LIST
// per namespace and writes nothing.
import type { Database } from '@keywarden/db';
import { periodicTask, scheduledRuns, type BackgroundTask, type Clock, type ScheduledRuns } from '@keywarden/runtime';
import type { Logger } from '@keywarden/telemetry';
import { driftStreamId } from '../domain/drift/drift.js';
import { driftCandidates, type ApplicationRow } from '../projections/queries.js';
import { commands } from './commands.js';
import { envFingerprint } from './env-checksum.js';
import type { DeployTarget } from './ports.js';

export type DriftCheckResult = { namespaces: number; applications: number; detected: number; cleared: number; skippedNamespaces: number };
const JOB = 'drift-check';

export class DriftCheck {
  private readonly record;
  private readonly runs: ScheduledRuns;
  constructor(private readonly deps: { database: Database; target: DeployTarget; logger: Logger; clock: Clock; intervalMs: number; leaseMs: number }) {
    this.record = commands(deps.database).drift;
    this.runs = scheduledRuns({ database: deps.database, logger: deps.logger, leaseMs: deps.leaseMs, resume: (name) => (name === JOB ? () => this.check() : undefined) });
  }

  /** One pass over every deployed application (undefined: the target has no live state to compare with). */
  async check(): Promise<DriftCheckResult | undefined> {
    const list = this.deps.target.liveEnvChecksums?.bind(this.deps.target);
    if (!list) return undefined;
    const { db } = this.deps.database;
    const byNamespace = new Map<string, ApplicationRow[]>();
    for (const row of await driftCandidates(db)) {
      const rows = byNamespace.get(row.namespace);
      if (rows) rows.push(row);
      else byNamespace.set(row.namespace, [row]);
    }
    const result: DriftCheckResult = { namespaces: byNamespace.size, applications: 0, detected: 0, cleared: 0, skippedNamespaces: 0 };
    for (const [namespace, rows] of byNamespace) {
      let live: Map<string, string>;
      try {
        live = await list(namespace);
      } catch (error) {
        // An unreachable cluster or namespace says nothing about drift: judged again on the next pass.
        result.skippedNamespaces++;
        this.deps.logger.warn({ namespace, err: { type: (error as Error).name, kind: (error as { kind?: string }).kind } }, 'drift check could not list the namespace');
        continue;
      }
      result.applications += rows.length;
      const liveOf = (row: ApplicationRow) => envFingerprint(live.get(row.name) ?? '');
      const changed = rows.filter((row) => verdictChanged(row, liveOf(row)));
      if (changed.length === 0) continue;
      // Read again: a deployment that finished since the first read applied what is live now (no drift).
      for (const row of await driftCandidates(db, changed.map((r) => r.id))) {
        const liveEnvFingerprint = liveOf(row);
        if (!verdictChanged(row, liveEnvFingerprint)) continue;
        const application = {
          applicationId: row.id, applicationName: row.name, organizationId: row.organizationId, projectId: row.projectId, environment: row.environment,
          namespace: row.namespace, deploymentId: row.currentDeploymentId, appliedEnvFingerprint: row.appliedEnvFingerprint,
        };
        const { events } = await this.record(driftStreamId(row.id), { type: 'ObserveLiveEnvironment', application, liveEnvFingerprint, at: this.deps.clock.now().toISOString() }, {
          metadata: { actor: 'service:deployer' },
        });
        for (const event of events) {
          if (event.type === 'DeploymentDriftDetected') result.detected++;
          else result.cleared++;
        }
      }
    }
    if (result.detected + result.cleared > 0) this.deps.logger.info(result, 'drift check recorded changes');
    return result;
  }

  /** The interval's pass, on the one replica that claims its slot; undefined when another replica has it. */
  async runScheduled(at: Date): Promise<DriftCheckResult | undefined> {
    const slot = new Date(Math.floor(at.getTime() / this.deps.intervalMs) * this.deps.intervalMs);
    return await this.runs.fire(JOB, slot, () => this.check());
  }

  /** None on a target with no live state to compare with (manifests): nothing to schedule. */
  tasks(): BackgroundTask[] {
    const { database, logger, intervalMs, clock } = this.deps;
    if (!this.deps.target.liveEnvChecksums) return [];
    return [this.runs.task(), periodicTask({ name: JOB, intervalMs, database, logger, work: () => this.runScheduled(clock.now()) })];
  }
}

/** The row's verdict and what is live disagree: a drift to record, a drift that moved, or one that ended. */
function verdictChanged(row: ApplicationRow, liveEnvFingerprint: string): boolean {
  const matches = liveEnvFingerprint === row.appliedEnvFingerprint;
  return matches ? row.drifted : !row.drifted || row.driftLiveFingerprint !== liveEnvFingerprint;
}
