-- pg_trgm answers the secret search (case-insensitive substring of a name) from an index. A trusted
-- extension (PostgreSQL 13+): the service's role, which owns its database, may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE TABLE "applications" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"organization_id" text NOT NULL,
	"project_id" text NOT NULL,
	"environment" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "projects" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"environments" jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "env_vars" DROP CONSTRAINT "env_vars_scope_key_unique";--> statement-breakpoint
ALTER TABLE "env_vars" ADD COLUMN "environment" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "env_vars" ADD COLUMN "application_id" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "providers" ADD COLUMN "last_sync_error_class" text;--> statement-breakpoint
CREATE INDEX "env_vars_application_idx" ON "env_vars" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "env_vars_reference_idx" ON "env_vars" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "secrets_name_trgm_idx" ON "secrets" USING gin (lower("name") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "secrets_name_order_idx" ON "secrets" USING btree (lower("name"),"id");--> statement-breakpoint
ALTER TABLE "env_vars" ADD CONSTRAINT "env_vars_target_key_unique" UNIQUE("scope","project_id","environment","application_id","key");