ALTER TABLE "schedule_claims" ADD COLUMN "lease_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "schedule_claims" ADD COLUMN "fence" bigserial NOT NULL;--> statement-breakpoint
ALTER TABLE "schedule_claims" ADD COLUMN "attempts" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "schedule_claims" ADD COLUMN "completed_at" timestamp with time zone;--> statement-breakpoint
-- Claims made before runs had leases ran when they were made: they are finished, not left for a takeover.
UPDATE "schedule_claims" SET "completed_at" = "claimed_at";
