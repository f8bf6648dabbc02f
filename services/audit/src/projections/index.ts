// What the operator tools may rebuild of the audit service (tools/cli `replay`), exported as
// `@keywarden/audit/projections`: the trail, one part per context stream, each rebuilt from
// that stream with the same code its live consumer runs, and the impact read models (impact_<context>). Audit's own stream comes last: a purge
// deletes the entries past retention that the other streams put back.
import type { ProjectionCatalog, StreamProjection } from '@keywarden/event-store';
import { eventTypes } from '@keywarden/contracts';
import { applyAuditEntries, resetAuditEntries } from './audit-entries.js';
import { applyImpact, impactEventTypes, resetImpact } from './impact.js';

const contexts = ['identity', 'oauth', 'secrets', 'gitops', 'deploy', 'notify', 'audit'] as const;

const part = (context: (typeof contexts)[number]): StreamProjection => {
  const handles = Object.entries(eventTypes).filter(([, info]) => info.context === context).map(([name]) => name);
  return { name: `audit_entries_${context}`, context, handles, applyBatch: applyAuditEntries, apply: (tx, event) => applyAuditEntries(tx, [event]), reset: (tx) => resetAuditEntries(tx, context) };
};

// The impact read models of the contexts that feed them, each from its own stream only.
const impactPart = (context: 'gitops' | 'secrets' | 'deploy'): StreamProjection => {
  const handles = impactEventTypes.filter((name) => (eventTypes as Record<string, { context: string }>)[name]?.context === context);
  return { name: `impact_${context}`, context, handles, applyBatch: applyImpact, apply: (tx, event) => applyImpact(tx, [event]), reset: (tx) => resetImpact(tx, context) };
};

export const projectionCatalog: ProjectionCatalog = {
  service: 'audit',
  context: 'audit',
  projections: [],
  consumed: [...contexts.map(part), impactPart('gitops'), impactPart('secrets'), impactPart('deploy')],
};
