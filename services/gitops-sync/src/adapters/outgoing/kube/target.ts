// Which target: KW_GITOPS_KUBECONFIG (or KUBECONFIG) → that cluster; running
// in a pod → the in-cluster configuration (@keywarden/kube's kubeConfigFrom);
// neither → the manifests target under the data directory (ARCHITECTURE §8),
// which start-up logs.
import { join } from 'node:path';
import { kubeConfigFrom } from '@keywarden/kube';
import { kubernetesTarget } from './kubernetes.js';
import { manifestsTarget } from './manifests.js';
import type { ClusterTarget } from '../../../app/ports.js';

export function clusterTargetFrom(settings: { kubeconfig: string | undefined; dataDir: string | undefined; env: NodeJS.ProcessEnv }): ClusterTarget {
  const cluster = kubeConfigFrom(settings);
  if (cluster) return kubernetesTarget(cluster.kc, cluster.description);
  return manifestsTarget(join(settings.dataDir ?? join(process.cwd(), 'data'), 'gitops-sync', 'manifests'));
}
