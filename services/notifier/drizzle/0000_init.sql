CREATE TABLE "notify_channels" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" text,
	"user_id" text,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"locale" text NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"endpoint_host" text NOT NULL,
	"signed" boolean NOT NULL,
	"settings" jsonb NOT NULL,
	"secret_material" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notify_deliveries" (
	"id" uuid PRIMARY KEY NOT NULL,
	"source_event_id" text NOT NULL,
	"source_event_type" text NOT NULL,
	"channel_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"dedupe_key" text NOT NULL,
	"locale" text,
	"vars" jsonb NOT NULL,
	"organization_id" text,
	"user_id" text,
	"status" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone NOT NULL,
	"lease_until" timestamp with time zone,
	"last_error_class" text,
	"last_status_code" integer,
	"created_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "notify_subscriptions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" text,
	"user_id" text,
	"channel_id" uuid NOT NULL,
	"kinds" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "notify_deliveries" ADD CONSTRAINT "notify_deliveries_channel_id_notify_channels_id_fk" FOREIGN KEY ("channel_id") REFERENCES "public"."notify_channels"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notify_subscriptions" ADD CONSTRAINT "notify_subscriptions_channel_id_notify_channels_id_fk" FOREIGN KEY ("channel_id") REFERENCES "public"."notify_channels"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "notify_deliveries_event_channel" ON "notify_deliveries" USING btree ("source_event_id","channel_id");--> statement-breakpoint
CREATE UNIQUE INDEX "notify_deliveries_dedupe_channel" ON "notify_deliveries" USING btree ("dedupe_key","channel_id");--> statement-breakpoint
CREATE INDEX "notify_deliveries_due" ON "notify_deliveries" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "notify_deliveries_channel" ON "notify_deliveries" USING btree ("channel_id","created_at");--> statement-breakpoint
CREATE INDEX "notify_subscriptions_user" ON "notify_subscriptions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "notify_subscriptions_org" ON "notify_subscriptions" USING btree ("organization_id");