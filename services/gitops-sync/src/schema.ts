// gitops-sync's own tables. `projects` and `bindings` are inline projections of
// the event store (rebuildable). `org_owners` and `oauth_accounts` are built
// from identity's and oauth-broker's events (durable consumers). `sync_queue`
// is work: rows written in the same transaction as the event (or the inbox
// row) that asks for them, so a crash or a cluster outage loses nothing.
import { sql } from 'drizzle-orm';
import { bigint, bigserial, boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const projects = pgTable('projects', {
  id: text('id').primaryKey(),
  organizationId: text('organization_id').notNull(),
  name: text('name').notNull(),
  slug: text('slug').notNull(),
  repositoryUrl: text('repository_url').notNull(),
  provider: text('provider').notNull(),
  branch: text('branch').notNull(),
  environments: jsonb('environments').$type<string[]>().notNull(),
  createdBy: text('created_by').notNull(),
  createdAt: ts('created_at').notNull(),
}, (t) => [uniqueIndex('projects_slug').on(t.slug), index('projects_org').on(t.organizationId)]);

export const bindings = pgTable('bindings', {
  projectId: text('project_id').notNull(),
  environment: text('environment').notNull(),
  organizationId: text('organization_id').notNull(),
  namespace: text('namespace').notNull(),
  secretName: text('secret_name').notNull(),
  /** pending | synced | failed | stale */
  status: text('status').notNull(),
  accountId: text('account_id').notNull().default(''),
  tokenGeneration: bigint('token_generation', { mode: 'number' }).notNull().default(0),
  tokenFingerprint: text('token_fingerprint').notNull().default(''),
  reason: text('reason').notNull().default(''),
  detail: text('detail').notNull().default(''),
  lastSyncedAt: ts('last_synced_at'),
  /** The GitRepository's reconcile.fluxcd.io/requestedAt sent with the last Secret written ('' without Flux). */
  reconcileRequestedAt: text('reconcile_requested_at').notNull().default(''),
  /** unknown | pending | verified | failing | unverified: whether Flux fetched the repository with that Secret. */
  verification: text('verification').notNull().default('unknown'),
  verifiedAt: ts('verified_at'),
  /** When failing: authentication_required | authorization_failed | not_found | secret_unusable | other, and Flux's message (sanitised). */
  verificationReason: text('verification_reason').notNull().default(''),
  verificationMessage: text('verification_message').notNull().default(''),
  verificationFailedAt: ts('verification_failed_at'),
  /** Version of the binding stream this row reflects: commands start from it instead of replaying the stream. */
  streamVersion: integer('stream_version').notNull().default(0),
  updatedAt: ts('updated_at').notNull(),
}, (t) => [primaryKey({ columns: [t.projectId, t.environment] }), index('bindings_account').on(t.accountId)]);

export const orgOwners = pgTable('org_owners', {
  organizationId: text('organization_id').primaryKey(),
  ownerUserId: text('owner_user_id').notNull(),
  updatedAt: ts('updated_at').notNull(),
});

export const oauthAccounts = pgTable('oauth_accounts', {
  accountId: text('account_id').primaryKey(),
  userId: text('user_id').notNull(),
  provider: text('provider').notNull(),
  providerAppId: text('provider_app_id').notNull(),
  /** active | reauthorization_required | disconnected */
  status: text('status').notNull(),
  generation: bigint('generation', { mode: 'number' }).notNull().default(0),
  connectedAt: ts('connected_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
}, (t) => [index('oauth_accounts_user').on(t.userId, t.provider)]);

export const syncQueue = pgTable('sync_queue', {
  projectId: text('project_id').notNull(),
  environment: text('environment').notNull(),
  /** apply | delete | stale */
  action: text('action').notNull(),
  trigger: text('trigger').notNull(),
  /** What delete needs after the project rows are gone. */
  namespace: text('namespace').notNull(),
  slug: text('slug').notNull(),
  /** The account a stale mark is about. */
  accountId: text('account_id').notNull().default(''),
  attempts: integer('attempts').notNull().default(0),
  /** Bumped by every enqueue: a worker finishing an older version leaves the newer request in place. */
  version: integer('version').notNull().default(1),
  nextAttemptAt: ts('next_attempt_at').notNull().default(sql`now()`),
  /** The worker's lease (libs/runtime work queue): renewed by its heartbeat, taken over once it ends. */
  leaseUntil: ts('lease_until'),
  /** The fencing token: a new value from its sequence at every claim; the worker's settles match it. */
  fence: bigserial('fence', { mode: 'number' }).notNull(),
  force: boolean('force').notNull().default(false),
  enqueuedAt: ts('enqueued_at').notNull(),
  /**
   * W3C traceparent of the request (the consumer's or the command's span), so the worker's writes and the
   * GitCredentialsSynced they record continue its trace. Requests that coalesce keep the newest one.
   */
  traceparent: text('traceparent').notNull().default(''),
}, (t) => [primaryKey({ columns: [t.projectId, t.environment] }), index('sync_queue_due').on(t.nextAttemptAt)]);

/**
 * One row per scheduled run that a replica claimed: every replica's cron fires, the first insert of the slot wins,
 * the others skip it (the hourly reconcile is idempotent, but N replicas would LIST the cluster N times). The
 * winner holds it under a lease until it finishes (completed_at); a run whose replica died is taken over.
 * The table libs/runtime's scheduledRuns expects.
 */
export const scheduleClaims = pgTable('schedule_claims', {
  name: text('name').notNull(),
  slot: ts('slot').notNull(),
  claimedAt: ts('claimed_at').notNull().default(sql`now()`),
  leaseUntil: ts('lease_until'),
  fence: bigserial('fence', { mode: 'number' }).notNull(),
  attempts: integer('attempts').notNull().default(1),
  completedAt: ts('completed_at'),
}, (t) => [primaryKey({ columns: [t.name, t.slot] })]);
