ALTER TABLE "bindings" ADD COLUMN "reconcile_requested_at" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "bindings" ADD COLUMN "verification" text DEFAULT 'unknown' NOT NULL;--> statement-breakpoint
ALTER TABLE "bindings" ADD COLUMN "verified_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "bindings" ADD COLUMN "verification_reason" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "bindings" ADD COLUMN "verification_message" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "bindings" ADD COLUMN "verification_failed_at" timestamp with time zone;