ALTER TABLE "impact_applications" ADD COLUMN "live_versions_used" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "impact_applications" ADD COLUMN "live_env_fingerprint" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "impact_applications" ADD COLUMN "drift" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "impact_applications" ADD COLUMN "drift_live_fingerprint" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "impact_applications" ADD COLUMN "drift_detected_at" timestamp (3) with time zone;