// The audit service's durable consumers, `audit--<context>`: one per context stream (each in the
// bus topology, libs/bus DURABLE_CONSUMERS, and deploy/nats), every event type of that context,
// each batch written to the trail (and the impact read models) with its inbox rows. A message that does not decode is parked
// by the runtime's consumer like everywhere else.
import { eventTypes, type Context } from '@keywarden/contracts';
import type { ConsumerSpec } from '@keywarden/runtime';
import { applyAuditEntries } from '../../projections/audit-entries.js';
import { applyImpact } from '../../projections/impact.js';

/** The contexts whose streams feed the trail, in the order a replay reads them (audit's own last: its purges delete what came before). */
export const auditedContexts = ['identity', 'oauth', 'secrets', 'gitops', 'deploy', 'notify', 'audit'] as const satisfies readonly Context[];

export const auditConsumerPurpose = (context: Context) => context;

/** Every event type of a context, from the contracts' registry. */
export const eventTypesOf = (context: Context): string[] =>
  Object.entries(eventTypes).filter(([, info]) => info.context === context).map(([name]) => name);

export function auditConsumerSpecs(batchSize?: number): ConsumerSpec[] {
  return auditedContexts.map((context) => ({
    context,
    purpose: auditConsumerPurpose(context),
    types: eventTypesOf(context),
    // The trail and the impact read models in the same transaction as the batch's inbox rows.
    handleBatch: async (tx, events) => {
      await applyAuditEntries(tx, events);
      await applyImpact(tx, events);
    },
    ...(batchSize ? { batchSize } : {}),
  }));
}
