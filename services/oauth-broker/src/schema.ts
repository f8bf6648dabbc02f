// The broker's own tables. `accounts` and `provider_apps` are inline projections
// of the event store (rebuildable); `account_grants`, `provider_app_credentials`
// and `connect_states` hold encrypted secret material and scheduling state,
// written in the same transaction as the event that references them.
import { sql } from 'drizzle-orm';
import { bigint, bigserial, boolean, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const providerApps = pgTable('provider_apps', {
  id: text('id').primaryKey(),
  provider: text('provider').notNull(),
  name: text('name').notNull(),
  baseUrl: text('base_url').notNull(),
  clientId: text('client_id').notNull(),
  scopes: jsonb('scopes').$type<string[]>().notNull(),
  status: text('status').notNull(),
  secretFingerprint: text('secret_fingerprint').notNull(),
  updatedAt: ts('updated_at').notNull(),
});

export const providerAppCredentials = pgTable('provider_app_credentials', {
  providerAppId: text('provider_app_id').primaryKey(),
  /** Client secret, Feishu app_secret or GitHub App private key: AES-256-GCM envelope, record id as AAD. */
  secretCiphertext: text('secret_ciphertext').notNull(),
  secretFingerprint: text('secret_fingerprint').notNull(),
  /** Endpoints and other non-secret settings (generic OAuth2, GitHub API URL). */
  settings: jsonb('settings').$type<Record<string, string | number>>().notNull(),
});

export const accounts = pgTable('accounts', {
  id: text('id').primaryKey(),
  providerAppId: text('provider_app_id').notNull(),
  provider: text('provider').notNull(),
  userId: text('user_id').notNull(),
  externalUserId: text('external_user_id').notNull(),
  username: text('username').notNull(),
  scopes: jsonb('scopes').$type<string[]>().notNull(),
  grantKind: text('grant_kind').notNull(),
  status: text('status').notNull(),
  generation: bigint('generation', { mode: 'number' }).notNull(),
  expiresAt: ts('expires_at'),
  refreshExpiresAt: ts('refresh_expires_at'),
  lastErrorClass: text('last_error_class').notNull().default(''),
  lastProviderCode: text('last_provider_code').notNull().default(''),
  attempt: integer('attempt').notNull().default(0),
  lastRefreshedAt: ts('last_refreshed_at'),
  /**
   * The smallest expiry warning (7, 3 days) given for the current refresh token,
   * so the expiry monitor skips accounts with nothing new to say. A hint only:
   * the account decider remains what decides whether a warning is due.
   */
  warnedDays: integer('warned_days'),
  connectedAt: ts('connected_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
}, (t) => [
  index('accounts_user_idx').on(t.userId),
  index('accounts_refresh_expiry_idx').on(t.refreshExpiresAt).where(sql`grant_kind = 'user' and status in ('active', 'refreshing')`),
]);

export const accountGrants = pgTable('account_grants', {
  accountId: text('account_id').primaryKey(),
  generation: bigint('generation', { mode: 'number' }).notNull(),
  accessTokenCiphertext: text('access_token_ciphertext').notNull(),
  refreshTokenCiphertext: text('refresh_token_ciphertext'),
  /** App-level grants: what to mint the next token from (e.g. a GitHub installation id). */
  params: jsonb('params').$type<Record<string, string>>().notNull(),
  /** When the scheduler should refresh next. */
  nextRefreshAt: ts('next_refresh_at'),
  /** A scheduler replica works on it until then (claimed with FOR UPDATE SKIP LOCKED; its heartbeat renews it). */
  claimedUntil: ts('claimed_until'),
  /** The scheduler's fencing token (libs/runtime work queue): a new value at every claim. */
  claimFence: bigserial('claim_fence', { mode: 'number' }).notNull(),
}, (t) => [index('account_grants_due_idx').on(t.nextRefreshAt)]);

export const connectStates = pgTable('connect_states', {
  /** sha256 of the state parameter: the state itself travels through the browser. */
  stateHash: text('state_hash').primaryKey(),
  id: text('id').notNull(),
  providerAppId: text('provider_app_id').notNull(),
  userId: text('user_id').notNull(),
  redirectUri: text('redirect_uri').notNull(),
  codeVerifierCiphertext: text('code_verifier_ciphertext'),
  expiresAt: ts('expires_at').notNull(),
  used: boolean('used').notNull().default(false),
  /** sha256 of the browser binding (the gateway's HttpOnly cookie); null for API clients. */
  bindingHash: text('binding_hash'),
  /** Set when the attempt reconnects this account. */
  accountId: text('account_id'),
});
