CREATE TABLE "impact_applications" (
	"application_id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"project_id" text NOT NULL,
	"environment" text NOT NULL,
	"name" text NOT NULL,
	"namespace" text NOT NULL,
	"status" text NOT NULL,
	"live_deployment_id" text NOT NULL,
	"live_version" text NOT NULL,
	"live_requested_at" timestamp (3) with time zone,
	"live_succeeded_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "impact_deployments" (
	"deployment_id" text PRIMARY KEY NOT NULL,
	"application_id" text NOT NULL,
	"requested_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "impact_env_vars" (
	"env_var_id" text PRIMARY KEY NOT NULL,
	"scope" text NOT NULL,
	"project_id" text NOT NULL,
	"environment" text NOT NULL,
	"application_id" text NOT NULL,
	"key" text NOT NULL,
	"reference_kind" text NOT NULL,
	"reference" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "impact_git_bindings" (
	"project_id" text NOT NULL,
	"environment" text NOT NULL,
	"organization_id" text NOT NULL,
	"namespace" text NOT NULL,
	"secret_name" text NOT NULL,
	"account_id" text NOT NULL,
	"token_generation" integer NOT NULL,
	"token_fingerprint" text NOT NULL,
	CONSTRAINT "impact_git_bindings_project_id_environment_pk" PRIMARY KEY("project_id","environment")
);
--> statement-breakpoint
CREATE TABLE "impact_groups" (
	"group_id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"provider_id" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "impact_projects" (
	"project_id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"name" text NOT NULL,
	"slug" text NOT NULL,
	"repository_url" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "impact_providers" (
	"provider_id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"provider_type" text NOT NULL,
	"group_id" text NOT NULL,
	"last_sync_id" text NOT NULL,
	"last_sync_outcome" text NOT NULL,
	"last_sync_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "impact_secret_versions" (
	"secret_id" text NOT NULL,
	"version" integer NOT NULL,
	"value_fingerprint" text NOT NULL,
	"time" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "impact_secret_versions_secret_id_version_pk" PRIMARY KEY("secret_id","version")
);
--> statement-breakpoint
CREATE TABLE "impact_secrets" (
	"secret_id" text PRIMARY KEY NOT NULL,
	"group_id" text NOT NULL,
	"name" text NOT NULL,
	"provider_id" text NOT NULL,
	"version" integer NOT NULL,
	"value_fingerprint" text NOT NULL
);
--> statement-breakpoint
CREATE INDEX "impact_applications_project" ON "impact_applications" USING btree ("project_id","environment");--> statement-breakpoint
CREATE INDEX "impact_env_vars_reference" ON "impact_env_vars" USING btree ("reference_kind","reference");--> statement-breakpoint
CREATE INDEX "impact_env_vars_project" ON "impact_env_vars" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "impact_git_bindings_account" ON "impact_git_bindings" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "impact_groups_name" ON "impact_groups" USING btree ("name");--> statement-breakpoint
CREATE INDEX "impact_groups_provider" ON "impact_groups" USING btree ("provider_id");--> statement-breakpoint
CREATE INDEX "impact_secret_versions_time" ON "impact_secret_versions" USING btree ("secret_id","time");--> statement-breakpoint
CREATE INDEX "impact_secrets_group" ON "impact_secrets" USING btree ("group_id");--> statement-breakpoint
CREATE INDEX "impact_secrets_provider" ON "impact_secrets" USING btree ("provider_id");