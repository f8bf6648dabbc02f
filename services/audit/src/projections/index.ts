// What the operator tools may rebuild of the audit service (tools/cli `replay`), exported as
// `@keywarden/audit/projections`: the trail, one part per context stream, each rebuilt from
// that stream with the same code its live consumer runs. Audit's own stream comes last: a purge
// deletes the entries past retention that the other streams put back.
import type { ProjectionCatalog, StreamProjection } from '@keywarden/event-store';
import { eventTypes } from '@keywarden/contracts';
import { applyAuditEntries, resetAuditEntries } from './audit-entries.js';

const contexts = ['identity', 'oauth', 'secrets', 'gitops', 'deploy', 'notify', 'audit'] as const;

const part = (context: (typeof contexts)[number]): StreamProjection => {
  const handles = Object.entries(eventTypes).filter(([, info]) => info.context === context).map(([name]) => name);
  return { name: `audit_entries_${context}`, context, handles, applyBatch: applyAuditEntries, apply: (tx, event) => applyAuditEntries(tx, [event]), reset: (tx) => resetAuditEntries(tx, context) };
};

export const projectionCatalog: ProjectionCatalog = {
  service: 'audit',
  context: 'audit',
  projections: [],
  consumed: contexts.map(part),
};
