// Every event type that crosses a service boundary, and how the bus names things
// (ARCHITECTURE section 4): one stream per context, subjects
// evt.<context>.<aggregate>.<EventName>, RPC endpoints rpc.<context>.<Method>.
import { ContractError } from './errors.js';

export const contexts = ['identity', 'oauth', 'secrets', 'gitops', 'deploy', 'notify', 'audit'] as const;
/** A bounded context that publishes events: one JetStream stream each. */
export type Context = (typeof contexts)[number];
/** Contexts that answer RPC: the event contexts plus 'system' (health checks every service answers). */
export type RpcContext = Context | 'system';

export type EventTypeInfo = {
  context: Context;
  /** The aggregate whose stream the event is appended to: stream ids read '<aggregate>-<id>'. */
  aggregate: string;
  /** Fully-qualified protobuf message; also the CloudEvents ce-type. */
  messageType: string;
};

type Group<C extends Context, A extends string, N extends string> = {
  readonly [K in N]: { readonly context: C; readonly aggregate: A; readonly messageType: `keywarden.${C}.v1.${K}` };
};

function group<const C extends Context, const A extends string, const N extends string>(context: C, aggregate: A, names: readonly N[]) {
  return Object.fromEntries(
    names.map((name) => [name, { context, aggregate, messageType: `keywarden.${context}.v1.${name}` }]),
  ) as Group<C, A, N>;
}

export const eventTypes = {
  ...group('identity', 'user', ['UserRegistered', 'UserDisabled', 'UserEnabled', 'PasswordChanged']),
  ...group('identity', 'organization', [
    'OrganizationCreated', 'MemberAdded', 'MemberRoleChanged', 'MemberRemoved', 'OwnershipTransferred',
  ]),
  ...group('identity', 'session', ['SessionStarted', 'SessionRefreshed', 'RefreshTokenReuseDetected', 'SessionRevoked']),
  ...group('identity', 'pat', ['PersonalAccessTokenCreated', 'PersonalAccessTokenRevoked']),
  ...group('identity', 'signing_key', ['SigningKeyRotated']),
  ...group('identity', 'idp', ['IdentityProviderConfigured']),
  ...group('identity', 'cleanup', ['ExpiredTokensPurged']),
  ...group('identity', 'instance', ['PasswordSignInDisabled', 'PasswordSignInEnabled']),
  ...group('oauth', 'provider_app', ['ProviderAppConfigured', 'AppCredentialInvalid']),
  ...group('oauth', 'account', [
    'AccountConnected', 'TokenRefreshed', 'TokenRefreshFailed', 'ReauthorizationRequired',
    'RefreshTokenExpiring', 'RefreshTokenExpired', 'AccountDisconnected', 'AccountMarkedExpired',
  ]),
  ...group('notify', 'delivery', ['NotificationSent', 'NotificationFailed']),
  ...group('notify', 'channel', ['ChannelCreated', 'ChannelDisabled']),
  ...group('notify', 'subscription', ['SubscriptionCreated', 'SubscriptionDeleted']),
  ...group('secrets', 'secret_group', ['SecretGroupCreated', 'SecretGroupProviderLinked', 'SecretGroupUpdated', 'SecretGroupDeleted']),
  ...group('secrets', 'secret', ['SecretCreated', 'SecretValueChanged', 'SecretRolledBack', 'SecretRevealed', 'SecretDeleted']),
  ...group('secrets', 'env_var', ['EnvVarSet', 'EnvVarDeleted']),
  ...group('secrets', 'provider', ['ProviderConfigured', 'ProviderSyncCompleted', 'ProviderSyncFailed', 'ProviderDeleted']),
  ...group('secrets', 'master_key', ['MasterKeyRotated']),
  ...group('gitops', 'project', ['ProjectCreated', 'EnvironmentAdded', 'EnvironmentRemoved', 'ProjectDeleted']),
  ...group('gitops', 'binding', ['GitCredentialsSynced', 'GitCredentialsSyncFailed', 'GitCredentialsVerified', 'GitCredentialsVerificationFailed']),
  ...group('gitops', 'reconcile', ['CredentialsReconcileCompleted']),
  // Answers to inbound messages (ext.*.*.gitops.>) that were refused: see inbound.ts.
  ...group('gitops', 'inbound', ['ProjectRequestRejected']),
  ...group('deploy', 'application', [
    'ApplicationRegistered', 'ApplicationChanged', 'WebhookTokenRegenerated', 'WebhookSigningSecretRotated', 'WebhookRejected',
    'ApplicationStopped', 'ApplicationStarted', 'ApplicationDeleted',
  ]),
  ...group('deploy', 'deployment', ['DeploymentRequested', 'DeploymentSucceeded', 'DeploymentFailed']),
  ...group('deploy', 'drift', ['DeploymentDriftDetected', 'DeploymentDriftCleared']),
  ...group('deploy', 'inbound', ['DeployRequestRejected']),
  ...group('audit', 'retention', ['AuditEntriesPurged']),
} as const satisfies Record<string, EventTypeInfo>;

export type EventName = keyof typeof eventTypes;

export function isEventName(name: string): name is EventName {
  return Object.hasOwn(eventTypes, name);
}

/** The registry entry of an event type; throws ERR_UNKNOWN_EVENT_TYPE for a name not in contracts. */
export function eventType(name: string): EventTypeInfo {
  if (!isEventName(name)) throw new ContractError('ERR_UNKNOWN_EVENT_TYPE', `unknown event type ${safeName(name)}`);
  return eventTypes[name];
}

/** Subject and stream-id aggregate tokens, e.g. 'user', 'provider_app'. */
export const aggregatePattern = /^[a-z][a-z0-9_]*$/;
const eventNamePattern = /^[A-Z][A-Za-z0-9]*$/;
const namespacePattern = /^[A-Za-z0-9_-]+$/;

// Names are ours, not secrets, but cap what an error repeats of a caller's string.
export function safeName(name: string): string {
  return JSON.stringify(name.length > 64 ? `${name.slice(0, 64)}…` : name);
}

function checkToken(kind: string, value: string, pattern: RegExp): string {
  if (!pattern.test(value)) throw new ContractError('ERR_INVALID_NAME', `invalid ${kind} ${safeName(value)}`);
  return value;
}

/** Contexts that receive inbound messages from a company's services (`ext.<integration>.<org>.<context>.<Type>`). */
export const inboundContexts = ['gitops', 'deploy'] as const;
export type InboundContext = (typeof inboundContexts)[number];
/** An integration's name: the second subject token and its NATS user `int-<integration>`. */
export const integrationNamePattern = /^[a-z][a-z0-9-]{1,30}$/;
export const organizationIdPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export type BusNames = {
  namespace: string | undefined;
  /** 'EVT_IDENTITY', or '<NS>_EVT_IDENTITY' in a namespace. */
  stream(context: Context): string;
  /** 'evt.identity.user.UserRegistered', or '<ns>.evt.identity.user.UserRegistered'. */
  subject(context: Context, aggregate: string, eventName: string): string;
  /** Every subject of a context's stream: 'evt.identity.>'. */
  contextSubjects(context: Context): string;
  /** A request/reply endpoint: 'rpc.oauth.GetAccessToken'. */
  rpc(context: RpcContext, method: string): string;
  /** The stream of inbound messages: 'EXT_INBOUND', or '<NS>_EXT_INBOUND'. */
  inboundStream(): string;
  /** Every subject of the inbound stream: 'ext.>'. */
  inboundSubjects(): string;
  /** What a context's inbound consumer reads: 'ext.*.*.gitops.>'. */
  inboundFilter(context: InboundContext): string;
  /** One inbound subject: 'ext.<integration>.<organizationId>.<context>.<Type>'. */
  inbound(integration: string, organizationId: string, context: InboundContext, type: string): string;
};

/**
 * The stream and subject names, optionally inside a namespace so that tests
 * sharing one nats-server stay apart. Names are validated: a '.', '*' or '>'
 * slipping into a token would widen a subscription or a permission.
 */
export function busNames(namespace?: string): BusNames {
  // Asked for on every message decoded and every event published: built once per namespace.
  const key = namespace ?? '';
  let names = namesByNamespace.get(key);
  if (!names) namesByNamespace.set(key, (names = Object.freeze(buildBusNames(namespace))));
  return names;
}

const namesByNamespace = new Map<string, BusNames>();

function buildBusNames(namespace?: string): BusNames {
  const ns = namespace === undefined || namespace === '' ? undefined : checkToken('namespace', namespace, namespacePattern);
  const prefix = ns === undefined ? '' : `${ns}.`;
  const streamPrefix = ns === undefined ? '' : `${ns.toUpperCase()}_`;
  // Callers from plain JavaScript or with a cast could pass anything: check at run time too.
  const ctx = (context: string, allowSystem = false): string => {
    if (!(contexts as readonly string[]).includes(context) && !(allowSystem && context === 'system')) {
      throw new ContractError('ERR_INVALID_NAME', `unknown context ${safeName(context)}`);
    }
    return context;
  };
  const inboundCtx = (context: string): string => {
    if (!(inboundContexts as readonly string[]).includes(context)) throw new ContractError('ERR_INVALID_NAME', `unknown inbound context ${safeName(context)}`);
    return context;
  };
  return {
    namespace: ns,
    stream: (context) => `${streamPrefix}EVT_${ctx(context).toUpperCase()}`,
    subject: (context, aggregate, eventName) =>
      `${prefix}evt.${ctx(context)}.${checkToken('aggregate', aggregate, aggregatePattern)}.${checkToken('event name', eventName, eventNamePattern)}`,
    contextSubjects: (context) => `${prefix}evt.${ctx(context)}.>`,
    rpc: (context, method) => `${prefix}rpc.${ctx(context, true)}.${checkToken('method', method, eventNamePattern)}`,
    inboundStream: () => `${streamPrefix}EXT_INBOUND`,
    inboundSubjects: () => `${prefix}ext.>`,
    inboundFilter: (context) => `${prefix}ext.*.*.${inboundCtx(context)}.>`,
    inbound: (integration, organizationId, context, type) =>
      `${prefix}ext.${checkToken('integration', integration, integrationNamePattern)}.${checkToken('organization id', organizationId, organizationIdPattern)}` +
      `.${inboundCtx(context)}.${checkToken('type', type, eventNamePattern)}`,
  };
}

/** The CloudEvents type of an event: 'keywarden.<context>.v1.<EventName>' (its protobuf message). */
export function ceType(name: EventName): string {
  return eventTypes[name].messageType;
}
