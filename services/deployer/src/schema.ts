// The deployer's own tables. `applications`, `deployments` are inline
// projections of its event store; `projects` is built from gitops-sync's
// events (durable consumer) and its answers to a read-through. The credentials live apart: the token's SHA-256
// on the application row (never the token), the signing secret encrypted in
// `application_signing_secrets`. `deploy_queue` and `rotation_pending` are
// work, written in the transaction that asks for it; `application_secrets`
// remembers which secrets each application's last environment used;
// `lifecycle_queue` is the cluster work of a stop, start or delete;
// `webhook_rate` is the per-application webhook counter replicas share;
// `webhook_source_rejections` counts rejected calls per source address.
import { sql } from 'drizzle-orm';
import { bigint, bigserial, boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { Resources } from './domain/application/rules.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * Written by @keywarden/runtime's projects read model (projects-read-model.ts): gitops-sync's events and its
 * answers to a read-through. `version` is the position in the project's stream the row reflects; a deleted
 * project stays as a `deleted` row (tombstone).
 */
export const projects = pgTable('projects', {
  id: text('id').primaryKey(),
  organizationId: text('organization_id').notNull(),
  slug: text('slug').notNull(),
  environments: jsonb('environments').$type<string[]>().notNull(),
  version: integer('version').notNull().default(0),
  deleted: boolean('deleted').notNull().default(false),
  updatedAt: ts('updated_at').notNull(),
});

export const applications = pgTable('applications', {
  id: text('id').primaryKey(),
  organizationId: text('organization_id').notNull(),
  projectId: text('project_id').notNull(),
  name: text('name').notNull(),
  environment: text('environment').notNull(),
  namespace: text('namespace').notNull(),
  image: text('image').notNull(),
  ports: jsonb('ports').$type<number[]>().notNull(),
  replicas: integer('replicas').notNull(),
  resources: jsonb('resources').$type<Resources>().notNull(),
  webhookEnabled: boolean('webhook_enabled').notNull(),
  autoDeploy: boolean('auto_deploy').notNull(),
  signatureRequired: boolean('signature_required').notNull(),
  /** SHA-256 (hex) of the webhook token; written with the event by the command, never the token. */
  tokenHash: text('token_hash').notNull().default(''),
  tokenPrefix: text('token_prefix').notNull().default(''),
  tokenFingerprint: text('token_fingerprint').notNull(),
  signingSecretFingerprint: text('signing_secret_fingerprint').notNull().default(''),
  currentVersion: text('current_version').notNull().default(''),
  currentDeploymentId: text('current_deployment_id').notNull().default(''),
  /** new | deploying | running | failed: how its deployments went (kept while stopped, so a start shows it again). */
  status: text('status').notNull().default('new'),
  /** active | stopped (scaled to zero) | deleted (its Kubernetes objects removed; the row and its history stay). */
  lifecycle: text('lifecycle').notNull().default('active'),
  stoppedAt: ts('stopped_at'),
  deletedAt: ts('deleted_at'),
  lastDeployedAt: ts('last_deployed_at'),
  createdBy: text('created_by').notNull(),
  createdAt: ts('created_at').notNull(),
  /** 16 hex of the env checksum its last successful deployment applied (DeploymentSucceeded.envFingerprint). */
  appliedEnvFingerprint: text('applied_env_fingerprint').notNull().default(''),
  /** The drift check's verdict (drift-<id> events): the live env fingerprint differs from the applied one. */
  drifted: boolean('drifted').notNull().default(false),
  driftLiveFingerprint: text('drift_live_fingerprint').notNull().default(''),
  /** Version of the application stream this row reflects: commands start from it instead of replaying rejections. */
  streamVersion: integer('stream_version').notNull().default(0),
}, (t) => [uniqueIndex('applications_name').on(t.name), index('applications_org').on(t.organizationId, t.projectId)]);

export const signingSecrets = pgTable('application_signing_secrets', {
  applicationId: text('application_id').primaryKey(),
  /** Keyring envelope, the application id bound as additional data. */
  ciphertext: text('ciphertext').notNull(),
  fingerprint: text('fingerprint').notNull(),
  createdAt: ts('created_at').notNull(),
});

export const deployments = pgTable('deployments', {
  id: text('id').primaryKey(),
  /** Insertion order: the keyset of the history's pagination. */
  seq: bigserial('seq', { mode: 'number' }).notNull(),
  applicationId: text('application_id').notNull(),
  applicationName: text('application_name').notNull(),
  organizationId: text('organization_id').notNull(),
  projectId: text('project_id').notNull(),
  environment: text('environment').notNull(),
  version: text('version').notNull(),
  trigger: text('trigger').notNull(),
  /** pending | in_progress | succeeded | failed */
  status: text('status').notNull(),
  stage: text('stage').notNull().default(''),
  error: text('error').notNull().default(''),
  actorUserId: text('actor_user_id').notNull().default(''),
  rollbackOfDeploymentId: text('rollback_of_deployment_id').notNull().default(''),
  secretIds: jsonb('secret_ids').$type<string[]>().notNull(),
  requestedAt: ts('requested_at').notNull(),
  finishedAt: ts('finished_at'),
  durationMs: bigint('duration_ms', { mode: 'number' }).notNull().default(0),
}, (t) => [
  uniqueIndex('deployments_seq').on(t.seq),
  index('deployments_app').on(t.applicationId, t.seq),
  index('deployments_app_status').on(t.applicationId, t.status, t.seq),
  index('deployments_app_trigger').on(t.applicationId, t.trigger, t.seq),
]);

export const applicationSecrets = pgTable('application_secrets', {
  applicationId: text('application_id').notNull(),
  secretId: text('secret_id').notNull(),
  recordedAt: ts('recorded_at').notNull(),
}, (t) => [primaryKey({ columns: [t.applicationId, t.secretId] }), index('application_secrets_secret').on(t.secretId)]);

export const deployQueue = pgTable('deploy_queue', {
  deploymentId: text('deployment_id').primaryKey(),
  applicationId: text('application_id').notNull(),
  /** Deployments of one application run one at a time, in this order. */
  seq: bigserial('seq', { mode: 'number' }).notNull(),
  /** The trace of the request that asked for it, continued by the worker. */
  traceparent: text('traceparent').notNull().default(''),
  tracestate: text('tracestate').notNull().default(''),
  /** Runs started (claims); a run that ends in an error backs off, and past KW_DEPLOYER_MAX_ATTEMPTS the deployment fails. */
  attempts: integer('attempts').notNull().default(0),
  /** Where and why the last run ended in an error (stage, error without secrets): what the final failure reports. */
  lastStage: text('last_stage').notNull().default(''),
  lastError: text('last_error').notNull().default(''),
  /** The worker's lease (libs/runtime work queue): renewed by its heartbeat, taken over once it ends. */
  leaseUntil: ts('lease_until'),
  /** The fencing token: a new value from its sequence at every claim; what the worker writes matches it. */
  fence: bigserial('fence', { mode: 'number' }).notNull(),
  /** Not claimed before (the backoff of a run that ended in an error). */
  nextAttemptAt: ts('next_attempt_at').notNull().default(sql`now()`),
  enqueuedAt: ts('enqueued_at').notNull().default(sql`now()`),
}, (t) => [index('deploy_queue_app').on(t.applicationId, t.seq)]);

/**
 * The cluster work of an application's stop (scale_down), start (redeploy its current version) or delete (remove its
 * Deployment and Secret), queued in the command's transaction. One row per application: a newer request replaces
 * the older (version + 1) and runs after it, so the application's requests take effect in order.
 */
export const lifecycleQueue = pgTable('lifecycle_queue', {
  applicationId: text('application_id').primaryKey(),
  /** scale_down | start | delete */
  action: text('action').notNull(),
  /** The event that asked (its id names the start's redeploy, so a retried start deploys once). */
  requestId: text('request_id').notNull(),
  actorUserId: text('actor_user_id').notNull().default(''),
  attempts: integer('attempts').notNull().default(0),
  version: integer('version').notNull().default(1),
  nextAttemptAt: ts('next_attempt_at').notNull().default(sql`now()`),
  leaseUntil: ts('lease_until'),
  fence: bigserial('fence', { mode: 'number' }).notNull(),
  traceparent: text('traceparent').notNull().default(''),
  tracestate: text('tracestate').notNull().default(''),
  enqueuedAt: ts('enqueued_at').notNull().default(sql`now()`),
}, (t) => [index('lifecycle_queue_due').on(t.nextAttemptAt)]);

export const rotationPending = pgTable('rotation_pending', {
  applicationId: text('application_id').primaryKey(),
  secretIds: jsonb('secret_ids').$type<string[]>().notNull(),
  /** The end of the batching window opened by the first rotation. */
  dueAt: ts('due_at').notNull(),
  traceparent: text('traceparent').notNull().default(''),
}, (t) => [index('rotation_pending_due').on(t.dueAt)]);

export const webhookRate = pgTable('webhook_rate', {
  applicationId: text('application_id').notNull(),
  windowStart: ts('window_start').notNull(),
  count: integer('count').notNull(),
}, (t) => [primaryKey({ columns: [t.applicationId, t.windowStart] })]);

/** Rejected webhook calls per source address and window (rate-limit.ts): `rejected` were audited one by one, `refused` were turned away unseen. */
export const webhookSourceRejections = pgTable('webhook_source_rejections', {
  sourceAddress: text('source_address').notNull(),
  windowStart: ts('window_start').notNull(),
  rejected: integer('rejected').notNull().default(0),
  refused: integer('refused').notNull().default(0),
}, (t) => [primaryKey({ columns: [t.sourceAddress, t.windowStart] }), index('webhook_source_rejections_window').on(t.windowStart)]);

/**
 * One row per scheduled run a replica claimed (the drift check): every replica's cron fires, the first insert of
 * the slot wins, so the cluster is listed once per slot; a run whose replica died is taken over. The table
 * libs/runtime's scheduledRuns expects.
 */
export const scheduleClaims = pgTable('schedule_claims', {
  name: text('name').notNull(),
  slot: ts('slot').notNull(),
  claimedAt: ts('claimed_at').notNull().default(sql`now()`),
  leaseUntil: ts('lease_until'),
  fence: bigserial('fence', { mode: 'number' }).notNull(),
  attempts: integer('attempts').notNull().default(1),
  completedAt: ts('completed_at'),
}, (t) => [primaryKey({ columns: [t.name, t.slot] }), index('schedule_claims_slot_idx').on(t.slot)]);
