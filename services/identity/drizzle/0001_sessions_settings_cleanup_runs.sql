CREATE TABLE "token_cleanup_runs" (
	"run_id" text PRIMARY KEY NOT NULL,
	"trigger" text NOT NULL,
	"finished_at" timestamp with time zone NOT NULL,
	"duration_ms" bigint NOT NULL,
	"cleaned_count" bigint NOT NULL,
	"remaining_tokens" bigint NOT NULL,
	"total_count" bigint NOT NULL,
	"expired_count" bigint NOT NULL,
	"valid_count" bigint NOT NULL,
	"cleaned_refresh_token_count" bigint NOT NULL,
	"cleaned_personal_access_token_count" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "instance_settings" (
	"id" text PRIMARY KEY NOT NULL,
	"password_sign_in" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by_user_id" text NOT NULL,
	"version" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "last_client_ip" text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX "token_cleanup_runs_finished_idx" ON "token_cleanup_runs" USING btree ("finished_at");