// Records what Flux said of the Secrets keywarden wrote: a batch of
// GitRepository statuses is compared with their bindings in one query, and a
// command runs only for a binding whose verification the status changes and
// whose last reconcile request the status answers. The binding decider checks
// both again under its stream's version (another replica may have recorded
// the same answer meanwhile).
import type { Database } from '@keywarden/db';
import type { Logger } from '@keywarden/telemetry';
import { bindingStreamId, type BindingCommand } from '../domain/binding/binding.js';
import { AUTH_FAILURES, classifyFluxFailure, sanitizeFluxMessage } from '../domain/binding/verification.js';
import { bindingsAt, type BindingRow } from '../projections/queries.js';
import { gitopsMetrics } from './metrics.js';
import type { RepositoryStatus } from './ports.js';
import { commands } from './commands.js';

export class VerificationRecorder {
  private readonly handle;
  constructor(private readonly deps: { database: Database; logger: Logger }) {
    this.handle = commands(deps.database).binding;
  }

  /** Returns how many verification events were recorded. */
  async record(statuses: readonly RepositoryStatus[]): Promise<number> {
    if (statuses.length === 0) return 0;
    const rows = await bindingsAt(this.deps.database.db, statuses);
    const byKey = new Map(rows.map((r) => [`${r.projectId}/${r.environment}`, r]));
    let recorded = 0;
    for (const status of statuses) {
      const row = byKey.get(`${status.projectId}/${status.environment}`);
      // An answer to an older request (or none asked for): it says nothing about the Secret there now.
      if (!row || !row.reconcileRequestedAt || row.reconcileRequestedAt !== status.lastHandledReconcileAt) continue;
      const command = this.commandFor(status, row);
      if (!command) continue;
      const { events } = await this.handle(bindingStreamId(status.projectId, status.environment), command, { metadata: { actor: 'service:gitops-sync' } });
      if (events.length === 0) continue;
      recorded += events.length;
      if (command.type === 'RecordVerificationFailed') {
        const { reason, namespace } = command.data;
        if (AUTH_FAILURES.includes(reason)) gitopsMetrics().fluxAuthFailures.add(1, { reason });
        this.deps.logger.warn({ namespace, gitRepository: status.name, reason, fluxReason: command.data.fluxReason }, 'Flux cannot fetch the repository with the Git credential');
      } else if (command.type === 'RecordVerified') {
        const { namespace, tokenGeneration, revision } = command.data;
        this.deps.logger.info({ namespace, gitRepository: status.name, generation: tokenGeneration, revision }, 'Flux verified the Git credential');
      }
    }
    return recorded;
  }

  /** The command a status asks for, or none when the binding already says so. */
  private commandFor(status: RepositoryStatus, row: BindingRow): BindingCommand | undefined {
    const answer = {
      projectId: status.projectId, organizationId: row.organizationId, environment: status.environment, namespace: row.namespace,
      accountId: row.accountId, tokenGeneration: Number(row.tokenGeneration), reconcileRequestedAt: status.lastHandledReconcileAt,
    };
    // When it was seen: Ready's lastTransitionTime does not move while it stays True (or False) across reconciles.
    const at = new Date().toISOString();
    if (status.ready === 'True') {
      if (row.verification === 'verified') return undefined;
      return { type: 'RecordVerified', data: { ...answer, revision: status.revision, verifiedAt: at } };
    }
    const reason = classifyFluxFailure(status.reason, status.message);
    if (row.verification === 'failing' && row.verificationReason === reason) return undefined;
    return {
      type: 'RecordVerificationFailed',
      data: { ...answer, reason, fluxReason: status.reason, message: sanitizeFluxMessage(status.message), failedAt: at },
    };
  }
}
