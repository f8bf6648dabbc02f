export { gitopsSyncService, gitopsSyncMigrations, type GitopsHandles } from './service.js';
export { gitopsSyncConfig, type GitopsSyncExtra } from './config.js';
export { kubernetesTarget } from './adapters/outgoing/kube/kubernetes.js';
export { manifestsTarget } from './adapters/outgoing/kube/manifests.js';
export type { ClusterTarget } from './app/ports.js';
