// gitops-sync: projects, and the Flux Git credentials of every project
// environment in Kubernetes, written on creation, rewritten on every token
// refresh of the account they use, and repaired by reconcile.
import { packageMigrations } from '@keywarden/db';
import type { BaseConfig, QueueWorker, ServiceDefinition } from '@keywarden/runtime';
import { IDENTITY_CONSUMER, OAUTH_CONSUMER, consumers } from './adapters/incoming/consumers.js';
import { gitopsEndpoints } from './adapters/incoming/rpc.js';
import { QUEUE_CHANNEL, syncQueue, syncRequests } from './adapters/outgoing/db/sync-queue.js';
import { clusterTargetFrom } from './adapters/outgoing/kube/target.js';
import { AccountTokens } from './adapters/outgoing/oauth-broker.js';
import { facts } from './app/facts.js';
import { fluxWatchTask } from './app/flux-watch.js';
import { inboundProjects } from './app/inbound.js';
import { watchReadiness } from './app/metrics.js';
import type { ClusterTarget } from './app/ports.js';
import { VerificationRecorder } from './app/verification.js';
import { ProjectsApp } from './app/projects.js';
import { Reconciler } from './app/reconcile.js';
import { Syncer } from './app/sync.js';
import { syncWorker } from './app/worker.js';
import { gitopsSettings, type GitopsSyncExtra } from './config.js';

export const gitopsSyncMigrations = packageMigrations('@keywarden/gitops-sync', import.meta.url, '__migrations_gitops_sync');

/** What tests and benchmarks reach into besides RPC. */
export type GitopsHandles = { projects: ProjectsApp; syncer: Syncer; worker: QueueWorker; reconciler: Reconciler; target: ClusterTarget };

export function gitopsSyncService(options: { target?: ClusterTarget; onBuilt?: (handles: GitopsHandles) => void } = {}): ServiceDefinition {
  return {
    name: 'gitops-sync',
    context: 'gitops',
    consumes: [{ context: 'oauth', purpose: OAUTH_CONSUMER }, { context: 'identity', purpose: IDENTITY_CONSUMER }],
    // What a company's services publish on ext.*.*.gitops.> (gitops-sync--inbound on EXT_INBOUND).
    receives: 'gitops',
    migrations: [gitopsSyncMigrations],
    build: (deps) => {
      const database = deps.database;
      if (!database) throw new Error('gitops-sync needs KW_DATABASE_URL');
      const settings = gitopsSettings((deps.config as BaseConfig & { extra?: Partial<GitopsSyncExtra> }).extra ?? {});
      const target = options.target ?? clusterTargetFrom({ kubeconfig: settings.kubeconfig, dataDir: deps.config.dataDir, env: process.env });
      if (target.kind === 'manifests') deps.logger.warn({ target: target.description }, 'no Kubernetes cluster configured: writing manifests instead');
      else deps.logger.info({ target: target.description }, 'writing Git credentials to Kubernetes');
      const requests = syncRequests(database);
      const tokens = new AccountTokens({ nc: deps.nc, namespace: deps.namespace, minValidMinutes: settings.minValidMinutes, logger: deps.logger });
      const syncer = new Syncer({ database, tokens, target, settings, logger: deps.logger });
      const worker = syncWorker({
        database, queue: syncQueue(database, deps.config.queueLeaseMs, deps.logger), channel: QUEUE_CHANNEL, syncer, settings, logger: deps.logger,
      });
      const onQueued = () => worker.wake();
      const reconciler = new Reconciler({
        database, requests, target, syncer, clock: deps.clock, logger: deps.logger, cron: settings.reconcileCron, leaseMs: deps.config.queueLeaseMs, onQueued,
      });
      const projects = new ProjectsApp(database, requests, settings.gitlabHosts, onQueued);
      const recorder = new VerificationRecorder({ database, logger: deps.logger });
      let stopReadiness: (() => void) | undefined;
      options.onBuilt?.({ projects, syncer, worker, reconciler, target });
      return {
        consumers: consumers(facts(requests), onQueued),
        inbound: inboundProjects(database, projects, onQueued),
        rpc: gitopsEndpoints({ projects, reconciler }),
        tasks: [
          { name: 'cluster-target', start: () => undefined, stop: () => target.close() },
          worker.task(),
          reconciler.task(),
          fluxWatchTask({ requests, target, logger: deps.logger, onQueued, recorder }),
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
