// The audit service: one durable consumer per context stream writes every event into the trail
// (projections/audit-entries.ts) and the impact read models (projections/impact.ts), RPCs search the
// trail and answer impact queries, and a periodic task applies retention.
// It writes to no one else and calls no one: the gateway resolves the caller's membership.
import { packageMigrations } from '@keywarden/db';
import type { MigrationSet } from '@keywarden/db';
import { periodicTask, type ServiceDefinition } from '@keywarden/runtime';
import { auditConsumerPurpose, auditConsumerSpecs, auditedContexts } from './adapters/incoming/consumers.js';
import { auditRpc } from './adapters/incoming/rpc.js';
import { impactRpc } from './adapters/incoming/rpc-impact.js';
import { retentionStore } from './adapters/outgoing/db/retention.js';
import { retention, type Retention } from './app/retention.js';
import { impactQueries } from './app/impact.js';
import { auditSearch } from './app/search.js';
import type { AuditSettings } from './config.js';

export const auditMigrations: MigrationSet = packageMigrations('@keywarden/audit', import.meta.url, '__migrations_audit');

/** `onBuilt`: what tests reach into (the retention use case, to run a purge now). */
export function auditService(settings: () => AuditSettings, options: { onBuilt?: (handles: { retention: Retention }) => void } = {}): ServiceDefinition {
  return {
    name: 'audit',
    context: 'audit',
    consumes: auditedContexts.map((context) => ({ context, purpose: auditConsumerPurpose(context) })),
    migrations: [auditMigrations],
    build: ({ database, clock, logger }) => {
      if (!database) throw new Error('audit needs KW_DATABASE_URL');
      const s = settings();
      const purge = retention({ store: retentionStore(database), clock, retentionDays: s.retentionDays });
      options.onBuilt?.({ retention: purge });
      return {
        consumers: auditConsumerSpecs(),
        rpc: [...auditRpc(auditSearch({ database })), ...impactRpc(impactQueries({ database, arrivalWaitMs: s.impactWaitMs }))],
        tasks: [periodicTask({ name: 'audit-retention', intervalMs: s.retentionIntervalMs, database, logger, work: () => purge.purgeExpired() })],
      };
    },
  };
}
