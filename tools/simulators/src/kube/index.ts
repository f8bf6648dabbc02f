export { kubeConfigFor, type KubeApiServer, type KubeApiServerOptions, type KubeconfigOptions, type RequestFault } from './api.js';
export type { Condition, RolloutMode } from './controllers.js';
export { REQUESTED_AT_ANNOTATION, type FluxOptions } from './flux.js';
export { startKubeApiServer } from './server.js';
export type { CustomResource, Json, JsonObject } from './types.js';
