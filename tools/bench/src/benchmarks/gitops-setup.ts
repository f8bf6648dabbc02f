// gitops-sync on the bench infrastructure, writing to the Kubernetes API test
// server (in-process), with a GetAccessToken stand-in for oauth-broker.
import { Writable } from 'node:stream';
import { closeBus, connectBus, endpoint, ensureEventStream, startRpcService } from '@keywarden/bus';
import { gitopsSyncConfig, gitopsSyncService, kubernetesTarget, type GitopsHandles } from '@keywarden/gitops-sync';
import { loadConfig, startService } from '@keywarden/runtime';
import { kubeConfigFor, startKubeApiServer, type KubeApiServer } from '@keywarden/simulators/kube';
import { KubeConfig } from '@kubernetes/client-node';
import type { BenchInfra } from '../infra.js';

export type GitopsBench = {
  kube: KubeApiServer;
  handles: GitopsHandles;
  sql: NonNullable<Awaited<ReturnType<typeof startService>>['deps']['database']>['sql'];
  nc: Awaited<ReturnType<typeof connectBus>>;
  /** The token each account hands out now. */
  grants: Map<string, { token: string; generation: number }>;
  kc: KubeConfig;
  stop: () => Promise<void>;
};

export async function startGitopsBench(infra: BenchInfra, env: Record<string, string> = {}): Promise<GitopsBench> {
  const kube = await startKubeApiServer();
  const kc = kubeConfigFor(kube, KubeConfig);
  const nc = await connectBus({ servers: infra.natsUrl, name: 'bench-gitops' });
  await ensureEventStream(nc, 'oauth');
  await ensureEventStream(nc, 'identity');
  const grants = new Map<string, { token: string; generation: number }>();
  const broker = await startRpcService(nc, {
    name: 'oauth-broker-stand-in', version: '0.0.1',
    endpoints: [endpoint('oauth.GetAccessToken', async (r) => {
      const grant = grants.get(r.accountId) ?? { token: 'tok-none', generation: 0 };
      return { accessToken: grant.token, expiresAt: new Date(Date.now() + 7_200_000).toISOString(), generation: grant.generation, usernameHint: 'oauth2' };
    })],
  });
  let handles: GitopsHandles | undefined;
  const config = loadConfig('gitops-sync', {
    KW_NATS_URL: infra.natsUrl, KW_DATABASE_URL: await infra.serviceDatabase('gitops-sync'), KW_LOG_LEVEL: 'error', KW_GITOPS_RECONCILE_CRON: '0 0 1 1 *', ...env,
  }, gitopsSyncConfig);
  const service = await startService(gitopsSyncService({ target: kubernetesTarget(kc, 'bench'), onBuilt: (h) => (handles = h) }), config, {
    logDestination: new Writable({ write: (_c, _e, cb) => cb() }),
  });
  return {
    kube, kc, nc, grants, handles: handles!, sql: service.deps.database!.sql,
    stop: async () => {
      await service.stop();
      await broker.stop();
      await closeBus(nc);
      await kube.close();
    },
  };
}
