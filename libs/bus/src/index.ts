export { closeBus, connectBus, inboxPrefixFor, type BusConnectionOptions, type BusLogger } from './connection.js';
export { ensureEventStream, ensureInboundStream, eventStreamConfig, inboundStreamConfig, openEventStream, streamDifferences, type EventStreamOptions } from './streams.js';
export { eventPublisher, type EventPublisherOptions, type PublishOutcome, type StoredEvent } from './publisher.js';
export {
  startEventConsumer,
  type ConsumedEvent,
  type EventConsumerOptions,
  type ParkedMessage,
  type RunningConsumer,
  type UnavailablePolicy,
} from './consumer.js';
export { consumerDifferences, durableConsumerConfig, openDurableConsumer, type DurableConfig, type DurableSettings } from './consumer-config.js';
export { BusSetupError, PROVISION_HINT, isBusSetupError, isStreamMissing, type BusSetupCode } from './errors.js';
export {
  DURABLE_CONSUMERS, INBOUND_CONSUMERS, busTopology, durableName, inboundConsumerConfig, topologyDurable, type BusTopology, type DurableConsumer,
  type InboundConsumer,
} from './topology.js';
export { startInboundConsumer, type InboundConsumerOptions, type InboundDelivery } from './inbound-consumer.js';
export { describeProvisionStep, provisionBus, provisionIntegrationConsumers, type ProvisionAction, type ProvisionOptions, type ProvisionStep } from './provision.js';
export {
  INBOUND_TYPES,
  INTEGRATION_DURABLE_PREFIX,
  INTEGRATION_NAME_PATTERN,
  IntegrationGrantError,
  checkIntegrationGrant,
  integrationConsumers,
  integrationPermissions,
  integrationSubjects,
  integrationUser,
  type IntegrationGrant,
} from './integrations.js';
export { consumerLagReader, type ConsumerLag, type ConsumerRef } from './lag.js';
export { replayStream, type ReplayOptions, type ReplayProgress } from './replay.js';
export { RpcError, callRpc, isRpcError, endpoint, startRpcService, type AnyRpcEndpoint, type RpcCallContext, type RpcEndpoint } from './rpc.js';
