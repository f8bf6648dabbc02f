// Drains the deploy queue with libs/runtime's queue worker: up to
// KW_DEPLOYER_CONCURRENCY rollouts at once (of different applications: the
// claim takes one per application), each under a short lease its heartbeat
// renews, so a deployer that dies mid-rollout leaves its deployment to a
// restarted or other replica within KW_QUEUE_LEASE_MS (15 s), not after the
// rollout timeout. A deployment whose runs died with their workers more than
// KW_DEPLOYER_MAX_ATTEMPTS times is recorded as failed at its next claim. A
// worker that stops hands its rollouts back at once (deploy.ts).
import type { Database } from '@keywarden/db';
import { backoff, queueWorker, type QueueWorker, type WorkQueue } from '@keywarden/runtime';
import type { Logger } from '@keywarden/telemetry';
import type { DeployerSettings } from '../config.js';
import type { DeployRunner } from './deploy.js';
import { QUEUE_CHANNEL, type QueuedDeployment } from './queue.js';

export function deployWorker(deps: { database: Database; queue: WorkQueue<QueuedDeployment>; runner: DeployRunner; settings: DeployerSettings; logger: Logger }): QueueWorker {
  const { settings, runner } = deps;
  return queueWorker<QueuedDeployment>({
    name: 'deploy-worker', queue: deps.queue, logger: deps.logger,
    // Each deployment runs on its own, so a long rollout does not hold up other applications'.
    slots: settings.concurrency, batch: 50, pollMs: settings.pollMs,
    channel: { database: deps.database, name: QUEUE_CHANNEL },
    maxAttempts: settings.maxAttempts,
    exhausted: (lease) => runner.giveUp(lease),
    handle: (lease) => runner.run(lease),
    backoff: backoff({ baseMs: settings.retryBackoffMs, capMs: 300_000, jitter: 0 }),
  });
}
