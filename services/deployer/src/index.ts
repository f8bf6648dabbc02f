export { deployerService, deployerMigrations, type DeployerHandles } from './service.js';
export { deployerConfig, type DeployerExtra } from './config.js';
export type { DeployTarget, RolloutResult, WorkloadSpec, Resources } from './app/ports.js';
export { signatureHeader } from './app/signature.js';
export { kubernetesDeployTarget } from './adapters/outgoing/kube/index.js';
