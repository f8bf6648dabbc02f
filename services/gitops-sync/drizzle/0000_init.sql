CREATE TABLE "bindings" (
	"project_id" text NOT NULL,
	"environment" text NOT NULL,
	"organization_id" text NOT NULL,
	"namespace" text NOT NULL,
	"secret_name" text NOT NULL,
	"status" text NOT NULL,
	"account_id" text DEFAULT '' NOT NULL,
	"token_generation" bigint DEFAULT 0 NOT NULL,
	"token_fingerprint" text DEFAULT '' NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"detail" text DEFAULT '' NOT NULL,
	"last_synced_at" timestamp with time zone,
	"stream_version" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "bindings_project_id_environment_pk" PRIMARY KEY("project_id","environment")
);
--> statement-breakpoint
CREATE TABLE "oauth_accounts" (
	"account_id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"provider" text NOT NULL,
	"provider_app_id" text NOT NULL,
	"status" text NOT NULL,
	"generation" bigint DEFAULT 0 NOT NULL,
	"connected_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "org_owners" (
	"organization_id" text PRIMARY KEY NOT NULL,
	"owner_user_id" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "projects" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"name" text NOT NULL,
	"slug" text NOT NULL,
	"repository_url" text NOT NULL,
	"provider" text NOT NULL,
	"branch" text NOT NULL,
	"environments" jsonb NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sync_queue" (
	"project_id" text NOT NULL,
	"environment" text NOT NULL,
	"action" text NOT NULL,
	"trigger" text NOT NULL,
	"namespace" text NOT NULL,
	"slug" text NOT NULL,
	"account_id" text DEFAULT '' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"lease_until" timestamp with time zone,
	"force" boolean DEFAULT false NOT NULL,
	"enqueued_at" timestamp with time zone NOT NULL,
	CONSTRAINT "sync_queue_project_id_environment_pk" PRIMARY KEY("project_id","environment")
);
--> statement-breakpoint
CREATE INDEX "bindings_account" ON "bindings" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "oauth_accounts_user" ON "oauth_accounts" USING btree ("user_id","provider");--> statement-breakpoint
CREATE UNIQUE INDEX "projects_slug" ON "projects" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "projects_org" ON "projects" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "sync_queue_due" ON "sync_queue" USING btree ("next_attempt_at");