// A simulated Kubernetes cluster for `npm start` (KW_PLATFORM_CLUSTER=simulated):
// the Kubernetes API test server of @keywarden/testing/kube, in this process,
// with its Deployment controller (rollouts become ready) and its Flux
// source-controller stand-in, whose clones of https://gitlab.com/<path> go to
// the GitLab simulator with the credential Secret keywarden wrote. The deployer
// and gitops-sync reach it by the kubeconfig written to the data directory,
// exactly as they would reach a real cluster, so environments show Flux's
// verdict (Verified, or why not) instead of the manifests target's "Not checked".
// Objects live in memory: a restart of the platform starts an empty cluster.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startKubeApiServer, type KubeApiServer } from '@keywarden/simulators/kube';
import type { Say } from './infra.js';

export type SimulatedCluster = { kube: KubeApiServer; kubeconfigPath: string; stop: () => Promise<void> };

/** The file the services get as KW_DEPLOYER_KUBECONFIG and KW_GITOPS_KUBECONFIG (it holds the API token: 0600). */
export const SIMULATED_KUBECONFIG = 'simulated-cluster.kubeconfig';

/** How long the stand-in deployment controller takes to report a rollout ready: long enough to see it progress. */
const ROLLOUT_MS = 1_000;

export async function startSimulatedCluster(
  options: { port: number; dataDir: string; gitlabUrl: string | undefined },
  say: Say,
): Promise<SimulatedCluster> {
  const kube = await startKubeApiServer({
    port: options.port,
    rollout: 'complete',
    rolloutDelayMs: ROLLOUT_MS,
    // No GitLab simulator (KW_PLATFORM_SIMULATORS=off): Flux finds no Git host, as on a cluster without network.
    flux: { gitHosts: options.gitlabUrl ? { 'https://gitlab.com': options.gitlabUrl } : {} },
  }).catch((error: unknown) => {
    throw new Error(`the simulated cluster's port ${options.port} (KW_KUBE_SIM_PORT): ${(error as Error).message}`);
  });
  const kubeconfigPath = join(options.dataDir, SIMULATED_KUBECONFIG);
  try {
    await writeFile(kubeconfigPath, kube.kubeconfigYaml({ context: 'keywarden-simulated' }), { mode: 0o600 });
  } catch (error) {
    await kube.close();
    throw error;
  }
  const git = options.gitlabUrl ? `Flux clones https://gitlab.com/<group>/<project> from the GitLab simulator` : 'Flux has no Git host (simulators off)';
  say(`Kubernetes API simulator on ${kube.url} (kubeconfig ${kubeconfigPath}; Deployments roll out, ${git}; KW_PLATFORM_CLUSTER=manifests to skip)`);
  return { kube, kubeconfigPath, stop: () => kube.close() };
}
