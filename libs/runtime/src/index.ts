export { ConfigError, envBool, envInt, loadConfig, type BaseConfig } from './config.js';
export {
  startService,
  type BackgroundTask,
  type Clock,
  type ConsumerSpec,
  type RunningService,
  type ServiceDefinition,
  type ServiceDeps,
  type ServiceParts,
} from './service.js';
export { runService } from './run.js';
export { healthRoutes, type ReadinessCheck } from './health.js';
export { pgListen, queueWaker, type Listen, type QueueWaker } from './queue-waker.js';
export { CLAIM_RETENTION_DAYS, claimSlot, pruneClaims, slotOf } from './schedule-claims.js';
export { databaseErrorMapper, databaseOutagePolicy, periodicTask, retryThroughOutage } from './outage.js';
export { keepAttaching, type Attachment, type AttachOptions } from './bus-attach.js';
