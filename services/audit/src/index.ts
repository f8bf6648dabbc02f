export { auditService, auditMigrations } from './service.js';
export { auditConfig, auditSettings, type AuditSettings } from './config.js';
// For tools/bench `impact`: the impact queries as the RPCs run them, and the projection that seeds them.
export { impactQueries, type ImpactQueries } from './app/impact.js';
export { applyImpact } from './projections/impact.js';
export type { AuditSourceEvent } from './domain/entry.js';
