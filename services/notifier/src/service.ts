// The notifier: consumes credential events, enqueues one delivery per (event, channel),
// and a background worker sends them with retries; management RPCs for the gateway.
import { fileURLToPath } from 'node:url';
import { Keyring } from '@keywarden/crypto';
import type { MigrationSet } from '@keywarden/db';
import type { ConsumerSpec, QueueWorker, ServiceDefinition } from '@keywarden/runtime';
import { notifierRpc } from './adapters/rpc.js';
import { deliveryQueue, deliveryWorker } from './app/delivery-worker.js';
import { enqueueHandler } from './app/enqueue.js';
import type { NotifierSettings } from './config.js';
import { notifyingEventTypes } from './domain/notification/kinds.js';
import { applyMembership, membershipEventTypes, ownershipEventTypes, secretsOwnershipEventTypes } from './projections/membership.js';
import { bindingEventTypes, projectEventTypes } from './projections/projects.js';

export const notifierMigrations: MigrationSet = { folder: fileURLToPath(new URL('../drizzle', import.meta.url)), table: '__migrations_notifier' };

/** The durable consumers, `notifier--<purpose>` (each in the bus topology, libs/bus DURABLE_CONSUMERS, and deploy/nats). */
export const notifierConsumers = {
  oauth: 'oauth-warnings', identity: 'security-alerts', members: 'org-members', secrets: 'secrets-alerts', gitops: 'gitops-alerts', deploy: 'deploy-alerts',
} as const;

// A deployment whose project the notifier has not seen yet is redelivered with this backoff
// (about 45 minutes in all) before it is parked: time for the gitops consumer to catch up.
const UNKNOWN_PROJECT_BACKOFF_MS = [1_000, 5_000, 30_000, 120_000, 600_000] as const;

/** `onBuilt`: what tests reach into (the delivery worker, to kill it mid-send). */
export function notifierService(settings: () => NotifierSettings, options: { onBuilt?: (handles: { worker: QueueWorker }) => void } = {}): ServiceDefinition {
  return {
    name: 'notifier',
    context: 'notify',
    consumes: [
      { context: 'oauth', purpose: notifierConsumers.oauth },
      { context: 'identity', purpose: notifierConsumers.identity },
      { context: 'identity', purpose: notifierConsumers.members },
      { context: 'secrets', purpose: notifierConsumers.secrets },
      { context: 'gitops', purpose: notifierConsumers.gitops },
      { context: 'deploy', purpose: notifierConsumers.deploy },
    ],
    migrations: [notifierMigrations],
    build: ({ config, database, clock, logger }) => {
      if (!database) throw new Error('notifier needs KW_DATABASE_URL');
      if (!config.masterKeys) throw new Error('notifier needs KW_MASTER_KEYS to encrypt channel secrets');
      const s = settings();
      const keyring = Keyring.fromConfig(config.masterKeys);
      const worker = deliveryWorker({
        database, keyring, clock, logger, queue: deliveryQueue(database, config.queueLeaseMs, clock, logger),
        policy: { maxAttempts: s.maxAttempts, backoffMs: s.backoffMs },
        pollMs: s.pollMs,
        sendTimeoutMs: s.sendTimeoutMs,
        allowPrivateTargets: s.allowPrivateTargets,
        batchSize: s.workerBatch,
      });
      options.onBuilt?.({ worker });
      const handleBatch = enqueueHandler({ publicUrl: s.publicUrl, clock });
      // Deliveries queued by a batch are sent once it committed: this replica's worker and, by NOTIFY, the others'.
      const afterCommit = () => worker.wake();
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
      return { consumers: consumers.map((c) => (c.handleBatch === handleBatch ? { ...c, afterCommit } : c)), tasks: [worker.task()], rpc: notifierRpc({ database, keyring, clock, sendTimeoutMs: s.sendTimeoutMs, allowPrivateTargets: s.allowPrivateTargets }) };
    },
  };
}
