// Which target: KW_GITOPS_KUBECONFIG (or KUBECONFIG) → that cluster; running
// in a pod → the in-cluster configuration; neither → the manifests target
// under the data directory (ARCHITECTURE §8), which start-up logs.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { KubeConfig } from '@kubernetes/client-node';
import { kubernetesTarget } from './kubernetes.js';
import { manifestsTarget } from './manifests.js';
import type { ClusterTarget } from './objects.js';

export function clusterTargetFrom(settings: { kubeconfig: string | undefined; dataDir: string | undefined; env: NodeJS.ProcessEnv }): ClusterTarget {
  const path = settings.kubeconfig || settings.env['KUBECONFIG'];
  if (path && existsSync(path)) {
    const kc = new KubeConfig();
    kc.loadFromFile(path);
    return kubernetesTarget(kc, `kubernetes cluster ${kc.getCurrentCluster()?.server ?? ''} (kubeconfig ${path})`);
  }
  if (settings.env['KUBERNETES_SERVICE_HOST']) {
    const kc = new KubeConfig();
    kc.loadFromCluster();
    return kubernetesTarget(kc, 'kubernetes cluster (in-cluster configuration)');
  }
  return manifestsTarget(join(settings.dataDir ?? join(process.cwd(), 'data'), 'gitops-sync', 'manifests'));
}
