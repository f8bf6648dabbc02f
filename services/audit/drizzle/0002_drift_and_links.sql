CREATE TABLE "audit_entry_links" (
	"event_id" uuid NOT NULL,
	"resource_kind" text NOT NULL,
	"resource_id" text NOT NULL,
	"time" timestamp (3) with time zone NOT NULL,
	"context" text NOT NULL,
	CONSTRAINT "audit_entry_links_resource_kind_resource_id_event_id_pk" PRIMARY KEY("resource_kind","resource_id","event_id")
);
--> statement-breakpoint
ALTER TABLE "impact_applications" ADD COLUMN "live_versions_used" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "impact_applications" ADD COLUMN "live_env_fingerprint" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "impact_applications" ADD COLUMN "drift" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "impact_applications" ADD COLUMN "drift_live_fingerprint" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "impact_applications" ADD COLUMN "drift_detected_at" timestamp (3) with time zone;--> statement-breakpoint
CREATE INDEX "audit_entry_links_resource_time" ON "audit_entry_links" USING btree ("resource_kind","resource_id","time" DESC NULLS LAST,"event_id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "audit_entry_links_time" ON "audit_entry_links" USING btree ("time");