// Personal access tokens. `personal_access_tokens` is an inline projection of
// the pat streams (rebuildable from events). The token's SHA-256 is secret
// material and never goes into an event: it lives in
// `personal_access_token_hashes`, written in the same transaction as
// PersonalAccessTokenCreated. `last_used_at` is written by the batched usage
// flush, not by events (a use is not worth an event).
import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const personalAccessTokens = pgTable('personal_access_tokens', {
  id: text('id').primaryKey(),
  userId: text('user_id').notNull(),
  name: text('name').notNull(),
  description: text('description').notNull(),
  scopes: text('scopes').array().notNull(),
  tokenFingerprint: text('token_fingerprint').notNull(),
  expiresAt: ts('expires_at'),
  createdAt: ts('created_at').notNull(),
  revokedAt: ts('revoked_at'),
  revokedReason: text('revoked_reason'),
  lastUsedAt: ts('last_used_at'),
}, (t) => [
  index('personal_access_tokens_user_idx').on(t.userId, t.createdAt),
  // Cleanup: dead tokens by when they died.
  index('personal_access_tokens_expires_idx').on(t.expiresAt).where(sql`expires_at is not null`),
  index('personal_access_tokens_revoked_idx').on(t.revokedAt).where(sql`revoked_at is not null`),
]);

export const personalAccessTokenHashes = pgTable('personal_access_token_hashes', {
  tokenId: text('token_id').primaryKey().references(() => personalAccessTokens.id, { onDelete: 'cascade' }),
  /** sha256Hex of the kwp_ token: the only form in which the token is kept. */
  tokenHash: text('token_hash').notNull(),
}, (t) => [uniqueIndex('personal_access_token_hashes_hash_idx').on(t.tokenHash)]);
