CREATE TABLE "account_grants" (
	"account_id" text PRIMARY KEY NOT NULL,
	"generation" bigint NOT NULL,
	"access_token_ciphertext" text NOT NULL,
	"refresh_token_ciphertext" text,
	"params" jsonb NOT NULL,
	"next_refresh_at" timestamp with time zone,
	"claimed_until" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "accounts" (
	"id" text PRIMARY KEY NOT NULL,
	"provider_app_id" text NOT NULL,
	"provider" text NOT NULL,
	"user_id" text NOT NULL,
	"external_user_id" text NOT NULL,
	"username" text NOT NULL,
	"scopes" jsonb NOT NULL,
	"grant_kind" text NOT NULL,
	"status" text NOT NULL,
	"generation" bigint NOT NULL,
	"expires_at" timestamp with time zone,
	"refresh_expires_at" timestamp with time zone,
	"last_error_class" text DEFAULT '' NOT NULL,
	"last_provider_code" text DEFAULT '' NOT NULL,
	"attempt" integer DEFAULT 0 NOT NULL,
	"last_refreshed_at" timestamp with time zone,
	"connected_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "connect_states" (
	"state_hash" text PRIMARY KEY NOT NULL,
	"id" text NOT NULL,
	"provider_app_id" text NOT NULL,
	"user_id" text NOT NULL,
	"redirect_uri" text NOT NULL,
	"code_verifier_ciphertext" text,
	"expires_at" timestamp with time zone NOT NULL,
	"used" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "provider_app_credentials" (
	"provider_app_id" text PRIMARY KEY NOT NULL,
	"secret_ciphertext" text NOT NULL,
	"secret_fingerprint" text NOT NULL,
	"settings" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "provider_apps" (
	"id" text PRIMARY KEY NOT NULL,
	"provider" text NOT NULL,
	"name" text NOT NULL,
	"base_url" text NOT NULL,
	"client_id" text NOT NULL,
	"scopes" jsonb NOT NULL,
	"status" text NOT NULL,
	"secret_fingerprint" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "account_grants_due_idx" ON "account_grants" USING btree ("next_refresh_at");--> statement-breakpoint
CREATE INDEX "accounts_user_idx" ON "accounts" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "accounts_refresh_expiry_idx" ON "accounts" USING btree ("refresh_expires_at") WHERE grant_kind = 'user' and status in ('active', 'refreshing');