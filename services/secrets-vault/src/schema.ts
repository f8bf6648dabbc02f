// The vault's own tables: read models kept by inline projections, and the encrypted material
// (secret versions, plain env values, provider settings) written in the same transaction as
// the event that references it.
import { sql } from 'drizzle-orm';
import { bigserial, boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const secretGroups = pgTable('secret_groups', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull().unique(),
  description: text('description').notNull().default(''),
  providerId: uuid('provider_id'),
  autoSync: boolean('auto_sync').notNull().default(false),
  createdAt: at('created_at').notNull(),
  updatedAt: at('updated_at').notNull(),
});

export const secrets = pgTable(
  'secrets',
  {
    id: uuid('id').primaryKey(),
    groupId: uuid('group_id').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    version: integer('version').notNull(),
    fingerprint: text('fingerprint').notNull(),
    source: text('source').notNull(),
    providerId: uuid('provider_id'),
    providerReference: text('provider_reference'),
    lastSyncedAt: at('last_synced_at'),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [
    unique('secrets_group_name_unique').on(t.groupId, t.name), index('secrets_group_idx').on(t.groupId),
    // Search by name across groups: the trigram index answers a case-insensitive substring (and prefix)
    // match, the btree the keyset order (lower(name), id) the pages follow.
    index('secrets_name_trgm_idx').using('gin', sql`lower(${t.name}) gin_trgm_ops`),
    index('secrets_name_order_idx').on(sql`lower(${t.name})`, t.id),
  ],
);

/** One row per version: history and rollback read it. */
export const secretVersions = pgTable(
  'secret_versions',
  {
    secretId: uuid('secret_id').notNull(),
    version: integer('version').notNull(),
    fingerprint: text('fingerprint').notNull(),
    source: text('source').notNull(),
    actor: text('actor').notNull().default(''),
    restoredVersion: integer('restored_version'),
    createdAt: at('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.secretId, t.version] })],
);

/**
 * One row per variable. `project_id` is the project of a project, environment or application
 * variable; `environment` that of an environment or application variable; `application_id` that
 * of an application variable (its project and environment as the application was registered).
 */
export const envVars = pgTable(
  'env_vars',
  {
    id: uuid('id').primaryKey(),
    scope: text('scope').notNull(),
    projectId: text('project_id').notNull().default(''),
    environment: text('environment').notNull().default(''),
    applicationId: text('application_id').notNull().default(''),
    key: text('key').notNull(),
    kind: text('kind').notNull(),
    reference: text('reference').notNull().default(''),
    fingerprint: text('fingerprint').notNull().default(''),
    description: text('description').notNull().default(''),
    version: integer('version').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [
    unique('env_vars_target_key_unique').on(t.scope, t.projectId, t.environment, t.applicationId, t.key),
    index('env_vars_application_idx').on(t.applicationId),
    // What uses a secret or a group (refusing a group's deletion): by reference.
    index('env_vars_reference_idx').on(t.reference),
  ],
);

export const providers = pgTable('providers', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull().unique(),
  type: text('type').notNull(),
  groupId: uuid('group_id').notNull(),
  enabled: boolean('enabled').notNull(),
  autoSync: boolean('auto_sync').notNull(),
  schedule: text('schedule').notNull().default(''),
  deleteMissing: boolean('delete_missing').notNull(),
  version: integer('version').notNull(),
  lastSyncAt: at('last_sync_at'),
  lastSyncStatus: text('last_sync_status'),
  lastSyncError: text('last_sync_error'),
  lastSyncErrorClass: text('last_sync_error_class'),
  updatedAt: at('updated_at').notNull(),
});

/**
 * Projects as gitops-sync announces them (consumer secrets-vault--projects) or answers them (a read-through,
 * @keywarden/runtime projects-read-model.ts, which writes this table): which organization a project variable
 * belongs to, and which environments an environment variable may name. `version` is the position in the
 * project's stream the row reflects; a deleted project stays as a `deleted` row (tombstone).
 */
export const projects = pgTable('projects', {
  id: text('id').primaryKey(),
  organizationId: text('organization_id').notNull(),
  slug: text('slug').notNull().default(''),
  environments: jsonb('environments').$type<string[]>().notNull(),
  version: integer('version').notNull().default(0),
  deleted: boolean('deleted').notNull().default(false),
  updatedAt: at('updated_at').notNull(),
});

/**
 * Applications as the deployer announces them (consumer secrets-vault--applications): an
 * application variable is authorized and placed by these, without asking the deployer.
 */
export const applications = pgTable('applications', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  organizationId: text('organization_id').notNull(),
  projectId: text('project_id').notNull(),
  environment: text('environment').notNull(),
  updatedAt: at('updated_at').notNull(),
});

/**
 * Encrypted material, one table for every kind: `aad` is the record id bound as additional
 * data (`secret:<id>:<version>`, `env:<id>:<version>`, `provider:<id>:<version>`, `vault:fingerprint-key`),
 * so a ciphertext moved to another row fails to decrypt. `preview` is a masked hint, never the value.
 */
export const material = pgTable(
  'material',
  {
    aad: text('aad').primaryKey(),
    ciphertext: text('ciphertext').notNull(),
    keyVersion: integer('key_version').notNull(),
    preview: text('preview').notNull().default(''),
    createdAt: at('created_at').notNull().default(sql`now()`),
  },
  (t) => [index('material_key_version_idx').on(t.keyVersion)],
);

/**
 * One row per scheduled provider sync that a replica claimed (`provider-sync:<providerId>`, the
 * due time at the schedule's precision): every replica's cron fires, the first insert wins and the
 * others skip that time; the winner holds it under a lease until the sync ends (completed_at), and a
 * sync whose replica died is run again by another (libs/runtime's scheduledRuns). Pruned after a few
 * days by the scheduler's reload (hence the slot index).
 */
export const scheduleClaims = pgTable(
  'schedule_claims',
  {
    name: text('name').notNull(),
    slot: at('slot').notNull(),
    claimedAt: at('claimed_at').notNull().default(sql`now()`),
    leaseUntil: at('lease_until'),
    fence: bigserial('fence', { mode: 'number' }).notNull(),
    attempts: integer('attempts').notNull().default(1),
    completedAt: at('completed_at'),
  },
  (t) => [primaryKey({ columns: [t.name, t.slot] }), index('schedule_claims_slot_idx').on(t.slot)],
);
