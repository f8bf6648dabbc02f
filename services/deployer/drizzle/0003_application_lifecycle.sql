CREATE TABLE "lifecycle_queue" (
	"application_id" text PRIMARY KEY NOT NULL,
	"action" text NOT NULL,
	"request_id" text NOT NULL,
	"actor_user_id" text DEFAULT '' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"lease_until" timestamp with time zone,
	"fence" bigserial NOT NULL,
	"traceparent" text DEFAULT '' NOT NULL,
	"tracestate" text DEFAULT '' NOT NULL,
	"enqueued_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "lifecycle" text DEFAULT 'active' NOT NULL;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "stopped_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "deleted_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "lifecycle_queue_due" ON "lifecycle_queue" USING btree ("next_attempt_at");