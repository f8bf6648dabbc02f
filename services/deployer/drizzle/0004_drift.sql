CREATE TABLE "schedule_claims" (
	"name" text NOT NULL,
	"slot" timestamp with time zone NOT NULL,
	"claimed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"lease_until" timestamp with time zone,
	"fence" bigserial NOT NULL,
	"attempts" integer DEFAULT 1 NOT NULL,
	"completed_at" timestamp with time zone,
	CONSTRAINT "schedule_claims_name_slot_pk" PRIMARY KEY("name","slot")
);
--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "applied_env_fingerprint" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "drifted" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "drift_live_fingerprint" text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX "schedule_claims_slot_idx" ON "schedule_claims" USING btree ("slot");