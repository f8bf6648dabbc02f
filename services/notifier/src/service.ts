// The notifier: consumes credential events, enqueues one delivery per (event, channel),
// and a background worker sends them with retries; management RPCs for the gateway.
import { fileURLToPath } from 'node:url';
import { Keyring } from '@keywarden/crypto';
import type { MigrationSet } from '@keywarden/db';
import type { ConsumerSpec, ServiceDefinition } from '@keywarden/runtime';
import { notifierRpc } from './adapters/rpc.js';
import { DeliveryWorker } from './app/delivery-worker.js';
import { enqueueHandler } from './app/enqueue.js';
import type { NotifierSettings } from './config.js';
import { notifyingEventTypes } from './domain/notification/kinds.js';
import { applyMembership, membershipEventTypes, ownershipEventTypes, secretsOwnershipEventTypes } from './projections/membership.js';

export const notifierMigrations: MigrationSet = { folder: fileURLToPath(new URL('../drizzle', import.meta.url)), table: '__migrations_notifier' };

/** The durable consumers, `notifier--<purpose>` (each listed in deploy/nats/nats-server.conf). */
export const notifierConsumers = { oauth: 'oauth-warnings', identity: 'security-alerts', members: 'org-members', secrets: 'secrets-alerts' } as const;

export function notifierService(settings: () => NotifierSettings): ServiceDefinition {
  return {
    name: 'notifier',
    context: 'notify',
    migrations: [notifierMigrations],
    build: ({ config, database, clock, logger }) => {
      if (!database) throw new Error('notifier needs KW_DATABASE_URL');
      if (!config.masterKeys) throw new Error('notifier needs KW_MASTER_KEYS to encrypt channel secrets');
      const s = settings();
      const keyring = Keyring.fromConfig(config.masterKeys);
      const worker = new DeliveryWorker({
        database, keyring, clock, logger,
        policy: { maxAttempts: s.maxAttempts, backoffMs: s.backoffMs },
        pollMs: s.pollMs,
        sendTimeoutMs: s.sendTimeoutMs,
        allowPrivateTargets: s.allowPrivateTargets,
        batchSize: s.workerBatch,
      });
      const handleBatch = enqueueHandler({ publicUrl: s.publicUrl, clock, onEnqueued: () => worker.wake() });
      // The runtime starts each consumer when its stream exists: identity, oauth-broker and secrets may start later.
      const consumers: ConsumerSpec[] = [
        // Ownership facts ride on the same consumer as the warnings: one stream, in order.
        { context: 'oauth', purpose: notifierConsumers.oauth, types: [...ownershipEventTypes, ...notifyingEventTypes.oauth], handleBatch },
        { context: 'identity', purpose: notifierConsumers.identity, types: notifyingEventTypes.identity, handleBatch },
        { context: 'identity', purpose: notifierConsumers.members, types: membershipEventTypes, handleBatch: applyMembership },
        // Provider configurations first on the same consumer: they say whom a sync failure concerns.
        { context: 'secrets', purpose: notifierConsumers.secrets, types: [...secretsOwnershipEventTypes, ...notifyingEventTypes.secrets], handleBatch },
      ];
      return { consumers, tasks: [worker], rpc: notifierRpc({ database, keyring, clock, sendTimeoutMs: s.sendTimeoutMs, allowPrivateTargets: s.allowPrivateTargets }) };
    },
  };
}
