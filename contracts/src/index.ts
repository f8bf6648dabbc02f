// Public surface of @keywarden/contracts: the event registry and bus names, the event
// codec (stored event <-> NATS message), the RPC codec, and their errors and types.
export { ContractError, isContractError } from './errors.js';
export type { ContractErrorCode, ContractErrorStatus } from './errors.js';

export {
  commonErrorCodes, deployErrorStatus, errorCodes, gitopsErrorStatus, identityErrorStatus, isErrorCodeOf, notifyErrorStatus,
  oauthErrorStatus, ownErrorStatus, secretsErrorStatus, wireErrorCodes, auditErrorStatus,
} from './error-codes/index.js';
export type {
  AuditErrorCode, CommonErrorCode, ContextOf, DeployErrorCode, ErrorCodeOf, GitopsErrorCode, IdentityErrorCode, NotifyErrorCode, OauthErrorCode,
  RpcErrorCode, SecretsErrorCode, WireErrorCode,
} from './error-codes/index.js';

export { busNames, contexts, eventType, eventTypes, inboundContexts, integrationNamePattern, isEventName } from './registry.js';
export type { BusNames, Context, EventName, EventTypeInfo, InboundContext, RpcContext } from './registry.js';

export {
  decodeInbound, encodeInbound, inboundContentTypes, inboundDecodeReason, inboundTypes, isInboundTypeName, parseInboundSubject, peekInbound,
} from './inbound.js';
export type { InboundContentType, InboundDecodeReason, InboundInput, InboundMessage, InboundTypeName } from './inbound.js';

export { decodeEvent, encodeEvent, eventContentType, eventSubject } from './envelope.js';
export type { EventEnvelope, EventMessage } from './envelope.js';

export { decodeMessage, encodeMessage, isRpcMethodName, rpcCodec, rpcMethod, rpcMethods } from './rpc.js';
export type { RpcCodec, RpcMethod, RpcMethodName, RpcRequest, RpcResponse } from './rpc.js';

export type { EventData, EventDataInput, MessageInput, MessageJson } from './shapes.js';

export { isScope, scopeGranted, scopes } from './scopes.js';
export { isPlatformAdmin, organizationAccess } from './access.js';
export type { AccessRefusal, ActorClaims, OrganizationNeed } from './access.js';
export type { Scope } from './scopes.js';
export { IDEMPOTENCY_KEY_MAX_LENGTH, IDEMPOTENCY_KEY_PATTERN, IDEMPOTENCY_KEY_RULE, isValidIdempotencyKey } from './idempotency.js';

export { isPublicEvent, publicAggregates, publicEvents, publicSubjectFilters } from './public-events.js';
export { asyncApiDocument } from './asyncapi.js';
export type { AsyncApiDocument, AsyncApiOptions } from './asyncapi.js';
