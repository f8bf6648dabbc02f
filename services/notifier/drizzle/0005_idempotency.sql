ALTER TABLE "notify_channels" ADD COLUMN "idempotency_request" text;--> statement-breakpoint
ALTER TABLE "notify_subscriptions" ADD COLUMN "idempotency_request" text;