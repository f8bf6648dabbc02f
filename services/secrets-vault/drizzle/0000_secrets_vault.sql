CREATE TABLE "env_vars" (
	"id" uuid PRIMARY KEY NOT NULL,
	"scope" text NOT NULL,
	"project_id" text DEFAULT '' NOT NULL,
	"key" text NOT NULL,
	"kind" text NOT NULL,
	"reference" text DEFAULT '' NOT NULL,
	"fingerprint" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"version" integer NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "env_vars_scope_key_unique" UNIQUE("scope","project_id","key")
);
--> statement-breakpoint
CREATE TABLE "material" (
	"aad" text PRIMARY KEY NOT NULL,
	"ciphertext" text NOT NULL,
	"key_version" integer NOT NULL,
	"preview" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "providers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"type" text NOT NULL,
	"group_id" uuid NOT NULL,
	"enabled" boolean NOT NULL,
	"auto_sync" boolean NOT NULL,
	"schedule" text DEFAULT '' NOT NULL,
	"delete_missing" boolean NOT NULL,
	"version" integer NOT NULL,
	"last_sync_at" timestamp with time zone,
	"last_sync_status" text,
	"last_sync_error" text,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "providers_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "secret_groups" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"provider_id" uuid,
	"auto_sync" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "secret_groups_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "secret_versions" (
	"secret_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"fingerprint" text NOT NULL,
	"source" text NOT NULL,
	"actor" text DEFAULT '' NOT NULL,
	"restored_version" integer,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "secret_versions_secret_id_version_pk" PRIMARY KEY("secret_id","version")
);
--> statement-breakpoint
CREATE TABLE "secrets" (
	"id" uuid PRIMARY KEY NOT NULL,
	"group_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"version" integer NOT NULL,
	"fingerprint" text NOT NULL,
	"source" text NOT NULL,
	"provider_id" uuid,
	"provider_reference" text,
	"last_synced_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "secrets_group_name_unique" UNIQUE("group_id","name")
);
--> statement-breakpoint
CREATE INDEX "material_key_version_idx" ON "material" USING btree ("key_version");--> statement-breakpoint
CREATE INDEX "secrets_group_idx" ON "secrets" USING btree ("group_id");