// Sessions (refresh-token families). `sessions` is the inline projection of the
// session streams and also the command path's snapshot (its `version` is the
// stream version it reflects). `refresh_tokens` holds one row per issued token:
// only its SHA-256, never the token; a just-rotated row keeps its successor
// pair encrypted (row id as AAD) for the two-tab grace window, then loses it.
import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const sessions = pgTable('sessions', {
  id: text('id').primaryKey(),
  userId: text('user_id').notNull(),
  method: text('method').notNull(),
  identityProviderId: text('identity_provider_id').notNull().default(''),
  /** "active" or "revoked". */
  status: text('status').notNull(),
  generation: integer('generation').notNull(),
  currentTokenId: text('current_token_id').notNull(),
  expiresAt: ts('expires_at').notNull(),
  idleExpiresAt: ts('idle_expires_at').notNull(),
  revokedAt: ts('revoked_at'),
  revokeReason: text('revoke_reason'),
  clientIp: text('client_ip').notNull().default(''),
  userAgent: text('user_agent').notNull().default(''),
  /** The address of the last refresh (the sign-in's until then); '' in rows older than the column. */
  lastClientIp: text('last_client_ip').notNull().default(''),
  createdAt: ts('created_at').notNull(),
  lastRefreshedAt: ts('last_refreshed_at'),
  version: integer('version').notNull(),
}, (t) => [
  index('sessions_user_active_idx').on(t.userId).where(sql`status = 'active'`),
]);

export const refreshTokens = pgTable('refresh_tokens', {
  id: text('id').primaryKey(),
  sessionId: text('session_id').notNull(),
  userId: text('user_id').notNull(),
  tokenHash: text('token_hash').notNull(),
  generation: integer('generation').notNull(),
  /** "active", "rotated" or "revoked". */
  status: text('status').notNull(),
  /** The earlier of the family's absolute end and this token's idle end. */
  expiresAt: ts('expires_at').notNull(),
  createdAt: ts('created_at').notNull(),
  rotatedAt: ts('rotated_at'),
  revokedAt: ts('revoked_at'),
  /** The pair issued when this token was rotated, encrypted; only during the grace window. */
  successorCiphertext: text('successor_ciphertext'),
}, (t) => [
  uniqueIndex('refresh_tokens_hash_uq').on(t.tokenHash),
  index('refresh_tokens_session_idx').on(t.sessionId),
  index('refresh_tokens_user_idx').on(t.userId),
  index('refresh_tokens_expires_idx').on(t.expiresAt),
  index('refresh_tokens_dead_idx').on(sql`coalesce(${t.revokedAt}, ${t.rotatedAt})`).where(sql`status <> 'active'`),
  index('refresh_tokens_successor_idx').on(t.rotatedAt).where(sql`successor_ciphertext is not null`),
]);
