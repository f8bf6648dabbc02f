// `kw login` in the browser: the approvals waiting for the CLI to redeem them. Like
// sso_attempts, short-lived server-side halves of a flow in flight, not an aggregate: what
// lasts (the PAT named for the machine) is the personal_access_token stream's.
import { boolean, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const cliLogins = pgTable('cli_logins', {
  /** sha256 of the one-time code: the code itself travels through the browser to the loopback. */
  codeHash: text('code_hash').primaryKey(),
  userId: text('user_id').notNull(),
  /** The CLI's PKCE S256 challenge: only the verifier's holder can redeem the code. */
  codeChallenge: text('code_challenge').notNull(),
  redirectUri: text('redirect_uri').notNull(),
  machine: text('machine').notNull(),
  scopes: jsonb('scopes').$type<string[]>().notNull(),
  used: boolean('used').notNull().default(false),
  expiresAt: ts('expires_at').notNull(),
  createdAt: ts('created_at').notNull(),
});
