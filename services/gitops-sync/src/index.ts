export { gitopsSyncService, gitopsSyncMigrations, type GitopsHandles } from './service.js';
export { gitopsSyncConfig, type GitopsSyncExtra } from './config.js';
export { kubernetesTarget } from './adapters/kube/kubernetes.js';
export { manifestsTarget } from './adapters/kube/manifests.js';
export type { ClusterTarget } from './adapters/kube/objects.js';
