// gitops-sync: projects, and the Flux Git credentials of every project
// environment in Kubernetes, written on creation, rewritten on every token
// refresh of the account they use, and repaired by reconcile.
import { fileURLToPath } from 'node:url';
import type { BaseConfig, QueueWorker, ServiceDefinition } from '@keywarden/runtime';
import { gitopsEndpoints } from './adapters/rpc.js';
import type { ClusterTarget } from './adapters/kube/objects.js';
import { clusterTargetFrom } from './adapters/kube/target.js';
import { IDENTITY_CONSUMER, OAUTH_CONSUMER, consumers } from './app/consumers.js';
import { fluxWatchTask } from './app/flux-watch.js';
import { watchReadiness } from './app/metrics.js';
import { VerificationRecorder } from './app/verification.js';
import { ProjectsApp } from './app/projects.js';
import { Reconciler } from './app/reconcile.js';
import { Syncer } from './app/sync.js';
import { syncQueue } from './app/queue.js';
import { syncWorker } from './app/worker.js';
import { gitopsSettings, type GitopsSyncExtra } from './config.js';

export const gitopsSyncMigrations = { folder: fileURLToPath(new URL('../drizzle', import.meta.url)), table: '__migrations_gitops_sync' };

/** What tests and benchmarks reach into besides RPC. */
export type GitopsHandles = { projects: ProjectsApp; syncer: Syncer; worker: QueueWorker; reconciler: Reconciler; target: ClusterTarget };

export function gitopsSyncService(options: { target?: ClusterTarget; onBuilt?: (handles: GitopsHandles) => void } = {}): ServiceDefinition {
  return {
    name: 'gitops-sync',
    context: 'gitops',
    consumes: [{ context: 'oauth', purpose: OAUTH_CONSUMER }, { context: 'identity', purpose: IDENTITY_CONSUMER }],
    migrations: [gitopsSyncMigrations],
    build: (deps) => {
      const database = deps.database;
      if (!database) throw new Error('gitops-sync needs KW_DATABASE_URL');
      const settings = gitopsSettings((deps.config as BaseConfig & { extra?: Partial<GitopsSyncExtra> }).extra ?? {});
      const target = options.target ?? clusterTargetFrom({ kubeconfig: settings.kubeconfig, dataDir: deps.config.dataDir, env: process.env });
      if (target.kind === 'manifests') deps.logger.warn({ target: target.description }, 'no Kubernetes cluster configured: writing manifests instead');
      else deps.logger.info({ target: target.description }, 'writing Git credentials to Kubernetes');
      const syncer = new Syncer({ database, nc: deps.nc, namespace: deps.namespace, target, settings, logger: deps.logger });
      const worker = syncWorker({ database, queue: syncQueue(database, deps.config.queueLeaseMs, deps.logger), syncer, settings, logger: deps.logger });
      const onQueued = () => worker.wake();
      const reconciler = new Reconciler({
        database, target, syncer, clock: deps.clock, logger: deps.logger, cron: settings.reconcileCron, leaseMs: deps.config.queueLeaseMs, onQueued,
      });
      const projects = new ProjectsApp(database, settings.gitlabHosts, onQueued);
      const recorder = new VerificationRecorder({ database, logger: deps.logger });
      let stopReadiness: (() => void) | undefined;
      options.onBuilt?.({ projects, syncer, worker, reconciler, target });
      return {
        consumers: consumers(onQueued),
        rpc: gitopsEndpoints({ projects, reconciler }),
        tasks: [
          { name: 'cluster-target', start: () => undefined, stop: () => target.close() },
          worker.task(),
          reconciler.task(),
          fluxWatchTask({ database, target, logger: deps.logger, onQueued, recorder }),
          {
            name: 'readiness-gauge',
            start: () => void (stopReadiness = watchReadiness(database, deps.config.metricsMaxAgeMs)),
            stop: () => stopReadiness?.(),
          },
        ],
      };
    },
  };
}
