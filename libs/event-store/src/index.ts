export type { Decider, DomainEvent, EventMetadata, ExpectedVersion, RecordedEvent } from './types.js';
export { ConcurrencyError } from './errors.js';
export { appendToStream, iterateAll, readAll, readStream, streamVersion, type ReadAllOptions } from './event-store.js';
export { storedSnapshots, type SnapshotLoader, type SnapshotStore } from './snapshots.js';
export { commandHandler, type CommandResult, type HandleOptions } from './command-handler.js';
export {
  applyProjections,
  oneEachOf,
  projectedFromRecorded,
  rebuildProjection,
  type ProjectedEvent,
  type Projection,
  type ProjectionCatalog,
  type RebuildHooks,
  type RebuildProgress,
  type StreamProjection,
} from './projection.js';
export { OutboxRelay, type OutboxPublisher, type PublishOutcome, type RelayLogger, type RelayOptions } from './relay.js';
export { inboxBatchHandler, inboxContains, inboxHandler } from './inbox.js';
export { deadLetterStore, type DeadLetter, type DeadLetterStore, type ParkedLetter } from './dead-letters.js';
export {
  inboundDigest, integrationActor, receiveInbound, rejectInbound, type InboundOutcome, type InboundReceived, type InboundRefusal, type InboundRejection,
  type ReceiveInboundOptions,
} from './inbound.js';
export { republish, type RepublishRange } from './republish.js';
export { eventStoreMigrations, migrateEventStore } from './migrations.js';
export {
  IdempotencyKeyReused,
  callerScope,
  idempotency,
  runIdempotent,
  uuidV5,
  type DigestSealer,
  type Idempotency,
  type IdempotentRequest,
  type PriorEvent,
  type PriorSource,
  type RunOptions,
} from './idempotency.js';
export * as schema from './schema.js';
