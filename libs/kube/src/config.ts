// Which cluster: an explicit kubeconfig path (or KUBECONFIG), then the
// in-cluster configuration when running in a pod, else none: the caller then
// falls back to its manifests target and says so at start-up. A path that is
// named but missing is an error: silently writing YAML files instead of
// deploying to the cluster the operator asked for would look like success.
import { existsSync } from 'node:fs';
import { KubeConfig } from '@kubernetes/client-node';
import { ClusterError } from './errors.js';

export type KubeConnection = { kc: KubeConfig; description: string };

export function kubeConfigFrom(settings: { kubeconfig?: string | undefined; env: NodeJS.ProcessEnv }): KubeConnection | undefined {
  const path = settings.kubeconfig || settings.env['KUBECONFIG'];
  if (path) {
    if (!existsSync(path)) throw new ClusterError('rejected', `kubeconfig ${path} does not exist`);
    const kc = new KubeConfig();
    kc.loadFromFile(path);
    return { kc, description: `kubernetes cluster ${kc.getCurrentCluster()?.server ?? ''} (kubeconfig ${path})` };
  }
  if (settings.env['KUBERNETES_SERVICE_HOST']) {
    const kc = new KubeConfig();
    kc.loadFromCluster();
    return { kc, description: 'kubernetes cluster (in-cluster configuration)' };
  }
  return undefined;
}
