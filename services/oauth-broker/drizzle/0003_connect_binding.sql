ALTER TABLE "connect_states" ADD COLUMN "binding_hash" text;--> statement-breakpoint
ALTER TABLE "connect_states" ADD COLUMN "account_id" text;