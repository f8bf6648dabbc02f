// The notifier: consumes credential events, enqueues one delivery per (event, channel),
// and a background worker sends them with retries; management RPCs for the gateway.
import { packageMigrations } from '@keywarden/db';
import { Keyring } from '@keywarden/crypto';
import type { MigrationSet } from '@keywarden/db';
import type { QueueWorker, ServiceDefinition } from '@keywarden/runtime';
import { notifierConsumerSpecs, notifierConsumers } from './adapters/incoming/consumers.js';
import { notifierRpc } from './adapters/incoming/rpc.js';
import { channelSenders } from './adapters/outgoing/channels/index.js';
import { channelStore, createLog } from './adapters/outgoing/db/channels.js';
import { DELIVERY_CHANNEL, deliveryQueue, deliveryStore } from './adapters/outgoing/db/deliveries.js';
import { deliveryWorker } from './app/delivery-worker.js';
import { enqueueHandler } from './app/enqueue.js';
import { management } from './app/management.js';
import type { NotifierSettings } from './config.js';

export { notifierConsumers };

export const notifierMigrations: MigrationSet = packageMigrations('@keywarden/notifier', import.meta.url, '__migrations_notifier');

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
      const deliveries = deliveryStore(database);
      const worker = deliveryWorker({
        database, keyring, clock, logger, queue: deliveryQueue(database, config.queueLeaseMs, clock, logger), channel: DELIVERY_CHANNEL,
        store: deliveries, senders: channelSenders,
        policy: { maxAttempts: s.maxAttempts, backoffMs: s.backoffMs },
        pollMs: s.pollMs,
        sendTimeoutMs: s.sendTimeoutMs,
        allowPrivateTargets: s.allowPrivateTargets,
        batchSize: s.workerBatch,
      });
      options.onBuilt?.({ worker });
      const app = management({
        database, keyring, clock, sendTimeoutMs: s.sendTimeoutMs, allowPrivateTargets: s.allowPrivateTargets,
        senders: channelSenders, channels: channelStore(), creates: createLog(database), deliveries,
      });
      const handleBatch = enqueueHandler({ publicUrl: s.publicUrl, clock, deliveries });
      return { consumers: notifierConsumerSpecs(handleBatch, () => worker.wake()), tasks: [worker.task()], rpc: notifierRpc(app) };
    },
  };
}
