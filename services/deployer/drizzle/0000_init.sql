CREATE TABLE "application_secrets" (
	"application_id" text NOT NULL,
	"secret_id" text NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "application_secrets_application_id_secret_id_pk" PRIMARY KEY("application_id","secret_id")
);
--> statement-breakpoint
CREATE TABLE "applications" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"project_id" text NOT NULL,
	"name" text NOT NULL,
	"environment" text NOT NULL,
	"namespace" text NOT NULL,
	"image" text NOT NULL,
	"ports" jsonb NOT NULL,
	"replicas" integer NOT NULL,
	"resources" jsonb NOT NULL,
	"webhook_enabled" boolean NOT NULL,
	"auto_deploy" boolean NOT NULL,
	"signature_required" boolean NOT NULL,
	"token_hash" text DEFAULT '' NOT NULL,
	"token_prefix" text DEFAULT '' NOT NULL,
	"token_fingerprint" text NOT NULL,
	"signing_secret_fingerprint" text DEFAULT '' NOT NULL,
	"current_version" text DEFAULT '' NOT NULL,
	"current_deployment_id" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'new' NOT NULL,
	"last_deployed_at" timestamp with time zone,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"stream_version" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "deploy_queue" (
	"deployment_id" text PRIMARY KEY NOT NULL,
	"application_id" text NOT NULL,
	"seq" bigserial NOT NULL,
	"traceparent" text DEFAULT '' NOT NULL,
	"tracestate" text DEFAULT '' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"lease_until" timestamp with time zone,
	"enqueued_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "deployments" (
	"id" text PRIMARY KEY NOT NULL,
	"seq" bigserial NOT NULL,
	"application_id" text NOT NULL,
	"application_name" text NOT NULL,
	"organization_id" text NOT NULL,
	"project_id" text NOT NULL,
	"environment" text NOT NULL,
	"version" text NOT NULL,
	"trigger" text NOT NULL,
	"status" text NOT NULL,
	"stage" text DEFAULT '' NOT NULL,
	"error" text DEFAULT '' NOT NULL,
	"actor_user_id" text DEFAULT '' NOT NULL,
	"rollback_of_deployment_id" text DEFAULT '' NOT NULL,
	"secret_ids" jsonb NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone,
	"duration_ms" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "projects" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"slug" text NOT NULL,
	"environments" jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rotation_pending" (
	"application_id" text PRIMARY KEY NOT NULL,
	"secret_ids" jsonb NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"traceparent" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "application_signing_secrets" (
	"application_id" text PRIMARY KEY NOT NULL,
	"ciphertext" text NOT NULL,
	"fingerprint" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "webhook_rate" (
	"application_id" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "webhook_rate_application_id_window_start_pk" PRIMARY KEY("application_id","window_start")
);
--> statement-breakpoint
CREATE INDEX "application_secrets_secret" ON "application_secrets" USING btree ("secret_id");--> statement-breakpoint
CREATE UNIQUE INDEX "applications_name" ON "applications" USING btree ("name");--> statement-breakpoint
CREATE INDEX "applications_org" ON "applications" USING btree ("organization_id","project_id");--> statement-breakpoint
CREATE INDEX "deploy_queue_app" ON "deploy_queue" USING btree ("application_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "deployments_seq" ON "deployments" USING btree ("seq");--> statement-breakpoint
CREATE INDEX "deployments_app" ON "deployments" USING btree ("application_id","seq");--> statement-breakpoint
CREATE INDEX "deployments_app_status" ON "deployments" USING btree ("application_id","status","seq");--> statement-breakpoint
CREATE INDEX "deployments_app_trigger" ON "deployments" USING btree ("application_id","trigger","seq");--> statement-breakpoint
CREATE INDEX "rotation_pending_due" ON "rotation_pending" USING btree ("due_at");