// The audit service's tables: the trail itself, and the organizations of projects and
// applications learnt from each context's own events (to place events that name no organization).
import { boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const auditEntries = pgTable(
  'audit_entries',
  {
    eventId: uuid('event_id').primaryKey(),
    // Milliseconds, as a JavaScript Date holds them: a page token round-trips exactly.
    time: timestamp('time', { withTimezone: true, precision: 3 }).notNull(),
    context: text('context').notNull(),
    action: text('action').notNull(),
    actorKind: text('actor_kind').notNull(),
    actorId: text('actor_id').notNull(),
    resourceKind: text('resource_kind').notNull(),
    resourceId: text('resource_id').notNull(),
    resourceName: text('resource_name').notNull(),
    organizationId: text('organization_id'),
    outcome: text('outcome').notNull(),
    traceId: text('trace_id').notNull(),
    source: text('source').notNull(),
  },
  // Newest first everywhere: one index per filter a search leads with, keyset on (time, event_id).
  (t) => [
    index('audit_entries_time').on(t.time.desc(), t.eventId.desc()),
    index('audit_entries_org_time').on(t.organizationId, t.time.desc(), t.eventId.desc()),
    index('audit_entries_actor_time').on(t.actorId, t.time.desc(), t.eventId.desc()),
    index('audit_entries_resource_time').on(t.resourceKind, t.resourceId, t.time.desc(), t.eventId.desc()),
    index('audit_entries_action_time').on(t.action, t.time.desc(), t.eventId.desc()),
  ],
);

/**
 * Further resources an entry concerns besides its own, so a resource's timeline shows them too: a secret's the
 * deployments that carry it or that its rotation caused, an account's the Secrets written with its token.
 * Time repeated from the entry: a timeline pages on (time, event_id) over both tables with one index each.
 */
export const auditEntryLinks = pgTable(
  'audit_entry_links',
  {
    eventId: uuid('event_id').notNull(),
    resourceKind: text('resource_kind').notNull(),
    resourceId: text('resource_id').notNull(),
    time: timestamp('time', { withTimezone: true, precision: 3 }).notNull(),
    context: text('context').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.resourceKind, t.resourceId, t.eventId] }),
    index('audit_entry_links_resource_time').on(t.resourceKind, t.resourceId, t.time.desc(), t.eventId.desc()),
    index('audit_entry_links_time').on(t.time),
  ],
);

export const resourceOrganizations = pgTable(
  'audit_resource_organizations',
  {
    context: text('context').notNull(),
    kind: text('kind').notNull(),
    id: text('id').notNull(),
    organizationId: text('organization_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.context, t.kind, t.id] })],
);

// Impact read models (issue 18, "what will this affect?"): each projected from one context's
// events, joined only at query time (so a live consumer and a replay, which read the streams in
// different orders, end with the same rows). No values: versions and fingerprints only.

/** gitops ProjectCreated/ProjectDeleted: a project's organization and slug (the GitRepository's name). */
export const impactProjects = pgTable('impact_projects', {
  projectId: text('project_id').primaryKey(),
  organizationId: text('organization_id').notNull(),
  name: text('name').notNull(),
  slug: text('slug').notNull(),
  repositoryUrl: text('repository_url').notNull(),
});

/** gitops GitCredentialsSynced: which account's token a project environment's Secret holds now. */
export const impactGitBindings = pgTable('impact_git_bindings', {
  projectId: text('project_id').notNull(),
  environment: text('environment').notNull(),
  organizationId: text('organization_id').notNull(),
  namespace: text('namespace').notNull(),
  secretName: text('secret_name').notNull(),
  accountId: text('account_id').notNull(),
  tokenGeneration: integer('token_generation').notNull(),
  tokenFingerprint: text('token_fingerprint').notNull(),
}, (t) => [primaryKey({ columns: [t.projectId, t.environment] }), index('impact_git_bindings_account').on(t.accountId)]);

/** secrets EnvVarSet/EnvVarDeleted: the variables that reference a secret ("secret") or a group by name ("group"). */
export const impactEnvVars = pgTable('impact_env_vars', {
  envVarId: text('env_var_id').primaryKey(),
  scope: text('scope').notNull(),
  projectId: text('project_id').notNull(),
  environment: text('environment').notNull(),
  applicationId: text('application_id').notNull(),
  key: text('key').notNull(),
  referenceKind: text('reference_kind').notNull(),
  reference: text('reference').notNull(),
}, (t) => [index('impact_env_vars_reference').on(t.referenceKind, t.reference), index('impact_env_vars_project').on(t.projectId)]);

/** secrets SecretCreated/…/SecretDeleted: a secret's group, provider and current version. */
export const impactSecrets = pgTable('impact_secrets', {
  secretId: text('secret_id').primaryKey(),
  groupId: text('group_id').notNull(),
  name: text('name').notNull(),
  providerId: text('provider_id').notNull(),
  version: integer('version').notNull(),
  valueFingerprint: text('value_fingerprint').notNull(),
}, (t) => [index('impact_secrets_group').on(t.groupId), index('impact_secrets_provider').on(t.providerId)]);

/** Every version of a secret with when it was made: which version was current when a deployment was requested. */
export const impactSecretVersions = pgTable('impact_secret_versions', {
  secretId: text('secret_id').notNull(),
  version: integer('version').notNull(),
  valueFingerprint: text('value_fingerprint').notNull(),
  time: timestamp('time', { withTimezone: true, precision: 3 }).notNull(),
}, (t) => [primaryKey({ columns: [t.secretId, t.version] }), index('impact_secret_versions_time').on(t.secretId, t.time)]);

/** secrets SecretGroup* events: a group's name (what a group reference names) and its linked provider. */
export const impactGroups = pgTable('impact_groups', {
  groupId: text('group_id').primaryKey(),
  name: text('name').notNull(),
  providerId: text('provider_id').notNull(),
}, (t) => [index('impact_groups_name').on(t.name), index('impact_groups_provider').on(t.providerId)]);

/** secrets Provider* events: the group a provider syncs into and its last sync. */
export const impactProviders = pgTable('impact_providers', {
  providerId: text('provider_id').primaryKey(),
  name: text('name').notNull(),
  providerType: text('provider_type').notNull(),
  groupId: text('group_id').notNull(),
  lastSyncId: text('last_sync_id').notNull(),
  lastSyncOutcome: text('last_sync_outcome').notNull(),
  lastSyncAt: timestamp('last_sync_at', { withTimezone: true, precision: 3 }),
});

/** deploy Application* and Deployment* events: an application and its live (last successful) deployment. */
export const impactApplications = pgTable('impact_applications', {
  applicationId: text('application_id').primaryKey(),
  organizationId: text('organization_id').notNull(),
  projectId: text('project_id').notNull(),
  environment: text('environment').notNull(),
  name: text('name').notNull(),
  namespace: text('namespace').notNull(),
  status: text('status').notNull(),
  liveDeploymentId: text('live_deployment_id').notNull(),
  liveVersion: text('live_version').notNull(),
  // When the live deployment was requested: the secret versions current then are the ones it carries.
  liveRequestedAt: timestamp('live_requested_at', { withTimezone: true, precision: 3 }),
  liveSucceededAt: timestamp('live_succeeded_at', { withTimezone: true, precision: 3 }),
  /** The secret versions the live deployment's environment was built with (its DeploymentSucceeded names them); exact, no inference. */
  liveVersionsUsed: jsonb('live_versions_used').$type<Array<{ secretId: string; version: number; valueFingerprint: string }>>().notNull().default([]),
  /** The applied environment's fingerprint; empty for a deployment recorded before deployments named their versions (then inferred by time). */
  liveEnvFingerprint: text('live_env_fingerprint').notNull().default(''),
  /** deploy DeploymentDriftDetected/Cleared: the live Deployment's environment checksum differs from the one last applied. */
  drift: boolean('drift').notNull().default(false),
  driftLiveFingerprint: text('drift_live_fingerprint').notNull().default(''),
  driftDetectedAt: timestamp('drift_detected_at', { withTimezone: true, precision: 3 }),
}, (t) => [index('impact_applications_project').on(t.projectId, t.environment)]);

/** deploy DeploymentRequested: when each deployment was asked for (until it succeeds or fails). */
export const impactDeployments = pgTable('impact_deployments', {
  deploymentId: text('deployment_id').primaryKey(),
  applicationId: text('application_id').notNull(),
  requestedAt: timestamp('requested_at', { withTimezone: true, precision: 3 }).notNull(),
});
