CREATE TABLE "webhook_source_rejections" (
	"source_address" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"rejected" integer DEFAULT 0 NOT NULL,
	"refused" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "webhook_source_rejections_source_address_window_start_pk" PRIMARY KEY("source_address","window_start")
);
--> statement-breakpoint
ALTER TABLE "deploy_queue" ADD COLUMN "last_stage" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "deploy_queue" ADD COLUMN "last_error" text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX "webhook_source_rejections_window" ON "webhook_source_rejections" USING btree ("window_start");