// SSO tables. `identity_providers` is the inline projection of the idp stream;
// `identity_provider_secrets` holds the encrypted client secret (written in the
// event's transaction); `sso_attempts` are the server-side halves of sign-ins in
// flight; `sso_links` remember which IdP subject is which user.
import { boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const identityProviders = pgTable('identity_providers', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  issuer: text('issuer').notNull(),
  clientId: text('client_id').notNull(),
  clientSecretFingerprint: text('client_secret_fingerprint').notNull(),
  scopes: jsonb('scopes').$type<string[]>().notNull(),
  claimMapping: jsonb('claim_mapping').$type<Record<string, string>>().notNull(),
  identifierFilter: text('identifier_filter').notNull(),
  enabled: boolean('enabled').notNull(),
  /** The stream version of the last change: replicas key their discovery caches on it. */
  version: integer('version').notNull(),
  updatedAt: ts('updated_at').notNull(),
});

export const identityProviderSecrets = pgTable('identity_provider_secrets', {
  identityProviderId: text('identity_provider_id').primaryKey(),
  /** AES-256-GCM envelope (Keyring), the provider id as AAD. */
  secretCiphertext: text('secret_ciphertext').notNull(),
  secretFingerprint: text('secret_fingerprint').notNull(),
});

export const ssoAttempts = pgTable('sso_attempts', {
  /** sha256 of the state parameter: the state itself travels through the browser. */
  stateHash: text('state_hash').primaryKey(),
  /** Bound as AAD into the ciphertexts below. */
  id: text('id').notNull(),
  identityProviderId: text('identity_provider_id').notNull(),
  redirectUri: text('redirect_uri').notNull(),
  /** sha256 of the binding value the gateway keeps in an HttpOnly cookie of the browser that started. */
  bindingHash: text('binding_hash').notNull(),
  codeVerifierCiphertext: text('code_verifier_ciphertext').notNull(),
  nonceCiphertext: text('nonce_ciphertext').notNull(),
  expiresAt: ts('expires_at').notNull(),
  used: boolean('used').notNull().default(false),
  createdAt: ts('created_at').notNull(),
}, (t) => [index('sso_attempts_expires_idx').on(t.expiresAt)]);

export const ssoLinks = pgTable('sso_links', {
  identityProviderId: text('identity_provider_id').notNull(),
  /** The IdP's `sub`: stable where the e-mail may change. */
  subject: text('subject').notNull(),
  userId: text('user_id').notNull(),
  email: text('email').notNull(),
  linkedAt: ts('linked_at').notNull(),
  lastSignInAt: ts('last_sign_in_at').notNull(),
}, (t) => [primaryKey({ columns: [t.identityProviderId, t.subject] }), index('sso_links_user_idx').on(t.userId)]);
