// The notifier's own tables. Channels and subscriptions are projections of their streams
// (projections/channels.ts); channel URLs and secrets live only in notify_channel_secrets,
// encrypted with the channel id as additional data (@keywarden/crypto), in no event.
import { sql } from 'drizzle-orm';
import { bigserial, boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

import type { ChannelSettings } from './domain/channel/channel.js';

export type { ChannelSettings };

export const channels = pgTable('notify_channels', {
  id: uuid('id').primaryKey(),
  organizationId: text('organization_id'),
  userId: text('user_id'),
  kind: text('kind').notNull(),
  name: text('name').notNull(),
  locale: text('locale').notNull(),
  enabled: boolean('enabled').notNull().default(true),
  endpointHost: text('endpoint_host').notNull(),
  signed: boolean('signed').notNull(),
  settings: jsonb('settings').$type<ChannelSettings>().notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});

// What no event may carry: a channel's URL, signing secret and SMTP password, encrypted, written in
// the ChannelCreated command's transaction. Not a projection (a replay leaves it alone), so no foreign
// key to notify_channels, whose rows a replay deletes and rebuilds.
export const channelSecrets = pgTable('notify_channel_secrets', {
  channelId: uuid('channel_id').primaryKey(),
  secretMaterial: text('secret_material').notNull(),
});

export const subscriptions = pgTable(
  'notify_subscriptions',
  {
    id: uuid('id').primaryKey(),
    organizationId: text('organization_id'),
    userId: text('user_id'),
    channelId: uuid('channel_id').notNull().references(() => channels.id),
    // Empty: every credential warning (the default an organization's owners get).
    kinds: text('kinds').array().notNull().default(sql`'{}'::text[]`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('notify_subscriptions_user').on(t.userId), index('notify_subscriptions_org').on(t.organizationId)],
);

export const deliveries = pgTable(
  'notify_deliveries',
  {
    id: uuid('id').primaryKey(),
    sourceEventId: text('source_event_id').notNull(),
    sourceEventType: text('source_event_type').notNull(),
    channelId: uuid('channel_id').notNull().references(() => channels.id),
    kind: text('kind').notNull(),
    dedupeKey: text('dedupe_key').notNull(),
    locale: text('locale'),
    // Template variables: ids, names, times, links. Never a secret.
    vars: jsonb('vars').$type<Record<string, string>>().notNull(),
    organizationId: text('organization_id'),
    userId: text('user_id'),
    // pending -> sending -> sent | pending (retry) | dead
    status: text('status').notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull(),
    // The sending worker's lease (libs/runtime work queue), renewed by its heartbeat, and its
    // fencing token: a new value at every claim; only the holder records the attempt.
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    fence: bigserial('fence', { mode: 'number' }).notNull(),
    // The trace of the event that asked for the delivery, continued by the worker.
    traceparent: text('traceparent').notNull().default(''),
    tracestate: text('tracestate').notNull().default(''),
    lastErrorClass: text('last_error_class'),
    lastStatusCode: integer('last_status_code'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [
    // Exactly once per source event and channel, whatever the bus redelivers.
    uniqueIndex('notify_deliveries_event_channel').on(t.sourceEventId, t.channelId),
    // One notification per dedupe key and channel (e.g. one 7-day warning per grant generation).
    uniqueIndex('notify_deliveries_dedupe_channel').on(t.dedupeKey, t.channelId),
    index('notify_deliveries_due').on(t.status, t.nextAttemptAt),
    index('notify_deliveries_channel').on(t.channelId, t.createdAt),
  ],
);

// Who an event is about, for events that do not name a user: the account's user
// (AccountConnected) and the administrator who configured a provider app.
export const accountOwners = pgTable('notify_account_owners', {
  accountId: text('account_id').primaryKey(),
  userId: text('user_id').notNull(),
});

export const providerAppOwners = pgTable('notify_provider_app_owners', {
  providerAppId: text('provider_app_id').primaryKey(),
  userId: text('user_id').notNull(),
});

// Secret providers (secrets' ProviderConfigured): ProviderSyncFailed names neither a user nor an
// organization, so its failure is routed to whoever last configured the provider, and named.
export const secretProviders = pgTable('notify_secret_providers', {
  providerId: text('provider_id').primaryKey(),
  userId: text('user_id').notNull(),
  name: text('name').notNull(),
});

// Organization membership from identity's events: organization subscriptions get
// notifications about their members, and owners get every credential warning of theirs.
export const orgMembers = pgTable(
  'notify_org_members',
  {
    organizationId: text('organization_id').notNull(),
    userId: text('user_id').notNull(),
    role: text('role').notNull(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.userId] }), index('notify_org_members_user').on(t.userId)],
);

// Projects (gitops' ProjectCreated): deployment events name a project but no organization,
// so the notifier resolves the organization (and shows the project's name) from here.
export const projects = pgTable('notify_projects', {
  projectId: text('project_id').primaryKey(),
  organizationId: text('organization_id').notNull(),
  name: text('name').notNull(),
  slug: text('slug').notNull(),
});

// Git credential bindings that failed (gitops' GitCredentialsSyncFailed): one message per binding,
// failure reason and episode; a GitCredentialsSynced after a failure starts the next episode.
export const gitBindings = pgTable(
  'notify_git_bindings',
  {
    projectId: text('project_id').notNull(),
    environment: text('environment').notNull(),
    episode: integer('episode').notNull().default(0),
    failing: boolean('failing').notNull(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.environment] })],
);
