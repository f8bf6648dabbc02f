export { kubernetesDeployTarget } from './kubernetes.js';
export { manifestsDeployTarget } from './manifests.js';
export { deployTargetFrom } from './target.js';
export { ENV_CHECKSUM_ANNOTATION, deploymentObject, envChecksum, envSecretObject, envSecretName } from './workload.js';
