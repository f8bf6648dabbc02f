export { ConfigError, envBool, envInt, loadConfig, type BaseConfig } from './config.js';
export {
  startService,
  type BackgroundTask,
  type Clock,
  type ConsumerSpec,
  type InboundSpec,
  type RunningService,
  type ServiceDefinition,
  type ServiceDeps,
  type ServiceParts,
} from './service.js';
export { runService } from './run.js';
export { healthRoutes, type ReadinessCheck } from './health.js';
export { databaseErrorMapper, databaseOutagePolicy, periodicTask, retryThroughOutage } from './outage.js';
export { keepAttaching, type Attachment, type AttachOptions } from './bus-attach.js';
export { backoff, type Backoff } from './queue/backoff.js';
export { Lease, LeaseLostError, QueueStoppingError, type LeaseErrorCode, type LeaseState } from './queue/lease.js';
export { scheduledRuns, slotOf, type ScheduledRuns } from './queue/schedule.js';
export type { KeyType, QueueTable } from './queue/statements.js';
export { queueWorker, type QueueWorker, type QueueWorkerOptions } from './queue/worker.js';
export { WorkQueue, traceColumns, type WorkQueueOptions } from './queue/work-queue.js';
export {
  askOwner, gitopsProjectOwner, knownProject, onProjectEvent, readProject, recordProject, type OwnerCallOptions, type ProjectFacts, type ProjectLookup,
  type ProjectOwner, type ProjectPlace,
} from './projects-read-model.js';
