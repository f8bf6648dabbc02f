// Access-token signing keys. The private JWK is encrypted with the Keyring
// (record id = "signing-key:<kid>" as AAD); the public JWK is served in the
// JWKS while the key is active or until `retire_at`.
import { sql } from 'drizzle-orm';
import { jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const signingKeys = pgTable('signing_keys', {
  kid: text('kid').primaryKey(),
  algorithm: text('algorithm').notNull(),
  publicJwk: jsonb('public_jwk').$type<Record<string, unknown>>().notNull(),
  privateJwkCiphertext: text('private_jwk_ciphertext').notNull(),
  publicKeyFingerprint: text('public_key_fingerprint').notNull(),
  /** "active" or "previous". */
  status: text('status').notNull(),
  activatedAt: ts('activated_at').notNull(),
  /** Set when the key stops signing: it verifies until then. */
  retireAt: ts('retire_at'),
}, () => [
  // At most one active key, whatever the replicas do.
  uniqueIndex('signing_keys_one_active_uq').on(sql`(status)`).where(sql`status = 'active'`),
]);
