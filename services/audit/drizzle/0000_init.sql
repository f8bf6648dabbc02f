CREATE TABLE "audit_entries" (
	"event_id" uuid PRIMARY KEY NOT NULL,
	"time" timestamp (3) with time zone NOT NULL,
	"context" text NOT NULL,
	"action" text NOT NULL,
	"actor_kind" text NOT NULL,
	"actor_id" text NOT NULL,
	"resource_kind" text NOT NULL,
	"resource_id" text NOT NULL,
	"resource_name" text NOT NULL,
	"organization_id" text,
	"outcome" text NOT NULL,
	"trace_id" text NOT NULL,
	"source" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_resource_organizations" (
	"context" text NOT NULL,
	"kind" text NOT NULL,
	"id" text NOT NULL,
	"organization_id" text NOT NULL,
	CONSTRAINT "audit_resource_organizations_context_kind_id_pk" PRIMARY KEY("context","kind","id")
);
--> statement-breakpoint
CREATE INDEX "audit_entries_time" ON "audit_entries" USING btree ("time" DESC NULLS LAST,"event_id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "audit_entries_org_time" ON "audit_entries" USING btree ("organization_id","time" DESC NULLS LAST,"event_id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "audit_entries_actor_time" ON "audit_entries" USING btree ("actor_id","time" DESC NULLS LAST,"event_id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "audit_entries_resource_time" ON "audit_entries" USING btree ("resource_kind","resource_id","time" DESC NULLS LAST,"event_id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "audit_entries_action_time" ON "audit_entries" USING btree ("action","time" DESC NULLS LAST,"event_id" DESC NULLS LAST);