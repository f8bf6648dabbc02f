export { serverSideApply, type ServerSideApply } from './apply.js';
export { kubeConfigFrom, type KubeConnection } from './config.js';
export { ClusterError, classifyKubeError, type ClusterErrorKind } from './errors.js';
export { manifestPath, writeManifest } from './manifests.js';
export { FIELD_MANAGER, type KubeObject } from './objects.js';
export { judgeRollout, waitForRollout, type RolloutResult, type WaitForRolloutOptions } from './rollout.js';
