CREATE TABLE "schedule_claims" (
	"name" text NOT NULL,
	"slot" timestamp with time zone NOT NULL,
	"claimed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "schedule_claims_name_slot_pk" PRIMARY KEY("name","slot")
);
--> statement-breakpoint
CREATE INDEX "schedule_claims_slot_idx" ON "schedule_claims" USING btree ("slot");