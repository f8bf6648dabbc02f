// deployer: registered applications with per-application webhook tokens,
// webhook and manual deploys to Kubernetes (Secret <app>-env + Deployment),
// deployment history, and redeploys of the applications whose secrets rotate.
import { packageMigrations } from '@keywarden/db';
import { Keyring } from '@keywarden/crypto';
import { gitopsProjectOwner, type BaseConfig, type QueueWorker, type ServiceDefinition } from '@keywarden/runtime';
import { PROJECTS_CONSUMER, ROTATIONS_CONSUMER, consumers } from './adapters/incoming/consumers.js';
import { deployEndpoints } from './adapters/incoming/rpc.js';
import { deployerStore } from './adapters/outgoing/db/store.js';
import { deployTargetFrom } from './adapters/outgoing/kube/index.js';
import { secretsVaultEnvironments } from './adapters/outgoing/secrets-vault.js';
import { ApplicationsApp } from './app/applications.js';
import { DeployRunner } from './app/deploy.js';
import { DeploymentsApp } from './app/deployments.js';
import { inboundDeploys } from './app/inbound.js';
import { DriftCheck } from './app/drift.js';
import { lifecycleQueue, lifecycleWorker } from './app/lifecycle.js';
import type { DeployTarget } from './app/ports.js';
import { RotationFlusher } from './app/rotation.js';
import { WebhookApp } from './app/webhook.js';
import { deploymentQueue } from './app/queue.js';
import { deployWorker } from './app/worker.js';
import { deployerSettings, type DeployerExtra } from './config.js';

export const deployerMigrations = packageMigrations('@keywarden/deployer', import.meta.url, '__migrations_deployer');

/** What tests and benchmarks reach into besides RPC. */
export type DeployerHandles = {
  applications: ApplicationsApp; deployments: DeploymentsApp; webhook: WebhookApp; worker: QueueWorker; rotation: RotationFlusher; target: DeployTarget;
  drift: DriftCheck;
};

export function deployerService(options: { target?: DeployTarget; onBuilt?: (handles: DeployerHandles) => void } = {}): ServiceDefinition {
  return {
    name: 'deployer',
    context: 'deploy',
    consumes: [{ context: 'gitops', purpose: PROJECTS_CONSUMER }, { context: 'secrets', purpose: ROTATIONS_CONSUMER }],
    // Deploy requests a company's services publish on ext.*.*.deploy.> (deployer--inbound on EXT_INBOUND).
    receives: 'deploy',
    migrations: [deployerMigrations],
    build: (deps) => {
      const database = deps.database;
      if (!database) throw new Error('deployer needs KW_DATABASE_URL');
      if (!deps.config.masterKeys) throw new Error('deployer needs KW_MASTER_KEYS (it encrypts webhook signing secrets)');
      const keyring = Keyring.fromConfig(deps.config.masterKeys);
      const settings = deployerSettings((deps.config as BaseConfig & { extra?: Partial<DeployerExtra> }).extra ?? {});
      const target = options.target ?? deployTargetFrom({ kubeconfig: settings.kubeconfig, dataDir: deps.config.dataDir, env: process.env });
      if (target.kind === 'manifests') deps.logger.warn({ target: target.description }, 'no Kubernetes cluster configured: writing manifests instead');
      else deps.logger.info({ target: target.description }, 'deploying to Kubernetes');
      const store = deployerStore(database);
      const environments = secretsVaultEnvironments(deps.nc, deps.namespace);
      const queue = deploymentQueue(database, deps.config.queueLeaseMs, deps.logger);
      const runner = new DeployRunner({ database, store, environments, target, settings, logger: deps.logger, tracer: deps.tracer, queue });
      const worker = deployWorker({ database, queue, runner, settings, logger: deps.logger });
      const deployments = new DeploymentsApp(database, store, () => worker.wake());
      const lifecycle = lifecycleWorker({
        database, queue: lifecycleQueue(database, deps.config.queueLeaseMs, deps.logger), target, deployments, logger: deps.logger, pollMs: settings.pollMs,
      });
      const projects = gitopsProjectOwner(deps.nc, { namespace: deps.namespace, logger: deps.logger });
      const applications = new ApplicationsApp(database, keyring, store, projects, () => lifecycle.wake());
      const webhook = new WebhookApp({ database, store, keyring, deployments, settings, clock: deps.clock, logger: deps.logger });
      const rotation = new RotationFlusher({ database, store, deployments, windowMs: settings.rotationWindowMs, logger: deps.logger, tracer: deps.tracer });
      const drift = new DriftCheck({ database, target, logger: deps.logger, clock: deps.clock, intervalMs: settings.driftIntervalMs, leaseMs: deps.config.queueLeaseMs });
      options.onBuilt?.({ applications, deployments, webhook, worker, rotation, target, drift });
      return {
        consumers: consumers({ rotationWindowMs: settings.rotationWindowMs, store }),
        inbound: inboundDeploys(database, deployments, (applicationId) => store.takeWebhookSlot(applicationId, settings.webhookRateLimit, settings.webhookRateWindowMs), () => worker.wake()),
        rpc: deployEndpoints({ applications, deployments, webhook }),
        tasks: [
          { name: 'deploy-target', start: () => undefined, stop: () => target.close() },
          worker.task(),
          lifecycle.task(),
          rotation.task(),
          ...drift.tasks(),
        ],
      };
    },
  };
}
