ALTER TABLE "notify_deliveries" ADD COLUMN "fence" bigserial NOT NULL;--> statement-breakpoint
ALTER TABLE "notify_deliveries" ADD COLUMN "traceparent" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "notify_deliveries" ADD COLUMN "tracestate" text DEFAULT '' NOT NULL;