// What one event becomes in the audit trail. Pure: every event type of every context has a rule
// here (the Record over EventName makes the compiler ask for a new event's rule), and an entry
// takes only named fields (ids, names, the actor) from an event's data, never free-form text
// (reasons, details, messages), so nothing an event carries can leak through the trail.
import { eventTypes, type EventName } from '@keywarden/contracts';

export type ActorKind = 'user' | 'service' | 'provider' | 'webhook' | 'integration';
export type Outcome = 'success' | 'failure';

export type AuditEntry = {
  eventId: string;
  time: Date;
  context: string;
  action: string;
  actorKind: ActorKind;
  actorId: string;
  resourceKind: string;
  resourceId: string;
  resourceName: string;
  /** Null for entries outside any organization; filled later from the organization lookup when the event names none. */
  organizationId: string | null;
  outcome: Outcome;
  traceId: string;
  source: string;
};

/** What the trail reads of an event, from the live consumer or from a replay. */
export type AuditSourceEvent = {
  eventId: string;
  type: string;
  streamId: string;
  time: Date | string;
  data: Record<string, unknown>;
  source?: string | undefined;
  traceparent?: string | undefined;
};

type Rule = {
  /** The event's failure, by type: a refusal, a failed refresh, sync or deployment. */
  failure?: true;
  /** Who acts when the event names no actorUserId: the user it is about (sign-in, connect), a provider, or a webhook caller. */
  actor?: 'subject-user' | 'provider' | 'webhook';
};

const FAILURE: Rule = { failure: true };
const PROVIDER_FAILURE: Rule = { failure: true, actor: 'provider' };
const SELF: Rule = { actor: 'subject-user' };

export const RULES: Readonly<Record<EventName, Rule>> = {
  UserRegistered: SELF, UserDisabled: {}, UserEnabled: {}, PasswordChanged: SELF,
  OrganizationCreated: {}, MemberAdded: {}, MemberRoleChanged: {}, MemberRemoved: {}, OwnershipTransferred: {},
  SessionStarted: SELF, SessionRefreshed: SELF, RefreshTokenReuseDetected: { failure: true, actor: 'subject-user' }, SessionRevoked: SELF,
  PersonalAccessTokenCreated: SELF, PersonalAccessTokenRevoked: SELF,
  SigningKeyRotated: {}, IdentityProviderConfigured: {}, ExpiredTokensPurged: {},
  PasswordSignInDisabled: {}, PasswordSignInEnabled: {},
  ProviderAppConfigured: {}, AppCredentialInvalid: PROVIDER_FAILURE,
  AccountConnected: SELF, TokenRefreshed: {}, TokenRefreshFailed: PROVIDER_FAILURE, ReauthorizationRequired: PROVIDER_FAILURE,
  RefreshTokenExpiring: {}, RefreshTokenExpired: FAILURE, AccountDisconnected: SELF, AccountMarkedExpired: FAILURE,
  NotificationSent: {}, NotificationFailed: FAILURE,
  ChannelCreated: {}, ChannelDisabled: {}, SubscriptionCreated: {}, SubscriptionDeleted: {},
  SecretGroupCreated: {}, SecretGroupProviderLinked: {}, SecretGroupUpdated: {}, SecretGroupDeleted: {},
  SecretCreated: {}, SecretValueChanged: {}, SecretRolledBack: {}, SecretRevealed: {}, SecretDeleted: {},
  EnvVarSet: {}, EnvVarDeleted: {},
  ProviderConfigured: {}, ProviderSyncCompleted: {}, ProviderSyncFailed: PROVIDER_FAILURE, ProviderDeleted: {}, MasterKeyRotated: {},
  ProjectCreated: {}, EnvironmentAdded: {}, EnvironmentRemoved: {}, ProjectDeleted: {},
  GitCredentialsSynced: {}, GitCredentialsSyncFailed: FAILURE, GitCredentialsVerified: {}, GitCredentialsVerificationFailed: FAILURE,
  CredentialsReconcileCompleted: {},
  // A company's service published a request that was refused (actorUserId `integration:<name>`).
  ProjectRequestRejected: FAILURE, DeployRequestRejected: FAILURE,
  ApplicationRegistered: {}, ApplicationChanged: {}, WebhookTokenRegenerated: {}, WebhookSigningSecretRotated: {},
  WebhookRejected: { failure: true, actor: 'webhook' },
  ApplicationStopped: {}, ApplicationStarted: {}, ApplicationDeleted: {},
  DeploymentRequested: {}, DeploymentSucceeded: {}, DeploymentFailed: FAILURE,
  // What runs differs from what Keywarden applied: an outcome to look at, like a failure.
  DeploymentDriftDetected: FAILURE, DeploymentDriftCleared: {},
  AuditEntriesPurged: {},
};

/** The fields that name a resource, in the order they are tried: names only, never descriptions or reasons. */
const NAME_FIELDS = ['name', 'applicationName', 'username', 'displayName', 'slug', 'key', 'secretName'] as const;

const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const TRACEPARENT = /^[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}$/;

/** The trace id of a W3C traceparent; empty for none or a malformed one (and for the all-zero invalid id). */
export function traceIdOf(traceparent: string | undefined): string {
  const id = TRACEPARENT.exec(traceparent?.trim().toLowerCase() ?? '')?.[1] ?? '';
  return /^0+$/.test(id) ? '' : id;
}

function actorOf(rule: Rule, data: Record<string, unknown>, source: string): { actorKind: ActorKind; actorId: string } {
  const actorUserId = str(data['actorUserId']);
  // Some services act on their own behalf and say so (`service:<name>`).
  if (actorUserId.startsWith('service:')) return { actorKind: 'service', actorId: actorUserId.slice('service:'.length) };
  // A company's own service acting through the bus (issue #20): its integration name.
  if (actorUserId.startsWith('integration:')) return { actorKind: 'integration', actorId: actorUserId.slice('integration:'.length) };
  if (actorUserId) return { actorKind: 'user', actorId: actorUserId };
  if (rule.actor === 'subject-user' && str(data['userId'])) return { actorKind: 'user', actorId: str(data['userId']) };
  if (rule.actor === 'webhook' || str(data['trigger']) === 'webhook') {
    return { actorKind: 'webhook', actorId: str(data['sourceAddress']) || str(data['applicationId']) };
  }
  if (rule.actor === 'provider') return { actorKind: 'provider', actorId: str(data['provider']) || str(data['providerId']) || source };
  return { actorKind: 'service', actorId: source };
}

/** The audit entry of one event; undefined for a type the contracts do not know (the consumer parks those first). */
export function auditEntryOf(event: AuditSourceEvent): AuditEntry | undefined {
  const rule = (RULES as Record<string, Rule | undefined>)[event.type];
  const info = (eventTypes as Record<string, { context: string; aggregate: string } | undefined>)[event.type];
  if (!rule || !info) return undefined;
  const dash = event.streamId.indexOf('-');
  const source = event.source ?? '';
  const name = NAME_FIELDS.map((field) => str(event.data[field])).find((value) => value !== '') ?? '';
  return {
    eventId: event.eventId,
    time: new Date(event.time),
    context: info.context,
    action: event.type,
    ...actorOf(rule, event.data, source),
    resourceKind: info.aggregate,
    resourceId: dash > 0 ? event.streamId.slice(dash + 1) : event.streamId,
    resourceName: name.slice(0, 200),
    organizationId: str(event.data['organizationId']) || null,
    outcome: rule.failure ? 'failure' : 'success',
    traceId: traceIdOf(event.traceparent),
    source,
  };
}

/**
 * The organization an event belongs to when its data names none: the organization of the project or
 * application it names, as learnt from earlier events of the same context (a context's stream is in
 * order, so a live consumer and a replay learn the same; across streams the order is not fixed).
 */
export function organizationKeysOf(data: Record<string, unknown>): Array<{ kind: 'project' | 'application'; id: string }> {
  const keys: Array<{ kind: 'project' | 'application'; id: string }> = [];
  if (str(data['applicationId'])) keys.push({ kind: 'application', id: str(data['applicationId']) });
  if (str(data['projectId'])) keys.push({ kind: 'project', id: str(data['projectId']) });
  return keys;
}

/**
 * The further resources an event concerns, for their timelines (pure, from the event's own fields): the secrets a
 * rotation's redeploy names (DeploymentRequested.secretIds) and a successful deployment carries (versionsUsed), and
 * the account whose token a Git credential Secret was written or checked with.
 */
export function linkedResourcesOf(type: string, data: Record<string, unknown>): Array<{ kind: string; id: string }> {
  const ids = new Set<string>();
  if (type === 'DeploymentRequested' && Array.isArray(data['secretIds'])) for (const id of data['secretIds']) ids.add(str(id));
  if (type === 'DeploymentSucceeded' && Array.isArray(data['versionsUsed'])) {
    for (const used of data['versionsUsed'] as Array<Record<string, unknown> | null>) ids.add(str(used?.['secretId']));
  }
  const links = [...ids].filter((id) => id !== '').map((id) => ({ kind: 'secret', id }));
  if (type.startsWith('GitCredentials') && str(data['accountId'])) links.push({ kind: 'account', id: str(data['accountId']) });
  return links;
}
