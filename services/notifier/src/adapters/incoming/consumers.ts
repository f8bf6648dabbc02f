// The notifier's durable consumers, `notifier--<purpose>` (each in the bus topology, libs/bus
// DURABLE_CONSUMERS, and deploy/nats): the read models of other services' facts, and the
// deliveries their events ask for (app/enqueue.ts), each batch with its inbox rows.
import type { ConsumerSpec } from '@keywarden/runtime';
import type { enqueueHandler } from '../../app/enqueue.js';
import { notifyingEventTypes } from '../../domain/notification/kinds.js';
import { applyMembership, membershipEventTypes, ownershipEventTypes, secretsOwnershipEventTypes } from '../../projections/membership.js';
import { bindingEventTypes, projectEventTypes } from '../../projections/projects.js';

export const notifierConsumers = {
  oauth: 'oauth-warnings', identity: 'security-alerts', members: 'org-members', secrets: 'secrets-alerts', gitops: 'gitops-alerts', deploy: 'deploy-alerts',
} as const;

// A deployment whose project the notifier has not seen yet is redelivered with this backoff
// (about 45 minutes in all) before it is parked: time for the gitops consumer to catch up.
const UNKNOWN_PROJECT_BACKOFF_MS = [1_000, 5_000, 30_000, 120_000, 600_000] as const;

/** `afterCommit`: deliveries queued by a batch are sent once it committed (this replica's worker and, by NOTIFY, the others'). */
export function notifierConsumerSpecs(handleBatch: ReturnType<typeof enqueueHandler>, afterCommit: () => void): ConsumerSpec[] {
  // The runtime starts each consumer when it and its stream are there: identity, oauth-broker, secrets, gitops-sync and deployer may start later.
  const consumers: ConsumerSpec[] = [
    // Ownership facts ride on the same consumer as the warnings: one stream, in order.
    { context: 'oauth', purpose: notifierConsumers.oauth, types: [...ownershipEventTypes, ...notifyingEventTypes.oauth], handleBatch },
    { context: 'identity', purpose: notifierConsumers.identity, types: notifyingEventTypes.identity, handleBatch },
    { context: 'identity', purpose: notifierConsumers.members, types: membershipEventTypes, handleBatch: applyMembership },
    // Provider configurations first on the same consumer: they say whom a sync failure concerns.
    { context: 'secrets', purpose: notifierConsumers.secrets, types: [...secretsOwnershipEventTypes, ...notifyingEventTypes.secrets], handleBatch },
    // Projects (whose organization deployments belong to) and sync successes (ending a binding's
    // failure episode) ride with the failures: one stream, in order.
    { context: 'gitops', purpose: notifierConsumers.gitops, types: [...projectEventTypes, ...bindingEventTypes, ...notifyingEventTypes.gitops], handleBatch },
    { context: 'deploy', purpose: notifierConsumers.deploy, types: notifyingEventTypes.deploy, handleBatch, maxDeliver: 10, backoffMs: UNKNOWN_PROJECT_BACKOFF_MS },
  ];
  return consumers.map((c) => (c.handleBatch === handleBatch ? { ...c, afterCommit } : c));
}
