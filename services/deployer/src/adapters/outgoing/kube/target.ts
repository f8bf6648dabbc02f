// Which target: KW_DEPLOYER_KUBECONFIG (or KUBECONFIG) → that cluster; running
// in a pod → the in-cluster configuration; neither → the manifests target
// under <dataDir>/deployer/manifests (ARCHITECTURE §8), which start-up logs.
import { join } from 'node:path';
import { kubeConfigFrom } from '@keywarden/kube';
import type { DeployTarget } from '../../../app/ports.js';
import { kubernetesDeployTarget } from './kubernetes.js';
import { manifestsDeployTarget } from './manifests.js';

export function deployTargetFrom(settings: { kubeconfig: string | undefined; dataDir: string | undefined; env: NodeJS.ProcessEnv }): DeployTarget {
  const cluster = kubeConfigFrom(settings);
  if (cluster) return kubernetesDeployTarget(cluster.kc, cluster.description);
  return manifestsDeployTarget(join(settings.dataDir ?? join(process.cwd(), 'data'), 'deployer', 'manifests'));
}
